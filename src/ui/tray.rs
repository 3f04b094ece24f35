//! The compare tray: up to four picked certifications, kept across pages and reloads through
//! the storage adapter, shown as a sticky bar with the picks and a link to the comparison.
//! Pick checkboxes anywhere (cards, detail page) carry `data-compare="{id}"`; one listener on
//! the window handles them all.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::catalog::Catalog;
use crate::compare::{self, MAX};
use crate::present;
use crate::ui::app::use_catalog;
use crate::ui::base::RouterBase;
use crate::ui::storage;
use crate::ui::tree_view::tree_view;

/// The storage key of the tray: a comma-separated id list.
const KEY: &str = "certscope.compare";

#[derive(Clone, Copy)]
pub struct Tray {
    pub ids: RwSignal<Vec<String>>,
    /// The last thing to announce ("Added …", "You can compare up to 4 …").
    pub message: RwSignal<String>,
    /// Held here because event listeners run outside the component tree, without context.
    catalog: &'static Catalog,
}

pub fn use_tray() -> Tray {
    expect_context::<Tray>()
}

impl Tray {
    /// Loads the stored tray (unknown ids are dropped) and starts listening for pick clicks.
    pub fn provide() -> Tray {
        let catalog = use_catalog();
        let stored = storage::read(KEY).unwrap_or_default();
        let tray = Tray {
            ids: RwSignal::new(compare::parse_ids(&stored, catalog).ids),
            message: RwSignal::new(String::new()),
            catalog,
        };
        provide_context(tray);
        let change = window_event_listener(ev::change, move |event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(id) = input.get_attribute("data-compare") {
                if !tray.toggle(&id) {
                    input.set_checked(false);
                }
            }
        });
        // The tray's own remove buttons.
        let click = window_event_listener(ev::click, move |event| {
            let button = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("button[data-compare]").ok().flatten());
            if let Some(id) = button.and_then(|b| b.get_attribute("data-compare")) {
                tray.toggle(&id);
            }
        });
        on_cleanup(move || {
            change.remove();
            click.remove();
        });
        tray
    }

    /// Adds or removes `id`; returns false (and says why) when a fifth pick is refused.
    pub fn toggle(self, id: &str) -> bool {
        let name = self.catalog.get(id).map_or(id, |c| c.name.as_str());
        let current = self.ids.get_untracked();
        match compare::toggle(&current, id) {
            Ok(next) => {
                let added = next.len() > current.len();
                self.message.set(format!(
                    "{} {name}. {} of {MAX} picked.",
                    if added { "Added" } else { "Removed" },
                    next.len()
                ));
                self.save(next);
                true
            }
            Err(compare::Full) => {
                self.message.set(format!(
                    "You can compare up to {MAX}. Remove one before adding {name}."
                ));
                false
            }
        }
    }

    fn save(self, ids: Vec<String>) {
        if storage::write(KEY, &ids.join(",")).is_err() {
            // The picks still work for this visit; only the next one forgets them.
            self.message.update(|m| {
                m.push_str(
                    " This browser is not saving data, so the picks last until you close the page.",
                )
            });
        }
        self.ids.set(ids);
    }
}

/// The sticky bar: picks with a remove button each (`data-compare`, handled by the window
/// listener), "Compare N", and the live announcements.
pub fn tray_bar() -> impl IntoView {
    let tray = use_tray();
    let catalog = use_catalog();
    let base = expect_context::<RouterBase>().0;
    view! {
        <div class="tray-wrap">
            <p class="tray-message" role="status" aria-live="polite">{move || tray.message.get()}</p>
            {tree_view(move || present::tray(base, catalog, &tray.ids.read()))}
        </div>
    }
}
