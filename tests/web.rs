//! Browser-only glue, run in headless Chromium by wasm-bindgen-test: the app mounts into a real
//! document, renders the catalog from the embedded data, and reads its base from `<base href>`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
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

/// Draws `tree` into `host` under a page-long reactive owner, as the app does.
fn mount(
    host: &web_sys::Element,
    tree: impl Fn() -> certscope::tree::Node + Send + Sync + 'static,
) {
    certscope::ui::root(|| certscope::ui::tree_view::mount(host, tree));
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
    certscope::ui::root(certscope::ui::app::mount);
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

/// In the Wasm, `json` leaves numbers other than short integers to the browser's
/// `parseFloat`; it must round them as Rust's own parser (linked into this test only) does.
#[wasm_bindgen_test]
fn browser_numbers_agree_with_rust() {
    use certscope::json::{parse, Value};
    for text in [
        "0.1",
        "-2.5e-3",
        "0.30000000000000004",
        "1e21",
        "1E+2",
        "9007199254740993",
        "-18446744073709551615",
        "123456789012345678901234567890",
        "1.7976931348623157e308",
        "2.2250738585072011e-308",
        "4.9406564584124654e-324",
        "2.4703282292062328e-324",
        "1e-400",
        "-0.0",
        "0e99999999999",
    ] {
        let want: f64 = text.parse().unwrap();
        assert_eq!(parse(text), Ok(Value::Number(want)), "{text}");
    }
    assert!(parse("1e400").is_err());
    assert!(parse("-1.8e308").is_err());
}

/// Catalog and user text inside a tree becomes text nodes, never markup.
#[wasm_bindgen_test]
async fn tree_view_renders_text_as_text() {
    use certscope::tree::el;
    let host = document().create_element("div").unwrap();
    host.set_id("tree-test");
    document().body().unwrap().append_child(&host).unwrap();
    let evil = "<img src=x onerror=\"document.title='owned'\">";
    mount(&host, move || {
        el("p")
            .attr("title", evil)
            .text(evil)
            .child(el("mark").text("ok"))
            .into()
    });
    tick().await;
    let p = host
        .query_selector("p")
        .unwrap()
        .expect("the tree is mounted");
    assert_eq!(p.text_content().unwrap(), format!("{evil}ok"));
    assert!(host.query_selector("img").unwrap().is_none());
    assert_eq!(p.get_attribute("title").unwrap(), evil);
    assert_eq!(host.query_selector_all("mark").unwrap().length(), 1);
}

/// Patching a drawn tree into another gives exactly the DOM a fresh drawing gives, for many
/// random pairs of trees (keyed and unkeyed children, text and elements, moved and removed).
/// Random trees, each a mutation of the one before (children inserted, removed, swapped and
/// changed, classes of one or more words changed, keys sometimes repeated), patched in place:
/// after every step the DOM equals a fresh drawing of the same tree, text node by text node.
#[wasm_bindgen_test]
async fn tree_patches_equal_fresh_drawings() {
    use certscope::tree::{el, Node};
    use leptos::prelude::*;

    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
        fn key(&mut self, node: &mut Node) {
            if let (Node::Element(e), 0) = (node, self.next(2)) {
                e.attrs.push(("data-key", format!("k{}", self.next(4))));
            }
        }
    }
    const CLASSES: [&str; 5] = ["x", "y", "x z", "y z", "x y"];
    fn leaf(r: &mut Lcg) -> Node {
        Node::Text(["a", "bb", "", "ccc"][r.next(4) as usize].into())
    }
    fn tree(r: &mut Lcg, depth: u32) -> Node {
        if depth == 0 || r.next(4) == 0 {
            return leaf(r);
        }
        let mut e = el(["div", "p", "mark", "span"][r.next(4) as usize]);
        if r.next(2) == 0 {
            e = e.attr("class", CLASSES[r.next(5) as usize]);
        }
        for _ in 0..r.next(6) {
            let mut child = tree(r, depth - 1);
            r.key(&mut child);
            e = e.child(child);
        }
        e.into()
    }
    fn mutate(r: &mut Lcg, node: &Node, depth: u32) -> Node {
        let Node::Element(e) = node else {
            return if r.next(3) == 0 {
                leaf(r)
            } else {
                node.clone()
            };
        };
        if r.next(10) == 0 {
            return tree(r, depth);
        }
        let mut e = e.clone();
        if r.next(4) == 0 {
            e.attrs.retain(|(name, _)| *name != "class");
            if r.next(2) == 0 {
                e.attrs.push(("class", CLASSES[r.next(5) as usize].into()));
            }
        }
        let depth = depth.saturating_sub(1);
        let mut kids: Vec<Node> = e.children.iter().map(|c| mutate(r, c, depth)).collect();
        for _ in 0..r.next(3) {
            let len = kids.len() as u64;
            match r.next(3) {
                0 if len > 0 => {
                    kids.remove(r.next(len) as usize);
                }
                1 => {
                    let mut child = tree(r, depth);
                    r.key(&mut child);
                    kids.insert(r.next(len + 1) as usize, child);
                }
                _ if len > 1 => kids.swap(r.next(len) as usize, r.next(len) as usize),
                _ => {}
            }
        }
        e.children = kids;
        e.into()
    }
    /// The DOM with every node boundary visible (`innerHTML` hides empty and adjacent text).
    fn serialise(node: &web_sys::Node, out: &mut String) {
        let Some(e) = node.dyn_ref::<web_sys::Element>() else {
            out.push_str(&format!("{:?}", node.text_content().unwrap_or_default()));
            return;
        };
        let names = e.get_attribute_names();
        let mut attrs: Vec<String> = (0..names.length())
            .filter_map(|i| names.get(i).as_string())
            .filter(|name| name != "id")
            .map(|name| format!("{name}={:?}", e.get_attribute(&name).unwrap_or_default()))
            .collect();
        attrs.sort();
        out.push_str(&format!("<{} {}>", e.tag_name(), attrs.join(" ")));
        let children = node.child_nodes();
        for i in 0..children.length() {
            serialise(&children.item(i).unwrap(), out);
        }
        out.push_str("</>");
    }
    let host = |id: String| {
        let host = document().create_element("div").unwrap();
        host.set_id(&id);
        document().body().unwrap().append_child(&host).unwrap();
        host
    };
    for seed in 0..4u64 {
        let mut r = Lcg(seed * 7919 + 3);
        let mut previous: Node = el("div")
            .child(tree(&mut r, 4))
            .child(tree(&mut r, 4))
            .child(tree(&mut r, 4))
            .into();
        let current = RwSignal::new(previous.clone());
        let patched = host(format!("patched-{seed}"));
        mount(&patched, move || current.get());
        let mut compared = 0;
        for round in 0..200 {
            tick().await;
            let mut next = mutate(&mut r, &previous, 5);
            // Keep the drawing from withering to a leaf: the root stays a <div> with at
            // least three subtrees.
            if !matches!(&next, Node::Element(e) if e.tag == "div") {
                next = el("div").child(next).into();
            }
            if let Node::Element(e) = &mut next {
                while e.children.len() < 3 {
                    e.children.push(tree(&mut r, 4));
                }
            }
            current.set(next.clone());
            tick().await;
            let fresh = host(format!("fresh-{seed}-{round}"));
            let drawn = next.clone();
            mount(&fresh, move || drawn.clone());
            tick().await;
            let (mut a, mut b) = (String::new(), String::new());
            serialise(&patched, &mut a);
            serialise(&fresh, &mut b);
            assert_eq!(a, b, "seed {seed}, round {round}");
            // Guard against comparing two near-empty drawings.
            if a.matches('<').count() > 6 {
                compared += 1;
            }
            fresh.remove();
            previous = next;
        }
        assert!(
            compared > 100,
            "seed {seed}: only {compared} rounds drew much"
        );
    }
}

