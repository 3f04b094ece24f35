//! Weights by comparing two criteria at a time: the Analytic Hierarchy Process (Saaty). The
//! person says, for each pair, which criterion matters more and how much more on Saaty's 1–9
//! scale; the weights are the principal eigenvector of the reciprocal matrix those answers
//! make, and the consistency ratio says whether the answers agree with each other (above
//! 0.10 they do not, and [`Outcome::contradictions`] names the answers furthest from what the
//! others imply). The result becomes ordinary 0–5 weights ([`Outcome::weights_0_to_5`]).
//!
//! The answers live in the score page's address (`pairwise=3,-5,,1…`): one slot per pair of
//! [`Criterion::ALL`], in the order (0,1), (0,2) … (5,6), so an answer keeps its meaning when
//! the set of compared criteria changes. Pure Rust, tested natively.

use super::{Criterion, Weights, MAX_WEIGHT};
use crate::find::shorten;

/// How many criteria, and how many pairs of them.
const N: usize = Criterion::ALL.len();
pub const SLOTS: usize = N * (N - 1) / 2;

/// The strengths the page offers, with Saaty's meanings in plain words. The URL also accepts
/// the in-between values 2, 4, 6 and 8.
pub const STRENGTHS: [(u8, &str); 4] = [
    (3, "a little more"),
    (5, "clearly more"),
    (7, "much more"),
    (9, "extremely more"),
];

/// Saaty's random consistency index (1980) for n = 0…10 criteria: the mean consistency index
/// of random reciprocal matrices, which the consistency index is divided by.
const RANDOM_INDEX: [f64; 11] = [
    0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
];

/// Saaty's consistency ratio of an n×n matrix with principal eigenvalue `lambda_max`: the
/// consistency index (λmax − n) / (n − 1) over the random index; 0 below three criteria,
/// whose answers cannot contradict each other.
pub fn consistency_ratio(n: usize, lambda_max: f64) -> f64 {
    if !(3..RANDOM_INDEX.len()).contains(&n) {
        return 0.0;
    }
    let index = ((lambda_max - n as f64) / (n as f64 - 1.0)).max(0.0);
    index / RANDOM_INDEX[n]
}

/// Above this consistency ratio the answers are called contradictory (Saaty's 10 % rule).
pub const MAX_CONSISTENCY_RATIO: f64 = 0.10;

/// One answer about the pair (a, b), a before b in [`Criterion::ALL`]: `k` > 1 says a matters
/// `k` times as much as b, `-k` that b matters `k` times as much as a, 1 that they are equal.
pub type Answer = i8;

/// The answers given so far, by slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Answers(pub [Option<Answer>; SLOTS]);

/// The slot of the pair of criteria `a` and `b` (indices into [`Criterion::ALL`], any order).
pub fn slot(a: usize, b: usize) -> usize {
    let (i, j) = if a < b { (a, b) } else { (b, a) };
    debug_assert!(j < N && i != j);
    // Pairs (i, i+1…N-1) for every earlier i come first.
    i * (2 * N - i - 1) / 2 + (j - i - 1)
}

/// The pairs of `included` criteria (indices, ascending), in slot order.
pub fn pairs(included: &[usize]) -> Vec<(usize, usize)> {
    let mut all = Vec::new();
    for (p, &a) in included.iter().enumerate() {
        for &b in &included[p + 1..] {
            all.push((a, b));
        }
    }
    all
}

/// The criteria that take part: those not ignored (weight above 0).
pub fn included(weights: &Weights) -> Vec<usize> {
    (0..N).filter(|&i| weights[i] > 0).collect()
}

