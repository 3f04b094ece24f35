//! The light/dark choice: "as the system" (no attribute), dark or light, written as
//! `<html data-theme>` and remembered under `certscope.theme`.

use leptos::prelude::*;

use crate::browser::storage;

pub const KEY: &str = "certscope.theme";

/// The choices in the order the header button steps through them.
pub const CHOICES: [&str; 3] = ["auto", "dark", "light"];

#[derive(Clone, Copy)]
pub struct Theme(pub RwSignal<&'static str>);

fn stored() -> &'static str {
    let stored = storage::read(KEY).unwrap_or_default();
    CHOICES.into_iter().find(|c| *c == stored).unwrap_or("auto")
}

impl Theme {
    pub fn load() -> Theme {
        let theme = Theme(RwSignal::new(stored()));
        // The attribute follows the signal, whoever sets it (this tab or another).
        Effect::new(move |_| apply(theme.0.get()));
        theme
    }

    /// The next choice, remembered.
    pub fn next(self) {
        let at = CHOICES
            .iter()
            .position(|c| *c == self.0.get_untracked())
            .unwrap_or(0);
        let choice = CHOICES[(at + 1) % CHOICES.len()];
        let _ = storage::write(KEY, choice);
        self.0.set(choice);
    }

    /// Another tab chose.
    pub fn reload(self) {
        self.0.set(stored());
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

/// What the header button says: the current choice.
pub fn label(choice: &str) -> &'static str {
    match choice {
        "dark" => "Theme: dark",
        "light" => "Theme: light",
        _ => "Theme: as the system",
    }
}
