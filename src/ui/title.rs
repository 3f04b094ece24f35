//! A unique document title per route, so tabs, history and screen readers say where you are.

use leptos::prelude::*;

use crate::route::Route;
use crate::ui::app::App;

/// Keeps `document.title` equal to "{page} · CertScope".
pub fn follow(app: App) {
    Effect::new(move |_| {
        let page = match &*app.router.route.read() {
            Route::Catalog => "AI and ML certifications",
            Route::Detail(id) => app
                .catalog
                .get(id)
                .map_or("Certification not found", |c| c.name.as_str()),
            Route::Compare => "Compare certifications",
            Route::Advisor => "Should you get certified?",
            Route::Lists => "Shortlists",
            Route::NotFound => "Page not found",
        };
        document().set_title(&format!("{page} · CertScope"));
    });
}
