//! The catalog page (the app's root, `./`): heading, link notices, search box, filters with the
//! cost ceiling and the facets, the result count and sort, the active filters and the results.
//!
//! Its state is the URL: everything is derived from the query through memos, and the controls
//! only navigate — typing and the cost ceiling rewrite the history entry, a sort or a facet adds
//! one, and the chips and "Clear …" are plain links. A field is written from the URL only when
//! the URL says something other than what the field already holds ([`follow_url`]), so the
//! person's own typing is never written back over.

use leptos::html;
use leptos::prelude::*;
use leptos_meta::Title;
use wasm_bindgen::JsCast;

use crate::app::{use_app, use_query};
use crate::find::{
    active_filters, run, search_words, FindQuery, Results, Sort, View, MAX_COST_DOLLARS,
    MAX_SEARCH_CHARS,
};
use crate::parts::card::Card;
use crate::parts::catalog_table::CatalogTable;
use crate::parts::facets::{CatalogUrl, Facets};
use crate::parts::overview::Overview;
use crate::parts::ProblemsNotice;

/// At first at most this many cards are shown, so every keystroke stays cheap however large
/// the catalog grows (the synthetic benchmark build has 5,000); "Show all" lifts the cap until
/// the query changes.
pub const SHOWN: usize = 60;

/// Below the cards when there are more results than [`SHOWN`].
pub fn cut_notice() -> String {
    format!("Showing the first {SHOWN}. Search or filter to narrow the list, or show them all.")
}

/// The button that lifts the cap.
pub fn show_all_text(found: usize) -> String {
    format!("Show all {found}")
}

/// The live count above the results.
pub fn count_text(found: usize, total: usize) -> String {
    format!("{found} of {total} certifications")
}

/// The search text a typed value stands for: what [`FindQuery::parse`] reads back from it.
pub fn search_text(typed: &str) -> String {
    typed.trim().chars().take(MAX_SEARCH_CHARS).collect()
}

/// The cost ceiling a typed value stands for: a whole number of dollars up to
/// [`MAX_COST_DOLLARS`], as [`FindQuery::parse`] reads it; anything else is no ceiling.
pub fn cost_ceiling(typed: &str) -> Option<u64> {
    typed
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|d| *d <= MAX_COST_DOLLARS)
}

/// Said when a committed price cannot be a ceiling (the URL then has none).
pub fn ignored_ceiling(typed: &str) -> String {
    let what = if typed.is_empty() {
        String::new()
    } else {
        format!(" “{typed}”")
    };
    format!(
        "Ignored the price{what}: a price ceiling is a whole number of dollars, from 0 to {MAX_COST_DOLLARS}."
    )
}

#[component]
pub fn CatalogPage() -> impl IntoView {
    let app = use_app();
    let address = use_query();
    let parsed = Memo::new(move |_| {
        FindQuery::parse(&address.read(), |id| app.catalog.provider(id).is_some())
    });
    let query = Memo::new(move |_| parsed.read().0.clone());
    let problems = Memo::new(move |_| parsed.read().1.clone());
    let results = Memo::new(move |_| run(&app.catalog.certifications, app.index, &query.read()));
    let words = Memo::new(move |_| search_words(&query.read().text));
    let url = CatalogUrl::here();
    let total = app.catalog.certifications.len();
    view! {
        <Title text="AI and ML certifications"/>
        <div>
            <h1>"AI and machine-learning certifications"</h1>
            <p class="lede">
                {format!(
                    "Sourced facts on {total} certifications: what they cost, how they are examined, how long they last and whether they are still offered.",
                )}
            </p>
            <ProblemsNotice problems/>
            <SearchBox query url/>
            <div class="find">
                // Open or folded once, at the start (`AppState::filters_open`); the person's
                // own opening and closing is never undone by a redraw.
                <details class="filters" open=app.filters_open>
                    <summary>"Filters"</summary>
                    <CostCeiling query url/>
                    <Facets query results url/>
                </details>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden">"Results"</h2>
                    <div class="result-bar">
                        <p role="status" aria-live="polite" class="count">
                            {move || count_text(results.read().indices.len(), total)}
                        </p>
                        <div class="result-tools">
                            <ViewSwitch query url/>
                            <SortSelect query url/>
                        </div>
                    </div>
                    <Overview query results url/>
                    <ResultList query results words url/>
                </section>
            </div>
        </div>
    }
}

