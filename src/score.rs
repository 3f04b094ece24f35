//! The fit score: a person's own priorities (weights 0–5) and hard constraints → a ranked,
//! explained 0–100 score per certification, "no clear winner" when the top two are close, and
//! the smallest single change of one weight that would change the winner. Pure Rust.
//!
//! How it works, in plain words (also shown on the page):
//! - Each criterion gives every entry a value from 0 to 1: cheaper, deeper, better recognised,
//!   quicker, closer to your focus and level, and lighter to renew is higher. Cost and time are
//!   compared with the dearest and longest entry still in the running.
//! - The fit score is the weighted average of those values × 100. A weight of 0 ignores a
//!   criterion.
//! - Where a fact is unknown the value could be anything from 0 to 1, so the score is a range
//!   ("62–78, exam fee unknown"). Entries are ranked by the middle of their range; on a tie,
//!   the higher guaranteed (lowest) score goes first, then the name.

pub mod pairwise;
mod url;

pub use url::{update, MAX_HOURS};

use crate::catalog::rating;
use crate::catalog::{
    Catalog, Certification, Delivery, Focus, Level, ProviderKind, StatusState, Validity,
};
use crate::compare::{three_year_cents, three_year_cost, DEFAULT_MONTHS};

/// The scoring method's version. A link to the score page records it (`method=`), so a link
/// made with an older method says so when it is opened; links from before versions existed
/// carry none and were made with version 1.
pub const METHOD: u8 = 2;

/// What each version of the method is, oldest first: shown on the page and in the notice of a
/// link made with an older one.
pub const METHOD_HISTORY: [(u8, &str); 2] = [
    (
        1,
        "Seven criteria weighted 0–5, a range where facts are unknown, ranked by the middle of the range.",
    ),
    (
        2,
        "The same scores as version 1. Added: each fit named in words by its band, its bar split into what each criterion adds, and weights that can be set by comparing criteria two at a time.",
    ),
];

/// What changed after `version`, in words.
pub fn method_changes_since(version: u8) -> String {
    let changes: Vec<String> = (METHOD_HISTORY.iter())
        .filter(|(v, _)| *v > version)
        .map(|(v, what)| format!("Version {v}: {what}"))
        .collect();
    changes.join(" ")
}

/// The criteria, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Criterion {
    Cost,
    Depth,
    Recognition,
    Time,
    Focus,
    LevelFit,
    Renewal,
}

impl Criterion {
    pub const ALL: [Criterion; 7] = [
        Criterion::Cost,
        Criterion::Depth,
        Criterion::Recognition,
        Criterion::Time,
        Criterion::Focus,
        Criterion::LevelFit,
        Criterion::Renewal,
    ];

    /// Its URL parameter and form-control name: a promise to people who saved a link.
    pub fn id(self) -> &'static str {
        match self {
            Criterion::Cost => "cost",
            Criterion::Depth => "depth",
            Criterion::Recognition => "recognition",
            Criterion::Time => "time",
            Criterion::Focus => "focus_match",
            Criterion::LevelFit => "level_fit",
            Criterion::Renewal => "renewal",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Criterion::Cost => "Cost",
            Criterion::Depth => "Curriculum depth",
            Criterion::Recognition => "Employer recognition",
            Criterion::Time => "Time to earn",
            Criterion::Focus => "Focus match",
            Criterion::LevelFit => "Level fit",
            Criterion::Renewal => "Renewal burden",
        }
    }
}

/// Weights 0 (ignore) … 5 (critical), in [`Criterion::ALL`] order.
pub type Weights = [u8; 7];
pub const MAX_WEIGHT: u8 = 5;

/// What a weight means, in words: "important" for 3.
pub fn weight_word(weight: u8) -> &'static str {
    [
        "ignored",
        "barely matters",
        "somewhat important",
        "important",
        "very important",
        "critical",
    ][usize::from(weight.min(MAX_WEIGHT))]
}

/// How much AI/ML experience the person has, for level fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Experience {
    #[default]
    None,
    Some,
    Strong,
}

