//! Being rewritten as components (issue 16).

use leptos::prelude::*;

#[component]
pub fn ListsPage() -> impl IntoView {
    view! { <h1>"lists"</h1> }
}
