//! Browser-only glue, run in headless Chromium by wasm-bindgen-test: the app mounts into a real
//! document, renders the catalog from the embedded data, and reads its base from `<base href>`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
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

/// Catalog and user text inside a tree becomes text nodes, never markup.
#[wasm_bindgen_test]
async fn tree_view_renders_text_as_text() {
    use certscope::tree::el;
    let host = document().create_element("div").unwrap();
    host.set_id("tree-test");
    document().body().unwrap().append_child(&host).unwrap();
    let html = host.clone().dyn_into::<web_sys::HtmlElement>().unwrap();
    let evil = "<img src=x onerror=\"document.title='owned'\">";
    let _ = leptos::mount::mount_to(html, move || {
        certscope::ui::tree_view::tree_view(move || {
            el("p")
                .attr("title", evil)
                .text(evil)
                .child(el("mark").text("ok"))
                .into()
        })
    })
    .forget();
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
        .await
        .unwrap();
    let p = host
        .query_selector("p")
        .unwrap()
        .expect("the tree is mounted");
    assert_eq!(p.text_content().unwrap(), format!("{evil}ok"));
    assert!(host.query_selector("img").unwrap().is_none());
    assert_eq!(p.get_attribute("title").unwrap(), evil);
    assert_eq!(host.query_selector_all("mark").unwrap().length(), 1);
}
