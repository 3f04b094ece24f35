//! Property tests of the fit score.
#![cfg(not(target_arch = "wasm32"))]

use certscope::catalog::{Catalog, Level, Money, PriceModel};
use certscope::score::{excluded_because, rank, Experience, Profile};
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
            prop_assert_eq!(again.as_ref(), Some(why));
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
