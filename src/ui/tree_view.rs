//! Mounts a `crate::tree::Node` as real DOM: `createElement`, `setAttribute`, text nodes. Never
//! `innerHTML`, so no catalog or user text can become markup. In-app links inside work like any
//! other: the router intercepts clicks on same-origin `<a>` elements.
//!
//! When the tree changes, the DOM is patched, not rebuilt: elements in the same place with the
//! same tag are kept and only changed text and attributes are written. A keystroke in the
//! search then touches a few counts and cards, not the whole page, and focus stays where it is.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Document;

use crate::tree::{Element, Node};

/// Shows `tree()` inside `host` and patches it whenever a signal `tree` reads changes.
/// Inputs, selects and textareas take their `value` attribute as their value property too.
///
/// The effect is a thread-safe one that finds its host by id: a local effect or a captured
/// DOM node would bring Leptos' thread checks (`SendWrapper`) into the Wasm, measured at
/// about 1.5 KB brotli. Call inside a reactive owner (see [`crate::ui::root`]).
pub fn mount(host: &web_sys::Element, tree: impl Fn() -> Node + Send + Sync + 'static) {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    if host.id().is_empty() {
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        host.set_id(&format!("tree-{n}"));
    }
    run(host.id(), Box::new(tree));
}

// One non-generic body for every caller: each generic copy of the effect cost Wasm bytes.
fn run(id: String, tree: Box<dyn Fn() -> Node + Send + Sync>) {
    Effect::new_sync(move |previous: Option<Option<Node>>| {
        let node = tree();
        let doc = document();
        let host = doc.get_element_by_id(&id)?;
        // Moving an element in the DOM blurs it: remember what had focus and give it back.
        let focused = doc
            .active_element()
            .filter(|a| host.contains(Some(a)))
            .map(|a| a.id())
            .filter(|id| !id.is_empty());
        match (previous.flatten(), host.first_child()) {
            (Some(old), Some(dom)) => {
                if let Some(replacement) = patch(&doc, &dom, &old, &node) {
                    let _ = host.replace_child(&replacement, &dom);
                }
            }
            _ => {
                host.set_text_content(None);
                let _ = host.append_child(&build(&doc, &node));
            }
        }
        if let Some(id) = focused {
            let lost = doc.active_element().is_none_or(|a| a.id() != id);
            if let Some(el) = doc.get_element_by_id(&id).filter(|_| lost) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
        Some(node)
    });
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
                // After the children: a `<select>` can only take a value its options offer.
                if let Some(value) = e.get("value") {
                    set_value(&element, value);
                }
                element.into()
            }
            // Tags are literals in our own code; should one ever be invalid, show its text.
            Err(_) => doc.create_text_node(&node.text_content()).into(),
        },
    }
}

/// Brings `dom` (drawn from `old`) up to `new`. Returns a replacement node when `dom` cannot
/// be reused (a different tag, or text where an element was).
fn patch(doc: &Document, dom: &web_sys::Node, old: &Node, new: &Node) -> Option<web_sys::Node> {
    // An unchanged subtree costs a comparison in Rust and no call into the DOM: a keystroke
    // redraws the whole page, and most of it stays the same. (A box the person ticked against
    // the tree is put back by whoever refused it, see `ui::events`.)
    if old == new {
        return None;
    }
    match (old, new) {
        (Node::Text(a), Node::Text(b)) => {
            if a != b {
                dom.set_text_content(Some(b));
            }
            None
        }
        (Node::Element(a), Node::Element(b)) if a.tag == b.tag => {
            let element = dom.dyn_ref::<web_sys::Element>()?;
            patch_attrs(element, a, b);
            patch_children(doc, dom, &a.children, &b.children);
            None
        }
        _ => Some(build(doc, new)),
    }
}

