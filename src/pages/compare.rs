//! The comparison page `compare?ids=a,b&months=6&diff=1`: one column per certification in link
//! order, a row header per attribute, the best value marked with a word and a star (never colour
//! alone), differing rows marked, retired columns warned with links to their replacements; then
//! "Save to a list" for the picks and "Copy link to this comparison".
//!
//! Its state is the URL. Every option and column tool is a plain link to the next state, so
//! Back undoes a move or a removal and any state can be shared. What the page says is in plain
//! functions ([`columns`], [`shown_rows`], [`month_choices`], …) tested natively.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use wasm_bindgen::JsCast;

use crate::app::{use_app, use_query};
use crate::catalog::labels::duration;
use crate::catalog::{Catalog, Certification, StatusState};
use crate::compare::{self, moved, Row, View, MONTH_CHOICES};
use crate::parts::bar_chart::BarChart;
use crate::parts::save_to_list::SaveToList;
use crate::parts::{cert_href, compare_href, CertLink};
use crate::route::Query;

/// Announced once the clipboard has taken the link, and only then.
pub const COPIED: &str = "Link copied. Anyone who opens it sees this comparison.";

/// Announced when the clipboard is missing or refused; the link is then shown selected.
pub const NOT_COPIED: &str =
    "The link could not be copied automatically. It is selected below: press Ctrl+C to copy it.";

/// The label of the selected link shown when copying failed.
pub const COPY_BY_HAND: &str = "Link to this comparison (selected, press Ctrl+C to copy):";

/// Shown when the link names no certification the catalog has.
pub const EMPTY: &str = "Nothing to compare yet. Tick “Compare” on up to four certifications in the catalog, then open the comparison from the tray.";

/// The table's caption, which also names its scroll region.
pub fn caption(count: usize) -> String {
    format!(
        "Comparing {count} certifications. “Best” marks the best known value in a row; “differs” marks rows whose values are not all the same."
    )
}

/// A column tool: a link to the reordered or reduced comparison, named for its column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    /// Stable across redraws, so focus can come back to the tool that was followed.
    pub id: String,
    pub href: String,
    pub text: &'static str,
    pub aria_label: String,
}

/// A replacement of a retired column, and the link that compares the two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    pub id: String,
    pub name: String,
    pub compare_href: String,
}

/// The head of one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub id: String,
    pub name: String,
    pub href: String,
    pub tools: Vec<Tool>,
    /// For retiring and retired entries: the status badge ("Retired on …") and replacements.
    pub warning: Option<(String, Vec<Replacement>)>,
}

/// The column heads in link order, with their tools and warnings.
pub fn columns(base: &str, catalog: &Catalog, view: &View) -> Vec<Column> {
    let certs = view.certs(catalog);
    let ids = &view.picked.ids;
    let href = |ids: &[String]| compare_href(base, ids, view.months, view.only_differences);
    let tool = |prefix: &str, cert: &Certification, href: String, text: &'static str| Tool {
        id: format!("{prefix}-{}", cert.id),
        href,
        text,
        aria_label: format!("{text}: {}", cert.name),
    };
    certs
        .iter()
        .enumerate()
        .map(|(i, cert)| {
            let mut tools = Vec::new();
            if i > 0 {
                tools.push(tool("left", cert, href(&moved(ids, i, -1)), "Move left"));
            }
            if i + 1 < certs.len() {
                tools.push(tool("right", cert, href(&moved(ids, i, 1)), "Move right"));
            }
            let rest: Vec<String> = ids.iter().filter(|id| **id != cert.id).cloned().collect();
            tools.push(tool("remove", cert, href(&rest), "Remove"));
            Column {
                id: cert.id.clone(),
                name: cert.name.clone(),
                href: cert_href(base, &cert.id),
                tools,
                warning: warning(catalog, cert, &href),
            }
        })
        .collect()
}

fn warning(
    catalog: &Catalog,
    cert: &Certification,
    href: &dyn Fn(&[String]) -> String,
) -> Option<(String, Vec<Replacement>)> {
    if !matches!(
        cert.status.state,
        StatusState::Retired | StatusState::Retiring
    ) {
        return None;
    }
    let replacements = cert
        .status
        .replacements
        .iter()
        .filter_map(|id| catalog.get(id))
        .map(|r| Replacement {
            id: r.id.clone(),
            name: r.name.clone(),
            compare_href: href(&[cert.id.clone(), r.id.clone()]),
        })
        .collect();
    Some((cert.status.badge(), replacements))
}

