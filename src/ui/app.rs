//! The shell: loads the embedded catalog once, builds the app's few signals ([`App`]) and draws
//! the whole page — skip link, header, the current page, the compare tray and the footer — as
//! one tree (`crate::tree`) that `ui::tree_view` patches into the DOM. Events are handled by
//! `ui::events`, one listener per event type.
//!
//! Why one tree and not Leptos components: every distinct `view!` shape is its own generic
//! type, and measured here each cost 1–2 KB of brotli'd Wasm. With the pages as plain trees the
//! app keeps Leptos for its reactive core — signals and an effect under one owner — inside a
//! 120 KB budget. Nothing is a memo: any change redraws the one tree, and the patcher skips
//! what did not change.

use leptos::prelude::*;

use crate::catalog::Catalog;
use crate::compare::View;
use crate::find::{run, search_words, FindIndex, FindQuery};
use crate::present::{self, catalog::Found};
use crate::route::{join, Query, Route};
use crate::score::{self, Profile};
use crate::tree::{el, Element, Node};
use crate::ui::base::current_router_base;
use crate::ui::cards::Cards;
use crate::ui::events;
use crate::ui::lists::Lists;
use crate::ui::router::{after_paint, Router};
use crate::ui::storage;
use crate::ui::theme::{label, Theme};
use crate::ui::tray::Tray;
use crate::ui::tree_view;

/// Everything the app holds. All `Copy`: the catalog and index are loaded once and leaked, so
/// a `'static` borrow is cheap to copy into every closure and cannot go stale.
#[derive(Clone, Copy)]
pub struct App {
    pub catalog: &'static Catalog,
    /// The search index, folded once at start-up rather than on every keystroke.
    pub index: &'static FindIndex,
    /// `/certscope` on Pages, empty at the root; every link is built from it.
    pub base: &'static str,
    pub router: Router,
    /// How many result cards the catalog draws now (see `ui::cards`).
    pub cards: Cards,
    pub tray: Tray,
    pub lists: Lists,
    /// The fit score's query as last set (`?cost=4&…`), remembered under `certscope.score`.
    pub score: RwSignal<String>,
    pub theme: Theme,
    /// Filters start open beside the results on wide screens and folded on phones (the CSS
    /// breakpoint of `.find`); decided once, so a resize never snaps them shut.
    pub filters_open: bool,
}

/// Where the fit score's last query is remembered.
const SCORE_KEY: &str = "certscope.score";

/// Builds the app and draws it into a `<div>` at the end of `<body>`.
pub fn mount() {
    // The app is up: drop the "Loading…" placeholder (public/fallback.js watches for it).
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let draw: Box<dyn Fn() -> Node + Send + Sync> = match Catalog::embedded() {
        Ok(catalog) => {
            let app = App::start(Box::leak(Box::new(catalog)));
            events::install(app);
            let footer = footer(app.catalog);
            Box::new(move || app.draw(&footer))
        }
        // Only a broken build gets here (a native test checks the data); say so plainly.
        Err(error) => {
            let text = format!("The certification data in this build is damaged: {error}");
            Box::new(move || {
                el("main")
                    .attr("id", "main")
                    .child(el("h1").text("CertScope could not start"))
                    .child(el("p").text(text.as_str()))
                    .into()
            })
        }
    };
    let Ok(host) = document().create_element("div") else {
        return;
    };
    host.set_class_name("tree");
    if let Some(body) = document().body() {
        let _ = body.append_child(&host);
    }
    tree_view::mount(&host, draw);
}

fn wide_screen() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w >= 832.0)
}

