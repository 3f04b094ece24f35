//! Comparing 2–4 certifications: which ids a link or the tray holds, the 3-year cost of
//! ownership, and the comparison table with the best value and the differing rows marked.
//! Pure Rust, tested natively; `pages::compare` draws the table.

use crate::catalog::labels::{duration, money, validity, UNKNOWN};
use crate::catalog::{Catalog, Certification, PriceModel, Validity};
use crate::find::{listed_price_cents, validity_months};

/// At most this many columns: a wider table stops being readable on a laptop.
pub const MAX: usize = 4;

/// Study months assumed for subscription-priced courses, unless the person sets another.
pub const DEFAULT_MONTHS: u32 = 3;

/// The 3-year window, in months.
const WINDOW: u32 = 36;

/// What a `compare?ids=` link asks for, after checking it against the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picked {
    /// Known ids, in link order, without duplicates, at most [`MAX`].
    pub ids: Vec<String>,
    /// Ids the catalog does not have.
    pub unknown: Vec<String>,
    /// Known ids beyond the first [`MAX`].
    pub extra: Vec<String>,
}

/// Reads a comma-separated id list (the `ids` parameter or the stored tray).
pub fn parse_ids(raw: &str, catalog: &Catalog) -> Picked {
    let mut picked = Picked::default();
    for id in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if catalog.get(id).is_none() {
            picked.unknown.push(id.chars().take(60).collect());
        } else if picked.ids.iter().any(|p| p == id) {
            continue;
        } else if picked.ids.len() < MAX {
            picked.ids.push(id.to_owned());
        } else {
            picked.extra.push(id.to_owned());
        }
    }
    picked
}

/// Study months people may assume for subscription courses.
pub const MONTH_CHOICES: [u32; 4] = [1, 3, 6, 12];

/// Everything a comparison link says: `?ids=a,b&months=6&diff=1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub picked: Picked,
    /// Study months assumed for subscription-priced courses.
    pub months: u32,
    /// Hide rows where every column says the same.
    pub only_differences: bool,
    /// Parameters that could not be used, in words.
    pub problems: Vec<String>,
}

impl View {
    /// The picked certifications, in column order.
    pub fn certs<'a>(&self, catalog: &'a Catalog) -> Vec<&'a Certification> {
        self.picked
            .ids
            .iter()
            .filter_map(|id| catalog.get(id))
            .collect()
    }

    pub fn parse(query: &crate::route::Query, catalog: &Catalog) -> View {
        let picked = parse_ids(query.get("ids").unwrap_or(""), catalog);
        let mut problems = Vec::new();
        if !picked.unknown.is_empty() {
            problems.push(format!(
                "Not in the catalog, so left out: {}.",
                picked.unknown.join(", ")
            ));
        }
        if !picked.extra.is_empty() {
            problems.push(format!(
                "At most {MAX} can be compared; left out: {}.",
                picked.extra.join(", ")
            ));
        }
        let months = match query.get("months") {
            None => DEFAULT_MONTHS,
            Some(m) => match m.parse::<u32>() {
                Ok(m) if (1..=36).contains(&m) => m,
                _ => {
                    problems.push(format!(
                        "Ignored study months “{}”; assuming {DEFAULT_MONTHS}.",
                        m.chars().take(20).collect::<String>()
                    ));
                    DEFAULT_MONTHS
                }
            },
        };
        View {
            picked,
            months,
            only_differences: query.get("diff") == Some("1"),
            problems,
        }
    }
}

/// A comparison's query string with its row filter: `?ids=a,b&months=6&diff=1`.
pub fn search_with(ids: &[String], months: u32, only_differences: bool) -> String {
    let mut search = search(ids, months);
    if only_differences {
        search.push_str("&diff=1");
    }
    search
}

/// The query string of a comparison: `?ids=a,b` (plus `&months=` when not the default).
pub fn search(ids: &[String], months: u32) -> String {
    let mut search = format!("?ids={}", ids.join(","));
    if months != DEFAULT_MONTHS {
        search.push_str(&format!("&months={months}"));
    }
    search
}

/// Adds or removes `id`; adding a fifth is refused and changes nothing.
pub fn toggle(ids: &[String], id: &str) -> Result<Vec<String>, Full> {
    let mut next = ids.to_vec();
    if let Some(at) = next.iter().position(|p| p == id) {
        next.remove(at);
    } else if next.len() >= MAX {
        return Err(Full);
    } else {
        next.push(id.to_owned());
    }
    Ok(next)
}

/// The tray already holds [`MAX`] entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

