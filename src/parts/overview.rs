//! "The results in charts" on the catalog page, folded under the result bar: how many results
//! there are per level and per focus area (each bar a link to the catalog narrowed to it), and
//! the listed price against the level, one dot per result, with unknown prices named apart.
//! Everything the drawings show is also said in words next to them; what they say is
//! [`level_counts`], [`focus_counts`] and [`prices_by_level`], tested natively.

use leptos::prelude::*;

use crate::app::use_app;
use crate::catalog::labels::money;
use crate::catalog::{Catalog, Certification, Currency, Focus, Level, Money};
use crate::find::{listed_price_cents, FindQuery, Results};
use crate::parts::facets::CatalogUrl;
use crate::parts::CertLink;

/// Results per level, in level order (levels without any included).
pub fn level_counts(catalog: &Catalog, indices: &[usize]) -> [(Level, usize); 4] {
    Level::ALL.map(|level| {
        let n = (indices.iter())
            .filter(|&&i| catalog.certifications[i].level == level)
            .count();
        (level, n)
    })
}

/// Results per focus area, the areas without any left out, most first (ties in focus order).
pub fn focus_counts(catalog: &Catalog, indices: &[usize]) -> Vec<(Focus, usize)> {
    let mut counts: Vec<(Focus, usize)> = Focus::ALL
        .into_iter()
        .map(|focus| {
            let n = (indices.iter())
                .filter(|&&i| catalog.certifications[i].focus_areas.contains(&focus))
                .count();
            (focus, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    counts
}

/// The results of one level: listed prices in cents, lowest first, and those without one.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelPrices<'a> {
    pub level: Level,
    pub priced: Vec<(u64, &'a Certification)>,
    pub unknown: Vec<&'a Certification>,
}

/// The results by level with their listed prices (per month for a subscription, as the price
/// ceiling compares them).
pub fn prices_by_level<'a>(catalog: &'a Catalog, indices: &[usize]) -> Vec<LevelPrices<'a>> {
    Level::ALL
        .into_iter()
        .map(|level| {
            let mut row = LevelPrices {
                level,
                priced: Vec::new(),
                unknown: Vec::new(),
            };
            for &i in indices {
                let cert = &catalog.certifications[i];
                if cert.level == level {
                    match listed_price_cents(cert) {
                        Some(cents) => row.priced.push((cents, cert)),
                        None => row.unknown.push(cert),
                    }
                }
            }
            row.priced.sort_by_key(|&(cents, _)| cents);
            row
        })
        .collect()
}

fn dollars(cents: u64) -> String {
    money(Money {
        cents,
        currency: Currency::Usd,
    })
}

/// One level's prices in words: "Associate: 30 with a price, from $0 to $400, half at $150 or
/// less; 2 with the price unknown".
pub fn prices_sentence(row: &LevelPrices) -> String {
    let name = row.level.label();
    let mut said = match (row.priced.first(), row.priced.last()) {
        (Some(&(low, _)), Some(&(high, _))) => {
            let median = row.priced[(row.priced.len() - 1) / 2].0;
            format!(
                "{name}: {} with a price, from {} to {}, half at {} or less",
                row.priced.len(),
                dollars(low),
                dollars(high),
                dollars(median)
            )
        }
        _ => format!("{name}: none with a known price"),
    };
    if !row.unknown.is_empty() {
        said.push_str(&format!("; {} with the price unknown", row.unknown.len()));
    }
    said
}

/// The overview, folded. Drawn only while open, so a keystroke in the search box does not
/// redraw charts nobody is looking at; open, it follows the results.
#[component]
pub fn Overview(query: Memo<FindQuery>, results: Memo<Results>, url: CatalogUrl) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        // `toggle` fires after each opening and closing, and only then.
        <details class="overview" on:toggle=move |_| open.update(|o| *o = !*o)>
            <summary>"The results in charts"</summary>
            {move || open.get().then(|| view! {
                <Counts query results url/>
                <PriceDots results/>
            })}
        </details>
    }
}

