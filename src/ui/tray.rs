//! The compare tray: up to four picked certifications, kept across pages and reloads through
//! the storage adapter, shown as a sticky bar with the picks and a link to the comparison.
//! Pick checkboxes anywhere (cards, detail page) carry `data-compare="{id}"`; `ui::events`
//! hands their changes and the tray's remove buttons to [`Tray::toggle`].

use leptos::prelude::*;

use crate::catalog::Catalog;
use crate::compare::{self, MAX};
use crate::ui::storage;

/// The storage key of the tray: a comma-separated id list.
const KEY: &str = "certscope.compare";

#[derive(Clone, Copy)]
pub struct Tray {
    /// The picks as stored: ids joined by commas (a `String` signal like the app's others,
    /// so they share one copy of the signal code).
    ids: RwSignal<String>,
    /// The last thing to announce ("Added …", "You can compare up to 4 …").
    pub message: RwSignal<String>,
    catalog: &'static Catalog,
}

fn split(ids: &str) -> Vec<String> {
    ids.split(',')
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Tray {
    /// The picked ids, in order; reading them subscribes the caller.
    pub fn ids(self) -> Vec<String> {
        self.ids.with(|ids| split(ids))
    }

    /// Loads the stored tray; unknown ids are dropped.
    pub fn new(catalog: &'static Catalog) -> Tray {
        let stored = storage::read(KEY).unwrap_or_default();
        Tray {
            ids: RwSignal::new(compare::parse_ids(&stored, catalog).ids.join(",")),
            message: RwSignal::new(String::new()),
            catalog,
        }
    }

    /// Adds or removes `id`; returns false (and says why) when a fifth pick is refused.
    pub fn toggle(self, id: &str) -> bool {
        let name = self.catalog.name_of(id);
        let current = self.ids.with_untracked(|ids| split(ids));
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
        self.ids.set(ids.join(","));
    }
}
