//! Being rewritten as components (issue 16).

use leptos::prelude::*;

#[component]
pub fn ScorePage() -> impl IntoView {
    view! { <h1>"score"</h1> }
}
