//! The catalog page (the app's root): search, facets with live counts, sort, removable filter
//! chips and the result cards. All of its state lives in the URL (see `crate::find`).

use leptos::prelude::*;

use crate::find::{
    active_filters, run, search_words, Facet, FindQuery, Results, Sort, MAX_COST_DOLLARS,
};
use crate::present::card::card;
use crate::tree::el;
use crate::ui::app::{use_catalog, use_find_index};
use crate::ui::base::{link, RouterBase};
use crate::ui::parts::title::use_title;
use crate::ui::router::{use_router, Router};
use crate::ui::tray::use_tray;
use crate::ui::tree_view::tree_view;

/// At most this many cards are rendered, so every keystroke stays cheap however large the
/// catalog grows (the real one has fewer entries; the synthetic benchmark build has 5,000).
const SHOWN: usize = 60;

/// Filters start open beside the results on wide screens and folded on phones (the CSS
/// breakpoint of `.find`).
fn wide_screen() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w >= 832.0)
}

/// Everything the page shows, derived from the URL in one memo (each memo type costs Wasm).
#[derive(PartialEq)]
struct Found {
    query: FindQuery,
    /// Parameters that were ignored, in words.
    problems: Vec<String>,
    results: Results,
    /// The folded search words, for highlighting.
    words: Vec<String>,
}

/// Writes a query to the URL: `replace` while typing so Back is not flooded, push otherwise.
fn go(router: Router, query: &FindQuery, replace: bool) {
    router.navigate(&link(&query.to_search()), replace);
}