/// A field's value follows the tree when the tree's value changes, and only then: what the
/// person typed is not overwritten by a redraw that did not change it (the URL trims a search,
/// and writing that back would eat a typed space). A select takes its value after its options.
#[wasm_bindgen_test]
async fn tree_view_syncs_field_values_only_when_the_tree_changes_them() {
    use certscope::tree::{el, Node};
    use leptos::prelude::*;
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let value = RwSignal::new(("a".to_owned(), 0u32));
    let draw = move || -> Node {
        let (v, _) = value.get();
        el("div")
            .child(el("input").attr("id", "field").attr("value", v.as_str()))
            .child(
                el("select")
                    .attr("value", "two")
                    .child(el("option").attr("value", "one").text("One"))
                    .child(el("option").attr("value", "two").text("Two")),
            )
            .into()
    };
    mount(&host, draw);
    tick().await;
    let input: web_sys::HtmlInputElement = host
        .query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let select = host.query_selector("select").unwrap().unwrap();
    let select_value = js_sys::Reflect::get(&select, &"value".into()).unwrap();
    assert_eq!(input.value(), "a");
    assert_eq!(select_value.as_string().as_deref(), Some("two"));
    input.set_value("a typed ");
    // A redraw with the same value leaves the typing alone.
    value.set(("a".to_owned(), 1));
    tick().await;
    assert_eq!(input.value(), "a typed ");
    // A new value (Back, a pasted link) replaces it.
    value.set(("b".to_owned(), 2));
    tick().await;
    assert_eq!(input.value(), "b");
}

