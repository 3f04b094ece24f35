//! The AHP eigenvector method (`score::pairwise`) against worked examples from the literature,
//! and properties every set of answers must have.

// Matrices are indexed as in the papers (a[i][j]); iterators would hide the i < j pattern.
#![allow(clippy::needless_range_loop)]

use certscope::score::pairwise::{
    consistency_ratio, principal_eigenvector, Answer, Answers, SLOTS,
};
use proptest::prelude::*;

/// A reciprocal matrix from its upper triangle, row by row ((0,1), (0,2) … ).
fn matrix(n: usize, upper: &[f64]) -> Vec<Vec<f64>> {
    let mut m = vec![vec![1.0; n]; n];
    let mut values = upper.iter();
    for i in 0..n {
        for j in i + 1..n {
            let v = *values.next().unwrap();
            m[i][j] = v;
            m[j][i] = 1.0 / v;
        }
    }
    assert!(values.next().is_none());
    m
}

/// The same judgements as the app's answers over the first `n` criteria (a ratio k ≥ 1 is the
/// answer k, 1/k is -k).
fn answers(n: usize, upper: &[f64]) -> Answers {
    let mut a = Answers::default();
    let mut values = upper.iter();
    for i in 0..n {
        for j in i + 1..n {
            let v = *values.next().unwrap();
            let k: Answer = if v >= 1.0 {
                v.round() as Answer
            } else {
                -((1.0 / v).round() as Answer)
            };
            a = a.with(i, j, Some(k));
        }
    }
    a
}

fn assert_close(got: &[f64], want: &[f64], tolerance: f64) {
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert!((g - w).abs() <= tolerance, "got {got:?}, want {want:?}");
    }
}

/// Saaty (2008), "Decision making with the analytic hierarchy process", Int. J. Services
/// Sciences 1(1): relative consumption of drinks in the US (coffee, wine, tea, beer, sodas,
/// milk, water). Published priorities .177 .019 .042 .116 .190 .129 .327, CR 0.022.
const DRINKS: [f64; 21] = [
    9.0,
    5.0,
    2.0,
    1.0,
    1.0,
    0.5, // coffee
    1.0 / 3.0,
    1.0 / 9.0,
    1.0 / 9.0,
    1.0 / 9.0,
    1.0 / 9.0, // wine
    1.0 / 3.0,
    0.25,
    1.0 / 3.0,
    1.0 / 9.0, // tea
    0.5,
    1.0,
    1.0 / 3.0, // beer
    2.0,
    0.5,       // sodas
    1.0 / 3.0, // milk
];
const DRINKS_PRIORITIES: [f64; 7] = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327];

#[test]
fn saatys_drinks_example_seven_criteria() {
    let (w, lambda) = principal_eigenvector(&matrix(7, &DRINKS));
    assert_close(&w, &DRINKS_PRIORITIES, 5e-4);
    assert!(
        (consistency_ratio(7, lambda) - 0.022).abs() < 1e-3,
        "{lambda}"
    );
    // The same through the app's answers over its seven criteria.
    let outcome = answers(7, &DRINKS).outcome(&[0, 1, 2, 3, 4, 5, 6]).unwrap();
    assert_close(&outcome.priorities, &DRINKS_PRIORITIES, 5e-4);
    assert!(outcome.is_consistent());
    // Water (the largest) becomes 5, wine (.019) the smallest weight there is, 1.
    assert_eq!(outcome.weights_0_to_5(), [3, 1, 1, 2, 3, 2, 5]);
}

/// Wikipedia, "Analytic hierarchy process – leader example": the criteria experience,
/// education, charisma and age. Published priorities .547 .127 .270 .056 (computed there with
/// an online tool; the eigenvector's first weight rounds to .548), CR 0.044.
#[test]
fn the_leader_example_four_criteria() {
    let upper = [4.0, 3.0, 7.0, 1.0 / 3.0, 3.0, 5.0];
    let outcome = answers(4, &upper).outcome(&[0, 1, 2, 3]).unwrap();
    assert_close(&outcome.priorities, &[0.547, 0.127, 0.270, 0.056], 1.5e-3);
    assert!((outcome.consistency_ratio() - 0.044).abs() < 1e-3);
    assert!(outcome.is_consistent());
}

/// Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48, Table 2,
/// and (2003) "Decision-making with the AHP: why is the principal eigenvector necessary", Table
/// 1: eight criteria for buying a house. Published priorities .173 .054 .188 .018 .031 .036
/// .167 .333, λmax 9.669, CR 0.169: inconsistent.
#[test]
fn saatys_house_example_eight_criteria_inconsistent() {
    let upper = [
        5.0,
        3.0,
        7.0,
        6.0,
        6.0,
        1.0 / 3.0,
        0.25, // size
        1.0 / 3.0,
        5.0,
        3.0,
        3.0,
        0.2,
        1.0 / 7.0, // transportation
        6.0,
        3.0,
        4.0,
        6.0,
        0.2, // neighbourhood
        1.0 / 3.0,
        0.25,
        1.0 / 7.0,
        0.125, // age
        0.5,
        0.2,
        1.0 / 6.0, // yard
        0.2,
        1.0 / 6.0, // modern facilities
        0.5,       // general condition
    ];
    let (w, lambda) = principal_eigenvector(&matrix(8, &upper));
    assert_close(
        &w,
        &[0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333],
        5e-4,
    );
    assert!((lambda - 9.669).abs() < 1e-3, "{lambda}");
    assert!((consistency_ratio(8, lambda) - 0.169).abs() < 1e-3);
}

/// Saaty (1990), the transportation matrix: λmax 3.247, CR 0.213. Its contradictions start
/// with the answer that disagrees most with the weights.
#[test]
fn an_inconsistent_three_by_three_names_its_contradictions() {
    let upper = [7.0, 0.2, 0.125];
    let outcome = answers(3, &upper).outcome(&[0, 1, 2]).unwrap();
    assert!((outcome.lambda_max - 3.247).abs() < 1e-3);
    assert!((outcome.consistency_ratio() - 0.213).abs() < 1e-3);
    assert!(!outcome.is_consistent());
    assert_close(&outcome.priorities, &[0.233, 0.054, 0.713], 1e-3);
    let contradictions = outcome.contradictions();
    assert_eq!(contradictions.len(), 3);
    assert!(contradictions
        .windows(2)
        .all(|w| w[0].distance() >= w[1].distance()));
    // In a 3×3 every answer is off by the same factor, the cube root of a12·a23/a13.
    assert!((contradictions[0].distance() - 4.375f64.cbrt()).abs() < 1e-6);
}

proptest! {
    /// Answers that agree exactly (each the ratio of made-up weights) give those weights back
    /// and a consistency ratio of 0.
    #[test]
    fn consistent_answers_give_their_weights_back(raw in proptest::collection::vec(1u32..=9, 2..=7)) {
        let n = raw.len();
        let sum: f64 = raw.iter().map(|&x| f64::from(x)).sum();
        let want: Vec<f64> = raw.iter().map(|&x| f64::from(x) / sum).collect();
        let mut upper = Vec::new();
        for i in 0..n {
            for j in i + 1..n {
                upper.push(want[i] / want[j]);
            }
        }
        let (w, lambda) = principal_eigenvector(&matrix(n, &upper));
        for (g, e) in w.iter().zip(&want) {
            prop_assert!((g - e).abs() < 1e-9);
        }
        prop_assert!(consistency_ratio(n, lambda) < 1e-9);
    }

    /// Any answers at all: weights positive, summing to 1, λmax ≥ n, a finite ratio, and the
    /// 0–5 weights keep every compared criterion on, the largest at 5.
    #[test]
    fn any_answers_give_usable_weights(
        raw in proptest::collection::vec(prop_oneof![(-9i8..=-2), (1i8..=9)], SLOTS),
        mask in 3u8..=127,
    ) {
        let included: Vec<usize> = (0..7).filter(|i| mask & (1 << i) != 0).collect();
        prop_assume!(included.len() >= 2);
        let mut a = Answers::default();
        for (slot, k) in raw.iter().enumerate() {
            a.0[slot] = Some(*k);
        }
        let outcome = a.outcome(&included).unwrap();
        let sum: f64 = outcome.priorities.iter().sum();
        prop_assert!((sum - 1.0).abs() < 1e-9);
        prop_assert!(outcome.priorities.iter().all(|&w| w > 0.0));
        prop_assert!(outcome.lambda_max >= included.len() as f64 - 1e-9);
        prop_assert!(outcome.consistency_ratio().is_finite());
        let weights = outcome.weights_0_to_5();
        for c in 0..7 {
            prop_assert_eq!(weights[c] > 0, included.contains(&c));
        }
        prop_assert_eq!(weights.iter().max(), Some(&5));
        let mut problems = Vec::new();
        prop_assert_eq!(Answers::parse(&a.to_param(), &mut problems), a);
        prop_assert!(problems.is_empty());
    }
}
