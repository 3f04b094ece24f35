//! A plain HTML tree for content that is read, not edited: the detail page, result cards, the
//! comparison table. Pure functions build it (and native tests read it); `ui::tree_view` turns it
//! into DOM nodes with `createElement` and text nodes — never `innerHTML`, so catalog text and
//! user text can only ever be text.
//!
//! Why not `view!` everywhere: every distinct Leptos view shape is its own generic type, and
//! measured here each costs 1–2 KB of brotli'd Wasm (the detail page alone was 9.7 KB). A tree is
//! one type, so a page of static content costs only the calls that build it.

/// One node: an element or a run of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Element(Element),
}

/// An element, boxed: builders pass it by value hundreds of times per page, and moving one
/// pointer is much less Wasm than copying the whole struct at every call (measured: see the
/// README's size table). Its fields are read through `Deref`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element(Box<ElementData>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementData {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

impl std::ops::Deref for Element {
    type Target = ElementData;
    fn deref(&self) -> &ElementData {
        &self.0
    }
}

impl std::ops::DerefMut for Element {
    fn deref_mut(&mut self) -> &mut ElementData {
        &mut self.0
    }
}

/// An element with no attributes or children yet: `el("p").text("Hello")`.
// The builders are never inlined: a page is hundreds of these calls, and inlined copies cost
// Wasm bytes (measured: 1.2 KB brotli).
#[inline(never)]
pub fn el(tag: &'static str) -> Element {
    Element(Box::new(ElementData {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }))
}

impl Element {
    #[inline(never)]
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Element {
        self.0.attrs.push((name, value.into()));
        self
    }

    #[inline(never)]
    pub fn class(self, class: &'static str) -> Element {
        self.attr("class", class)
    }

    #[inline(never)]
    pub fn child(mut self, child: impl Into<Node>) -> Element {
        self.0.children.push(child.into());
        self
    }

    pub fn children<N: Into<Node>>(mut self, children: impl IntoIterator<Item = N>) -> Element {
        self.0.children.extend(children.into_iter().map(Into::into));
        self
    }

    #[inline(never)]
    pub fn text(self, text: impl Into<String>) -> Element {
        self.child(Node::Text(text.into()))
    }

    /// The value of an attribute, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Node {
    /// All text inside, in document order: what a test or a screen reader would read.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        match self {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) => e.children.iter().for_each(|c| c.collect_text(out)),
        }
    }

    /// Every element with this tag, depth first.
    pub fn find_all(&self, tag: &str) -> Vec<&Element> {
        let mut found = Vec::new();
        self.walk(&mut |e| {
            if e.tag == tag {
                found.push(e);
            }
        });
        found
    }

    fn walk<'a>(&'a self, visit: &mut impl FnMut(&'a Element)) {
        if let Node::Element(e) = self {
            visit(e);
            e.children.iter().for_each(|c| c.walk(visit));
        }
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

impl From<String> for Node {
    fn from(text: String) -> Node {
        Node::Text(text)
    }
}

impl From<&str> for Node {
    fn from(text: &str) -> Node {
        Node::Text(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_reads_back() {
        let tree: Node = el("p")
            .class("x")
            .text("a ")
            .child(el("mark").text("b"))
            .children(["c", "d"])
            .into();
        assert_eq!(tree.text_content(), "a bcd");
        assert_eq!(tree.find_all("mark").len(), 1);
        let Node::Element(p) = &tree else { panic!() };
        assert_eq!(p.get("class"), Some("x"));
        assert_eq!(p.get("id"), None);
    }

    #[test]
    fn markup_in_text_stays_text() {
        let tree: Node = el("p").text("<script>alert(1)</script>").into();
        assert!(tree.find_all("script").is_empty());
        assert_eq!(tree.text_content(), "<script>alert(1)</script>");
    }
}
