//! Mounts a `crate::tree::Node` as real DOM: `createElement`, `setAttribute`, text nodes. Never
//! `innerHTML`, so no catalog or user text can become markup. In-app links inside work like any
//! other: the router intercepts clicks on same-origin `<a>` elements.

use leptos::prelude::*;
use web_sys::Document;

use crate::tree::Node;

/// A view that shows `tree()` and rebuilds it whenever a signal `tree` reads changes.
pub fn tree_view(tree: impl Fn() -> Node + 'static) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let node = tree();
        if let Some(host) = host.get() {
            let doc = document();
            host.set_text_content(None);
            let _ = host.append_child(&build(&doc, &node));
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