impl Experience {
    pub const ALL: [Experience; 3] = [Experience::None, Experience::Some, Experience::Strong];

    /// Its value in the URL and on the form: `experience=some`.
    pub fn id(self) -> &'static str {
        match self {
            Experience::None => "none",
            Experience::Some => "some",
            Experience::Strong => "strong",
        }
    }

    pub fn from_id(id: &str) -> Option<Experience> {
        Experience::ALL.into_iter().find(|e| e.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Experience::None => "None yet",
            Experience::Some => "Some: courses or a project",
            Experience::Strong => "Strong: I work with ML",
        }
    }
}

/// Everything a person sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub weights: Weights,
    pub focus: Vec<Focus>,
    pub experience: Experience,
    /// Hard constraints.
    pub max_cost_dollars: Option<u64>,
    pub active_only: bool,
    pub online_only: bool,
    /// Empty means every level.
    pub levels: Vec<Level>,
    pub max_hours: Option<u32>,
    /// Weights being set by comparing two criteria at a time: the answers so far; `None` when
    /// that is not under way.
    pub pairwise: Option<pairwise::Answers>,
}

impl Profile {
    /// The weights the score uses: focus match counts only when a focus area is picked.
    pub fn effective_weights(&self) -> Weights {
        let mut weights = self.weights;
        if self.focus.is_empty() {
            weights[4] = 0; // no focus picked: the criterion has nothing to say
        }
        weights
    }
}

impl Default for Profile {
    fn default() -> Profile {
        Profile {
            weights: [3; 7],
            focus: Vec::new(),
            experience: Experience::None,
            max_cost_dollars: None,
            active_only: true,
            online_only: false,
            levels: Vec::new(),
            max_hours: None,
            pairwise: None,
        }
    }
}

/// A value from 0 to 1, or a range when a fact is unknown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Part {
    pub low: f64,
    pub high: f64,
}

impl Part {
    fn exact(v: f64) -> Part {
        let v = v.clamp(0.0, 1.0);
        Part { low: v, high: v }
    }
    const UNKNOWN: Part = Part {
        low: 0.0,
        high: 1.0,
    };
}

/// One entry's result. It keeps what its parts are made of rather than the parts themselves,
/// which would double its size: [`Scored::parts`] works them out when asked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored<'a> {
    pub cert: &'a Certification,
    /// 0–100.
    pub low: f64,
    pub high: f64,
    /// What is unknown and widens the range ("price unknown").
    pub unknowns: Unknowns,
    /// The values of cost (where known), time (where known), focus match, level fit and
    /// renewal burden (where known), unclamped.
    cost: f64,
    time: f64,
    focus: f64,
    level: f64,
    renewal: f64,
    /// Ratings 1–5: curriculum depth (a range) and employer recognition (0 when unknown).
    depth: (u8, u8),
    recognition: u8,
}

/// The unknown facts that widen a score's range, as a set: [`Unknowns::names`] says them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Unknowns(u8);

impl Unknowns {
    /// One bit each, in the order they are said. The validity is said third when the cost
    /// misses it and last when only the renewal burden does, as it was first noted there.
    const NAMES: [&'static str; 6] = [
        "price unknown",
        "renewal fee unknown",
        "validity unknown",
        "hands-on work unknown",
        "study hours unknown",
        "validity unknown",
    ];
    const PRICE: u8 = 1;
    const RENEWAL_FEE: u8 = 1 << 1;
    const VALIDITY: u8 = 1 << 2;
    const HANDS_ON: u8 = 1 << 3;
    const HOURS: u8 = 1 << 4;
    const VALIDITY_LAST: u8 = 1 << 5;

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// "validity unknown", "hands-on work unknown", …: each once, in the order noted.
    pub fn names(self) -> Vec<&'static str> {
        let mut names = Vec::new();
        for b in 0..Unknowns::NAMES.len() {
            if self.0 & 1 << b != 0 {
                names.push(Unknowns::NAMES[b]);
            }
        }
        names
    }
}

