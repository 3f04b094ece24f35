//! Being rewritten as components (issue 16).

use leptos::prelude::*;

#[component]
pub fn CatalogPage() -> impl IntoView {
    view! { <h1>"catalog"</h1> }
}
