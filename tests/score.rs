//! Property tests of the fit score.
#![cfg(not(target_arch = "wasm32"))]

use certscope::catalog::{Catalog, Focus, Level, Money, PriceModel};
use certscope::route::Query;
use certscope::score::pairwise::{Answers, SLOTS};
use certscope::score::{
    excluded_because, rank, update, Criterion, Experience, Profile, Scored, MAX_HOURS,
};
use proptest::prelude::*;

fn catalog() -> &'static Catalog {
    use std::sync::OnceLock;
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::embedded().unwrap())
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        proptest::array::uniform7(0u8..=5),
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(0u64..2000),
        proptest::option::of(0u32..300),
        0u8..3,
        proptest::sample::subsequence(
            vec![
                Level::Foundational,
                Level::Associate,
                Level::Professional,
                Level::Expert,
            ],
            0..=4,
        ),
    )
        .prop_map(
            |(weights, active_only, online_only, max_cost_dollars, max_hours, exp, levels)| {
                Profile {
                    weights,
                    active_only,
                    online_only,
                    max_cost_dollars,
                    max_hours,
                    levels,
                    experience: [Experience::None, Experience::Some, Experience::Strong]
                        [exp as usize],
                    focus: Vec::new(),
                    pairwise: None,
                }
            },
        )
}

proptest! {
    #[test]
    fn scores_stay_in_0_to_100_and_are_never_nan(p in profile()) {
        let r = rank(catalog(), &p);
        for s in &r.ranked {
            prop_assert!(!s.low.is_nan() && !s.high.is_nan());
            prop_assert!((0.0..=100.0).contains(&s.low) && (0.0..=100.0).contains(&s.high) && s.low <= s.high);
        }
        // An excluded entry never appears ranked, and every entry is in exactly one list.
        for (cert, why) in &r.excluded {
            prop_assert!(!r.ranked.iter().any(|s| s.cert.id == cert.id));
            let again = excluded_because(cert, &p);
            prop_assert_eq!(again, Some(*why));
        }
        prop_assert_eq!(r.ranked.len() + r.excluded.len(), catalog().certifications.len());
    }

    #[test]
    fn a_dearer_twin_never_ranks_above_the_cheaper(weights in proptest::array::uniform7(0u8..=5), i in 0usize..46, extra in 1u64..50_000) {
        let mut c = catalog().clone();
        let base = c.certifications[i % c.certifications.len()].clone();
        prop_assume!(base.price.model == PriceModel::ExamFee && base.price.amount.is_some());
        let mut twin = base.clone();
        twin.id = format!("{}-twin", base.id);
        twin.name = format!("{} (dearer twin)", base.name);
        let cents = base.price.amount.unwrap().cents + extra;
        twin.price.amount = Some(Money { cents, ..base.price.amount.unwrap() });
        c.certifications.push(twin);
        let p = Profile { weights, active_only: false, ..Profile::default() };
        let r = rank(&c, &p);
        let pos = |id: &str| r.ranked.iter().position(|s| s.cert.id == id);
        if let (Some(cheap), Some(dear)) = (pos(&base.id), pos(&format!("{}-twin", base.id))) {
            let (a, b) = (&r.ranked[cheap], &r.ranked[dear]);
            prop_assert!(a.mid() >= b.mid(), "cheaper {} < dearer {}", a.mid(), b.mid());
        }
    }
}

/// Any profile a person can reach: lists without duplicates, limits within what the URL takes.
fn any_profile() -> impl Strategy<Value = Profile> {
    (
        proptest::array::uniform7(0u8..=5),
        proptest::sample::subsequence(Focus::ALL.to_vec(), 0..=Focus::ALL.len()),
        proptest::sample::subsequence(Level::ALL.to_vec(), 0..=4),
        proptest::sample::select(Experience::ALL.to_vec()),
        proptest::option::of(0u64..=1_000_000),
        proptest::option::of(0u32..=MAX_HOURS as u32),
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(proptest::collection::vec(
            proptest::option::of(prop_oneof![-9i8..=-2, 1i8..=9]),
            SLOTS,
        )),
    )
        .prop_map(
            |(
                weights,
                focus,
                levels,
                experience,
                budget,
                hours,
                active_only,
                online_only,
                answers,
            )| {
                Profile {
                    pairwise: answers.map(|given| {
                        let mut a = Answers::default();
                        a.0.copy_from_slice(&given);
                        a
                    }),
                    weights,
                    focus,
                    levels,
                    experience,
                    max_cost_dollars: budget,
                    max_hours: hours,
                    active_only,
                    online_only,
                }
            },
        )
}

/// The names the score page reads, and some it does not.
fn names() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = Criterion::ALL.iter().map(|c| c.id().to_owned()).collect();
    for n in [
        "focus",
        "levels",
        "experience",
        "budget",
        "hours",
        "active",
        "online",
        "level",
        "",
    ] {
        names.push(n.to_owned());
    }
    proptest::sample::select(names)
}

