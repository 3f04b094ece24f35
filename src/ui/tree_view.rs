//! Mounts a `crate::tree::Node` as real DOM: `createElement`, `setAttribute`, text nodes. Never
//! `innerHTML`, so no catalog or user text can become markup. In-app links inside work like any
//! other: the router intercepts clicks on same-origin `<a>` elements.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Document;

use crate::tree::Node;

/// A view that shows `tree()` and rebuilds it whenever a signal `tree` reads changes.
pub fn tree_view(tree: impl Fn() -> Node + 'static) -> impl IntoView {
    // One non-generic body for every caller: each generic copy of the effect cost Wasm bytes.
    mount(Box::new(tree))
}

fn mount(tree: Box<dyn Fn() -> Node>) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let node = tree();
        if let Some(host) = host.get() {
            let doc = document();
            // Redrawing must not drop keyboard focus: remember the focused element's id and
            // focus its successor (tree controls that can hold focus carry stable ids).
            let focused = doc
                .active_element()
                .filter(|a| host.contains(Some(a)))
                .map(|a| a.id())
                .filter(|id| !id.is_empty());
            host.set_text_content(None);
            let _ = host.append_child(&build(&doc, &node));
            if let Some(next) = focused.and_then(|id| doc.get_element_by_id(&id)) {
                if let Ok(next) = next.dyn_into::<web_sys::HtmlElement>() {
                    let _ = next.focus();
                }
            }
        }
    });
    view! { <div class="tree" node_ref=host></div> }
}

fn build(doc: &Document, node: &Node) -> web_sys::Node {
    match node {
        Node::Text(text) => doc.create_text_node(text).into(),
        Node::Element(e) => match doc.create_element(e.tag) {
            Ok(element) => {
                for (name, value) in &e.attrs {
                    let _ = element.set_attribute(name, value);
                }
                for child in &e.children {
                    let _ = element.append_child(&build(doc, child));
                }
                element.into()
            }
            // Tags are literals in our own code; should one ever be invalid, show its text.
            Err(_) => doc.create_text_node(&node.text_content()).into(),
        },
    }
}
