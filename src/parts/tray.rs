//! The compare tray at the bottom of every page, and the "Compare" box that fills it.

use leptos::prelude::*;

use crate::app::use_app;
use crate::catalog::Certification;
use crate::parts::compare_href;

/// The picks, each with a remove button, and the link to the comparison. Nothing when empty.
#[component]
pub fn TrayBar() -> impl IntoView {
    let app = use_app();
    move || {
        let ids = app.tray.ids.get();
        (!ids.is_empty()).then(|| {
            let href = compare_href(app.base, &ids, crate::compare::DEFAULT_MONTHS, false);
            let count = ids.len();
            let picks = ids
                .iter()
                .filter_map(|id| app.catalog.get(id))
                .map(|cert| {
                    let id = cert.id.clone();
                    view! {
                        <li>
                            {cert.name.as_str()}
                            <button
                                type="button"
                                class="chip"
                                aria-label=format!("Remove {} from the comparison", cert.name)
                                on:click=move |_| {
                                    app.tray.toggle(&id);
                                }
                            >
                                "×"
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <aside class="tray" aria-label="Compare tray">
                    <ul>{picks}</ul>
                    <a class="button" href=href>
                        {format!("Compare {count}")}
                    </a>
                </aside>
            }
        })
    }
}

/// The "Compare" checkbox of a card or a detail page. A fifth pick is refused: the box does
/// not stay ticked and the status region says why.
#[component]
pub fn Pick(cert: &'static Certification) -> impl IntoView {
    let app = use_app();
    let id = cert.id.as_str();
    view! {
        <label class="pick">
            <input
                type="checkbox"
                id=format!("pick-{id}")
                aria-label=format!("Compare {}", cert.name)
                prop:checked=move || app.tray.contains(id)
                on:change:target=move |event| {
                    if !app.tray.toggle(id) {
                        event.target().set_checked(false);
                    }
                }
            />
            " Compare"
        </label>
    }
}