impl Answers {
    /// Reads the `pairwise` parameter; what cannot be used is left unanswered and said.
    pub fn parse(value: &str, problems: &mut Vec<String>) -> Answers {
        let mut answers = Answers::default();
        let parts: Vec<&str> = value.split(',').collect();
        if parts.len() > SLOTS {
            problems.push(format!(
                "Ignored the comparisons after the {SLOTS}th: there are {SLOTS} pairs."
            ));
        }
        for (at, part) in parts.iter().take(SLOTS).enumerate() {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            match part.parse::<i8>() {
                Ok(k) if (1..=9).contains(&k.unsigned_abs()) => {
                    answers.0[at] = Some(if k == -1 { 1 } else { k })
                }
                _ => problems.push(format!(
                    "Ignored the comparison “{}”: it must be a whole number from -9 to 9.",
                    shorten(part)
                )),
            }
        }
        answers
    }

    /// The parameter's value: what [`Answers::parse`] reads back, trailing blanks left out.
    pub fn to_param(&self) -> String {
        let last = self
            .0
            .iter()
            .rposition(Option::is_some)
            .map_or(0, |l| l + 1);
        let parts: Vec<String> = self.0[..last]
            .iter()
            .map(|a| a.map(|k| k.to_string()).unwrap_or_default())
            .collect();
        parts.join(",")
    }

    pub fn get(&self, a: usize, b: usize) -> Option<Answer> {
        let answer = self.0[slot(a, b)]?;
        // Stored for (lower, higher); asked the other way round it is the reciprocal.
        Some(if a < b || answer == 1 {
            answer
        } else {
            -answer
        })
    }

    pub fn with(mut self, a: usize, b: usize, answer: Option<Answer>) -> Answers {
        let flipped = if a < b {
            answer
        } else {
            answer.map(|k| if k == 1 { 1 } else { -k })
        };
        self.0[slot(a, b)] = flipped;
        self
    }

    /// The first pair of `included` not answered yet.
    pub fn next(&self, included: &[usize]) -> Option<(usize, usize)> {
        pairs(included)
            .into_iter()
            .find(|&(a, b)| self.get(a, b).is_none())
    }

    /// The weights and consistency, once every pair of `included` is answered.
    pub fn outcome(&self, included: &[usize]) -> Option<Outcome> {
        let n = included.len();
        let mut matrix = vec![vec![1.0; n]; n];
        for p in 0..n {
            for q in p + 1..n {
                let ratio = ratio(self.get(included[p], included[q])?);
                matrix[p][q] = ratio;
                matrix[q][p] = 1.0 / ratio;
            }
        }
        let (priorities, lambda_max) = principal_eigenvector(&matrix);
        Some(Outcome {
            criteria: included.to_vec(),
            priorities,
            lambda_max,
            matrix,
        })
    }
}

/// How many times as important the first of the pair is.
fn ratio(answer: Answer) -> f64 {
    if answer >= 1 {
        f64::from(answer)
    } else {
        1.0 / f64::from(-answer)
    }
}

/// The principal eigenvector of a positive reciprocal matrix, summing to 1, and its eigenvalue
/// (λmax), by power iteration: for a positive matrix it converges to the Perron vector from
/// any positive start, and for the matrices here (at most 7×7, entries 1/9…9) within a few
/// dozen steps. Capped, so it can never hang.
pub fn principal_eigenvector(matrix: &[Vec<f64>]) -> (Vec<f64>, f64) {
    let n = matrix.len();
    if n == 0 {
        return (Vec::new(), 0.0);
    }
    let times = |w: &[f64]| -> Vec<f64> {
        (matrix.iter())
            .map(|row| row.iter().zip(w).map(|(a, x)| a * x).sum())
            .collect()
    };
    let mut w = vec![1.0 / n as f64; n];
    for _ in 0..1000 {
        let next = times(&w);
        let sum: f64 = next.iter().sum();
        let next: Vec<f64> = next.iter().map(|x| x / sum).collect();
        let change = (next.iter().zip(&w))
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        w = next;
        if change < 1e-13 {
            break;
        }
    }
    let aw = times(&w);
    let lambda = aw.iter().zip(&w).map(|(a, x)| a / x).sum::<f64>() / n as f64;
    (w, lambda)
}