impl Scored<'_> {
    /// Per criterion, in [`Criterion::ALL`] order.
    pub fn parts(&self) -> [Part; 7] {
        let unknown = |bits: u8| self.unknowns.0 & bits != 0;
        let known = |bits: u8, v: f64| {
            if unknown(bits) {
                Part::UNKNOWN
            } else {
                Part::exact(v)
            }
        };
        // Ratings 1–5 as 0–1.
        let rating = |low: u8, high: u8| Part {
            low: f64::from(low - 1) / 4.0,
            high: f64::from(high - 1) / 4.0,
        };
        [
            if !unknown(Unknowns::PRICE) && unknown(Unknowns::RENEWAL_FEE | Unknowns::VALIDITY) {
                // Known so far, more to come: at best what is known, at worst the dearest.
                Part {
                    low: 0.0,
                    high: self.cost.clamp(0.0, 1.0),
                }
            } else {
                known(Unknowns::PRICE, self.cost)
            },
            rating(self.depth.0, self.depth.1),
            match self.recognition {
                0 => Part::UNKNOWN,
                r => rating(r, r),
            },
            known(Unknowns::HOURS, self.time),
            Part::exact(self.focus),
            Part::exact(self.level),
            known(Unknowns::VALIDITY | Unknowns::VALIDITY_LAST, self.renewal),
        ]
    }

    pub fn mid(&self) -> f64 {
        (self.low + self.high) / 2.0
    }
    /// "72" or "62–78".
    pub fn label(&self) -> String {
        range_label(self.low, self.high)
    }

    /// What each criterion adds to the score, in points of 100 (a range where a fact is
    /// unknown): its value times its weight's share of all the weights. Together they make
    /// the score, low ends adding up to [`Scored::low`] and high ends to [`Scored::high`].
    pub fn contributions(&self, weights: &Weights) -> [Part; 7] {
        let total: f64 = weights.iter().map(|&w| f64::from(w)).sum();
        let parts = self.parts();
        std::array::from_fn(|i| {
            let share = if total == 0.0 {
                0.0
            } else {
                f64::from(weights[i]) / total * 100.0
            };
            Part {
                low: parts[i].low * share,
                high: parts[i].high * share,
            }
        })
    }
}

/// A fit in words, by the middle of its range, from the lower limit up: 80 and above is a
/// great fit, 65 a good one, 50 a fair one, below 50 a weak one.
pub const BANDS: [(f64, &str); 4] = [
    (80.0, "great fit"),
    (65.0, "good fit"),
    (50.0, "fair fit"),
    (0.0, "weak fit"),
];

/// The band of [`BANDS`] a score (the middle of its range) falls in.
pub fn band(score: f64) -> &'static str {
    BANDS
        .iter()
        .find(|(from, _)| score >= *from)
        .map_or(BANDS[BANDS.len() - 1].1, |(_, words)| words)
}

/// "72" or "62–78" for a range on 0–100.
/// Whole numbers: float formatting would cost the Wasm about 6.6 KB (measured).
pub fn range_label(low: f64, high: f64) -> String {
    let (l, h) = (low.round() as u32, high.round() as u32);
    if l == h {
        format!("{l}")
    } else {
        format!("{l}–{h}")
    }
}

/// The ranking, the entries excluded by a constraint (with why), and whether there is a
/// clear winner.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking<'a> {
    pub ranked: Vec<Scored<'a>>,
    pub excluded: Vec<(&'a Certification, Exclusion)>,
}

/// Points within which the top two count as "no clear winner".
pub const CLOSE: f64 = 5.0;

impl Ranking<'_> {
    /// True when the top two are within [`CLOSE`] points or their ranges overlap.
    pub fn no_clear_winner(&self) -> bool {
        match (self.ranked.first(), self.ranked.get(1)) {
            (Some(a), Some(b)) => a.mid() - b.mid() < CLOSE || b.high >= a.low,
            _ => false,
        }
    }
}

