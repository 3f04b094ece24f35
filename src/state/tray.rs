//! The compare tray: up to four picks, kept under `certscope.compare` (a comma-separated id
//! list) and announced in the app's status region.

use leptos::prelude::*;

use crate::browser::storage;
use crate::catalog::Catalog;
use crate::compare::{self, MAX};

pub const KEY: &str = "certscope.compare";

#[derive(Clone, Copy)]
pub struct Tray {
    pub ids: RwSignal<Vec<String>>,
    /// The app's one polite announcer, shared by everything that reports an action.
    pub message: RwSignal<String>,
    catalog: &'static Catalog,
}

fn stored(catalog: &Catalog) -> Vec<String> {
    let stored = storage::read(KEY).unwrap_or_default();
    compare::parse_ids(&stored, catalog).ids
}

impl Tray {
    pub fn new(catalog: &'static Catalog, message: RwSignal<String>) -> Tray {
        Tray {
            ids: RwSignal::new(stored(catalog)),
            message,
            catalog,
        }
    }

    pub fn contains(self, id: &str) -> bool {
        self.ids.with(|ids| ids.iter().any(|i| i == id))
    }

    /// Adds or removes `id`, saying what happened. False when the tray is full (the box must
    /// not stay ticked).
    pub fn toggle(self, id: &str) -> bool {
        let name = self.catalog.name_of(id);
        let current = self.ids.get_untracked();
        match compare::toggle(&current, id) {
            Ok(next) => {
                let added = next.len() > current.len();
                let mut said = format!(
                    "{} {name}. {} of {MAX} picked.",
                    if added { "Added" } else { "Removed" },
                    next.len()
                );
                if storage::write(KEY, &next.join(",")).is_err() {
                    said.push_str(
                        " This browser is not saving data, so the picks last until you close the page.",
                    );
                }
                self.message.set(said);
                self.ids.set(next);
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

    /// Another tab changed the picks.
    pub fn reload(self) {
        let ids = stored(self.catalog);
        if self.ids.with_untracked(|current| *current != ids) {
            self.ids.set(ids);
        }
    }
}
