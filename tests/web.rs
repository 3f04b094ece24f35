//! Browser-only glue, run in headless Chromium by wasm-bindgen-test: the app mounts into a real
//! document, renders the catalog from the embedded data, and reads its base from `<base href>`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the reactive system run what a change scheduled (effects run as microtasks).
async fn tick() {
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
        .await
        .unwrap();
}

#[wasm_bindgen_test]
fn router_base_of_the_test_page_is_root_or_a_path() {
    let base = certscope::browser::base::current_router_base();
    assert!(!base.ends_with('/'), "{base}");
    assert!(base.is_empty() || base.starts_with('/'), "{base}");
}

#[wasm_bindgen_test]
async fn app_mounts_and_lists_the_catalog() {
    let catalog = certscope::catalog::Catalog::embedded().unwrap();
    // Stored text with markup in it: a list name the "Save to a list" menus show.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(
            "certscope.lists",
            r#"{"version":2,"lists":[{"id":"l1","name":"<b>bold</b>","note":"","items":[],"revision":1}]}"#,
        )
        .unwrap();
    certscope::app::mount();
    // Let the reactive system run its first effects.
    tick().await;
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
    // At most the first 60 until "Show all".
    assert_eq!(cards, shown.min(certscope::pages::catalog::SHOWN));
    assert_eq!(doc.title(), "AI and ML certifications · CertScope");
    // User text is text: the list name appears as typed, and no element came of it.
    let main = doc.query_selector("main").unwrap().unwrap();
    assert!(main.query_selector("b").unwrap().is_none());
    assert!(main.text_content().unwrap().contains("Add to <b>bold</b>"));
    storage.remove_item("certscope.lists").unwrap();
}

/// The browser folds search text with its own Unicode tables; it must agree with the
/// `unicode-normalization` crate that native code and the tests use.
#[wasm_bindgen_test]
fn browser_fold_agrees_with_the_crate() {
    use certscope::find::{fold, fold_with_crate};
    let catalog = certscope::catalog::Catalog::embedded().unwrap();
    let mut corpus: Vec<String> = [
        "Certifié",
        "ÀÉÎÕÜ ç ñ",
        "Ångström",
        "Straße",
        "İstanbul",
        "Ελληνικά",
        "ǅemal",
        "Ｆｕｌｌｗｉｄｔｈ",
        "Crème brûlée",
        "naïve café",
        "Zürich ŁÓDŹ",
        "e\u{301}",
        "日本語 テスト",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for cert in &catalog.certifications {
        corpus.push(cert.name.clone());
        corpus.extend(cert.aliases.iter().cloned());
    }
    for provider in &catalog.providers {
        corpus.push(provider.name.clone());
    }
    for text in &corpus {
        assert_eq!(fold(text), fold_with_crate(text), "folding {text:?}");
    }
}
