//! Where keyboard focus goes: to `main` when the page changes (so a screen reader starts
//! reading the new page), and from the skip link.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Focuses `main` without scrolling to it.
pub fn focus_main() {
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// The skip link moves focus itself: followed as a link, the router would navigate to `#main`.
pub fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    focus_main();
}

/// A change of path is a new page: focus moves to `main`. A change of query only (typing a
/// search, ticking a filter) stays where the person is.
pub fn move_focus_on_page_change() {
    let location = use_location();
    let page = Memo::new(move |_| page_of(&location.pathname.read()));
    Effect::new(move |previous: Option<String>| {
        let now = page.get();
        if previous.is_some_and(|p| p != now) {
            // After the new page is in the DOM.
            request_animation_frame(focus_main);
        }
        now
    });
}

/// The page a path shows: `/certscope/` and `/certscope/index.html` are one page.
fn page_of(path: &str) -> String {
    let path = path.trim_end_matches('/');
    path.strip_suffix("/index.html").unwrap_or(path).to_owned()
}
