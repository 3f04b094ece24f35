//! Light or dark: follows the system unless the person picks one with the header's theme
//! button; the choice is remembered through the storage adapter under `certscope.theme`.

use leptos::prelude::*;

use crate::ui::storage;

const KEY: &str = "certscope.theme";

/// The three choices, in the order the button steps through them.
pub const CHOICES: [&str; 3] = ["auto", "dark", "light"];

/// The remembered choice, applied to `<html data-theme>`; "auto" removes the attribute. A
/// `String` signal like the app's others, so they share one copy of the signal code.
#[derive(Clone, Copy)]
pub struct Theme(pub RwSignal<String>);

impl Theme {
    pub fn load() -> Theme {
        let stored = storage::read(KEY).unwrap_or_default();
        let choice = CHOICES.into_iter().find(|c| *c == stored).unwrap_or("auto");
        let theme = Theme(RwSignal::new(choice.to_owned()));
        apply(choice);
        theme
    }

    /// Steps to the next choice, applies and remembers it.
    pub fn next(self) {
        let at = CHOICES
            .iter()
            .position(|c| self.0.with_untracked(|t| t == c))
            .unwrap_or(0);
        let choice = CHOICES[(at + 1) % CHOICES.len()];
        apply(choice);
        // Not remembered when storage is off: the choice still holds for this visit.
        let _ = storage::write(KEY, choice);
        self.0.set(choice.to_owned());
    }
}

fn apply(choice: &str) {
    if let Some(root) = document().document_element() {
        let _ = if choice == "auto" {
            root.remove_attribute("data-theme")
        } else {
            root.set_attribute("data-theme", choice)
        };
    }
}

/// What the button says: the current choice.
pub fn label(choice: &str) -> &'static str {
    match choice {
        "dark" => "Theme: dark",
        "light" => "Theme: light",
        _ => "Theme: as the system",
    }
}