/// `ids` with the one at `from` moved one place left (`-1`) or right (`1`); unchanged at an edge.
pub fn moved(ids: &[String], from: usize, step: isize) -> Vec<String> {
    let mut next = ids.to_vec();
    if let Some(to) = from.checked_add_signed(step).filter(|to| *to < next.len()) {
        next.swap(from, to);
    }
    next
}

/// The 3-year cost of ownership: what is known, and what is not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cost {
    /// The sum of the known parts, in cents; `None` when the main price itself is unknown.
    pub known_cents: Option<u64>,
    /// Parts that could not be priced ("renewal fee", "validity").
    pub missing: Vec<&'static str>,
}

impl Cost {
    pub fn is_exact(&self) -> bool {
        self.known_cents.is_some() && self.missing.is_empty()
    }

    /// "$300", "≥ $150, renewal fee unknown", "unknown (exam fee unknown)".
    pub fn label(&self) -> String {
        match self.known_cents {
            None => format!("{UNKNOWN} ({})", self.missing.join(", ")),
            Some(cents) if self.missing.is_empty() => money_cents(cents),
            Some(cents) => format!(
                "≥ {}, {} {UNKNOWN}",
                money_cents(cents),
                self.missing.join(" and ")
            ),
        }
    }
}

fn money_cents(cents: u64) -> String {
    money(crate::catalog::Money {
        cents,
        currency: crate::catalog::Currency::Usd,
    })
}

/// The formula, shown next to the row.
pub fn cost_formula(months: u32) -> String {
    format!(
        "Exam fee, plus each renewal that falls due within 36 months, plus {months} months of \
         subscription for subscription-priced courses; course fees once. All in US dollars."
    )
}

/// Exam fee + renewals due within 36 months (+ `months` of subscription), in USD.
pub fn three_year_cost(cert: &Certification, months: u32) -> Cost {
    let mut missing = Vec::new();
    let known_cents = three_year_cents(cert, months, &mut |part| missing.push(part));
    Cost {
        known_cents,
        missing,
    }
}

/// [`Cost::known_cents`] of [`three_year_cost`], telling `missing` each part that could not be
/// priced, in order: without allocating, for ranking many entries.
pub fn three_year_cents(
    cert: &Certification,
    months: u32,
    missing: &mut dyn FnMut(&'static str),
) -> Option<u64> {
    let (first, renewals) = cost_parts(cert, months, missing);
    first.map(|f| f + renewals.unwrap_or(0))
}

/// The 3-year cost in its two parts, in cents: what is paid first (the exam fee, the course
/// fee, or the subscription for `months`) and the renewals due inside the window; each `None`
/// when unknown, and `missing` told why, as [`three_year_cents`] says it.
pub fn cost_parts(
    cert: &Certification,
    months: u32,
    missing: &mut dyn FnMut(&'static str),
) -> (Option<u64>, Option<u64>) {
    let base = match cert.price.model {
        PriceModel::Free => Some(0),
        PriceModel::SubscriptionPerMonth => cert
            .price
            .amount
            .map(|m| m.cents.saturating_mul(u64::from(months))),
        PriceModel::ExamFee | PriceModel::OneOffCourseFee => cert.price.amount.map(|m| m.cents),
    };
    if base.is_none() {
        missing(match cert.price.model {
            PriceModel::SubscriptionPerMonth => "subscription price",
            PriceModel::OneOffCourseFee => "course fee",
            _ => "exam fee",
        });
    }
    let mut renewals = Some(0);
    if cert.price.model == PriceModel::ExamFee {
        match (cert.validity, &cert.renewal) {
            (Some(Validity::Lifetime), _) => {}
            (Some(Validity::Months(valid)), renewal) => {
                // A renewal falls due at each expiry strictly inside the window.
                let due = u64::from(WINDOW.saturating_sub(1) / valid.max(1));
                if due > 0 {
                    match renewal.as_ref().map(|r| r.fee) {
                        Some(Some(fee)) => renewals = Some(fee.cents * due),
                        // No renewal path stated: retaking the exam is the way to stay current.
                        None => renewals = Some(base.unwrap_or(0) * due),
                        Some(None) => {
                            missing("renewal fee");
                            renewals = None;
                        }
                    }
                }
            }
            (None, _) => {
                missing("validity");
                renewals = None;
            }
        }
    }
    (base, renewals)
}

/// What is paid first, as the cost chart names it.
pub fn first_payment(cert: &Certification, months: u32) -> String {
    match cert.price.model {
        PriceModel::Free => "free".to_owned(),
        PriceModel::ExamFee => "exam fee".to_owned(),
        PriceModel::OneOffCourseFee => "course fee".to_owned(),
        PriceModel::SubscriptionPerMonth => format!("{months} months of subscription"),
    }
}

/// One bar of a chart: its label, its parts as (colour index, value) end to end, and the
/// sentence that says the same; no parts when the value is unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartBar {
    pub label: String,
    pub parts: Vec<(u8, u64)>,
    pub text: String,
}

/// The comparison's 3-year costs as stacked bars (what is paid first, then renewals).
pub fn cost_chart(certs: &[&Certification], months: u32) -> Vec<ChartBar> {
    certs
        .iter()
        .map(|c| {
            let (first, renewals) = cost_parts(c, months, &mut |_| {});
            let first_name = first_payment(c, months);
            let text = match (first, renewals) {
                (Some(f), Some(r)) => format!(
                    "{} {first_name} + {} renewals = {}",
                    money_cents(f),
                    money_cents(r),
                    money_cents(f + r)
                ),
                (Some(f), None) => format!("{} {first_name} + renewals {UNKNOWN}", money_cents(f)),
                (None, _) => format!("{first_name} {UNKNOWN}"),
            };
            let parts = match first {
                Some(f) => [(0, f), (3, renewals.unwrap_or(0))]
                    .into_iter()
                    .filter(|(_, v)| *v > 0)
                    .collect(),
                None => Vec::new(),
            };
            ChartBar {
                label: c.name.clone(),
                parts,
                text,
            }
        })
        .collect()
}

/// One bar per certification of a single fact (exam minutes, prep hours), `say` writing it.
pub fn fact_chart(
    certs: &[&Certification],
    value: fn(&Certification) -> Option<u32>,
    say: fn(u32) -> String,
    colour: u8,
) -> Vec<ChartBar> {
    certs
        .iter()
        .map(|c| ChartBar {
            label: c.name.clone(),
            parts: value(c)
                .map(|v| vec![(colour, u64::from(v))])
                .unwrap_or_default(),
            text: value(c).map_or_else(|| UNKNOWN.to_owned(), say),
        })
        .collect()
}

/// Which value in a row is best, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Lower,
    Higher,
    /// No value is better (a level is not "better" than another).
    None,
}

