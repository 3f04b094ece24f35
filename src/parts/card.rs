//! A result card of the catalog: the name (search matches in `<mark>`), status, the facts a
//! person scans, the "Compare" box, the "Save to a list…" menu, and for retired entries their
//! replacements. A card is made once per certification shown and kept while it stays in the
//! results: only its highlights, its price note and its menu follow what changes.

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::use_app;
use crate::catalog::{Catalog, Certification, StatusState};
use crate::find::{highlight, listed_price_cents};
use crate::lists::List;
use crate::parts::tray::Pick;
use crate::parts::{cert_href, CertLink, StatusBadge};

/// The facts of a card, as (term, value), empty ones left out. `ceiling`: a price ceiling is
/// set, so an unknown price is called out as kept.
pub fn facts(
    catalog: &Catalog,
    cert: &Certification,
    ceiling: bool,
) -> Vec<(&'static str, String)> {
    let mut price = cert.price.summary();
    if ceiling && listed_price_cents(cert).is_none() {
        price.push_str(" — price unknown, kept in the list");
    }
    [
        ("Provider", catalog.provider_name(cert).to_owned()),
        ("Level", cert.level.label().to_owned()),
        ("Kind", cert.kind.label().to_owned()),
        ("Price", price),
        ("Exam code", cert.exam_code.clone().unwrap_or_default()),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .collect()
}

/// What choosing `list` in a card's menu does to `cert`.
pub fn save_label(list: &List, cert: &str) -> String {
    if list.items.iter().any(|i| i.cert == cert) {
        format!("Remove from {}", list.name)
    } else {
        format!("Add to {}", list.name)
    }
}

/// `words`: the folded search words to mark in the name. `ceiling`: a price ceiling is set.
#[component]
pub fn Card(
    cert: &'static Certification,
    #[prop(into)] words: Signal<Vec<String>>,
    #[prop(into)] ceiling: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    // Per card, so a keystroke redraws only the names whose marks it changes.
    let runs = Memo::new(move |_| highlight(&cert.name, &words.read()));
    let name = move || {
        runs.get()
            .into_iter()
            .map(|(text, hit)| {
                if hit {
                    Either::Left(view! { <mark>{text}</mark> })
                } else {
                    Either::Right(text)
                }
            })
            .collect_view()
    };
    let facts = move || {
        facts(app.catalog, cert, ceiling.get())
            .into_iter()
            .map(|(term, value)| view! { <div><dt>{term}</dt><dd>{value}</dd></div> })
            .collect_view()
    };
    let replaced = (cert.status.state == StatusState::Retired
        && !cert.status.replacements.is_empty())
    .then(|| {
        let links = cert
            .status
            .replacements
            .iter()
            .map(|id| view! { <CertLink id=id.as_str()/>" " })
            .collect_view();
        view! { <p class="replaced">"Replaced by " {links}</p> }
    });
    view! {
        <li class="card">
            <h2 class="card-title">
                <a href=cert_href(app.base, &cert.id)>{name}</a>
            </h2>
            <StatusBadge status=&cert.status/>
            <dl class="card-facts">{facts}</dl>
            <Pick cert/>
            <SaveMenu cert/>
            {replaced}
        </li>
    }
}

/// "Save to a list…": choosing a list adds the certification to it, or removes it, as the
/// option says; the menu then goes back to its prompt. Only there once a list exists. The
/// `<select>` itself is kept while the lists change (only its options are redrawn), so the
/// person's focus stays on it.
#[component]
fn SaveMenu(cert: &'static Certification) -> impl IntoView {
    let lists = use_app().lists;
    let any = Memo::new(move |_| !lists.state.read().store.lists.is_empty());
    let options = move || {
        lists
            .state
            .read()
            .store
            .lists
            .iter()
            .map(|l| view! { <option value=l.id.clone()>{save_label(l, &cert.id)}</option> })
            .collect_view()
    };
    move || {
        any.get().then(|| {
            view! {
                <select
                    class="keep"
                    id=format!("keep-{}", cert.id)
                    aria-label=format!("Save {} to a list", cert.name)
                    on:change:target=move |event| {
                        let list = event.target().value();
                        event.target().set_value("");
                        if !list.is_empty() {
                            lists.toggle_saved(&list, std::slice::from_ref(&cert.id));
                        }
                    }
                >
                    <option value="">"Save to a list…"</option>
                    {options}
                </select>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::Item;

    #[test]
    fn an_unknown_price_under_a_ceiling_is_called_out() {
        let catalog = Catalog::embedded().unwrap();
        let cert = catalog
            .certifications
            .iter()
            .find(|c| listed_price_cents(c).is_none())
            .unwrap();
        let price = |ceiling| {
            facts(&catalog, cert, ceiling)
                .into_iter()
                .find(|(term, _)| *term == "Price")
                .unwrap()
                .1
        };
        assert!(price(true).contains("price unknown"));
        assert!(!price(false).contains("price unknown"));
    }

    #[test]
    fn facts_leave_out_what_an_entry_does_not_have() {
        let catalog = Catalog::embedded().unwrap();
        let without = catalog
            .certifications
            .iter()
            .find(|c| c.exam_code.is_none())
            .unwrap();
        let terms: Vec<_> = facts(&catalog, without, false)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(terms, ["Provider", "Level", "Kind", "Price"]);
        let with = catalog.get("aws-aif-c01").unwrap();
        assert!(facts(&catalog, with, false).contains(&("Exam code", "AIF-C01".to_owned())));
    }

    #[test]
    fn the_menu_says_remove_once_the_certification_is_in_the_list() {
        let mut list = List {
            id: "l1".into(),
            name: "Picks".into(),
            note: String::new(),
            items: vec![],
            revision: 1,
        };
        assert_eq!(save_label(&list, "a"), "Add to Picks");
        list.items.push(Item {
            cert: "a".into(),
            note: String::new(),
        });
        assert_eq!(save_label(&list, "a"), "Remove from Picks");
    }
}