/// Per level and per focus area: a link with a bar as long as its count.
#[component]
fn Counts(query: Memo<FindQuery>, results: Memo<Results>, url: CatalogUrl) -> impl IntoView {
    let app = use_app();
    let bar = move |label: &'static str, n: usize, max: usize, href: String| {
        let width = (n * 1000 / max.max(1)).to_string();
        view! {
            <li>
                <a href=href data-noscroll="">
                    <span class="bar-label">{label}</span>
                    <svg class="bar" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="seg c0" x="0" y="0" width=width height="16"></rect>
                    </svg>
                    <span class="bar-text">{n.to_string()}</span>
                </a>
            </li>
        }
    };
    let levels = move || {
        let counts = level_counts(app.catalog, &results.read().indices);
        let max = counts.iter().map(|c| c.1).max().unwrap_or(0);
        counts
            .into_iter()
            .map(|(level, n)| {
                let href = url.href(&FindQuery {
                    levels: vec![level],
                    ..query.get()
                });
                bar(level.label(), n, max, href)
            })
            .collect_view()
    };
    let focus = move || {
        let counts = focus_counts(app.catalog, &results.read().indices);
        let max = counts.first().map_or(0, |c| c.1);
        counts
            .into_iter()
            .map(|(focus, n)| {
                let href = url.href(&FindQuery {
                    focus: vec![focus],
                    ..query.get()
                });
                bar(focus.label(), n, max, href)
            })
            .collect_view()
    };
    view! {
        <div class="chart-pair">
            <figure class="bar-chart">
                <figcaption>"Results per level (choose one to show only that level)"</figcaption>
                <ul>{levels}</ul>
            </figure>
            <figure class="bar-chart">
                <figcaption>"Results per focus area (an entry can have several)"</figcaption>
                <ul>{focus}</ul>
            </figure>
        </div>
    }
}

/// Listed price against level: one dot per priced result on a row per level, the price axis
/// from $0 to the dearest; then, per level, the same in words and the unknown prices by name.
#[component]
fn PriceDots(results: Memo<Results>) -> impl IntoView {
    let app = use_app();
    move || {
        let rows = prices_by_level(app.catalog, &results.read().indices);
        let max = (rows.iter())
            .filter_map(|r| r.priced.last().map(|p| p.0))
            .max()
            .unwrap_or(0)
            .max(1);
        let dots = (rows.iter().enumerate())
            .flat_map(|(y, row)| {
                row.priced.iter().map(move |&(cents, _)| {
                    let cx = (150 + cents * 830 / max).to_string();
                    let cy = (20 + y * 40).to_string();
                    view! { <circle class=format!("dot c{y}") cx=cx cy=cy r="6"></circle> }
                })
            })
            .collect_view();
        let labels = (rows.iter().enumerate())
            .map(|(y, row)| {
                let y = (25 + y * 40).to_string();
                view! { <text x="0" y=y>{row.level.label()}</text> }
            })
            .collect_view();
        let words = rows
            .iter()
            .map(|row| {
                let unknown = (!row.unknown.is_empty()).then(|| {
                    let links = (row.unknown.iter())
                        .map(|c| view! { <li><CertLink id=c.id.clone()/></li> })
                        .collect_view();
                    view! { <ul class="plain">{links}</ul> }
                });
                view! { <li>{prices_sentence(row)} {unknown}</li> }
            })
            .collect_view();
        view! {
            <figure class="dot-chart">
                <figcaption>
                    {format!("Listed price against level, one dot per result (from $0 to {}; per month for subscriptions)", dollars(max))}
                </figcaption>
                <svg viewBox="0 0 1000 170" aria-hidden="true" focusable="false">
                    {labels}
                    <line class="axis" x1="150" x2="980" y1="165" y2="165"></line>
                    {dots}
                </svg>
                <ul class="chart-words">{words}</ul>
            </figure>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_prices_cover_every_result_once_per_level() {
        let catalog = Catalog::embedded().unwrap();
        let all: Vec<usize> = (0..catalog.certifications.len()).collect();
        let levels = level_counts(&catalog, &all);
        assert_eq!(levels.iter().map(|l| l.1).sum::<usize>(), all.len());
        let rows = prices_by_level(&catalog, &all);
        for (row, (level, n)) in rows.iter().zip(levels) {
            assert_eq!(row.level, level);
            assert_eq!(row.priced.len() + row.unknown.len(), n);
            assert!(row.priced.windows(2).all(|w| w[0].0 <= w[1].0));
        }
        let focus = focus_counts(&catalog, &all);
        assert!(focus.windows(2).all(|w| w[0].1 >= w[1].1));
        let genai = all
            .iter()
            .filter(|&&i| {
                catalog.certifications[i]
                    .focus_areas
                    .contains(&Focus::Genai)
            })
            .count();
        assert!(focus.contains(&(Focus::Genai, genai)));
    }

    #[test]
    fn the_price_sentence_gives_range_median_and_unknowns() {
        let catalog = Catalog::embedded().unwrap();
        let cert = &catalog.certifications[0];
        let row = LevelPrices {
            level: Level::Associate,
            priced: vec![(0, cert), (15_000, cert), (40_000, cert)],
            unknown: vec![cert, cert],
        };
        assert_eq!(
            prices_sentence(&row),
            "Associate: 3 with a price, from $0 to $400, half at $150 or less; 2 with the price unknown"
        );
        let empty = LevelPrices {
            level: Level::Expert,
            priced: vec![],
            unknown: vec![],
        };
        assert_eq!(prices_sentence(&empty), "Expert: none with a known price");
    }
}