/// Puts the URL's value into `field` unless the field already stands for it. Written back
/// unconditionally, the URL would fight the person typing: the value it trims would eat the
/// space just typed before the next word (and move the caret to the end), and a number half
/// typed ("-" before the "5") reads as empty and would be wiped. Only a change from elsewhere —
/// Back, a chip, "Clear all filters" — reaches the field.
fn follow_url<T>(
    field: NodeRef<html::Input>,
    wanted: Memo<T>,
    reads_as: fn(&str) -> T,
    show: fn(&T) -> String,
) where
    T: PartialEq + Send + Sync + 'static,
{
    Effect::new(move |_| {
        let Some(input) = field.get() else { return };
        wanted.with(|wanted| {
            if reads_as(&input.value()) != *wanted {
                input.set_value(&show(wanted));
            }
        });
    });
}

/// Every keystroke goes to the address at once, rewriting the history entry.
#[component]
fn SearchBox(query: Memo<FindQuery>, url: CatalogUrl) -> impl IntoView {
    let field = NodeRef::<html::Input>::new();
    let text = Memo::new(move |_| query.read().text.clone());
    follow_url(field, text, search_text, String::clone);
    view! {
        <div class="search-row">
            <label for="search">"Search"</label>
            <input
                id="search"
                type="search"
                role="searchbox"
                autocomplete="off"
                placeholder="Name, provider, exam code…"
                node_ref=field
                on:input:target=move |event| {
                    let mut next = query.get_untracked();
                    next.text = event.target().value();
                    url.go(&next, true);
                }
            />
        </div>
    }
}

/// The price ceiling, committed on `change` (Enter, leaving the field, a step of its arrows),
/// not on every keystroke: "1" on the way to "150" is no ceiling anyone asked for.
#[component]
fn CostCeiling(query: Memo<FindQuery>, url: CatalogUrl) -> impl IntoView {
    let app = use_app();
    let field = NodeRef::<html::Input>::new();
    let ceiling = Memo::new(move |_| query.read().max_cost);
    follow_url(field, ceiling, cost_ceiling, |c| {
        c.map(|d| d.to_string()).unwrap_or_default()
    });
    view! {
        <div class="cost-row">
            <label for="max-cost">"Price at most (US$)"</label>
            <input
                id="max-cost"
                type="number"
                min="0"
                step="1"
                inputmode="numeric"
                aria-describedby="max-cost-note"
                node_ref=field
                on:change:target=move |event| {
                    let field = event.target();
                    let typed = field.value();
                    let mut next = query.get_untracked();
                    next.max_cost = cost_ceiling(&typed);
                    // What the browser cannot read as a number at all ("-", "e") has the
                    // value "", like an empty field; its validity tells the two apart.
                    if next.max_cost.is_none() && (!typed.trim().is_empty() || bad_input(&field)) {
                        app.message.set(ignored_ceiling(typed.trim()));
                    }
                    url.go(&next, true);
                }
            />
            <p id="max-cost-note" class="hint">
                "Entries whose price is unknown stay listed, marked “price unknown”. Subscriptions compare by their monthly price."
            </p>
        </div>
    }
}

/// Whether a number field holds text that is not a number (`validity.badInput`).
fn bad_input(field: &web_sys::HtmlInputElement) -> bool {
    js_sys::Reflect::get(field, &"validity".into())
        .and_then(|validity| js_sys::Reflect::get(&validity, &"badInput".into()))
        .is_ok_and(|bad| bad.is_truthy())
}

