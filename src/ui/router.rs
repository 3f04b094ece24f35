//! The browser half of routing: the current location as a signal, in-app link clicks turned
//! into `history.pushState`, Back/Forward followed through `popstate`. What a path or query
//! means is decided by the pure `crate::route`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::route::{strip_base, Query, Route};

/// Where the app is: the path with the base removed, and the raw query string.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Location {
    path: String,
    search: String,
}

/// Held by `ui::app::App`; `route` and `query` change only when they really change, so what
/// depends on one does not redraw when only the other moved.
#[derive(Clone, Copy)]
pub struct Router {
    location: RwSignal<Location>,
    pub route: Memo<Route>,
    pub query: Memo<Query>,
    base: &'static str,
    /// Bumped by Back/Forward: a history write still waiting for its frame is dropped then, so
    /// it cannot push a stale address on top of the entry the person went back to.
    epoch: StoredValue<u32>,
}

fn read_location(base: &str) -> Location {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    Location {
        path: strip_base(&path, base).to_owned(),
        search: location.search().unwrap_or_default(),
    }
}

impl Router {
    /// Starts following Back and Forward; call once, in the shell. Link clicks come from
    /// `ui::events`, which owns the one click listener.
    pub fn new(base: &'static str) -> Router {
        let location = RwSignal::new(read_location(base));
        let route = Memo::new(move |_| Route::parse(&location.read().path));
        let query = Memo::new(move |_| Query::parse(&location.read().search));
        let router = Router {
            location,
            route,
            query,
            base,
            epoch: StoredValue::new(0),
        };
        // The app lives as long as the page, so the listener is never removed.
        crate::ui::events::listen("popstate", move |_| {
            router.epoch.update_value(|e| *e = e.wrapping_add(1));
            location.set(read_location(base));
        });
        router
    }

    /// Handles a click on an in-app `<a>` without a page load; anything else (other origins,
    /// new-tab clicks, downloads, links already handled) is left to the browser.
    pub fn follow_link(self, event: &web_sys::MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(anchor) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let same_origin = window().location().origin().ok() == Some(anchor.origin());
        let path = anchor.pathname();
        let in_app = path == self.base || path.starts_with(&format!("{}/", self.base));
        if !same_origin
            || !in_app
            || !anchor.target().is_empty()
            || anchor.has_attribute("download")
        {
            return;
        }
        event.prevent_default();
        self.navigate(&format!("{path}{}", anchor.search()), false);
    }

    /// Goes to `href` (an absolute path built with [`crate::route::join`]). `replace` rewrites the
    /// current history entry instead of adding one (used while typing, so Back is not flooded).
    pub fn navigate(self, href: &str, replace: bool) {
        let old_path = self.location.with_untracked(|l| l.path.clone());
        let (path, search) = href.split_once('?').map_or((href, ""), |(p, q)| (p, q));
        let new = Location {
            path: strip_base(path, self.base).to_owned(),
            search: if search.is_empty() {
                String::new()
            } else {
                format!("?{search}")
            },
        };
        let page_changed = new.path != old_path;
        self.location.set(new);
        // The address bar follows once the page has painted: each history write is a
        // same-document navigation that cost a keystroke several milliseconds (measured in a
        // trace), and nothing on screen depends on it.
        let href = href.to_owned();
        let epoch = self.epoch.get_value();
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if self.epoch.get_value() != epoch {
                        return;
                    }
                    let written = window().history().and_then(|h| {
                        if replace {
                            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
                        } else {
                            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
                        }
                    });
                    if written.is_err() {
                        // History refused (sandboxed frame): fall back to a normal page load.
                        let _ = window().location().set_href(&href);
                    }
                },
                std::time::Duration::ZERO,
            )
        });
        if page_changed {
            // A new page: start at its top and let keyboard and screen-reader users start there.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_main();
        }
    }
}

/// Moves focus to `<main>` (which has `tabindex="-1"`).
pub fn focus_main() {
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