/// Why a profile's hard constraints exclude an entry: [`Exclusion::sentence`] says it with the
/// entry's own facts, only when it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exclusion {
    NotActive,
    NotOnline,
    Level,
    OverBudget,
    PriceUnknown,
    TooLong,
    HoursUnknown,
}

impl Exclusion {
    /// Why `cert`, the entry it excludes, is left out: "it is not active (Retired on 2026-03-31)".
    pub fn sentence(self, cert: &Certification) -> String {
        match self {
            Exclusion::NotActive => format!("it is not active ({})", cert.status.badge()),
            Exclusion::NotOnline => "it cannot be taken online".into(),
            Exclusion::Level => format!("its level is {}", cert.level.label()),
            Exclusion::OverBudget => format!(
                "its 3-year cost is {}",
                three_year_cost(cert, DEFAULT_MONTHS).label()
            ),
            Exclusion::PriceUnknown => {
                "its price is unknown, so it cannot be shown to fit your budget".into()
            }
            Exclusion::TooLong => format!(
                "it takes about {} hours of study",
                cert.prep_hours.unwrap_or(0)
            ),
            Exclusion::HoursUnknown => "its study hours are unknown".into(),
        }
    }
}

/// Why a profile's hard constraints exclude `cert`, if they do.
pub fn excluded_because(cert: &Certification, p: &Profile) -> Option<Exclusion> {
    if p.active_only && cert.status.state != StatusState::Active {
        return Some(Exclusion::NotActive);
    }
    if p.online_only
        && !cert
            .delivery
            .iter()
            .any(|d| matches!(d, Delivery::OnlineProctored | Delivery::SelfPaced))
    {
        return Some(Exclusion::NotOnline);
    }
    if !p.levels.is_empty() && !p.levels.contains(&cert.level) {
        return Some(Exclusion::Level);
    }
    if let Some(max) = p.max_cost_dollars {
        match three_year_cost(cert, DEFAULT_MONTHS).known_cents {
            Some(c) if c > max.saturating_mul(100) => return Some(Exclusion::OverBudget),
            None => return Some(Exclusion::PriceUnknown),
            _ => {}
        }
    }
    if let Some(max) = p.max_hours {
        match cert.prep_hours {
            Some(h) if h > max => return Some(Exclusion::TooLong),
            None => return Some(Exclusion::HoursUnknown),
            _ => {}
        }
    }
    None
}

fn hours(cert: &Certification) -> Option<f64> {
    let exam = f64::from(cert.exam_minutes.unwrap_or(0)) / 60.0;
    cert.prep_hours.map(|h| f64::from(h) + exam)
}

fn level_index(level: Level) -> f64 {
    match level {
        Level::Foundational => 0.0,
        Level::Associate => 1.0,
        Level::Professional => 2.0,
        Level::Expert => 3.0,
    }
}

/// Scores and ranks every entry of the catalog for a profile.
pub fn rank<'a>(catalog: &'a Catalog, p: &Profile) -> Ranking<'a> {
    let mut excluded = Vec::new();
    let mut scored = Vec::with_capacity(catalog.certifications.len());
    for cert in &catalog.certifications {
        match excluded_because(cert, p) {
            Some(why) => excluded.push((cert, why)),
            None => {
                let kind = catalog.provider(&cert.provider).map(|prov| prov.kind);
                scored.push(facts(cert, kind, p));
            }
        }
    }
    // Scales: the dearest and longest known entry still in the running.
    let max = |unknown: u8, value: fn(&Scored) -> f64| {
        scored
            .iter()
            .filter(|s| s.unknowns.0 & unknown == 0)
            .fold(1.0, |max, s| value(s).max(max))
    };
    let (max_cost, max_hours) = (
        max(Unknowns::PRICE, |s| s.cost),
        max(Unknowns::HOURS, |s| s.time),
    );
    let weights = p.effective_weights();
    for s in &mut scored {
        s.cost = 1.0 - s.cost / max_cost;
        s.time = 1.0 - s.time / max_hours;
        (s.low, s.high) = score(&s.parts(), &weights);
    }
    // Highest middle first, then the higher guaranteed score, then the name; the sort is
    // stable, so equal names keep catalog order. Scores are never NaN (weights and parts are
    // finite), and total_cmp orders them like numbers.
    // The keys are sorted rather than the results themselves, which are large to move; the
    // position last makes the order total, so the faster unstable sort gives the stable order
    // (equal names keep catalog order).
    let mut order: Vec<(f64, f64, usize)> = (scored.iter().enumerate())
        .map(|(i, s)| (s.mid(), s.low, i))
        .collect();
    order.sort_unstable_by(|a, b| {
        (b.0.total_cmp(&a.0))
            .then(b.1.total_cmp(&a.1))
            .then_with(|| (scored[a.2].cert.name).cmp(&scored[b.2].cert.name))
            .then(a.2.cmp(&b.2))
    });
    Ranking {
        ranked: order.iter().map(|&(.., i)| scored[i]).collect(),
        excluded,
    }
}

