//! Being rewritten as components (issue 16).

use leptos::prelude::*;

#[component]
pub fn ComparePage() -> impl IntoView {
    view! { <h1>"compare"</h1> }
}