/// What a complete set of answers gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The compared criteria (indices into [`Criterion::ALL`]), ascending.
    pub criteria: Vec<usize>,
    /// Their weights, summing to 1, in the same order.
    pub priorities: Vec<f64>,
    pub lambda_max: f64,
    /// The comparison matrix, rows and columns in the order of `criteria`.
    pub matrix: Vec<Vec<f64>>,
}

/// An answer that disagrees with what the others imply.
#[derive(Debug, Clone, PartialEq)]
pub struct Contradiction {
    /// The pair as asked (indices into [`Criterion::ALL`]).
    pub pair: (usize, usize),
    /// How many times as important the first is, as answered and as the weights have it.
    pub said: f64,
    pub implied: f64,
}

impl Contradiction {
    /// How far apart the two are, as a factor (1 when they agree): 3 for "said 3×, implied
    /// 1×" and for "said 1×, implied 3×" alike.
    pub fn distance(&self) -> f64 {
        let r = self.said / self.implied;
        r.max(1.0 / r)
    }
}

/// `x` with `decimals` digits after the point ("0.04", "2.1"), rounded half up. Written by hand:
/// Rust's float formatting would add its whole float printer to the Wasm (about 20 KB).
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let negative = x < 0.0;
    let units = (x.abs() * scale as f64 + 0.5) as u64;
    let (whole, part) = (units / scale, units % scale);
    let sign = if negative && units > 0 { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
    }
}

impl Outcome {
    /// See [`consistency_ratio`].
    pub fn consistency_ratio(&self) -> f64 {
        consistency_ratio(self.criteria.len(), self.lambda_max)
    }

    pub fn is_consistent(&self) -> bool {
        self.consistency_ratio() <= MAX_CONSISTENCY_RATIO
    }

    /// Up to three answers furthest (by the ratio between what was said and what the weights
    /// imply) from the weights the whole set gives: the ones to look at again.
    pub fn contradictions(&self) -> Vec<Contradiction> {
        let n = self.criteria.len();
        let mut all = Vec::new();
        for p in 0..n {
            for q in p + 1..n {
                let said = self.matrix[p][q];
                let implied = self.priorities[p] / self.priorities[q];
                all.push(Contradiction {
                    pair: (self.criteria[p], self.criteria[q]),
                    said,
                    implied,
                });
            }
        }
        all.sort_by(|a, b| b.distance().total_cmp(&a.distance()));
        all.truncate(3);
        all
    }

    /// Ordinary weights: the largest becomes 5 and the others keep their proportion to it,
    /// rounded, at least 1 (a compared criterion is never turned off); the criteria not
    /// compared keep 0.
    pub fn weights_0_to_5(&self) -> Weights {
        let mut weights = [0; N];
        let top = self.priorities.iter().copied().fold(0.0, f64::max);
        for (&c, &w) in self.criteria.iter().zip(&self.priorities) {
            let scaled = (w / top * f64::from(MAX_WEIGHT)).round();
            weights[c] = (scaled as u8).clamp(1, MAX_WEIGHT);
        }
        weights
    }
}

/// "Cost matters a little more than time to earn", for an answer about (a, b).
pub fn answer_sentence(a: usize, b: usize, answer: Answer) -> String {
    let (more, less, k) = if answer >= 1 {
        (a, b, answer.unsigned_abs())
    } else {
        (b, a, answer.unsigned_abs())
    };
    let name = |i: usize| Criterion::ALL[i].label();
    if k == 1 {
        return format!("{} and {} matter equally", name(a), lower(name(b)));
    }
    let how = STRENGTHS.iter().find(|(s, _)| *s == k).map_or_else(
        || format!("{k} times as much as"),
        |(_, w)| format!("{w} than"),
    );
    format!("{} matters {how} {}", name(more), lower(name(less)))
}

/// Why an answer is listed as contradicting the others.
pub fn contradiction_sentence(c: &Contradiction) -> String {
    let name = |i: usize| Criterion::ALL[i].label();
    let (a, b) = c.pair;
    let said = describe(name(a), name(b), c.said);
    let implied = describe(name(a), name(b), c.implied);
    format!("You said {said}, but your other answers put it at {implied}.")
}