impl App {
    fn start(catalog: &'static Catalog) -> App {
        let index: &'static FindIndex = Box::leak(Box::new(FindIndex::new(
            &catalog.certifications,
            &catalog.providers,
        )));
        let base: &'static str = Box::leak(current_router_base().into_boxed_str());
        let router = Router::new(base);
        let tray = Tray::new(catalog);
        App {
            catalog,
            index,
            base,
            router,
            cards: Cards::new(router),
            tray,
            lists: Lists::new(catalog, router, tray.message),
            score: RwSignal::new(storage::read(SCORE_KEY).unwrap_or_default()),
            theme: Theme::load(),
            filters_open: wide_screen(),
        }
    }

    /// The whole page for the current signals.
    fn draw(self, footer: &Element) -> Node {
        let route = self.router.route();
        let staying = Cards::drawing(route == Route::Catalog);
        let picks = self.tray.ids();
        // Each page: its key, its document title (unique per route, so tabs, history and
        // screen readers say where you are) and its tree.
        let (key, title, page) = match &route {
            Route::Catalog => {
                let found = self.found();
                let cards = self.cards.limit(staying);
                (
                    "catalog",
                    "AI and ML certifications",
                    present::catalog::page(
                        self.base,
                        self.catalog,
                        &found,
                        cards,
                        &picks,
                        &self.lists.state.read().store.lists,
                        self.filters_open,
                    ),
                )
            }
            Route::Detail(id) => (
                "detail",
                self.catalog
                    .get(id)
                    .map_or("Certification not found", |c| c.name.as_str()),
                match self.catalog.get(id) {
                    Some(cert) => el("div")
                        .child(present::detail::page(
                            self.base,
                            self.catalog,
                            cert,
                            picks.contains(&cert.id),
                        ))
                        .child({
                            let lists = self.lists.state.read();
                            present::lists::save_to_list(
                                self.base,
                                &lists.store,
                                std::slice::from_ref(&cert.id),
                                lists.read_only,
                            )
                        })
                        .into(),
                    None => present::not_found(self.base, Some(id)),
                },
            ),
            Route::Compare => ("compare", "Compare certifications", self.compare_page()),
            Route::Lists => ("lists", "Shortlists", self.lists_page()),
            Route::Score => ("score", "Which certification fits you?", self.score_page()),
            Route::Advisor => (
                "advisor",
                "Should you get certified?",
                present::advisor::page(self.base, self.catalog, &self.router.query()),
            ),
            Route::NotFound => (
                "not-found",
                "Page not found",
                present::not_found(self.base, None),
            ),
        };
        let title = format!("{title} · CertScope");
        if document().title() != title {
            document().set_title(&title);
        }
        // Keyed by page, so moving to another page draws it afresh instead of reusing the
        // last page's inputs (and whatever the person had typed or toggled in them).
        let page = el("div").attr("data-key", key).child(page);
        el("div")
            .child(
                el("a")
                    .class("skip-link")
                    .attr("href", "#main")
                    .text("Skip to main content"),
            )
            .child(present::header(
                self.base,
                &route,
                &picks,
                &self.score.read(),
                label(&self.theme.0.read()),
            ))
            .child(
                el("main")
                    .attr("id", "main")
                    .attr("tabindex", "-1")
                    .child(page),
            )
            .child(
                el("div")
                    .class("tray-wrap")
                    .child(
                        el("p")
                            .class("tray-message")
                            .attr("role", "status")
                            .attr("aria-live", "polite")
                            .text(self.tray.message.get()),
                    )
                    .child(present::tray(self.base, self.catalog, &picks)),
            )
            .child(footer.clone())
            .into()
    }

    /// The comparison with its "Copy link" button (`ui::events` copies and announces it).
    fn compare_page(self) -> Node {
        let view = View::parse(&self.router.query(), self.catalog);
        let lists = self.lists.state.read();
        let save = (!view.picked.ids.is_empty()).then(|| {
            present::lists::save_to_list(self.base, &lists.store, &view.picked.ids, lists.read_only)
        });
        el("div")
            .child(present::compare::page(self.base, self.catalog, &view))
            .children(save)
            .child(
                el("p").class("copy").child(
                    el("button")
                        .attr("type", "button")
                        .attr("id", "copy-link")
                        .attr("data-copy-link", "")
                        .text("Copy link to this comparison"),
                ),
            )
            .into()
    }

    /// The fit score for the URL's weights and limits; a bare `score` shows the remembered
    /// ones.
    fn score_page(self) -> Node {
        let query = or_remembered(self.router.query(), &self.score.read());
        let (profile, problems) = Profile::parse(&query);
        present::score::page(
            self.base,
            self.catalog,
            &profile,
            &problems,
            self.filters_open,
        )
    }

    /// A score control changed: the new weights and limits go into the URL (sliders and
    /// numbers replace the history entry, boxes and radios add one) and are remembered.
    pub fn score_input(self, name: &str, value: &str, checked: bool, replace: bool) {
        let query = or_remembered(self.router.query_untracked(), &self.score.get_untracked());
        let search = score::update(&Profile::parse(&query).0, name, value, checked).to_search();
        // Remembered once the page has followed (a slider steps many times a second); not at
        // all when storage is off.
        let remembered = search.clone();
        after_paint(Box::new(move || {
            let _ = storage::write(SCORE_KEY, &remembered);
        }));
        self.score.set(search.clone());
        self.go(&format!("score{search}"), replace);
    }

    fn lists_page(self) -> Node {
        let query = self.router.query();
        let shared = query.get("share").map(crate::lists::read_share);
        let lists = self.lists.state.read();
        let profile = Profile::parse(&Query::parse(&self.score.read())).0;
        let ranking = score::rank(self.catalog, &profile);
        let state = present::lists::PageState {
            base: self.base,
            read_only: lists.read_only,
            banner: lists.banner.as_deref(),
            backup: lists.backup.as_deref(),
            undo: lists.undo.as_ref().map(|(l, _)| l.name.as_str()),
            preview: lists.preview.as_ref(),
            shared: shared.as_ref().map(|r| r.as_ref().map_err(String::as_str)),
            ranking: &ranking,
        };
        present::lists::page(self.catalog, &lists.store, &state)
    }

    /// The catalog page's reading of the URL. Computed per drawing, not kept in a memo: a
    /// search over the real catalog takes well under a millisecond, and a memo type costs Wasm.
    fn found(self) -> Found {
        let (query, problems) = self.find_query(self.router.query());
        Found {
            results: run(&self.catalog.certifications, self.index, &query),
            words: search_words(&query.text),
            query,
            problems,
        }
    }

    /// The catalog query in `query`, and what in it was ignored.
    pub fn find_query(self, query: Query) -> (FindQuery, Vec<String>) {
        FindQuery::parse(&query, |id| self.catalog.provider(id).is_some())
    }

    /// Goes to an in-app path (`join`ed with the base).
    pub fn go(self, path: &str, replace: bool) {
        self.router.navigate(&join(self.base, path), replace);
    }
}

/// The fit score's query: the URL's, or the remembered one when the URL brings none (a bare
/// `score`, or the header's link before anything was remembered). A URL with unusable parts
/// is the URL's: the page says what it ignored, and the controls build on what it shows.
fn or_remembered(query: Query, remembered: &str) -> Query {
    if query.pairs.is_empty() && !query.malformed {
        Query::parse(remembered)
    } else {
        query
    }
}

fn footer(catalog: &Catalog) -> Element {
    let as_of = catalog
        .newest_verified()
        .map(|d| d.to_string())
        .unwrap_or_else(|| "unknown".into());
    el("footer").class("site-footer").child(el("p").text(format!(
        "Facts verified up to {as_of}. Ratings are CertScope's own rules, explained on each page. Everything runs in your browser: no account, no tracking."
    )))
}
