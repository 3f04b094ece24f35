//! The comparison page `compare?ids=a,b,c` (the link is the share link): notices for ids that
//! could not be used, the options, and the table drawn by `present::compare`.

use leptos::either::Either;
use leptos::prelude::*;

use crate::catalog::Certification;
use crate::compare::{self, DEFAULT_MONTHS, MAX};
use crate::present;
use crate::ui::app::use_catalog;
use crate::ui::base::{link, RouterBase};
use crate::ui::parts::title::use_title;
use crate::ui::router::use_router;
use crate::ui::tree_view::tree_view;

/// Study months people may assume for subscription courses.
const MAX_MONTHS: u32 = 36;

#[component]
pub fn ComparePage() -> impl IntoView {
    use_title(|| "Compare certifications".into());
    let catalog = use_catalog();
    let router = use_router();
    let base = expect_context::<RouterBase>().0;
    let picked = Memo::new(move |_| {
        compare::parse_ids(router.query.read().get("ids").unwrap_or(""), catalog)
    });
    let months = Memo::new(move |_| {
        router
            .query
            .read()
            .get("months")
            .and_then(|m| m.parse::<u32>().ok())
            .filter(|m| (1..=MAX_MONTHS).contains(m))
            .unwrap_or(DEFAULT_MONTHS)
    });
    let only_differences = Memo::new(move |_| router.query.read().get("diff") == Some("1"));
    let copied = RwSignal::new(String::new());

    let href = move |diff: bool, months: u32| {
        let mut search = compare::search(&picked.read_untracked().ids, months);
        if diff {
            search.push_str("&diff=1");
        }
        link(&format!("compare{search}"))
    };
    let on_diff = move |ev| {
        router.navigate(
            &href(event_target_checked(&ev), months.get_untracked()),
            false,
        );
    };
    let on_months = move |ev| {
        let value = event_target_value(&ev).trim().parse::<u32>().ok();
        if let Some(m) = value.filter(|m| (1..=MAX_MONTHS).contains(m)) {
            router.navigate(&href(only_differences.get_untracked(), m), true);
        }
    };
    let copy = move |_| {
        let url = window().location().href().unwrap_or_default();
        let _ = window().navigator().clipboard().write_text(&url);
        copied.set("Link copied. Anyone who opens it sees this comparison.".into());
    };

    let notices = move || {
        let p = picked.read();
        let mut lines = Vec::new();
        if !p.unknown.is_empty() {
            lines.push(format!(
                "Not in the catalog, so left out: {}.",
                p.unknown.join(", ")
            ));
        }
        if !p.extra.is_empty() {
            lines.push(format!(
                "At most {MAX} can be compared; left out: {}.",
                p.extra.join(", ")
            ));
        }
        lines.join(" ")
    };

    view! {
        <h1>"Compare certifications"</h1>
        <p class="notice notice-doubt" role="status" class:visually-hidden=move || notices().is_empty()>{notices}</p>
        {move || {
            if picked.read().ids.is_empty() {
                return Either::Left(view! {
                    <div class="empty">
                        <p>"Nothing to compare yet. Tick “Compare” on up to four certifications in the catalog, then open the comparison from the tray."</p>
                        <p><a href=link("")>"Go to the catalog"</a></p>
                    </div>
                });
            }
            Either::Right(view! {
                <div class="compare-options">
                    <label><input type="checkbox" prop:checked=only_differences on:change=on_diff />" Only differences"</label>
                    <label>
                        "Study months for subscription courses "
                        <input type="number" min="1" max=MAX_MONTHS.to_string() class="months" prop:value=move || months.get().to_string() on:change=on_months />
                    </label>
                    <button type="button" on:click=copy>"Copy link"</button>
                    <span role="status">{move || copied.get()}</span>
                </div>
                {tree_view(move || {
                    let certs: Vec<&Certification> =
                        picked.read().ids.iter().filter_map(|id| catalog.get(id)).collect();
                    present::compare::table(base, catalog, &certs, months.get(), only_differences.get())
                })}
            })
        }}
    }
}