/// One cell: its text, whether it is unknown, and whether it is the row's best.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub unknown: bool,
    pub best: bool,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub label: &'static str,
    pub cells: Vec<Cell>,
    /// Not every column says the same.
    pub differs: bool,
    /// How the row is computed, when that needs saying (the 3-year cost formula).
    pub note: Option<String>,
}

/// A cell's text (`None` is unknown) and the number that ranks it (`None`: not ranked).
type Value = (Option<String>, Option<u64>);

/// Builds a row from per-certification (text, comparable value) pairs. The best value is the
/// lowest or highest known one, marked only when at least two are known and they differ;
/// unknown values never win.
fn row(label: &'static str, better: Better, values: Vec<Value>) -> Row {
    let keys: Vec<u64> = values.iter().filter_map(|(_, k)| *k).collect();
    let best = match better {
        _ if keys.len() < 2 || keys.iter().all(|k| *k == keys[0]) => None,
        Better::Lower => keys.iter().min().copied(),
        Better::Higher => keys.iter().max().copied(),
        Better::None => None,
    };
    let cells: Vec<Cell> = values
        .into_iter()
        .map(|(text, key)| Cell {
            unknown: text.is_none(),
            text: text.unwrap_or_else(|| UNKNOWN.to_owned()),
            best: best.is_some() && key == best,
        })
        .collect();
    let differs = cells.iter().any(|c| c.text != cells[0].text);
    Row {
        label,
        cells,
        differs,
        note: None,
    }
}

fn date_key(c: &Certification) -> u64 {
    let d = c.verified;
    u64::from(d.year) * 10_000 + u64::from(d.month) * 100 + u64::from(d.day)
}

