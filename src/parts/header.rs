//! The site header: brand, the main navigation (the current page marked for assistive tech by
//! `<A>`'s `aria-current`) and the theme button, which says the current choice.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::use_app;
use crate::parts::compare_href;
use crate::state::theme::label;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let compare = move || {
        compare_href(
            app.base,
            &app.tray.ids.get(),
            crate::compare::DEFAULT_MONTHS,
            false,
        )
    };
    // The person's own priorities come back with the link.
    let score = move || app.href(&format!("score{}", app.score.get()));
    view! {
        <header class="site-header">
            <a class="brand" href=app.href("")>
                <span aria-hidden="true" class="brand-mark">"◎"</span>
                " CertScope"
            </a>
            <nav aria-label="Main">
                <ul>
                    <li><A href=app.href("") exact=true>"Catalog"</A></li>
                    <li><A href=compare exact=true>"Compare"</A></li>
                    <li><A href=score exact=true>"Fit score"</A></li>
                    <li><A href=app.href("lists") exact=true>"Lists"</A></li>
                    <li><A href=app.href("advisor") exact=true>"Advisor"</A></li>
                </ul>
            </nav>
            <ThemeToggle/>
        </header>
    }
}

#[component]
fn ThemeToggle() -> impl IntoView {
    let app = use_app();
    view! {
        <button
            type="button"
            class="theme-toggle"
            id="theme"
            on:click=move |_| app.theme.next()
        >
            {move || label(app.theme.0.get())}
        </button>
    }
}
