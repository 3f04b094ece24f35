//! The page for an address the app does not know, or a certification it does not have.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::use_app;

/// What the not-found page says: heading and sentence; `id` when a certification is missing.
pub fn words(id: Option<&str>) -> (&'static str, String) {
    match id {
        Some(id) => (
            "Certification not found",
            format!("We have no certification with the id “{id}”. It may have been renamed, or the link was cut short."),
        ),
        None => (
            "Page not found",
            "There is no page at this address. It may have been mistyped or moved.".to_owned(),
        ),
    }
}

#[component]
pub fn NotFound(#[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let app = use_app();
    let (heading, text) = words(id.as_deref());
    view! {
        <Title text=heading/>
        <div>
            <h1>{heading}</h1>
            <p>{text}</p>
            <p><a href=app.href("")>"Browse all certifications"</a></p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn not_found_names_the_id() {
        let (heading, text) = super::words(Some("<b>x</b>"));
        assert_eq!(heading, "Certification not found");
        assert!(text.contains("“<b>x</b>”"));
        assert_eq!(super::words(None).0, "Page not found");
    }
}