/// The table rows for `certs` (in column order). Sources and name links are added by the view.
pub fn rows(catalog: &Catalog, certs: &[&Certification], months: u32) -> Vec<Row> {
    let each = |f: &dyn Fn(&Certification) -> Value| -> Vec<Value> {
        certs.iter().map(|c| f(c)).collect()
    };
    let text = |s: String| (Some(s), None);
    let mut cost = row(
        "3-year cost",
        Better::Lower,
        each(&|c| {
            let cost = three_year_cost(c, months);
            let key = cost.is_exact().then_some(cost.known_cents).flatten();
            ((cost.known_cents.is_some()).then(|| cost.label()), key)
        }),
    );
    // An unknown main price still says why.
    for (cell, c) in cost.cells.iter_mut().zip(certs) {
        if cell.unknown {
            cell.text = three_year_cost(c, months).label();
        }
    }
    cost.note = Some(cost_formula(months));
    vec![
        row(
            "Provider",
            Better::None,
            each(&|c| text(catalog.provider_name(c).to_owned())),
        ),
        row(
            "Kind",
            Better::None,
            each(&|c| text(c.kind.label().to_owned())),
        ),
        row(
            "Level",
            Better::None,
            each(&|c| text(c.level.label().to_owned())),
        ),
        row(
            "Focus areas",
            Better::None,
            each(&|c| text(c.focus_label())),
        ),
        row(
            "Exam fee",
            Better::Lower,
            each(&|c| {
                let price = listed_price_cents(c);
                let known = price.is_some() || c.price.amount.is_some();
                (known.then(|| c.price.summary()), price)
            }),
        ),
        row(
            "What the price covers",
            Better::None,
            each(&|c| (c.price.covers.clone(), None)),
        ),
        cost,
        row(
            "Exam length",
            Better::None,
            each(&|c| (c.exam_minutes.map(duration), None)),
        ),
        row(
            "Questions",
            Better::None,
            each(&|c| (c.questions.map(|q| q.to_string()), None)),
        ),
        row(
            "Passing score",
            Better::None,
            each(&|c| (c.passing_score.clone(), None)),
        ),
        row(
            "Delivery",
            Better::None,
            each(&|c| text(c.delivery_label())),
        ),
        row(
            "Valid for",
            Better::Higher,
            each(&|c| {
                let months = validity_months(c.validity);
                (months.map(|_| validity(c.validity)), months)
            }),
        ),
        row(
            "Renewal",
            Better::None,
            each(&|c| (c.renewal.as_ref().map(|r| r.method.clone()), None)),
        ),
        row(
            "Prerequisites",
            Better::None,
            each(&|c| {
                let mut names: Vec<&str> = c
                    .prerequisites
                    .iter()
                    .map(|id| catalog.get(id).map_or(id.as_str(), |p| p.name.as_str()))
                    .collect();
                names.extend(c.prerequisite_note.as_deref());
                text(if names.is_empty() {
                    "None".to_owned()
                } else {
                    names.join("; ")
                })
            }),
        ),
        row(
            "Recommended experience",
            Better::None,
            each(&|c| (c.recommended_experience.clone(), None)),
        ),
        row(
            "Prep hours",
            Better::Lower,
            each(&|c| {
                (
                    c.prep_hours.map(|h| format!("{h} h")),
                    c.prep_hours.map(u64::from),
                )
            }),
        ),
        row("Status", Better::None, each(&|c| text(c.status.badge()))),
        row(
            "Verified",
            Better::Higher,
            each(&|c| (Some(c.verified.to_string()), Some(date_key(c)))),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    #[test]
    fn ids_are_checked_deduplicated_and_capped() {
        let c = catalog();
        let known: Vec<&str> = c
            .certifications
            .iter()
            .take(6)
            .map(|c| c.id.as_str())
            .collect();
        let raw = format!(
            "{},nope,{},{},{},{},{}",
            known[0], known[0], known[1], known[2], known[3], known[4]
        );
        let p = parse_ids(&raw, &c);
        assert_eq!(p.ids, known[..4]);
        assert_eq!(p.unknown, ["nope"]);
        assert_eq!(p.extra, [known[4]]);
        assert_eq!(parse_ids("", &c), Picked::default());
        assert_eq!(parse_ids(",,", &c), Picked::default());
    }

    #[test]
    fn a_view_reads_back_what_it_writes_and_names_bad_values() {
        let c = catalog();
        let ids: Vec<String> = c
            .certifications
            .iter()
            .take(2)
            .map(|c| c.id.clone())
            .collect();
        for (months, diff) in [(3, false), (6, true), (12, false)] {
            let s = search_with(&ids, months, diff);
            let back = View::parse(&crate::route::Query::parse(&s), &c);
            assert_eq!(
                (back.picked.ids.clone(), back.months, back.only_differences),
                (ids.clone(), months, diff)
            );
            assert!(back.problems.is_empty());
        }
        let bad = View::parse(&crate::route::Query::parse("?ids=zzz&months=-4"), &c);
        assert!(bad.picked.ids.is_empty());
        assert_eq!(bad.months, DEFAULT_MONTHS);
        assert_eq!(bad.problems.len(), 2);
    }

    #[test]
    fn a_fifth_pick_is_refused_and_changes_nothing() {
        let four: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        assert_eq!(toggle(&four, "e"), Err(Full));
        assert_eq!(toggle(&four, "b").unwrap(), ["a", "c", "d"]);
        assert_eq!(toggle(&four[..1], "e").unwrap(), ["a", "e"]);
    }

    #[test]
    fn moving_a_column_swaps_neighbours_and_stops_at_edges() {
        let ids: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(moved(&ids, 1, -1), ["b", "a", "c"]);
        assert_eq!(moved(&ids, 2, 1), ids);
        assert_eq!(moved(&ids, 0, -1), ids);
    }

    #[test]
    fn search_round_trips_through_parse() {
        let c = catalog();
        let ids: Vec<String> = c
            .certifications
            .iter()
            .take(3)
            .map(|c| c.id.clone())
            .collect();
        let s = search(&ids, DEFAULT_MONTHS);
        let q = crate::route::Query::parse(&s);
        assert_eq!(parse_ids(q.get("ids").unwrap(), &c).ids, ids);
        assert_eq!(search(&ids, 6), format!("{s}&months=6"));
    }

    #[test]
    fn three_year_cost_adds_renewals_inside_the_window() {
        let c = catalog();
        for cert in &c.certifications {
            let cost = three_year_cost(cert, 3);
            if cert.price.model == PriceModel::ExamFee {
                if let (Some(fee), Some(Validity::Months(24)), Some(r)) =
                    (cert.price.amount, cert.validity, &cert.renewal)
                {
                    if let Some(renewal) = r.fee {
                        assert_eq!(
                            cost.known_cents,
                            Some(fee.cents + renewal.cents),
                            "{}",
                            cert.id
                        );
                    }
                }
            }
            // Never a number for an unknown price.
            if listed_price_cents(cert).is_none() {
                assert_eq!(cost.known_cents, None, "{}", cert.id);
                assert!(cost.label().starts_with(UNKNOWN));
            }
        }
    }

    #[test]
    fn unknown_parts_are_named_not_invented() {
        let c = catalog();
        let mut cert = c
            .certifications
            .iter()
            .find(|c| c.price.model == PriceModel::ExamFee && c.price.amount.is_some())
            .unwrap()
            .clone();
        cert.validity = Some(Validity::Months(24));
        cert.renewal = Some(crate::catalog::Renewal {
            method: "Retake".into(),
            fee: None,
        });
        let cost = three_year_cost(&cert, 3);
        assert!(!cost.is_exact());
        assert_eq!(
            cost.label(),
            format!(
                "≥ {}, renewal fee unknown",
                money(cert.price.amount.unwrap())
            )
        );
        cert.validity = None;
        assert_eq!(three_year_cost(&cert, 3).missing, ["validity"]);
        cert.validity = Some(Validity::Months(36));
        assert!(
            three_year_cost(&cert, 3).is_exact(),
            "a renewal due at month 36 is outside the window"
        );
    }

    #[test]
    fn subscriptions_cost_the_assumed_months() {
        let c = catalog();
        if let Some(cert) = c
            .certifications
            .iter()
            .find(|c| c.price.model == PriceModel::SubscriptionPerMonth && c.price.amount.is_some())
        {
            let monthly = cert.price.amount.unwrap().cents;
            assert_eq!(three_year_cost(cert, 3).known_cents, Some(monthly * 3));
            assert_eq!(three_year_cost(cert, 6).known_cents, Some(monthly * 6));
        }
    }

    #[test]
    fn best_is_marked_only_among_known_differing_values() {
        let r = row(
            "x",
            Better::Lower,
            vec![
                (Some("$1".into()), Some(1)),
                (None, None),
                (Some("$3".into()), Some(3)),
            ],
        );
        assert_eq!(
            r.cells.iter().map(|c| c.best).collect::<Vec<_>>(),
            [true, false, false]
        );
        assert!(r.cells[1].unknown && r.cells[1].text == UNKNOWN);
        assert!(r.differs);
        let tie = row(
            "x",
            Better::Lower,
            vec![(Some("a".into()), Some(1)), (Some("a".into()), Some(1))],
        );
        assert!(tie.cells.iter().all(|c| !c.best) && !tie.differs);
        let alone = row(
            "x",
            Better::Higher,
            vec![(Some("a".into()), Some(1)), (None, None)],
        );
        assert!(alone.cells.iter().all(|c| !c.best));
    }

    #[test]
    fn every_row_has_one_cell_per_column() {
        let c = catalog();
        let certs: Vec<&Certification> = c.certifications.iter().take(4).collect();
        for r in rows(&c, &certs, 3) {
            assert_eq!(r.cells.len(), 4, "{}", r.label);
            assert!(
                r.cells.iter().all(|cell| !cell.text.is_empty()),
                "{}",
                r.label
            );
        }
    }
}
