//! Being rewritten as components (issue 16).

use leptos::prelude::*;

#[component]
pub fn AdvisorPage() -> impl IntoView {
    view! { <h1>"advisor"</h1> }
}
