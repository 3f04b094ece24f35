//! The compare tray: up to four picked certifications, kept across pages and reloads through
//! the storage adapter, shown as a sticky bar with the picks and a link to the comparison.
//! Pick checkboxes anywhere (cards, detail page) carry `data-compare="{id}"`; one listener on
//! the window handles them all.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::compare::{self, DEFAULT_MONTHS, MAX};
use crate::ui::app::use_catalog;
use crate::ui::base::link;
use crate::ui::storage;

/// The storage key of the tray: a comma-separated id list.
const KEY: &str = "certscope.compare";

#[derive(Clone, Copy)]
pub struct Tray {
    pub ids: RwSignal<Vec<String>>,
    /// The last thing to announce ("Added …", "You can compare up to 4 …").
    pub message: RwSignal<String>,
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
        on_cleanup(move || change.remove());
        tray
    }

    /// Adds or removes `id`; returns false (and says why) when a fifth pick is refused.
    pub fn toggle(self, id: &str) -> bool {
        let catalog = use_catalog();
        let name = catalog.get(id).map_or(id, |c| c.name.as_str());
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

    pub fn save(self, ids: Vec<String>) {
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

/// The sticky bar: picks with a remove button each, "Compare N", and the live announcements.
pub fn tray_bar() -> impl IntoView {
    let tray = use_tray();
    let catalog = use_catalog();
    view! {
        <div class="tray-wrap">
        <p class="tray-message" role="status" aria-live="polite">{move || tray.message.get()}</p>
        {move || {
            let ids = tray.ids.get();
            (!ids.is_empty()).then(|| {
                let href = link(&format!("compare{}", compare::search(&ids, DEFAULT_MONTHS)));
                let picks = ids.iter().filter_map(|id| catalog.get(id)).map(|cert| {
                    let id = cert.id.clone();
                    view! {
                        <li>
                            {cert.name.clone()}
                            <button type="button" class="chip" aria-label=format!("Remove {} from the comparison", cert.name)
                                on:click=move |_| { tray.toggle(&id); }>"×"</button>
                        </li>
                    }
                }).collect_view();
                view! {
                    <aside class="tray" aria-label="Compare tray">
                        <ul>{picks}</ul>
                        <a class="button" href=href>{format!("Compare {}", ids.len())}</a>
                    </aside>
                }
            })
        }}
        </div>
    }
}