/// A section that comes and goes beside others leaves them alone: the results list is not
/// drawn over by a chips list that appears before it, and an element holding focus is never
/// moved (moving blurs it, and restoring focus costs a layout of the whole page).
#[wasm_bindgen_test]
async fn tree_view_keeps_siblings_when_a_section_comes_and_goes() {
    use certscope::tree::{el, Node};
    use leptos::prelude::*;
    use std::{cell::Cell, rc::Rc};
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let chips = RwSignal::new(false);
    mount(&host, move || -> Node {
        let on = chips.get();
        let mut group = el("fieldset");
        if on {
            group = group.child(el("a").class("link-button").text("Clear"));
        }
        let group = group.child(
            el("div")
                .class(if on { "option zero" } else { "option" })
                .child(el("input").attr("id", "kept-box").attr("type", "checkbox")),
        );
        let mut results = el("div");
        if on {
            results = results.child(el("ul").class("chips").child(el("li").text("chip")));
        }
        let cards = (0..3).map(|i| el("li").attr("data-key", format!("c{i}")).text("card"));
        el("div")
            .child(group)
            .child(results.child(el("ul").class("cards").children(cards)))
            .into()
    });
    tick().await;
    let cards = host.query_selector("ul.cards").unwrap().unwrap();
    let first_card = cards.first_element_child().unwrap();
    let input: web_sys::HtmlElement = document()
        .get_element_by_id("kept-box")
        .unwrap()
        .dyn_into()
        .unwrap();
    input.focus().unwrap();
    let blurs = Rc::new(Cell::new(0));
    let counter = blurs.clone();
    let on_blur =
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || counter.set(counter.get() + 1));
    input
        .add_event_listener_with_callback("blur", on_blur.as_ref().unchecked_ref())
        .unwrap();
    for on in [true, false, true] {
        chips.set(on);
        tick().await;
        let now = host.query_selector("ul.cards").unwrap().unwrap();
        assert!(
            now.is_same_node(Some(&cards)),
            "cards list rebuilt (chips {on})"
        );
        assert!(now
            .first_element_child()
            .unwrap()
            .is_same_node(Some(&first_card)));
        assert_eq!(
            host.query_selector_all("ul.chips").unwrap().length(),
            u32::from(on)
        );
        assert_eq!(
            host.query_selector_all("a").unwrap().length(),
            u32::from(on)
        );
        let option = input.parent_element().unwrap();
        assert_eq!(
            option.class_name(),
            if on { "option zero" } else { "option" }
        );
    }
    assert_eq!(blurs.get(), 0, "the focused box was moved");
    assert!(document()
        .active_element()
        .is_some_and(|a| a.is_same_node(Some(&input))));
    drop(on_blur);
}
