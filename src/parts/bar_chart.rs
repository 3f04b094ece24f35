//! A horizontal bar chart in inline SVG: one row per [`ChartBar`], its parts end to end on a
//! scale shared by the rows, and beside each bar the sentence that says the same, so the
//! drawing (hidden from screen readers) is never the only place a number is.

use leptos::prelude::*;

use crate::compare::ChartBar;

/// The longest bar's total, at least 1 (a chart of unknowns draws no bar at all).
pub fn scale(bars: &[ChartBar]) -> u64 {
    (bars.iter())
        .map(|b| b.parts.iter().map(|(_, v)| v).sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1)
}

/// The parts of `bar` as (colour, x, width) in SVG units of a thousandth of `max`.
pub fn layout(bar: &ChartBar, max: u64) -> Vec<(u8, u64, u64)> {
    let mut x = 0;
    (bar.parts.iter())
        .map(|&(colour, value)| {
            let width = value * 1000 / max;
            let part = (colour, x, width);
            x += width;
            part
        })
        .collect()
}

#[component]
pub fn BarChart(caption: &'static str, bars: Vec<ChartBar>) -> impl IntoView {
    let max = scale(&bars);
    let rows = bars
        .into_iter()
        .map(|bar| {
            let rects = layout(&bar, max)
                .into_iter()
                .map(|(colour, x, width)| {
                    view! {
                        <rect class=format!("seg c{colour}") x=x.to_string() y="0" width=width.to_string() height="16"></rect>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <span class="bar-label">{bar.label}</span>
                    <svg class="bar" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        {rects}
                    </svg>
                    <span class="bar-text">{bar.text}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="bar-chart">
            <figcaption>{caption}</figcaption>
            <ul>{rows}</ul>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(parts: Vec<(u8, u64)>) -> ChartBar {
        ChartBar {
            label: "x".into(),
            parts,
            text: String::new(),
        }
    }

    #[test]
    fn the_longest_bar_fills_the_width_and_parts_follow_each_other() {
        let bars = [
            bar(vec![(0, 300), (3, 100)]),
            bar(vec![(0, 200)]),
            bar(vec![]),
        ];
        let max = scale(&bars);
        assert_eq!(max, 400);
        assert_eq!(layout(&bars[0], max), [(0, 0, 750), (3, 750, 250)]);
        assert_eq!(layout(&bars[1], max), [(0, 0, 500)]);
        assert!(layout(&bars[2], max).is_empty());
        assert_eq!(scale(&[bar(vec![])]), 1);
    }
}
