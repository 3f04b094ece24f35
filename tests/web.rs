//! Browser-only glue, run in headless Chromium by wasm-bindgen-test: the app mounts into a real
//! document, renders the catalog from the embedded data, and reads its base from `<base href>`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn router_base_of_the_test_page_is_root_or_a_path() {
    let base = certscope::ui::base::current_router_base();
    assert!(!base.ends_with('/'), "{base}");
    assert!(base.is_empty() || base.starts_with('/'), "{base}");
}

#[wasm_bindgen_test]
async fn app_mounts_and_lists_the_catalog() {
    let catalog = certscope::catalog::Catalog::embedded().unwrap();
    leptos::mount::mount_to_body(certscope::ui::app::App);
    // Let the reactive system run its first effects.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
        .await
        .unwrap();
    let doc = document();
    let h1 = doc.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(
        h1.text_content().unwrap(),
        "AI and machine-learning certifications"
    );
    let cards = doc.query_selector_all("main li.card").unwrap().length() as usize;
    let shown = catalog
        .certifications
        .iter()
        .filter(|c| c.status.state != certscope::catalog::StatusState::Retired)
        .count();
    assert_eq!(cards, shown);
    assert_eq!(doc.title(), "AI and ML certifications · CertScope");
}
