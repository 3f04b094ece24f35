//! The comparison page `compare?ids=a,b,c` (the link is the share link). Everything on it is a
//! function of the URL, drawn by `present::compare`; its options are links. Only "Copy link"
//! needs code here.

use leptos::prelude::*;

use crate::compare::View;
use crate::present;
use crate::ui::app::use_catalog;
use crate::ui::base::RouterBase;
use crate::ui::parts::title::use_title;
use crate::ui::router::use_router;
use crate::ui::tree_view::tree_view;

#[component]
pub fn ComparePage() -> impl IntoView {
    use_title(|| "Compare certifications".into());
    let catalog = use_catalog();
    let router = use_router();
    let base = expect_context::<RouterBase>().0;
    let copied = RwSignal::new("");
    let copy = move |_| {
        let url = window().location().href().unwrap_or_default();
        let _ = window().navigator().clipboard().write_text(&url);
        copied.set("Link copied. Anyone who opens it sees this comparison.");
    };
    view! {
        {tree_view(move || present::compare::page(base, catalog, &View::parse(&router.query.read(), catalog)))}
        <p class="copy">
            <button type="button" on:click=copy>"Copy link to this comparison"</button>
            " " <span role="status">{move || copied.get()}</span>
        </p>
    }
}
