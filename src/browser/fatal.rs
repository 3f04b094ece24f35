//! The last line of defence: if the Rust code ever panics, the person sees a short message
//! with a Reload button instead of a page that silently stopped responding.

use wasm_bindgen::JsCast;

/// Logs the panic to the console (for a bug report) and reveals `#fatal` from `index.html`.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(detail) = document.get_element_by_id("fatal-detail") {
            detail.set_text_content(Some(&info.to_string()));
        }
        if let Some(fatal) = document
            .get_element_by_id("fatal")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            fatal.set_hidden(false);
        }
    }));
}
