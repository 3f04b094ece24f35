//! The detail page `cert/{id}`: every fact the catalog holds, its sources, its doubts, and how
//! CertScope rates depth and recognition. Anything unconfirmed reads "unknown".

use leptos::either::Either;
use leptos::prelude::*;

use crate::present::detail;
use crate::ui::app::use_catalog;
use crate::ui::base::{link, RouterBase};
use crate::ui::parts::title::use_title;
use crate::ui::tray::use_tray;
use crate::ui::tree_view::tree_view;

#[component]
pub fn DetailPage(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let base = expect_context::<RouterBase>().0;
    let tray = use_tray();
    let cert = catalog.get(&id);
    let title = cert.map_or_else(|| "Certification not found".to_owned(), |c| c.name.clone());
    use_title(move || title.clone());
    match cert {
        Some(cert) => Either::Left(tree_view(move || {
            let picked = tray.ids.read().contains(&cert.id);
            detail::page(base, catalog, cert, picked)
        })),
        None => Either::Right(view! {
            <h1>"Certification not found"</h1>
            <p>
                "We have no certification with the id “" {id}
                "”. It may have been renamed, or the link was cut short."
            </p>
            <p><a href=link("")>"Browse all certifications"</a></p>
        }),
    }
}
