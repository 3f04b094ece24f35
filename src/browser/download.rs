//! Saving a file the app made (an export, a backup) through a `Blob` made at the click: no
//! `data:` URL, so there is no size limit but the browser's memory, and nothing is rebuilt
//! while the page is only drawn.

use wasm_bindgen::JsCast;

/// Offers `body` as a download named `name`. Returns false when the browser refused (the
/// caller says so).
pub fn save(name: &str, mime: &str, body: &str) -> bool {
    try_save(name, mime, body).is_some()
}

fn try_save(name: &str, mime: &str, body: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&body.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    // Kept out of the page: the router never sees this click, and nothing flashes.
    link.click();
    // The browser has taken the blob once the click is handled; a later revoke frees it.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Some(())
}