/// The rows the table shows: every row, or with "only differences" the rows that differ.
/// Sources follow them as their own row of links.
pub fn shown_rows(catalog: &Catalog, view: &View) -> Vec<Row> {
    compare::rows(catalog, &view.certs(catalog), view.months)
        .into_iter()
        .filter(|row| !view.only_differences || row.differs)
        .collect()
}

/// The row filter link: (id, href, text) — its opposite state.
pub fn rows_link(base: &str, view: &View) -> (&'static str, String, &'static str) {
    let ids = &view.picked.ids;
    if view.only_differences {
        (
            "rows-all",
            compare_href(base, ids, view.months, false),
            "Show all rows",
        )
    } else {
        (
            "rows-diff",
            compare_href(base, ids, view.months, true),
            "Only differences",
        )
    }
}

/// The study-month choices as (months, href, is the current one).
pub fn month_choices(base: &str, view: &View) -> Vec<(u32, String, bool)> {
    MONTH_CHOICES
        .into_iter()
        .map(|m| {
            let href = compare_href(base, &view.picked.ids, m, view.only_differences);
            (m, href, m == view.months)
        })
        .collect()
}

/// The page below the header: heading, notices, the empty state or the options and the table,
/// then saving and sharing.
#[component]
pub fn ComparePage() -> impl IntoView {
    let app = use_app();
    let query = use_query();
    let view = Memo::new(move |_| View::parse(&query.read(), app.catalog));
    let picked = Memo::new(move |_| view.read().picked.ids.clone());

    // A column tool that was followed: the table is drawn afresh for the new order, and focus
    // comes back to the same tool (by id) so a keyboard user can press Enter again.
    let refocus = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        view.with(|_| ());
        if let Some(id) = refocus.write_value().take() {
            // After the new table is in the DOM.
            request_animation_frame(move || focus_by_id(&id));
        }
    });

    let problems = move || {
        let problems = view.read().problems.join(" ");
        (!problems.is_empty()).then(|| view! { <p class="notice notice-doubt">{problems}</p> })
    };
    let body = move || {
        let view = view.read();
        if view.picked.ids.is_empty() {
            return view! {
                <div class="empty">
                    <p>{EMPTY}</p>
                    <p><a href=app.href("")>"Go to the catalog"</a></p>
                </div>
            }
            .into_any();
        }
        let (rows_id, rows_href, rows_text) = rows_link(app.base, &view);
        let months = month_choices(app.base, &view)
            .into_iter()
            .map(|(m, href, current)| {
                view! {
                    <a id=format!("months-{m}") href=href aria-current=current.then_some("true")>
                        {m.to_string()}
                    </a>
                    " "
                }
            })
            .collect_view();
        view! {
            <div class="compare-options">
                <p><a id=rows_id href=rows_href>{rows_text}</a></p>
                <p class="choices">"Study months assumed for subscription courses: " {months}</p>
            </div>
            <Table view=view.clone() refocus=refocus/>
            <Charts view=view.clone()/>
        }
        .into_any()
    };
    // Kept while the picks change (a move, a removal); made anew only when there are none.
    let any_picked = Memo::new(move |_| !picked.read().is_empty());
    let save = move || {
        any_picked
            .get()
            .then(|| view! { <SaveToList certs=picked/> })
    };
    view! {
        <Title text="Compare certifications"/>
        <div>
            <div>
                <h1>"Compare certifications"</h1>
                {problems}
                {body}
            </div>
            {save}
            <CopyLink/>
        </div>
    }
}

/// The comparison at a glance: the 3-year cost stacked (first payment, renewals), then exam
/// length and prep hours side by side, each bar with its numbers in words beside it.
#[component]
fn Charts(view: View) -> impl IntoView {
    let app = use_app();
    let certs = view.certs(app.catalog);
    let cost = compare::cost_chart(&certs, view.months);
    let length = compare::fact_chart(&certs, |c| c.exam_minutes, duration, 5);
    let prep = compare::fact_chart(&certs, |c| c.prep_hours, |h| format!("{h} h"), 4);
    view! {
        <section class="compare-charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">"At a glance"</h2>
            <BarChart caption="3-year cost: what is paid first, then renewals" bars=cost/>
            <div class="chart-pair">
                <BarChart caption="Exam length" bars=length/>
                <BarChart caption="Prep hours (the provider's or the sources' estimate)" bars=prep/>
            </div>
        </section>
    }
}

