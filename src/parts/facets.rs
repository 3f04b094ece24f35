//! The catalog's filters: one group of checkboxes per facet, each with its live count and a
//! "Clear …" link, and [`CatalogUrl`], the catalog's address for a query, which every control of
//! the page goes through. The URL is the only state: a box says what the address says, and
//! ticking one goes to the address with that option toggled.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::use_app;
use crate::find::{Facet, FindQuery, Results};
use crate::parts::StayOnPage;

/// The catalog's address for a query, on the path the person is on (`/` or `/index.html`: the
/// two are separate routes, and moving between them would draw the page anew under the search
/// box and take the focus out of it), and the way there.
#[derive(Clone, Copy)]
pub struct CatalogUrl {
    path: Memo<String>,
    navigate: StayOnPage,
}

impl CatalogUrl {
    /// Call in a component under the router.
    pub fn here() -> CatalogUrl {
        CatalogUrl {
            path: use_location().pathname,
            navigate: StayOnPage::here(),
        }
    }

    /// `query`'s address, for a link; reading it follows the path.
    pub fn href(self, query: &FindQuery) -> String {
        format!("{}{}", self.path.get(), query.to_search())
    }

    /// Goes to `query`'s address ([`StayOnPage::go`]).
    pub fn go(self, query: &FindQuery, replace: bool) {
        let href = format!("{}{}", self.path.get_untracked(), query.to_search());
        self.navigate.go(&href, replace);
    }
}

/// Every facet, in the order of [`Facet::ALL`].
#[component]
pub fn Facets(query: Memo<FindQuery>, results: Memo<Results>, url: CatalogUrl) -> impl IntoView {
    let groups = Facet::ALL
        .into_iter()
        .map(|facet| view! { <FacetGroup facet query results url/> })
        .collect_view();
    view! { <div>{groups}</div> }
}

/// One facet as a labelled group of checkboxes. The options are drawn once (they come from the
/// catalog); only their ticks, counts and the "Clear" link follow the address.
#[component]
pub fn FacetGroup(
    facet: Facet,
    query: Memo<FindQuery>,
    results: Memo<Results>,
    url: CatalogUrl,
) -> impl IntoView {
    let app = use_app();
    let selected = Memo::new(move |_| facet.selected(&query.read()));
    let narrowed = Memo::new(move |_| facet.is_narrowed(&query.read()));
    let clear = move || {
        narrowed.get().then(|| {
            view! {
                <a
                    class="link-button"
                    data-noscroll=""
                    href=move || url.href(&facet.clear(&query.read()))
                >
                    {format!("Clear {}", facet.legend().to_ascii_lowercase())}
                </a>
            }
        })
    };
    let options = facet
        .options(app.catalog)
        .into_iter()
        .enumerate()
        .map(|(n, (id, label))| {
            let input_id = format!("f-{}-{id}", facet.key());
            let count = Memo::new(move |_| facet.count(&results.read().counts, n));
            let option = id.clone();
            let checked = move || selected.read().contains(&id);
            view! {
                <div class=move || if count.get() == 0 { "option zero" } else { "option" }>
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        // The state as first drawn, as an attribute too: a prerendered page
                        // has no properties.
                        checked=selected.read_untracked().contains(&option)
                        prop:checked=checked
                        on:change:target=move |event| {
                            url.go(&facet.toggle(&query.get_untracked(), &option), false);
                            // The box says what the address now says, even where the toggle
                            // left this option as it was.
                            event.target().set_checked(selected.read_untracked().contains(&option));
                        }
                    />
                    <label for=input_id>
                        {format!("{label} ")}
                        <span class="n">{move || format!("({})", count.get())}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend>{facet.legend()}</legend>
            {clear}
            {options}
        </fieldset>
    }
}