#[component]
pub fn CatalogPage() -> impl IntoView {
    use_title(|| "AI and ML certifications".into());
    let catalog = use_catalog();
    let index = use_find_index();
    let router = use_router();
    let found = Memo::new(move |_| {
        let (query, problems) =
            FindQuery::parse(&router.query.read(), |id| catalog.provider(id).is_some());
        Found {
            results: run(&catalog.certifications, index, &query),
            words: search_words(&query.text),
            query,
            problems,
        }
    });
    let total = catalog.certifications.len();
    let base = expect_context::<RouterBase>().0;
    let tray = use_tray();

    let on_search = move |ev| {
        let mut next = found.with_untracked(|f| f.query.clone());
        next.text = event_target_value(&ev);
        go(router, &next, true);
    };
    let on_sort = move |ev| {
        let id = event_target_value(&ev);
        let mut next = found.with_untracked(|f| f.query.clone());
        next.sort = Sort::ALL
            .into_iter()
            .find(|s| s.id() == id)
            .unwrap_or_default();
        go(router, &next, false);
    };
    let on_cost = move |ev| {
        let mut next = found.with_untracked(|f| f.query.clone());
        next.max_cost = event_target_value(&ev)
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|d| *d <= MAX_COST_DOLLARS);
        go(router, &next, true);
    };

    view! {
        <h1>"AI and machine-learning certifications"</h1>
        <p class="lede">
            "Sourced facts on " {total}
            " certifications: what they cost, how they are examined, how long they last and whether they are still offered."
        </p>
        <div role="status">
            {move || {
                let problems = &found.read().problems;
                (!problems.is_empty()).then(|| view! {
                    <p class="notice notice-doubt">
                        "Some of this link could not be used, so it was ignored. " {problems.join(" ")}
                    </p>
                })
            }}
        </div>
        <div class="search-row">
            <label for="search">"Search"</label>
            <input id="search" type="search" role="searchbox" autocomplete="off"
                placeholder="Name, provider, exam code…"
                prop:value=move || found.read().query.text.clone() on:input=on_search />
        </div>
        <div class="find">
            <details class="filters" prop:open=wide_screen()>
                <summary>"Filters"</summary>
                <div class="cost-row">
                    <label for="max-cost">"Price at most (US$)"</label>
                    <input id="max-cost" type="number" min="0" step="1" inputmode="numeric"
                        aria-describedby="max-cost-note"
                        prop:value=move || found.read().query.max_cost.map(|d| d.to_string()).unwrap_or_default()
                        on:change=on_cost />
                    <p id="max-cost-note" class="hint">
                        "Entries whose price is unknown stay listed, marked “price unknown”. Subscriptions compare by their monthly price."
                    </p>
                </div>
                {Facet::ALL.into_iter().map(|facet| facet_group(facet, found)).collect_view()}
            </details>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading" class="visually-hidden">"Results"</h2>
                <div class="result-bar">
                    <p role="status" aria-live="polite" class="count">
                        {move || format!("{} of {total} certifications", found.read().results.indices.len())}
                    </p>
                    <label class="sort">
                        "Sort by "
                        <select on:change=on_sort prop:value=move || found.read().query.sort.id()>
                            {Sort::ALL.into_iter().map(|s| view! { <option value=s.id()>{s.label()}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
                {chips(found)}
                {move || (found.read().results.indices.is_empty()).then(|| view! {
                    <div class="empty">
                        <p>"No certification matches all of these filters."</p>
                        <button type="button" on:click=move |_| go(router, &FindQuery::default(), false)>"Clear all filters"</button>
                    </div>
                })}
                {tree_view(move || {
                    let found = found.read();
                    let ceiling = found.query.max_cost.is_some();
                    let picks = tray.ids.read();
                    let cards = found.results.indices.iter().take(SHOWN).map(|&i| {
                        let cert = &catalog.certifications[i];
                        card(base, catalog, cert, &found.words, ceiling, picks.contains(&cert.id))
                    });
                    el("ul").class("cards").children(cards).into()
                })}
                {move || (found.read().results.indices.len() > SHOWN).then(|| view! {
                    <p class="more">"Showing the first " {SHOWN} ". Search or filter to narrow the list."</p>
                })}
            </section>
        </div>
    }
}

/// One facet as a labelled group of checkboxes with live counts and its own "clear".
fn facet_group(facet: Facet, found: Memo<Found>) -> impl IntoView {
    let catalog = use_catalog();
    let router = use_router();
    let options = facet.options(catalog);
    view! {
        <fieldset class="facet">
            <legend>{facet.legend()}</legend>
            {move || (facet.is_narrowed(&found.read().query)).then(|| view! {
                <button type="button" class="link-button" on:click=move |_| go(router, &facet.clear(&found.read_untracked().query), false)>
                    {format!("Clear {}", facet.legend().to_ascii_lowercase())}
                </button>
            })}
            {options.into_iter().enumerate().map(|(n, (id, label))| {
                let input_id = format!("f-{}-{id}", facet.key());
                let count = move || facet.count(&found.read().results.counts, n);
                let checked = { let id = id.clone(); move || facet.selected(&found.read().query).contains(&id) };
                view! {
                    <div class="option" class:zero=move || count() == 0>
                        <input type="checkbox" id=input_id.clone() prop:checked=checked
                            on:change=move |_| go(router, &facet.toggle(&found.read_untracked().query, &id), false) />
                        <label for=input_id>{label}" " <span class="n">"(" {count} ")"</span></label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The active filters as buttons that remove them.
fn chips(found: Memo<Found>) -> impl IntoView {
    let catalog = use_catalog();
    let router = use_router();
    move || {
        let chips = active_filters(&found.read().query, catalog);
        (!chips.is_empty()).then(|| {
            view! {
                <ul class="chips" aria-label="Active filters">
                    {chips.into_iter().map(|(label, without)| view! {
                        <li><button type="button" class="chip" aria-label=format!("Remove filter {label}")
                            on:click=move |_| go(router, &without, false)>{label.clone()}" ×"</button></li>
                    }).collect_view()}
                    <li><button type="button" class="link-button" on:click=move |_| go(router, &FindQuery::default(), false)>"Clear all filters"</button></li>
                </ul>
            }
        })
    }
}
