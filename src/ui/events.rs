//! Every event the app handles, delegated: one listener per event type on the window, which
//! finds what was clicked or changed by its id or `data-*` attribute. The trees carry those
//! attributes (`crate::present`); this is the only place that turns them into actions.
//!
//! Why delegated: listeners attached per element would have to follow the DOM patcher, and
//! each generic `on:` handler cost Wasm bytes; here one function per event type serves every
//! page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::find::{Sort, MAX_COST_DOLLARS};
use crate::route::Route;
use crate::ui::app::App;
use crate::ui::router::focus_main;

/// Starts listening; the app lives as long as the page, so the listeners are never removed.
pub fn install(app: App) {
    listen("click", move |event| {
        click(app, event.unchecked_ref::<web_sys::MouseEvent>())
    });
    listen("input", move |event| input(app, &event, false));
    listen("change", move |event| input(app, &event, true));
    // Another tab saved the lists.
    listen("storage", move |event| {
        let key = event.unchecked_ref::<web_sys::StorageEvent>().key();
        if key.as_deref() == Some(crate::lists::KEY) {
            app.lists.other_tab_saved();
        }
    });
}

/// Adds a window listener for the life of the page. One closure type for every event: each
/// typed `window_event_listener` was its own generic copy in the Wasm.
pub fn listen(kind: &str, handler: impl Fn(web_sys::Event) + 'static) {
    add(kind, Box::new(handler));
}

fn add(kind: &str, handler: Box<dyn Fn(web_sys::Event)>) {
    let closure = wasm_bindgen::closure::Closure::wrap(handler);
    let _ = window().add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    closure.forget();
}

fn target(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

/// The nearest element (the target or an ancestor) matching `selector`.
fn closest(target: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    target.closest(selector).ok().flatten()
}

fn click(app: App, event: &web_sys::MouseEvent) {
    let Some(target) = target(event) else { return };
    if closest(&target, ".skip-link").is_some() {
        // Focus `<main>` without changing the URL: a bare `#main` resolves against
        // `<base href>` to the catalog.
        event.prevent_default();
        focus_main();
    } else if closest(&target, "[data-theme-toggle]").is_some() {
        app.theme.next();
    } else if let Some(id) =
        closest(&target, "button[data-compare]").and_then(|b| b.get_attribute("data-compare"))
    {
        app.tray.toggle(&id);
    } else if let Some(control) = closest(&target, "button[data-action]") {
        app.lists.act(&control, false);
    } else if closest(&target, "[data-copy-link]").is_some() {
        let url = window().location().href().unwrap_or_default();
        let _ = window().navigator().clipboard().write_text(&url);
        app.tray
            .message
            .set("Link copied. Anyone who opens it sees this comparison.".into());
    } else {
        app.router.follow_link(event);
    }
}

/// `input` (typing, sliders) and `change` (boxes, radios, selects, a committed number).
fn input(app: App, event: &web_sys::Event, committed: bool) {
    let Some(target) = target(event) else { return };
    let field = target.unchecked_ref::<web_sys::HtmlInputElement>();
    if committed {
        if let Some(id) = target.get_attribute("data-compare") {
            // A refused fifth pick stays unticked.
            if !app.tray.toggle(&id) {
                field.set_checked(false);
            }
            return;
        }
        if target.has_attribute("data-action") {
            app.lists.act(&target, true);
            return;
        }
        // A control that says where choosing it leads (facets, advisor answers); `data-replace`
        // rewrites the current history entry instead of adding one.
        if let Some(href) = target.get_attribute("data-href") {
            app.router
                .navigate(&href, target.has_attribute("data-replace"));
            return;
        }
    }
    if app.router.route_untracked() == Route::Score {
        if let Some(name) = target.get_attribute("name") {
            // Sliders and numbers follow every keystroke or step; boxes and radios commit.
            let stepped = matches!(field.type_().as_str(), "range" | "number");
            if stepped != committed {
                app.score_input(&name, &field.value(), field.checked(), stepped);
            }
        }
        return;
    }
    // The catalog's own fields; anything else typed (a list's note) is not a search.
    let id = target.id();
    if !matches!(
        (id.as_str(), committed),
        ("search", false) | ("max-cost" | "sort", true)
    ) {
        return;
    }
    let mut query = app.find_query(app.router.query_untracked()).0;
    match (id.as_str(), committed) {
        // Typing replaces the history entry, so Back is not flooded.
        ("search", false) => {
            query.text = field.value();
            app.go(&query.to_search(), true);
        }
        ("max-cost", true) => {
            query.max_cost = field
                .value()
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|d| *d <= MAX_COST_DOLLARS);
            app.go(&query.to_search(), true);
        }
        ("sort", true) => {
            let id = field.value();
            query.sort = Sort::ALL
                .into_iter()
                .find(|s| s.id() == id)
                .unwrap_or_default();
            app.go(&query.to_search(), false);
        }
        _ => {}
    }
}
