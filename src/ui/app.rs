//! The shell: loads the embedded catalog once, provides it and the router as context, and lays
//! out the header, navigation, the current page and the footer.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::catalog::Catalog;
use crate::find::FindIndex;
use crate::present::header;
use crate::route::Route;
use crate::ui::base::{current_router_base, RouterBase};
use crate::ui::pages::{
    catalog::CatalogPage, compare::ComparePage, detail::DetailPage, not_found::NotFoundPage,
};
use crate::ui::router::Router;
use crate::ui::theme::{label, Theme};
use crate::ui::tray::{tray_bar, Tray};
use crate::ui::tree_view::tree_view;

/// The catalog, loaded once and never changed: a `'static` borrow is cheap to copy into every
/// closure and cannot go stale.
#[derive(Clone, Copy)]
pub struct CatalogContext(pub &'static Catalog);

pub fn use_catalog() -> &'static Catalog {
    expect_context::<CatalogContext>().0
}

/// The search index, folded once at start-up rather than on every keystroke.
#[derive(Clone, Copy)]
pub struct FindIndexContext(pub &'static FindIndex);

pub fn use_find_index() -> &'static FindIndex {
    expect_context::<FindIndexContext>().0
}

#[component]
pub fn App() -> impl IntoView {
    // The app is up: drop the "Loading…" placeholder (public/fallback.js watches for it).
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    match Catalog::embedded() {
        Ok(catalog) => {
            let catalog: &'static Catalog = Box::leak(Box::new(catalog));
            let index = FindIndex::new(&catalog.certifications, &catalog.providers);
            provide_context(CatalogContext(catalog));
            provide_context(FindIndexContext(Box::leak(Box::new(index))));
            Either::Left(Shell())
        }
        // Only a broken build gets here (a native test checks the data); say so plainly.
        Err(error) => Either::Right(view! {
            <main id="main">
                <h1>"CertScope could not start"</h1>
                <p>"The certification data in this build is damaged: " {error.to_string()}</p>
            </main>
        }),
    }
}

/// Moves focus to `<main>` without changing the URL: the skip link must not navigate, since a
/// bare `#main` resolves against `<base href>` to the catalog.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

#[component]
fn Shell() -> impl IntoView {
    let catalog = use_catalog();
    let base: &'static str = Box::leak(current_router_base().into_boxed_str());
    provide_context(RouterBase(base));
    let router = Router::provide(base);
    let tray = Tray::provide();
    let theme = Theme::provide();
    let as_of = catalog
        .newest_verified()
        .map(|d| d.to_string())
        .unwrap_or_else(|| "unknown".into());
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to main content"</a>
        <div on:click=move |ev| {
            let toggle = event_target::<web_sys::Element>(&ev).closest("[data-theme-toggle]");
            if matches!(toggle, Ok(Some(_))) {
                theme.next();
            }
        }>
            {tree_view(move || header(base, &router.route.read(), &tray.ids.read(), label(theme.0.get())))}
        </div>
        <main id="main" tabindex="-1">
            {move || match router.route.get() {
                Route::Catalog => EitherOf4::A(CatalogPage()),
                Route::Detail(id) => EitherOf4::B(view! { <DetailPage id=id /> }),
                Route::Compare => EitherOf4::C(ComparePage()),
                Route::NotFound => EitherOf4::D(NotFoundPage()),
            }}
        </main>
        {tray_bar()}
        <footer class="site-footer">
            <p>{format!("Facts verified up to {as_of}. Ratings are CertScope's own rules, explained on each page. Everything runs in your browser: no account, no tracking.")}</p>
        </footer>
    }
}