/// A new sort adds a history entry.
#[component]
fn SortSelect(query: Memo<FindQuery>, url: CatalogUrl) -> impl IntoView {
    let sort = Memo::new(move |_| query.read().sort);
    // Its own memo, like `sort`: the labels follow the direction, not every keystroke.
    let descending = Memo::new(move |_| query.read().descending);
    let options = Sort::ALL
        .into_iter()
        .map(|s| {
            let label = move || {
                if sort.get() == s && descending.get() {
                    s.reversed_label()
                } else {
                    s.label()
                }
            };
            view! { <option value=s.id() prop:selected=move || sort.get() == s>{label}</option> }
        })
        .collect_view();
    view! {
        <label class="sort">
            "Sort by "
            <select
                id="sort"
                on:change:target=move |event| {
                    let id = event.target().value();
                    let mut next = query.get_untracked();
                    next.sort = Sort::ALL.into_iter().find(|s| s.id() == id).unwrap_or_default();
                    next.descending = false;
                    url.go(&next, false);
                }
            >
                {options}
            </select>
        </label>
    }
}

/// Cards or a table: two links, the current one marked. Cards stay the default everywhere (a
/// phone shows the table inside a region that scrolls sideways).
#[component]
fn ViewSwitch(query: Memo<FindQuery>, url: CatalogUrl) -> impl IntoView {
    let link = move |view: View, label: &'static str| {
        let current = move || (query.read().view == view).then_some("true");
        let href = move || {
            url.href(&FindQuery {
                view,
                ..query.get()
            })
        };
        view! { <a data-noscroll="" href=href aria-current=current>{label}</a> }
    };
    view! {
        <p class="view-switch" role="group" aria-label="Show results as">
            {link(View::Cards, "Cards")}
            {link(View::Table, "Table")}
        </p>
    }
}

