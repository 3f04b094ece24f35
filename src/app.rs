//! The shell: loads the embedded catalog once, provides the app's state through context
//! ([`AppState`]), and lays out every page — skip link, header, the page `leptos_router`
//! picks for the address, the compare tray with the status region, and the footer.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::browser::storage;
use crate::catalog::Catalog;
use crate::find::FindIndex;
use crate::pages;
use crate::parts::header::Header;
use crate::parts::tray::TrayBar;
use crate::route::Query;
use crate::state::{lists::Lists, theme::Theme, tray::Tray};

/// What every component may read: the catalog (immutable after load), the router base and
/// the few signals that outlive a page. All `Copy`, so closures take it by value.
#[derive(Clone, Copy)]
pub struct AppState {
    pub catalog: &'static Catalog,
    /// The search index, folded once at start-up rather than on every keystroke.
    pub index: &'static FindIndex,
    /// `/certscope` on Pages, empty at the root; every link is built from it (`route::join`).
    pub base: &'static str,
    pub tray: Tray,
    pub lists: Lists,
    /// The fit score's query as last set (`?cost=4&…`), remembered under `certscope.score`.
    pub score: RwSignal<String>,
    pub theme: Theme,
    /// The app's one polite status region (tray, lists, copy link).
    pub message: RwSignal<String>,
    /// Filters start open beside the results on wide screens and folded on phones (the CSS
    /// breakpoint of `.find`); decided once, so a resize never snaps them shut.
    pub filters_open: bool,
}

/// Where the fit score's last query is remembered.
pub const SCORE_KEY: &str = "certscope.score";

/// The app's state, provided by [`App`] to everything under it.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The query string of the current address, read by our own parser (see `route.rs`) so a page
/// can say what part of a link it ignored.
pub fn use_query() -> Memo<Query> {
    let location = use_location();
    Memo::new(move |_| Query::parse(&location.search.read()))
}

impl AppState {
    /// An absolute in-app href (`cert/x` → `/certscope/cert/x`).
    pub fn href(self, path: &str) -> String {
        crate::route::join(self.base, path)
    }
}

fn wide_screen() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w >= 832.0)
}

/// Mounts the app at the end of `<body>` (after the boot, error and update boxes of
/// `index.html`). A prerendered page (scripts/build) already holds the same markup in
/// `<div class="app">`: the app is then drawn off-screen and swapped in for it in one step, so
/// nothing moves or flashes (ARCHITECTURE.md, "Prerendered pages").
pub fn mount() {
    // The app is up: drop the "Loading…" placeholder (public/fallback.js watches for it).
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let Some(host) = document()
        .create_element("div")
        .ok()
        .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
    else {
        return;
    };
    host.set_class_name("app");
    let prerendered = document().query_selector("body > div.app").ok().flatten();
    leptos::mount::mount_to(host.clone(), App).forget();
    match (prerendered, document().body()) {
        (Some(old), _) => {
            let focused = document().active_element().map(|e| e.id());
            let _ = old.replace_with_with_node_1(&host);
            // Once the router and the pages' first effects have run, as a person's input would.
            request_animation_frame(move || carry_over(&old, focused));
        }
        (None, Some(body)) => {
            let _ = body.append_child(&host);
        }
        (None, None) => {}
    }
}

