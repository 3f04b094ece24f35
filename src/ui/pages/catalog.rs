//! The catalog page (the app's root): search, facets with live counts, sort, removable filter
//! chips and the result cards. All of its state lives in the URL (see `crate::find`).

use leptos::either::Either;
use leptos::prelude::*;

use crate::catalog::{Certification, StatusState};
use crate::find::{
    active_filters, highlight, listed_price_cents, run, search_words, Facet, FindQuery, Results,
    Sort, MAX_COST_DOLLARS,
};
use crate::ui::app::{use_catalog, use_find_index};
use crate::ui::base::link;
use crate::ui::parts::status_badge::status_badge;
use crate::ui::parts::title::use_title;
use crate::ui::router::{use_router, Router};

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
    let parsed = Memo::new(move |_| {
        FindQuery::parse(&router.query.read(), |id| catalog.provider(id).is_some())
    });
    let query = Memo::new(move |_| parsed.read().0.clone());
    let results = Memo::new(move |_| run(&catalog.certifications, index, &query.read()));
    let words = Memo::new(move |_| search_words(&query.read().text));
    let total = catalog.certifications.len();

    let on_search = move |ev| {
        let mut next = query.get_untracked();
        next.text = event_target_value(&ev);
        go(router, &next, true);
    };
    let on_sort = move |ev| {
        let id = event_target_value(&ev);
        let mut next = query.get_untracked();
        next.sort = Sort::ALL
            .into_iter()
            .find(|s| s.id() == id)
            .unwrap_or_default();
        go(router, &next, false);
    };
    let on_cost = move |ev| {
        let mut next = query.get_untracked();
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
                let problems = &parsed.read().1;
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
                prop:value=move || query.read().text.clone() on:input=on_search />
        </div>
        <div class="find">
            <details class="filters" prop:open=wide_screen()>
                <summary>"Filters"</summary>
                <div class="cost-row">
                    <label for="max-cost">"Price at most (US$)"</label>
                    <input id="max-cost" type="number" min="0" step="1" inputmode="numeric"
                        aria-describedby="max-cost-note"
                        prop:value=move || query.read().max_cost.map(|d| d.to_string()).unwrap_or_default()
                        on:change=on_cost />
                    <p id="max-cost-note" class="hint">
                        "Entries whose price is unknown stay listed, marked “price unknown”. Subscriptions compare by their monthly price."
                    </p>
                </div>
                {Facet::ALL.into_iter().map(|facet| facet_group(facet, query, results)).collect_view()}
            </details>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading" class="visually-hidden">"Results"</h2>
                <div class="result-bar">
                    <p role="status" aria-live="polite" class="count">
                        {move || format!("{} of {total} certifications", results.read().indices.len())}
                    </p>
                    <label class="sort">
                        "Sort by "
                        <select on:change=on_sort prop:value=move || query.read().sort.id()>
                            {Sort::ALL.into_iter().map(|s| view! { <option value=s.id()>{s.label()}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
                {chips(query)}
                {move || (results.read().indices.is_empty()).then(|| view! {
                    <div class="empty">
                        <p>"No certification matches all of these filters."</p>
                        <button type="button" on:click=move |_| go(router, &FindQuery::default(), false)>"Clear all filters"</button>
                    </div>
                })}
                <ul class="cards">
                    {move || {
                        let words = words.read();
                        let ceiling = query.read().max_cost.is_some();
                        results.read().indices.iter().take(SHOWN).map(|&i| cert_card(&catalog.certifications[i], &words, ceiling)).collect_view()
                    }}
                </ul>
                {move || (results.read().indices.len() > SHOWN).then(|| view! {
                    <p class="more">"Showing the first " {SHOWN} ". Search or filter to narrow the list."</p>
                })}
            </section>
        </div>
    }
}

/// One facet as a labelled group of checkboxes with live counts and its own "clear".
fn facet_group(facet: Facet, query: Memo<FindQuery>, results: Memo<Results>) -> impl IntoView {
    let catalog = use_catalog();
    let router = use_router();
    let options = facet.options(catalog);
    let selected = Memo::new(move |_| facet.selected(&query.read()));
    view! {
        <fieldset class="facet">
            <legend>{facet.legend()}</legend>
            {move || (facet.is_narrowed(&query.read())).then(|| view! {
                <button type="button" class="link-button" on:click=move |_| go(router, &facet.clear(&query.get_untracked()), false)>
                    {format!("Clear {}", facet.legend().to_ascii_lowercase())}
                </button>
            })}
            {options.into_iter().enumerate().map(|(n, (id, label))| {
                let input_id = format!("f-{}-{id}", facet.key());
                let count = move || facet.count(&results.read().counts, n);
                let checked = { let id = id.clone(); move || selected.read().contains(&id) };
                view! {
                    <div class="option" class:zero=move || count() == 0>
                        <input type="checkbox" id=input_id.clone() prop:checked=checked
                            on:change=move |_| go(router, &facet.toggle(&query.get_untracked(), &id), false) />
                        <label for=input_id>{label}" " <span class="n">"(" {count} ")"</span></label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The active filters as buttons that remove them.
fn chips(query: Memo<FindQuery>) -> impl IntoView {
    let catalog = use_catalog();
    let router = use_router();
    move || {
        let chips = active_filters(&query.read(), catalog);
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

/// One result card. Not reactive itself: the list re-renders when the results, the search
/// words or the price ceiling change, which keeps each card a plain, cheap view.
fn cert_card(cert: &'static Certification, words: &[String], ceiling: bool) -> impl IntoView {
    let catalog = use_catalog();
    let name = highlight(&cert.name, words)
        .into_iter()
        .map(|(text, hit)| {
            if hit {
                Either::Left(view! { <mark>{text}</mark> })
            } else {
                Either::Right(text)
            }
        })
        .collect_view();
    let mut price = cert.price.summary();
    if ceiling && listed_price_cents(cert).is_none() {
        price.push_str(" — price unknown, kept in the list");
    }
    let facts = [
        ("Provider", catalog.provider_name(cert).to_owned()),
        ("Level", cert.level.label().to_owned()),
        ("Kind", cert.kind.label().to_owned()),
        ("Price", price),
        ("Exam code", cert.exam_code.clone().unwrap_or_default()),
    ];
    let replaced = if cert.status.state == StatusState::Retired {
        cert.status.replacements.as_slice()
    } else {
        &[]
    };
    view! {
        <li class="card">
            <h2 class="card-title"><a href=link(&format!("cert/{}", cert.id))>{name}</a></h2>
            {status_badge(&cert.status)}
            <dl class="card-facts">
                {facts.into_iter().filter(|(_, v)| !v.is_empty()).map(|(term, value)| view! {
                    <div><dt>{term}</dt><dd>{value}</dd></div>
                }).collect_view()}
            </dl>
            {(!replaced.is_empty()).then(|| view! {
                <p class="replaced">"Replaced by "
                    {replaced.iter().filter_map(|id| catalog.get(id)).map(|r| view! {
                        <a href=link(&format!("cert/{}", r.id))>{r.name.clone()}</a>" "
                    }).collect_view()}
                </p>
            })}
        </li>
    }
}
