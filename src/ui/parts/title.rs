//! A unique document title per route, so tabs, history and screen readers say where you are.

use leptos::prelude::*;

/// Keeps `document.title` equal to "`page` · CertScope" while the calling page is mounted.
pub fn use_title(page: impl Fn() -> String + 'static) {
    // Boxed so every page shares one copy of the effect's code.
    set_title(Box::new(page));
}

fn set_title(page: Box<dyn Fn() -> String>) {
    Effect::new(move |_| document().set_title(&format!("{} · CertScope", page())));
}