/// An entry's result before the scales are known: its cost and time hold its 3-year cost in
/// cents and its hours, where known, and its score is not worked out. Its provider is of
/// `kind`.
fn facts<'a>(cert: &'a Certification, kind: Option<ProviderKind>, p: &Profile) -> Scored<'a> {
    let mut unknowns = 0;
    let cents = three_year_cents(cert, DEFAULT_MONTHS, &mut |part| {
        unknowns |= match part {
            "renewal fee" => Unknowns::RENEWAL_FEE,
            "validity" => Unknowns::VALIDITY,
            _ => Unknowns::PRICE,
        }
    });
    let depth = rating::depth_range(cert);
    if depth.0 != depth.1 {
        unknowns |= Unknowns::HANDS_ON;
    }
    let hours = hours(cert);
    if hours.is_none() {
        unknowns |= Unknowns::HOURS;
    }
    // Said once: where the cost already misses the validity, it stays there.
    if cert.validity.is_none() && unknowns & Unknowns::VALIDITY == 0 {
        unknowns |= Unknowns::VALIDITY_LAST;
    }
    let ideal = match p.experience {
        Experience::None => 0.0,
        Experience::Some => 1.0,
        Experience::Strong => 2.5,
    };
    Scored {
        cert,
        low: 0.0,
        high: 0.0,
        unknowns: Unknowns(unknowns),
        cost: cents.map_or(0.0, |c| c as f64),
        time: hours.unwrap_or(0.0),
        focus: if p.focus.is_empty() {
            1.0
        } else {
            let hits = (p.focus.iter())
                .filter(|f| cert.focus_areas.contains(f))
                .count();
            hits as f64 / p.focus.len() as f64
        },
        level: 1.0 - (level_index(cert.level) - ideal).abs() / 3.0,
        renewal: match cert.validity {
            Some(Validity::Months(m)) => 1.0 - f64::from(35 / m.max(1)) / 3.0,
            _ => 1.0,
        },
        depth,
        recognition: kind.map_or(0, |kind| rating::recognition_score(cert, kind)),
    }
}

/// The lowest and highest score (0–100) of an entry with these parts.
fn score(parts: &[Part; 7], weights: &Weights) -> (f64, f64) {
    let total: f64 = weights.iter().map(|w| f64::from(*w)).sum();
    if total == 0.0 {
        return (50.0, 50.0);
    }
    let sum = |pick: fn(&Part) -> f64| {
        parts
            .iter()
            .zip(weights)
            .map(|(part, w)| pick(part) * f64::from(*w))
            .sum::<f64>()
            / total
            * 100.0
    };
    (
        sum(|p| p.low).clamp(0.0, 100.0),
        sum(|p| p.high).clamp(0.0, 100.0),
    )
}

/// The smallest change of a single weight that changes the winner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flip {
    pub criterion: Criterion,
    /// Positive: matters more.
    pub steps: i8,
    /// The id of the entry that would rank first.
    pub winner: String,
}