/// The table inside a labelled, focusable scroll region (phones scroll it sideways, not the
/// page). Drawn whole for each state of the URL: a move or a removal changes every row's cells
/// and best marks, so there is nothing worth keeping between two states.
#[component]
fn Table(view: View, refocus: StoredValue<Option<String>>) -> impl IntoView {
    let app = use_app();
    let certs = view.certs(app.catalog);
    let head = columns(app.base, app.catalog, &view)
        .into_iter()
        .map(|column| view! { <ColumnHead column=column refocus=refocus/> })
        .collect_view();
    let rows = shown_rows(app.catalog, &view)
        .into_iter()
        .map(|row| view! { <TableRow row=row/> })
        .collect_view();
    let sources = certs
        .iter()
        .map(|cert| {
            let links = cert
                .sources
                .iter()
                .map(|s| {
                    view! {
                        <li><a href=s.url.clone() rel="noopener noreferrer">{s.note.clone()}</a></li>
                    }
                })
                .collect_view();
            view! { <td><ul class="plain">{links}</ul></td> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare">
                <caption id="compare-caption">{caption(certs.len())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Attribute"</th>
                        {head}
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    <tr>
                        <th scope="row">"Sources"</th>
                        {sources}
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn ColumnHead(column: Column, refocus: StoredValue<Option<String>>) -> impl IntoView {
    let tools = column
        .tools
        .into_iter()
        .map(|tool| {
            let id = tool.id.clone();
            view! {
                <a
                    id=tool.id
                    href=tool.href
                    aria-label=tool.aria_label
                    on:click=move |event: leptos::ev::MouseEvent| {
                        // A click that opens another tab leaves this page as it is.
                        let here = event.button() == 0
                            && !(event.ctrl_key() || event.meta_key() || event.shift_key());
                        if here {
                            refocus.set_value(Some(id.clone()));
                        }
                    }
                >
                    {tool.text}
                </a>
            }
        })
        .collect_view();
    let warning = column.warning.map(|(badge, replacements)| {
        let replacements = replacements
            .into_iter()
            .map(|r| {
                view! {
                    <p>
                        "Replaced by " <CertLink id=r.id/> " · "
                        <a href=r.compare_href aria-label=format!("compare with it: {}", r.name)>
                            "compare with it"
                        </a>
                    </p>
                }
            })
            .collect_view();
        view! {
            <div class="col-warning">
                <strong>{badge}</strong>
                {replacements}
            </div>
        }
    });
    view! {
        <th scope="col">
            <a href=column.href>{column.name}</a>
            <p class="col-tools">{tools}</p>
            {warning}
        </th>
    }
}

#[component]
fn TableRow(row: Row) -> impl IntoView {
    let cells = row
        .cells
        .into_iter()
        .map(|cell| {
            let class = if cell.unknown {
                Some("unknown")
            } else if cell.best {
                Some("best")
            } else {
                None
            };
            let mark = (!cell.unknown && cell.best)
                .then(|| view! { <strong class="best-mark">" ★ best"</strong> });
            view! { <td class=class>{cell.text}{mark}</td> }
        })
        .collect_view();
    view! {
        <tr class=row.differs.then_some("row-differs")>
            <th scope="row">
                {row.label}
                {row.differs.then(|| view! { <span class="differs">" differs"</span> })}
                {row.note.map(|note| view! { <span class="formula">{note}</span> })}
            </th>
            {cells}
        </tr>
    }
}

/// "Copy link to this comparison". The announcement waits for the clipboard's answer; where
/// the clipboard is missing or refuses, the link is shown in a field, focused and selected, so
/// Ctrl+C copies it.
#[component]
fn CopyLink() -> impl IntoView {
    let app = use_app();
    let query = use_query();
    // The link to copy by hand, and the state of the page it was made in: a new state has a
    // new link, so the old one is no longer shown.
    let by_hand = RwSignal::new(None::<(Query, String)>);
    let shown = move || {
        by_hand
            .get()
            .filter(|(made_in, _)| *made_in == query.get())
            .map(|(_, url)| url)
    };
    let field = NodeRef::<html::Input>::new();
    let copy = move |_| {
        let url = window().location().href().unwrap_or_default();
        let made_in = query.get_untracked();
        spawn_local(async move {
            if crate::browser::clipboard::copy(&url).await {
                by_hand.set(None);
                app.message.set(COPIED.to_owned());
            } else {
                by_hand.set(Some((made_in, url)));
                app.message.set(NOT_COPIED.to_owned());
                // After the field is in the DOM (it may be new).
                request_animation_frame(move || {
                    if let Some(input) = field.get_untracked() {
                        let _ = input.focus();
                        input.select();
                    }
                });
            }
        });
    };
    view! {
        <p class="copy">
            <button type="button" id="copy-link" on:click=copy>
                "Copy link to this comparison"
            </button>
        </p>
        {move || {
            shown()
                .map(|url| {
                    view! {
                        <p class="copy">
                            <label for="copy-url">{COPY_BY_HAND}</label>
                            " "
                            <input
                                id="copy-url"
                                type="text"
                                readonly
                                size="60"
                                prop:value=url
                                node_ref=field
                                on:focus:target=|event| event.target().select()
                            />
                        </p>
                    }
                })
        }}
    }
}

fn focus_by_id(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view_of(search: &str, catalog: &Catalog) -> View {
        View::parse(&crate::route::Query::parse(search), catalog)
    }

    #[test]
    fn one_column_per_cert_in_order_with_row_headers() {
        let catalog = Catalog::embedded().unwrap();
        let mut view = view_of("?ids=aws-mls-c01,aws-aif-c01,gcp-pmle", &catalog);
        let certs = view.certs(&catalog);
        assert_eq!(certs.len(), 3);
        let cols = columns("", &catalog, &view);
        assert_eq!(cols.len(), 3);
        assert_eq!(cols[0].name, certs[0].name);
        assert_eq!(cols[2].name, certs[2].name);
        assert_eq!(cols[0].href, "/cert/aws-mls-c01");
        // The retired first column warns and offers its replacements.
        let (badge, replacements) = cols[0].warning.as_ref().unwrap();
        assert!(badge.contains("Retired on"));
        assert!(!replacements.is_empty());
        assert!(replacements[0]
            .compare_href
            .ends_with(&format!("?ids=aws-mls-c01,{}", replacements[0].id)));
        // Rows, plus Sources.
        let rows = shown_rows(&catalog, &view).len() + 1;
        assert!(rows >= 18);
        // Only differences hides rows, never columns.
        view.only_differences = true;
        let diff = shown_rows(&catalog, &view);
        assert!(diff.len() + 1 < rows);
        assert!(diff.iter().all(|r| r.differs));
        assert_eq!(columns("", &catalog, &view).len(), 3);
    }

    #[test]
    fn column_tools_link_to_the_moved_and_reduced_comparison() {
        let catalog = Catalog::embedded().unwrap();
        let view = view_of("?ids=aws-aif-c01,gcp-pmle,ms-ai-901&months=6", &catalog);
        let cols = columns("/certscope", &catalog, &view);
        let texts = |c: &Column| c.tools.iter().map(|t| t.text).collect::<Vec<_>>();
        assert_eq!(texts(&cols[0]), ["Move right", "Remove"]);
        assert_eq!(texts(&cols[1]), ["Move left", "Move right", "Remove"]);
        assert_eq!(texts(&cols[2]), ["Move left", "Remove"]);
        let right = &cols[0].tools[0];
        assert_eq!(right.id, "right-aws-aif-c01");
        assert_eq!(
            right.href,
            "/certscope/compare?ids=gcp-pmle,aws-aif-c01,ms-ai-901&months=6"
        );
        assert!(right.aria_label.starts_with("Move right: "));
        let remove = &cols[2].tools[1];
        assert_eq!(
            remove.href,
            "/certscope/compare?ids=aws-aif-c01,gcp-pmle&months=6"
        );
        assert!(cols.iter().all(|c| c.warning.is_none()));
    }

    #[test]
    fn options_link_to_their_state_and_mark_the_current_one() {
        let catalog = Catalog::embedded().unwrap();
        let view = view_of("?ids=aws-aif-c01,gcp-pmle", &catalog);
        let (id, href, text) = rows_link("", &view);
        assert_eq!((id, text), ("rows-diff", "Only differences"));
        assert!(href.ends_with("&diff=1"));
        let months = month_choices("", &view);
        let current: Vec<u32> = months.iter().filter(|m| m.2).map(|m| m.0).collect();
        assert_eq!(current, [compare::DEFAULT_MONTHS]);
        assert!(months
            .iter()
            .any(|(m, href, _)| *m == 6 && href.contains("months=6")));
        let diff = view_of("?ids=aws-aif-c01,gcp-pmle&diff=1", &catalog);
        assert_eq!(rows_link("", &diff).2, "Show all rows");
        assert!(month_choices("", &diff)
            .iter()
            .all(|m| m.1.ends_with("&diff=1")));
    }

    #[test]
    fn the_caption_counts_the_columns() {
        assert!(caption(3).starts_with("Comparing 3 certifications."));
        assert!(NOT_COPIED.contains("press Ctrl+C"));
        assert!(COPY_BY_HAND.contains("press Ctrl+C to copy"));
    }
}
