//! The browser half of routing: the current location as a signal, in-app link clicks turned
//! into `history.pushState`, Back/Forward followed through `popstate`. What a path or query
//! means is decided by the pure `crate::route`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::route::{strip_base, Query, Route};

/// Splits where the app is — the path with the base removed, then the raw query string with
/// its `?` — into the two. Kept as one `String` signal: every signal type is its own generic
/// code in the Wasm, and the app's other text signals are `String`s too.
fn split(location: &str) -> (&str, &str) {
    location.split_at(location.find('?').unwrap_or(location.len()))
}

/// Held by `ui::app::App`. The route and query are parsed when read, not kept in memos: the
/// whole page is one drawing that redraws on any move anyway, and each memo type costs Wasm.
#[derive(Clone, Copy)]
pub struct Router {
    location: RwSignal<String>,
    base: &'static str,
}

/// Bumped by Back/Forward: a history write still waiting for its frame is dropped then, so it
/// cannot push a stale address on top of the entry the person went back to.
static EPOCH: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Counts Back/Forward moves so far.
pub fn epoch() -> u32 {
    EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

fn read_location(base: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    format!(
        "{}{}",
        strip_base(&path, base),
        location.search().unwrap_or_default()
    )
}

impl Router {
    /// Starts following Back and Forward; call once, in the shell. Link clicks come from
    /// `ui::events`, which owns the one click listener.
    pub fn new(base: &'static str) -> Router {
        let location = RwSignal::new(read_location(base));
        // The app lives as long as the page, so the listener is never removed.
        crate::ui::events::listen("popstate", move |_| {
            EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            location.set(read_location(base));
        });
        Router { location, base }
    }

    /// The current page; reading it subscribes the caller to moves.
    pub fn route(self) -> Route {
        Route::parse(split(&self.location.read()).0)
    }

    /// The current query string, parsed; reading it subscribes the caller to moves.
    pub fn query(self) -> Query {
        Query::parse(split(&self.location.read()).1)
    }

    /// Where the app is, `path?query` with the base removed, without subscribing.
    pub fn address_untracked(self) -> String {
        self.location.get_untracked()
    }

    pub fn route_untracked(self) -> Route {
        Route::parse(split(&self.location.read_untracked()).0)
    }

    pub fn query_untracked(self) -> Query {
        Query::parse(split(&self.location.read_untracked()).1)
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
        // A step to another question (the advisor's Next, Back, Skip) is a new view on the
        // same page: start it at `main`, not on whatever control now sits where the link was.
        if anchor.has_attribute("data-step") {
            focus_main();
        }
    }

    /// Goes to `href` (an absolute path built with [`crate::route::join`]). `replace` rewrites the
    /// current history entry instead of adding one (used while typing, so Back is not flooded).
    pub fn navigate(self, href: &str, replace: bool) {
        let (path, search) = split(href);
        // A bare `?` is no query.
        let search = if search == "?" { "" } else { search };
        let path = strip_base(path, self.base);
        // Compared as routes: `/index.html` and `/` are both the catalog, and a search typed
        // there must not move focus off the search box.
        let page_changed = self
            .location
            .with_untracked(|l| Route::parse(split(l).0) != Route::parse(path));
        self.location.set(format!("{path}{search}"));
        // The address bar follows once the page has painted: each history write is a
        // same-document navigation that cost a keystroke several milliseconds (measured in a
        // trace), and nothing on screen depends on it.
        let href = href.to_owned();
        let epoch = epoch();
        after_paint(Box::new(move || {
            if self::epoch() != epoch {
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
        }));
        if page_changed {
            // A new page: start at its top and let keyboard and screen-reader users start there.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_main();
        }
    }
}

/// Runs `f` once the next frame has been painted: a task queued from the frame's callback runs
/// after it. Boxed, so every caller shares one copy of the scheduling code.
pub fn after_paint(f: Box<dyn FnOnce()>) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
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