/// Tries every single-weight change, smallest first (criteria in display order break ties).
pub fn flip(catalog: &Catalog, p: &Profile) -> Option<Flip> {
    let current = rank(catalog, p).ranked.first()?.cert.id.clone();
    for size in 1..=MAX_WEIGHT as i8 {
        for (i, criterion) in Criterion::ALL.into_iter().enumerate() {
            for steps in [size, -size] {
                let w = p.weights[i] as i8 + steps;
                if !(0..=MAX_WEIGHT as i8).contains(&w) {
                    continue;
                }
                let mut changed = p.clone();
                changed.weights[i] = w as u8;
                if let Some(top) = rank(catalog, &changed).ranked.first() {
                    if top.cert.id != current {
                        return Some(Flip {
                            criterion,
                            steps,
                            winner: top.cert.id.clone(),
                        });
                    }
                }
            }
        }
    }
    None
}

/// The article's scenarios as presets: weights and constraints only; people change them after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    CareerChange,
    Credibility,
    BigTech,
    Exploring,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::CareerChange,
        Preset::Credibility,
        Preset::BigTech,
        Preset::Exploring,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Preset::CareerChange => "Changing careers into AI",
            Preset::Credibility => "Promotion or consulting credibility",
            Preset::BigTech => "Interviews at large tech firms",
            Preset::Exploring => "Exploring AI casually",
        }
    }

    /// Cost, depth, recognition, time, focus, level fit, renewal.
    pub fn apply(self, p: &Profile) -> Profile {
        let (weights, levels, max_cost, experience): (
            Weights,
            Vec<Level>,
            Option<u64>,
            Experience,
        ) = match self {
            // Structure matters most, at a level one can pass.
            Preset::CareerChange => (
                [3, 4, 3, 3, 3, 5, 1],
                vec![Level::Foundational, Level::Associate],
                None,
                Experience::None,
            ),
            // Authority for proposals: recognition first.
            Preset::Credibility => (
                [2, 4, 5, 2, 3, 3, 2],
                vec![Level::Professional, Level::Expert],
                None,
                Experience::Strong,
            ),
            // Shows initiative and knowledge; interviews still test projects.
            Preset::BigTech => ([2, 5, 3, 2, 4, 3, 1], Vec::new(), None, Experience::Some),
            // A structured overview, not worth high tuition.
            Preset::Exploring => (
                [5, 1, 1, 4, 2, 4, 1],
                vec![Level::Foundational],
                Some(100),
                Experience::None,
            ),
        };
        Profile {
            weights,
            levels,
            max_cost_dollars: max_cost,
            experience,
            active_only: true,
            ..p.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    #[test]
    fn scores_are_in_range_and_ranked_by_midpoint() {
        let c = catalog();
        let r = rank(&c, &Profile::default());
        assert!(!r.ranked.is_empty());
        for s in &r.ranked {
            assert!(
                s.low >= 0.0 && s.high <= 100.0 && s.low <= s.high,
                "{}",
                s.cert.id
            );
        }
        for pair in r.ranked.windows(2) {
            assert!(pair[0].mid() >= pair[1].mid());
        }
        // Retired entries are excluded, with a reason, when only active ones are wanted.
        assert!(r
            .excluded
            .iter()
            .any(|(c, why)| c.status.state == StatusState::Retired
                && why.sentence(c).contains("not active")));
    }

    #[test]
    fn all_weights_zero_means_everyone_equal_and_no_winner() {
        let c = catalog();
        let p = Profile {
            weights: [0; 7],
            ..Profile::default()
        };
        let r = rank(&c, &p);
        assert!(r.ranked.iter().all(|s| s.low == 50.0 && s.high == 50.0));
        assert!(r.no_clear_winner());
    }

    #[test]
    fn unknown_price_gives_a_range_and_says_so() {
        let c = catalog();
        let p = Profile {
            weights: [5, 0, 0, 0, 0, 0, 0],
            ..Profile::default()
        };
        let r = rank(&c, &p);
        let unknown = r
            .ranked
            .iter()
            .find(|s| s.unknowns.names().contains(&"price unknown"))
            .unwrap();
        assert_eq!((unknown.low, unknown.high), (0.0, 100.0));
        assert_eq!(unknown.label(), "0–100");
    }

    #[test]
    fn each_unknown_is_named_once() {
        let c = catalog();
        let p = Profile {
            active_only: false,
            ..Profile::default()
        };
        let r = rank(&c, &p);
        // Validity unknown, with hands-on work and study hours unknown in between.
        let s = r
            .ranked
            .iter()
            .find(|s| s.cert.id == "oracle-oci-genai-professional")
            .unwrap();
        assert_eq!(
            s.unknowns.names(),
            [
                "validity unknown",
                "hands-on work unknown",
                "study hours unknown"
            ]
        );
        for s in &r.ranked {
            let names = s.unknowns.names();
            for (i, u) in names.iter().enumerate() {
                assert!(!names[..i].contains(u), "{}: {names:?}", s.cert.id);
            }
        }
    }

    #[test]
    fn a_huge_budget_does_not_overflow() {
        let c = catalog();
        let p = Profile {
            max_cost_dollars: Some(u64::MAX),
            ..Profile::default()
        };
        let r = rank(&c, &p);
        assert!(!r
            .excluded
            .iter()
            .any(|(_, why)| *why == Exclusion::OverBudget));
    }

    #[test]
    fn a_partly_known_cost_over_budget_reads_as_a_sentence() {
        let c = catalog();
        let isaca = c.get("isaca-aaia").unwrap();
        let p = Profile {
            max_cost_dollars: Some(300),
            ..Profile::default()
        };
        assert_eq!(
            excluded_because(isaca, &p).unwrap().sentence(isaca),
            "its 3-year cost is ≥ $599, validity unknown"
        );
    }

    #[test]
    fn a_budget_excludes_with_the_reason() {
        let c = catalog();
        let p = Profile {
            max_cost_dollars: Some(50),
            ..Profile::default()
        };
        let r = rank(&c, &p);
        assert!(r
            .excluded
            .iter()
            .any(|(c, why)| why.sentence(c).contains("3-year cost is")));
        assert!(r
            .excluded
            .iter()
            .any(|(c, why)| why.sentence(c).contains("price is unknown")));
        for s in &r.ranked {
            assert!(three_year_cost(s.cert, DEFAULT_MONTHS).known_cents.unwrap() <= 5000);
        }
    }

    #[test]
    fn the_flip_really_flips_and_nothing_smaller_does() {
        let c = catalog();
        for preset in Preset::ALL {
            let p = preset.apply(&Profile::default());
            let before = rank(&c, &p).ranked.first().map(|s| s.cert.id.clone());
            if let Some(f) = flip(&c, &p) {
                let i = Criterion::ALL
                    .iter()
                    .position(|x| *x == f.criterion)
                    .unwrap();
                let mut changed = p.clone();
                changed.weights[i] = (changed.weights[i] as i8 + f.steps) as u8;
                let after = rank(&c, &changed).ranked.first().map(|s| s.cert.id.clone());
                assert_ne!(after, before);
                assert_eq!(after.as_deref(), Some(f.winner.as_str()));
                // No single change of a smaller size flips it.
                for j in 0..7 {
                    for s in 1..f.steps.unsigned_abs() as i8 {
                        for steps in [s, -s] {
                            let w = p.weights[j] as i8 + steps;
                            if !(0..=5).contains(&w) {
                                continue;
                            }
                            let mut q = p.clone();
                            q.weights[j] = w as u8;
                            assert_eq!(
                                rank(&c, &q).ranked.first().map(|s| s.cert.id.clone()),
                                before
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn presets_set_weights_and_constraints_only() {
        let base = Profile {
            focus: vec![Focus::Genai],
            ..Profile::default()
        };
        let p = Preset::Exploring.apply(&base);
        assert_eq!(p.focus, base.focus);
        assert_eq!(p.max_cost_dollars, Some(100));
        assert_eq!(p.levels, [Level::Foundational]);
    }
}
