//! Copying a link. `navigator.clipboard` is missing on plain-HTTP pages and may refuse
//! (permissions, focus); the caller is told which, so it never claims a copy that did not happen.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard and waits for the browser's answer: `true` only once the
/// clipboard promise resolved.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // `clipboard` is `undefined` outside secure contexts; web-sys would hand us a bad object.
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let clipboard: web_sys::Clipboard = navigator.clipboard().unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