/// Children with a `data-key` are matched by key (so a list that gains an item in front does
/// not rewrite every item after it); others in order among the unkeyed ones of the same shape
/// (tag and first class). The shape matters when a section comes and goes: the chips list
/// appearing above the results must not be drawn into the old results list, which would then
/// be rebuilt card by card.
///
/// Old children that are not reused are removed before anything is placed, so kept ones stay
/// where they are unless their order among themselves changed: moving an element that holds
/// focus blurs it, and bringing focus back costs a forced layout of the whole page (seen in a
/// trace as most of a facet click).
fn patch_children(doc: &Document, dom: &web_sys::Node, old: &[Node], new: &[Node]) {
    let mut olds: Vec<Option<(web_sys::Node, &Node)>> = Vec::with_capacity(old.len());
    let mut child = dom.first_child();
    for o in old {
        let Some(c) = child else { break };
        child = c.next_sibling();
        olds.push(Some((c, o)));
    }
    // Anything past what the old tree drew is not ours to keep.
    while let Some(extra) = child {
        child = extra.next_sibling();
        let _ = dom.remove_child(&extra);
    }
    // Each new child takes the first old one still free that it can be patched from, so
    // children of one shape keep their order.
    let mut matched: Vec<Option<(web_sys::Node, &Node)>> = Vec::with_capacity(new.len());
    for n in new {
        let (k, s) = (key(n), shape(n));
        let found = olds.iter().position(|o| {
            o.as_ref()
                .is_some_and(|(_, o)| key(o) == k && (k.is_some() || shape(o) == s))
        });
        matched.push(found.and_then(|i| olds[i].take()));
    }
    for (c, _) in olds.into_iter().flatten() {
        let _ = dom.remove_child(&c);
    }
    let mut at = dom.first_child();
    for (n, kept) in new.iter().zip(matched) {
        let node = match kept {
            Some((c, o)) => match patch(doc, &c, o, n) {
                Some(replacement) => {
                    let _ = dom.replace_child(&replacement, &c);
                    if at.as_ref() == Some(&c) {
                        at = Some(replacement.clone());
                    }
                    replacement
                }
                None => c,
            },
            None => build(doc, n),
        };
        // `at` is where the next child belongs; a node already there stays put.
        if at.as_ref() == Some(&node) {
            at = node.next_sibling();
        } else {
            let _ = dom.insert_before(&node, at.as_ref());
        }
    }
}

fn key(n: &Node) -> Option<&str> {
    match n {
        Node::Element(e) => e.get("data-key"),
        Node::Text(_) => None,
    }
}

/// What an unkeyed child must share with an old one to be patched from it: text with text, or
/// the same tag and first class (a class after the first may change, as `option zero` does).
fn shape(n: &Node) -> Option<(&str, &str)> {
    match n {
        Node::Element(e) => Some((
            e.tag,
            e.get("class")
                .and_then(|c| c.split(' ').next())
                .unwrap_or(""),
        )),
        Node::Text(_) => None,
    }
}

fn patch_attrs(element: &web_sys::Element, old: &Element, new: &Element) {
    for (name, value) in &new.attrs {
        if old.get(name) != Some(value.as_str()) {
            let _ = element.set_attribute(name, value);
        }
    }
    for (name, _) in &old.attrs {
        if new.get(name).is_none() {
            let _ = element.remove_attribute(name);
        }
    }
    // A box the person ticked has its `checked` property set, which the attribute no longer
    // controls: make the property say what the tree says.
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_checked(new.get("checked").is_some());
    }
    // Likewise a field's `value` once edited. Written only when the tree's value changed, as
    // Leptos' `prop:value` does: the URL trims a search, and writing that back while the
    // person types a space would eat the space.
    if let Some(value) = new.get("value").filter(|v| old.get("value") != Some(*v)) {
        set_value(element, value);
    }
}

/// Sets the `value` property of an input, select or textarea (one code path for all three).
fn set_value(element: &web_sys::Element, value: &str) {
    if matches!(element.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
        let _ = js_sys::Reflect::set(element, &"value".into(), &value.into());
    }
}
