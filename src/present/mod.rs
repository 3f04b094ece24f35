//! What each read-only view says, as plain HTML trees (`crate::tree`): pure functions of the
//! catalog, tested natively, rendered by `ui::tree_view`. Links are built from the router base
//! passed in (`/certscope` on Pages, empty at the root).

pub mod advisor;
pub mod card;
pub mod catalog;
pub mod compare;
pub mod detail;
pub mod lists;
pub mod score;

use crate::catalog::{Catalog, Status, StatusState};
use crate::route::join;
use crate::tree::{el, Element, Node};

/// The status badge: its text carries the meaning, the colour only repeats it.
pub fn status_badge(status: &Status) -> Element {
    let class = match status.state {
        StatusState::Active => "badge badge-active",
        StatusState::Beta | StatusState::Upcoming => "badge badge-new",
        StatusState::Retiring => "badge badge-retiring",
        StatusState::Retired => "badge badge-retired",
    };
    el("span").class(class).text(status.badge())
}

/// The in-app address of a certification's page (the route's own path, id encoded).
pub fn cert_href(base: &str, id: &str) -> String {
    join(base, &crate::route::Route::Detail(id.to_owned()).path())
}

/// The in-app address of a comparison of `ids`.
pub fn compare_href(base: &str, ids: &[String], months: u32, only_differences: bool) -> String {
    let search = crate::compare::search_with(ids, months, only_differences);
    join(base, &format!("compare{search}"))
}

/// A link to a certification's page, named as in the catalog (or by id if it is not there).
pub fn cert_link(base: &str, catalog: &Catalog, id: &str) -> Element {
    let name = catalog.name_of(id);
    el("a").attr("href", cert_href(base, id)).text(name)
}

/// The "Compare" pick checkbox; the tray's window listener handles its `change`. Its id lets
/// focus come back to it when the tree is redrawn.
pub fn pick(cert: &crate::catalog::Certification, picked: bool) -> Element {
    let mut input = el("input")
        .attr("type", "checkbox")
        .attr("id", format!("pick-{}", cert.id))
        .attr("data-compare", cert.id.as_str())
        .attr("aria-label", format!("Compare {}", cert.name));
    if picked {
        input = input.attr("checked", "");
    }
    el("label").class("pick").child(input).text(" Compare")
}

/// The compare tray: each pick with a remove button, and the link to the comparison. Empty
/// when nothing is picked.
pub fn tray(base: &str, catalog: &Catalog, ids: &[String]) -> Node {
    if ids.is_empty() {
        return Node::Text(String::new());
    }
    let picks = ids.iter().filter_map(|id| catalog.get(id)).map(|cert| {
        el("li").text(cert.name.as_str()).child(
            el("button")
                .attr("type", "button")
                .class("chip")
                .attr("data-compare", cert.id.as_str())
                .attr(
                    "aria-label",
                    format!("Remove {} from the comparison", cert.name),
                )
                .text("×"),
        )
    });
    let href = compare_href(base, ids, crate::compare::DEFAULT_MONTHS, false);
    el("aside")
        .class("tray")
        .attr("aria-label", "Compare tray")
        .child(el("ul").children(picks))
        .child(
            el("a")
                .class("button")
                .attr("href", href)
                .text(format!("Compare {}", ids.len())),
        )
        .into()
}

/// The site header: brand, the main navigation (the current page marked for assistive tech)
/// and the theme button, which says the current choice.
/// `score` is the fit score's remembered query (empty for the defaults), so the link brings
/// back the person's own priorities.
pub fn header(
    base: &str,
    route: &crate::route::Route,
    tray: &[String],
    score: &str,
    theme: &str,
) -> Node {
    use crate::route::Route;
    let compare = compare_href(base, tray, crate::compare::DEFAULT_MONTHS, false);
    let items = [
        ("Catalog", join(base, ""), *route == Route::Catalog),
        ("Compare", compare, *route == Route::Compare),
        (
            "Fit score",
            join(base, &format!("score{score}")),
            *route == Route::Score,
        ),
        ("Lists", join(base, "lists"), *route == Route::Lists),
        ("Advisor", join(base, "advisor"), *route == Route::Advisor),
    ];
    let links = items.into_iter().map(|(label, href, current)| {
        let a = el("a").attr("href", href).text(label);
        el("li").child(if current {
            a.attr("aria-current", "page")
        } else {
            a
        })
    });
    el("header")
        .class("site-header")
        .child(
            el("a")
                .class("brand")
                .attr("href", join(base, ""))
                .child(
                    el("span")
                        .attr("aria-hidden", "true")
                        .class("brand-mark")
                        .text("◎"),
                )
                .text(" CertScope"),
        )
        .child(
            el("nav")
                .attr("aria-label", "Main")
                .child(el("ul").children(links)),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("theme-toggle")
                .attr("id", "theme")
                .attr("data-theme-toggle", "")
                .text(theme),
        )
        .into()
}

/// The page for an address the app does not know, or (`id`) a certification it does not have.
pub fn not_found(base: &str, id: Option<&str>) -> Node {
    let (heading, text) = match id {
        Some(id) => (
            "Certification not found",
            format!("We have no certification with the id “{id}”. It may have been renamed, or the link was cut short."),
        ),
        None => (
            "Page not found",
            "There is no page at this address. It may have been mistyped or moved.".to_owned(),
        ),
    };
    el("div")
        .child(el("h1").text(heading))
        .child(el("p").text(text))
        .child(
            el("p").child(
                el("a")
                    .attr("href", join(base, ""))
                    .text("Browse all certifications"),
            ),
        )
        .into()
}