/// "cost 3.0× as important as time to earn" (the larger first).
fn describe(a: &str, b: &str, ratio: f64) -> String {
    let (more, less, times) = if ratio >= 1.0 {
        (a, b, ratio)
    } else {
        (b, a, 1.0 / ratio)
    };
    if times < 1.05 {
        format!("{} and {} about equal", lower(a), lower(b))
    } else {
        format!(
            "{} {}× as important as {}",
            lower(more),
            fixed(times, 1),
            lower(less)
        )
    }
}

fn lower(label: &str) -> String {
    // ASCII only (the labels are): `to_lowercase` would bring Unicode case tables into the Wasm.
    label.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_point_text_rounds_like_the_float_printer() {
        for (x, d) in [
            (0.044, 2),
            (0.1, 2),
            (2.149, 1),
            (2.16, 1),
            (54.76, 0),
            (0.0, 2),
            (9.999, 2),
            (-0.004, 2),
        ] {
            assert_eq!(
                fixed(x, d),
                format!("{x:.d$}", d = d as usize).replace("-0.00", "0.00"),
                "{x} {d}"
            );
        }
    }

    #[test]
    fn slots_number_every_pair_once_in_order() {
        let all: Vec<usize> = (0..N).collect();
        let slots: Vec<usize> = pairs(&all).into_iter().map(|(a, b)| slot(a, b)).collect();
        assert_eq!(slots, (0..SLOTS).collect::<Vec<_>>());
        assert_eq!(slot(3, 1), slot(1, 3));
    }

    #[test]
    fn answers_read_back_and_asking_the_other_way_gives_the_reciprocal() {
        let a = Answers::default().with(0, 2, Some(5)).with(4, 1, Some(3));
        assert_eq!(a.get(0, 2), Some(5));
        assert_eq!(a.get(2, 0), Some(-5));
        assert_eq!(a.get(1, 4), Some(-3));
        let mut problems = Vec::new();
        assert_eq!(Answers::parse(&a.to_param(), &mut problems), a);
        assert!(problems.is_empty());
        assert_eq!(a.to_param(), ",5,,,,,,,-3");
        assert_eq!(Answers::default().to_param(), "");
    }

    #[test]
    fn bad_answers_are_named_and_left_unanswered() {
        let mut problems = Vec::new();
        let a = Answers::parse("3,12,x,-1,0", &mut problems);
        assert_eq!(a.0[..5], [Some(3), None, None, Some(1), None]);
        assert_eq!(problems.len(), 3, "{problems:?}");
        let long = vec!["1"; SLOTS + 2].join(",");
        let mut problems = Vec::new();
        assert!(Answers::parse(&long, &mut problems)
            .0
            .iter()
            .all(|a| *a == Some(1)));
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn the_next_question_is_the_first_unanswered_pair_and_none_when_done() {
        let included = [0, 1, 3];
        let a = Answers::default().with(0, 1, Some(3));
        assert_eq!(a.next(&included), Some((0, 3)));
        assert!(a.outcome(&included).is_none());
        let done = a.with(0, 3, Some(1)).with(1, 3, Some(-2));
        assert_eq!(done.next(&included), None);
        assert!(done.outcome(&included).is_some());
    }

    #[test]
    fn sentences_say_which_matters_more_and_how_much() {
        assert_eq!(
            answer_sentence(0, 3, 3),
            "Cost matters a little more than time to earn"
        );
        assert_eq!(
            answer_sentence(0, 3, -9),
            "Time to earn matters extremely more than cost"
        );
        assert_eq!(
            answer_sentence(0, 1, 1),
            "Cost and curriculum depth matter equally"
        );
        assert_eq!(
            answer_sentence(0, 1, 4),
            "Cost matters 4 times as much as curriculum depth"
        );
    }
}
