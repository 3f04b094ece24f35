//! The catalog page (the app's root): every certification as a card, retired ones one click away.

use leptos::prelude::*;

use crate::catalog::{Certification, StatusState};
use crate::find::{Facet, FindQuery};
use crate::ui::app::use_catalog;
use crate::ui::base::link;
use crate::ui::parts::status_badge::StatusBadge;
use crate::ui::parts::title::use_title;
use crate::ui::router::use_router;

#[component]
pub fn CatalogPage() -> impl IntoView {
    use_title(|| "AI and ML certifications".into());
    let catalog = use_catalog();
    let query = use_router().query;
    // Only the status facet is wired into this page so far; the rest of `find` (search,
    // facets, sort) waits until it fits the size budget.
    let find = Memo::new(move |_| {
        let (parsed, _) = FindQuery::parse(&query.read(), |id| catalog.provider(id).is_some());
        FindQuery {
            statuses: parsed.statuses,
            ..FindQuery::default()
        }
    });
    let shown = Memo::new(move |_| {
        let find = find.read();
        catalog
            .certifications
            .iter()
            .filter(|c| find.effective_statuses().contains(&c.status.state))
            .map(|c| c.id.clone())
            .collect::<Vec<_>>()
    });
    let total = catalog.certifications.len();
    let retired_total = catalog
        .certifications
        .iter()
        .filter(|c| c.status.state == StatusState::Retired)
        .count();

    let retired_toggle = move || {
        let current = find.get();
        let next = Facet::Status.toggle(&current, StatusState::Retired.id());
        let href = link(&next.to_search());
        if current.effective_statuses().contains(&StatusState::Retired) {
            view! { <a href=href>"Hide retired certifications"</a> }.into_any()
        } else {
            view! { <a href=href>{format!("Show {retired_total} retired certifications")}</a> }
                .into_any()
        }
    };

    view! {
        <h1>"AI and machine-learning certifications"</h1>
        <p class="lede">
            "Sourced facts on " {total}
            " certifications: what they cost, how they are examined, how long they last and whether they are still offered."
        </p>
        <div class="result-bar">
            <p role="status" aria-live="polite">
                {move || format!("{} of {total} certifications", shown.read().len())}
            </p>
            <p>{retired_toggle}</p>
        </div>
        <ul class="cards">
            <For each=move || shown.get() key=|id| id.clone() let:id>
                {catalog.get(&id).map(|cert| view! { <CertCard cert=cert /> })}
            </For>
        </ul>
    }
}

#[component]
fn CertCard(cert: &'static Certification) -> impl IntoView {
    let catalog = use_catalog();
    let href = link(&format!("cert/{}", cert.id));
    view! {
        <li class="card">
            <h2 class="card-title">
                <a href=href>{cert.name.clone()}</a>
            </h2>
            <StatusBadge status=cert.status.clone() />
            <dl class="card-facts">
                <div><dt>"Provider"</dt><dd>{catalog.provider_name(cert).to_owned()}</dd></div>
                <div><dt>"Level"</dt><dd>{cert.level.label()}</dd></div>
                <div><dt>"Kind"</dt><dd>{cert.kind.label()}</dd></div>
                <div><dt>"Price"</dt><dd>{cert.price.summary()}</dd></div>
                {cert.exam_code.clone().map(|code| view! { <div><dt>"Exam code"</dt><dd>{code}</dd></div> })}
            </dl>
        </li>
    }
}