/// What the person typed on the prerendered page before the Wasm arrived (on a slow network that
/// can be seconds), and where the focus was, passed on to the app's own fields of the same id,
/// as the input event the person's own hand would have sent. Boxes ticked, sliders and number
/// fields moved meanwhile are not replayed (only their attributes are prerendered, so a changed
/// value cannot always be told from the app's own).
fn carry_over(old: &web_sys::Element, focused: Option<String>) {
    use wasm_bindgen::JsCast;
    use web_sys::HtmlInputElement;
    // Only fields a person types words into: a range or number field without a value attribute
    // reports a value of its own (a range its midpoint), which is not the person's.
    let Ok(fields) = old.query_selector_all("input[id][type=search], input[id][type=text]") else {
        return;
    };
    for field in (0..fields.length()).filter_map(|i| fields.item(i)) {
        let Some(was) = field.dyn_ref::<HtmlInputElement>() else {
            continue;
        };
        let now = document()
            .get_element_by_id(&was.id())
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        if let Some(now) = now.filter(|_| was.value() != was.default_value()) {
            now.set_value(&was.value());
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = now.dispatch_event(&event);
            }
        }
    }
    if let Some(element) = focused
        .filter(|id| !id.is_empty())
        .and_then(|id| document().get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The catalog and its search index, built once and kept for the life of the page.
fn load_catalog() -> Result<(&'static Catalog, &'static FindIndex), String> {
    let catalog: &'static Catalog =
        Box::leak(Box::new(Catalog::embedded().map_err(|e| e.to_string())?));
    let index = &*Box::leak(Box::new(FindIndex::new(
        &catalog.certifications,
        &catalog.providers,
    )));
    Ok((catalog, index))
}

impl AppState {
    /// The state of a fresh page at `base`: what this browser kept (nothing, when rendered
    /// natively by the prerender step, where storage reads give `None`).
    pub fn new(
        catalog: &'static Catalog,
        index: &'static FindIndex,
        base: &'static str,
        filters_open: bool,
    ) -> AppState {
        let message = RwSignal::new(String::new());
        AppState {
            catalog,
            index,
            base,
            tray: Tray::new(catalog, message),
            lists: Lists::new(catalog, message),
            score: RwSignal::new(storage::read(SCORE_KEY).unwrap_or_default()),
            theme: Theme::load(),
            message,
            filters_open,
        }
    }
}

/// Only a broken build gets here (a native test checks the data); say so plainly.
fn damaged(error: String) -> AnyView {
    let text = format!("The certification data in this build is damaged: {error}");
    view! {
        <main id="main">
            <h1>"CertScope could not start"</h1>
            <p>{text}</p>
        </main>
    }
    .into_any()
}

/// The app in the browser.
#[component]
pub fn App() -> impl IntoView {
    let (catalog, index) = match load_catalog() {
        Ok(loaded) => loaded,
        Err(error) => return damaged(error),
    };
    let base: &'static str =
        Box::leak(crate::browser::base::current_router_base().into_boxed_str());
    let app = AppState::new(catalog, index, base, wide_screen());
    crate::state::follow_other_tabs(app.tray, app.theme, app.lists);
    view! { <Shell app/> }.into_any()
}

/// The same app rendered to HTML by the prerender step: the page at `path` (base included) as
/// a visitor with nothing saved sees it first, filters folded (a wide screen opens them when
/// the Wasm starts, beside the results, so nothing below moves).
#[cfg(feature = "prerender")]
pub fn prerender(base: &'static str, path: &str) -> AnyView {
    let (catalog, index) = match load_catalog() {
        Ok(loaded) => loaded,
        Err(error) => return damaged(error),
    };
    provide_context(leptos_router::location::RequestUrl::new(path));
    let app = AppState::new(catalog, index, base, false);
    view! { <Shell app/> }.into_any()
}

/// Provides the state and the router around every page.
#[component]
fn Shell(app: AppState) -> impl IntoView {
    provide_context(app);
    leptos_meta::provide_meta_context();
    view! {
        // Every page's `<Title text>` gets the app's name after it, so tabs, history and screen
        // readers say where you are.
        <leptos_meta::Title formatter=|page: String| format!("{page} · CertScope")/>
        <Router base=app.base>
            <Layout/>
        </Router>
    }
}

/// Everything around the page, and the routes: one for every address in README's table.
#[component]
fn Layout() -> impl IntoView {
    let app = use_app();
    crate::parts::focus::move_focus_on_page_change();
    view! {
        <a class="skip-link" href="#main" on:click=crate::parts::focus::skip_to_main>
            "Skip to main content"
        </a>
        <Header/>
        <main id="main" tabindex="-1">
            // Hidden while scripts run, in the page and in the app alike (style.css hides the
            // controls that cannot work without them).
            <noscript>
                <p class="needs-js">
                    "Searching, filtering, comparing, scoring and saving lists need JavaScript. "
                    "Every fact and link on this page works without it."
                </p>
            </noscript>
            <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                <Route path=path!("/") view=pages::catalog::CatalogPage/>
                <Route path=path!("/index.html") view=pages::catalog::CatalogPage/>
                <Route path=path!("/cert/:id") view=pages::detail::DetailPage/>
                <Route path=path!("/compare") view=pages::compare::ComparePage/>
                <Route path=path!("/score") view=pages::score::ScorePage/>
                <Route path=path!("/advisor") view=pages::advisor::AdvisorPage/>
                <Route path=path!("/lists") view=pages::lists::ListsPage/>
            </Routes>
        </main>
        <div class="tray-wrap">
            <p class="tray-message" role="status" aria-live="polite">
                {move || app.message.get()}
            </p>
            <TrayBar/>
        </div>
        <Footer/>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let app = use_app();
    let as_of = app
        .catalog
        .newest_verified()
        .map(|d| d.to_string())
        .unwrap_or_else(|| "unknown".into());
    view! {
        <footer class="site-footer">
            <p>
                {format!(
                    "Facts verified up to {as_of}. Ratings are CertScope's own rules, explained on each page. Everything runs in your browser: no account, no tracking.",
                )}
            </p>
        </footer>
    }
}
