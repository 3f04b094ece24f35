//! Components shared by several pages, and the hrefs they link with.

pub mod bar_chart;
pub mod card;
pub mod catalog_table;
pub mod facets;
pub mod focus;
pub mod header;
pub mod overview;
pub mod save_to_list;
pub mod tray;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::app::use_app;
use crate::catalog::{Status, StatusState};
use crate::route::join;

/// The in-app address of a certification's page, id encoded.
pub fn cert_href(base: &str, id: &str) -> String {
    join(
        base,
        &format!("cert/{}", crate::route::encode_component(id)),
    )
}

/// The in-app address of a comparison of `ids`.
pub fn compare_href(base: &str, ids: &[String], months: u32, only_differences: bool) -> String {
    let search = crate::compare::search_with(ids, months, only_differences);
    join(base, &format!("compare{search}"))
}

/// The CSS class of a status badge; the text carries the meaning, the colour only repeats it.
pub fn badge_class(state: StatusState) -> &'static str {
    match state {
        StatusState::Active => "badge badge-active",
        StatusState::Beta | StatusState::Upcoming => "badge badge-new",
        StatusState::Retiring => "badge badge-retiring",
        StatusState::Retired => "badge badge-retired",
    }
}

#[component]
pub fn StatusBadge(status: &'static Status) -> impl IntoView {
    view! { <span class=badge_class(status.state)>{status.badge()}</span> }
}

/// A link to a certification's page, named as in the catalog (or by id if it is not there).
#[component]
pub fn CertLink(#[prop(into)] id: String) -> impl IntoView {
    let app = use_app();
    let name = app.catalog.name_of(&id).to_owned();
    view! { <a href=cert_href(app.base, &id)>{name}</a> }
}

/// A polite status region that says what part of a link was ignored; empty when nothing was.
/// The region is always there, so screen readers announce the text when it appears.
#[component]
pub fn ProblemsNotice(#[prop(into)] problems: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <div role="status">
            {move || {
                let problems = problems.get();
                (!problems.is_empty())
                    .then(|| {
                        view! {
                            <p class="notice notice-doubt">
                                {format!(
                                    "Some of this link could not be used, so it was ignored. {}",
                                    problems.join(" "),
                                )}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// How every control moves to another address of the page the person is on (a changed query):
/// the href is already absolute, base included (resolving would put the base in front again);
/// `replace` rewrites the current history entry (typing, sliders: Back is not flooded) instead
/// of adding one; and the page never scrolls, so it stays where the control the person used is.
#[derive(Clone, Copy)]
pub struct StayOnPage(StoredValue<Navigate>);

type Navigate = Box<dyn Fn(&str, NavigateOptions) + Send + Sync>;

impl StayOnPage {
    /// Call in a component under the router.
    pub fn here() -> StayOnPage {
        StayOnPage(StoredValue::new(Box::new(use_navigate())))
    }

    pub fn go(self, href: &str, replace: bool) {
        let options = NavigateOptions {
            resolve: false,
            replace,
            scroll: false,
            ..NavigateOptions::default()
        };
        self.0.with_value(|navigate| navigate(href, options));
    }
}
