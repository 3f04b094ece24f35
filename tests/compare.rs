//! Property tests of the comparison model over random picks, orders and unknown facts.
#![cfg(not(target_arch = "wasm32"))]

use certscope::catalog::{Catalog, Certification};
use certscope::compare::{parse_ids, rows, three_year_cost, MAX};
use certscope::pages::compare::{columns, shown_rows};
use certscope::route::Query;
use proptest::prelude::*;

fn catalog() -> &'static Catalog {
    use std::sync::OnceLock;
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::embedded().unwrap())
}

/// Up to 4 distinct catalog indices in a random order.
fn picks() -> impl Strategy<Value = Vec<usize>> {
    let n = catalog().certifications.len();
    proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 1..=MAX).prop_shuffle()
}

/// A certification with some facts knocked out, as research often leaves them.
fn with_unknowns(cert: &Certification, mask: u8) -> Certification {
    let mut c = cert.clone();
    if mask & 1 != 0 {
        c.price.amount = None;
    }
    if mask & 2 != 0 {
        c.validity = None;
    }
    if mask & 4 != 0 {
        if let Some(r) = c.renewal.as_mut() {
            r.fee = None;
        }
    }
    if mask & 8 != 0 {
        c.prep_hours = None;
    }
    c
}

proptest! {
    #[test]
    fn best_is_never_unknown_and_order_follows_ids(idx in picks(), masks in proptest::collection::vec(0u8..16, 4), months in 1u32..=36) {
        let certs: Vec<Certification> = idx.iter().zip(&masks).map(|(&i, &m)| with_unknowns(&catalog().certifications[i], m)).collect();
        let refs: Vec<&Certification> = certs.iter().collect();
        for row in rows(catalog(), &refs, months) {
            prop_assert_eq!(row.cells.len(), refs.len());
            for cell in &row.cells {
                prop_assert!(!(cell.best && cell.unknown), "{}: unknown marked best", row.label);
            }
            if row.cells.iter().any(|c| c.best) {
                prop_assert!(row.differs, "{}: best in a row that does not differ", row.label);
            }
        }
    }

    #[test]
    fn cost_never_invents_a_number(i in 0usize..46, mask in 0u8..16, months in 1u32..=36) {
        let cert = with_unknowns(&catalog().certifications[i % catalog().certifications.len()], mask);
        let cost = three_year_cost(&cert, months);
        let free = cert.price.model == certscope::catalog::PriceModel::Free;
        if cert.price.amount.is_none() && !free {
            prop_assert_eq!(cost.known_cents, None);
            prop_assert!(!cost.label().contains('$'));
        }
        if !cost.missing.is_empty() {
            prop_assert!(!cost.is_exact());
            prop_assert!(cost.label().contains("unknown"));
        }
    }

    #[test]
    fn only_differences_keeps_every_differing_row_and_every_column(idx in picks()) {
        let ids: Vec<&str> = idx.iter().map(|&i| catalog().certifications[i].id.as_str()).collect();
        let query = Query::parse(&format!("?ids={}", ids.join(",")));
        let mut view = certscope::compare::View::parse(&query, catalog());
        prop_assert_eq!(&view.picked.ids, &ids);
        let refs: Vec<&Certification> = ids.iter().filter_map(|id| catalog().get(id)).collect();
        let differing: Vec<&str> = rows(catalog(), &refs, view.months).iter().filter(|r| r.differs).map(|r| r.label).collect();
        view.only_differences = true;
        let shown: Vec<&str> = shown_rows(catalog(), &view).iter().map(|r| r.label).collect();
        for label in &differing {
            prop_assert!(shown.contains(label), "{} dropped", label);
        }
        // Only differences: nothing that is the same everywhere is shown.
        prop_assert_eq!(shown.len(), differing.len());
        let heads: Vec<String> = columns("", catalog(), &view).into_iter().map(|c| c.id).collect();
        prop_assert_eq!(heads, ids.iter().map(|id| id.to_string()).collect::<Vec<_>>());
    }

    #[test]
    fn parsing_any_id_list_never_panics_and_caps_at_four(raw in ".{0,300}") {
        let picked = parse_ids(&raw, catalog());
        prop_assert!(picked.ids.len() <= MAX);
        for id in &picked.ids {
            prop_assert!(catalog().get(id).is_some());
        }
    }
}

#[test]
fn the_cost_chart_splits_the_three_year_cost_and_says_it() {
    let c = Catalog::embedded().unwrap();
    let certs: Vec<&Certification> = c.certifications.iter().collect();
    let bars = certscope::compare::cost_chart(&certs, 3);
    assert_eq!(bars.len(), certs.len());
    for (bar, cert) in bars.iter().zip(&certs) {
        let cost = certscope::compare::three_year_cost(cert, 3);
        let drawn: u64 = bar.parts.iter().map(|(_, v)| v).sum();
        match cost.known_cents {
            // The parts make the known sum, and the sentence ends with it when it is exact.
            Some(cents) => {
                assert_eq!(drawn, cents, "{}", cert.id);
                if cost.is_exact() {
                    assert!(
                        bar.text.ends_with(&format!("= {}", cost.label())),
                        "{}: {}",
                        cert.id,
                        bar.text
                    );
                } else {
                    assert!(bar.text.contains("unknown"), "{}: {}", cert.id, bar.text);
                }
            }
            None => {
                assert!(bar.parts.is_empty());
                assert!(bar.text.ends_with("unknown"), "{}", bar.text);
            }
        }
    }
}