proptest! {
    #[test]
    fn a_profile_reads_back_from_its_address(p in any_profile()) {
        let search = p.to_search();
        let (back, problems) = Profile::parse(&Query::parse(&search));
        prop_assert!(problems.is_empty(), "{search}: {problems:?}");
        prop_assert_eq!(back, p);
    }

    #[test]
    fn parsing_any_address_never_panics(raw in ".*") {
        let _ = Profile::parse(&Query::parse(&raw));
    }

    #[test]
    fn parsing_known_names_with_any_values_never_panics(
        pairs in proptest::collection::vec((names(), ".{0,12}"), 0..8)
    ) {
        let pairs: Vec<(&str, String)> = pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let (p, _) = Profile::parse(&Query::parse(&Query::format(&pairs)));
        prop_assert!(p.weights.iter().all(|w| *w <= 5));
        // What it kept reads back cleanly.
        let (again, none) = Profile::parse(&Query::parse(&p.to_search()));
        prop_assert!(none.is_empty());
        prop_assert_eq!(again, p);
    }

    #[test]
    fn controls_keep_the_profile_valid(
        p in any_profile(),
        edits in proptest::collection::vec((names(), ".{0,8}|-?[0-9]{1,25}|genai|mlops|expert|associate|some|strong", any::<bool>()), 1..6)
    ) {
        let mut p = p;
        for (name, value, checked) in &edits {
            p = update(&p, name, value, *checked);
            prop_assert!(p.weights.iter().all(|w| *w <= 5));
        }
        let (back, problems) = Profile::parse(&Query::parse(&p.to_search()));
        prop_assert!(problems.is_empty(), "{problems:?}");
        prop_assert_eq!(back, p);
    }
}

/// A synthetic catalog with long runs of equal scores, so the tie rule is exercised.
fn synthetic() -> &'static Catalog {
    use std::sync::OnceLock;
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::synthetic(3_000))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_ranking_follows_the_stated_rule(p in any_profile(), large in any::<bool>()) {
        let c = if large { synthetic() } else { catalog() };
        let r = rank(c, &p);
        // Middle of the range first, then the higher lowest score, then the name.
        for pair in r.ranked.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let order = b
                .mid()
                .total_cmp(&a.mid())
                .then(b.low.total_cmp(&a.low))
                .then_with(|| a.cert.name.cmp(&b.cert.name));
            prop_assert!(order.is_le(), "{} before {}", a.cert.name, b.cert.name);
        }
        // Every entry once: ranked or excluded.
        let mut ids: Vec<&str> = r
            .ranked
            .iter()
            .map(|s| s.cert.id.as_str())
            .chain(r.excluded.iter().map(|(c, _)| c.id.as_str()))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), c.certifications.len());
    }
}

/// Names that share long beginnings, end where others go on, or hold NUL bytes, spaces and
/// accents: what ordering names seven bytes at a time could get wrong.
fn tricky_name() -> impl Strategy<Value = String> {
    let beginnings = vec![
        "",
        "Ab",
        "AWS Certified Machine Learning",
        "AWS Certified Machine Learning Engineer",
    ];
    // Mostly one letter, so that names often differ first far into them.
    let letter = prop_oneof![
        8 => Just('a'),
        1 => Just('b'),
        1 => Just(' '),
        1 => Just('\0'),
        1 => Just('é'),
    ];
    (
        proptest::sample::select(beginnings),
        proptest::collection::vec(letter, 0..24),
    )
        .prop_map(|(beginning, rest)| format!("{beginning}{}", String::from_iter(rest)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn ties_go_by_name_and_then_catalog_order(
        names in proptest::collection::vec(tricky_name(), 2..80),
        weights in prop_oneof![Just([0; 7]), proptest::array::uniform7(0u8..=5)],
    ) {
        // With no weight, every entry ties and only names order them.
        let mut c = catalog().clone();
        let real = c.certifications.clone();
        for (i, name) in names.iter().enumerate() {
            let mut cert = real[i % real.len()].clone();
            cert.id = format!("entry-{i}");
            cert.name = name.clone();
            if i < real.len() {
                c.certifications[i] = cert;
            } else {
                c.certifications.push(cert);
            }
        }
        let p = Profile { weights, active_only: false, ..Profile::default() };
        let r = rank(&c, &p);
        // The stated rule as a stable sort of the catalog order.
        let mut expected: Vec<&Scored> = r.ranked.iter().collect();
        let position = |s: &Scored| c.certifications.iter().position(|x| x.id == s.cert.id);
        expected.sort_by_key(|s| position(s));
        expected.sort_by(|a, b| {
            b.mid()
                .total_cmp(&a.mid())
                .then(b.low.total_cmp(&a.low))
                .then_with(|| a.cert.name.cmp(&b.cert.name))
        });
        let ids = |list: Vec<&Scored>| list.iter().map(|s| s.cert.id.clone()).collect::<Vec<_>>();
        prop_assert_eq!(ids(r.ranked.iter().collect()), ids(expected));
    }
}

proptest! {
    /// What the criteria add, low ends and high ends apart, makes the score's range.
    #[test]
    fn contributions_add_up_to_the_score(weights in proptest::array::uniform7(0u8..=5)) {
        let c = Catalog::embedded().unwrap();
        let p = Profile { weights, active_only: false, ..Profile::default() };
        let w = p.effective_weights();
        prop_assume!(w.iter().any(|&x| x > 0));
        for s in rank(&c, &p).ranked.iter().take(20) {
            let parts = s.contributions(&w);
            let low: f64 = parts.iter().map(|x| x.low).sum();
            let high: f64 = parts.iter().map(|x| x.high).sum();
            prop_assert!((low - s.low).abs() < 1e-6, "{} {}", low, s.low);
            prop_assert!((high - s.high).abs() < 1e-6, "{} {}", high, s.high);
            for (i, x) in parts.iter().enumerate() {
                prop_assert!(x.low <= x.high + 1e-12);
                if w[i] == 0 {
                    prop_assert!(x.high == 0.0, "an ignored criterion adds nothing");
                }
            }
        }
    }
}
