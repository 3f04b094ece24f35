//! Being rewritten as components (issue 16).

use leptos::prelude::*;

#[component]
pub fn DetailPage() -> impl IntoView {
    view! { <h1>"detail"</h1> }
}
