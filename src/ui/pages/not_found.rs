//! What a person sees for a path or a certification id the app does not know.

use leptos::prelude::*;

use crate::ui::base::link;
use crate::ui::parts::title::use_title;

/// Shown for any unknown path.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    use_title(|| "Page not found".into());
    view! {
        <h1>"Page not found"</h1>
        <p>"There is no page at this address. It may have been mistyped or moved."</p>
        <p><a href=link("")>"Browse all certifications"</a></p>
    }
}