/// The active filters as links that remove them, and one that clears them all.
#[component]
fn Chips(query: Memo<FindQuery>, url: CatalogUrl) -> impl IntoView {
    let app = use_app();
    move || {
        let chips = active_filters(&query.read(), app.catalog);
        (!chips.is_empty()).then(|| {
            let links = chips
                .into_iter()
                .map(|(label, without)| {
                    view! {
                        <li>
                            // Named "Remove filter …" by hidden words around the visible label,
                            // so the visible text is part of the name (WCAG 2.5.3).
                            <a class="chip" data-noscroll="" href=url.href(&without)>
                                <span class="visually-hidden">"Remove filter "</span>
                                {label}
                                <span aria-hidden="true">" ×"</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="chips" aria-label="Active filters">
                    {links}
                    <li>
                        <a class="link-button" data-noscroll="" href=move || url.href(&query.read().cleared())>
                            "Clear all filters"
                        </a>
                    </li>
                </ul>
            }
        })
    }
}

/// The chips, the empty state, at most [`SHOWN`] cards and a word when the list is cut. The
/// cards are keyed by certification id: a change creates only the cards that come into the
/// results and removes only those that leave; the others are kept (and moved if the order
/// changed).
#[component]
fn ResultList(
    query: Memo<FindQuery>,
    results: Memo<Results>,
    words: Memo<Vec<String>>,
    url: CatalogUrl,
) -> impl IntoView {
    let app = use_app();
    let ceiling = Memo::new(move |_| query.read().max_cost.is_some());
    // Its own memo: a keystroke changes the query but not the layout, and must not redraw it.
    let layout = Memo::new(move |_| query.read().view);
    let empty = Memo::new(move |_| results.read().indices.is_empty());
    // Lifted by "Show all"; a new query starts capped again.
    let all = RwSignal::new(false);
    Effect::new(move |previous: Option<()>| {
        query.track();
        if previous.is_some() {
            all.set(false);
        }
    });
    let limit = move || if all.get() { usize::MAX } else { SHOWN };
    let cut = Memo::new(move |_| results.read().indices.len() > limit());
    let shown = move || {
        results
            .read()
            .indices
            .iter()
            .take(limit())
            .map(|&i| &app.catalog.certifications[i])
            .collect::<Vec<_>>()
    };
    let show_all = move |_| {
        all.set(true);
        // The button goes; focus goes on to the first card or row it brought in.
        request_animation_frame(|| {
            let selector = format!(
                "main ul.cards > li:nth-child({0}) h2 a, main tbody > tr:nth-child({0}) th a",
                SHOWN + 1
            );
            if let Some(link) = document()
                .query_selector(&selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = link.focus();
            }
        });
    };
    view! {
        <div>
            <Chips query url/>
            {move || {
                empty
                    .get()
                    .then(|| {
                        view! {
                            <div class="empty">
                                <p>"No certification matches all of these filters."</p>
                                <a
                                    class="button"
                                    data-noscroll=""
                                    href=move || url.href(&query.read().cleared())
                                >
                                    "Clear all filters"
                                </a>
                            </div>
                        }
                    })
            }}
            {move || match layout.get() {
                View::Cards => {
                    view! {
                        <ul class="cards">
                            <For
                                each=shown
                                key=|cert| cert.id.as_str()
                                children=move |cert| view! { <Card cert words ceiling/> }
                            />
                        </ul>
                    }
                        .into_any()
                }
                View::Table => view! { <CatalogTable query shown url/> }.into_any(),
            }}
            {move || {
                cut.get()
                    .then(|| {
                        view! {
                            <p class="more">
                                {cut_notice()} " "
                                <button type="button" on:click=show_all>
                                    {move || show_all_text(results.read().indices.len())}
                                </button>
                            </p>
                        }
                    })
            }}
            {cfg!(feature = "prerender").then(|| view! { <NoScriptRest results/> })}
        </div>
    }
}

/// Without JavaScript neither "Show all" nor the filters work, so the prerendered page names every
/// certification that has no card (the rest, and the retired ones hidden by default) as plain
/// links to their pages, inside `<noscript>`: never seen while the app runs. The Wasm never
/// draws it (feature `prerender` only).
#[component]
fn NoScriptRest(results: Memo<Results>) -> impl IntoView {
    let app = use_app();
    let results = results.read_untracked();
    let with_card = &results.indices[..results.indices.len().min(SHOWN)];
    let rest = (0..app.catalog.certifications.len())
        .filter(|i| !with_card.contains(i))
        .map(|i| {
            let cert = &app.catalog.certifications[i];
            let href = app.href(&format!("cert/{}", cert.id));
            view! { <li><a href=href>{cert.name.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <noscript>
            <h2 class="more">"More certifications"</h2>
            <ul>{rest}</ul>
        </noscript>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Query;

    fn read_back(search: &str) -> FindQuery {
        FindQuery::parse(&Query::parse(search), |_| true).0
    }

    #[test]
    fn a_typed_search_stands_for_what_the_url_reads_back() {
        for typed in [
            "aws ",
            " aws  ml",
            "",
            "   ",
            "GÉNÉRATIVE",
            &"a".repeat(300),
        ] {
            let query = FindQuery {
                text: typed.to_owned(),
                ..FindQuery::default()
            };
            assert_eq!(
                search_text(typed),
                read_back(&query.to_search()).text,
                "{typed:?}"
            );
        }
    }

    #[test]
    fn a_typed_price_stands_for_the_ceiling_the_url_reads_back() {
        for typed in [
            "100", " 7 ", "0", "-5", "1.5", "", "1e2", "1000000", "1000001",
        ] {
            let read = read_back(&format!("?max_cost={typed}")).max_cost;
            assert_eq!(cost_ceiling(typed), read, "{typed:?}");
        }
        assert!(ignored_ceiling("-5").contains("“-5”"));
        assert!(!ignored_ceiling("").contains('“'));
    }

    #[test]
    fn the_count_and_the_cut_say_how_many() {
        assert_eq!(count_text(3, 40), "3 of 40 certifications");
        assert!(cut_notice().starts_with("Showing the first 60."));
    }
}
