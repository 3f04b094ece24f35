//! The catalog page (the app's root): search, facets with live counts, sort, removable filter
//! chips and the result cards. All of its state lives in the URL (see `crate::find`).

use leptos::prelude::*;

use crate::find::{run, search_words, FindQuery, Results, Sort, MAX_COST_DOLLARS};
use crate::present::card::{facets, results};
use crate::tree::{el, Node};
use crate::ui::app::{use_catalog, use_find_index};
use crate::ui::base::{link, RouterBase};
use crate::ui::parts::title::use_title;
use crate::ui::router::{use_router, Router};
use crate::ui::tray::use_tray;
use crate::ui::tree_view::tree_view;

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
    // A facet checkbox says where its click leads (see `present::card::facets`).
    let on_facet = move |ev: leptos::ev::Event| {
        let href = event_target::<web_sys::Element>(&ev).get_attribute("data-href");
        if let Some(href) = href {
            router.navigate(&href, false);
        }
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
        {tree_view(move || {
            el("div")
                .child(el("h1").text("AI and machine-learning certifications"))
                .child(el("p").class("lede").text(format!("Sourced facts on {total} certifications: what they cost, how they are examined, how long they last and whether they are still offered.")))
                .into()
        })}
        <div role="status">
            {tree_view(move || {
                let problems = &found.read().problems;
                if problems.is_empty() {
                    return Node::Text(String::new());
                }
                let text = format!("Some of this link could not be used, so it was ignored. {}", problems.join(" "));
                el("p").class("notice notice-doubt").text(text).into()
            })}
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
                <div on:change=on_facet>
                    {tree_view(move || {
                        let found = found.read();
                        facets(base, catalog, &found.query, &found.results)
                    })}
                </div>
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
                {tree_view(move || {
                    let found = found.read();
                    let picks = tray.ids.read();
                    results(base, catalog, &found.query, &found.results, &found.words, &picks)
                })}
            </section>
        </div>
    }
}
