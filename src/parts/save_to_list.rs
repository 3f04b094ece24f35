//! "Save to a list" for one certification (its page) or several (a comparison): per list, a
//! button that says what it does — add them, or remove them once they are all in it.

use leptos::prelude::*;

use crate::app::use_app;
use crate::lists::List;

/// What a list's button says for `certs`.
pub fn button_label(list: &List, certs: &[String]) -> (bool, String) {
    let saved = certs
        .iter()
        .all(|c| list.items.iter().any(|i| i.cert == *c));
    let what = match certs.len() {
        1 => String::new(),
        n => format!("these {n} "),
    };
    let label = if saved {
        format!("Remove {what}from {}", list.name)
    } else {
        format!("Add {what}to {}", list.name)
    };
    (saved, label)
}

#[component]
pub fn SaveToList(#[prop(into)] certs: Signal<Vec<String>>) -> impl IntoView {
    let app = use_app();
    let lists = app.lists;
    let body = move || {
        let state = lists.state.read();
        if state.read_only {
            return view! { <p>"Lists are read-only in this version of CertScope."</p> }.into_any();
        }
        if state.store.lists.is_empty() {
            return view! {
                <p><a href=app.href("lists")>"Create a list"</a>" to keep these with your notes."</p>
            }
            .into_any();
        }
        let certs = certs.get();
        let buttons = state
            .store
            .lists
            .iter()
            .map(|l| {
                let (saved, label) = button_label(l, &certs);
                let list = l.id.clone();
                let certs = certs.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            id=format!("save-{}", l.id)
                            class=saved.then_some("saved")
                            on:click=move |_| lists.toggle_saved(&list, &certs)
                        >
                            {label}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul>{buttons}</ul> }.into_any()
    };
    view! {
        <div class="save-to">
            <h2 id="save-to">"Save to a list"</h2>
            {body}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::button_label;
    use crate::lists::{Item, List};

    #[test]
    fn a_button_says_add_until_every_cert_is_in_the_list() {
        let list = List {
            id: "l1".into(),
            name: "Picks".into(),
            note: String::new(),
            items: vec![Item {
                cert: "a".into(),
                note: String::new(),
            }],
            revision: 1,
        };
        assert_eq!(
            button_label(&list, &["a".into()]),
            (true, "Remove from Picks".into())
        );
        assert_eq!(
            button_label(&list, &["a".into(), "b".into()]),
            (false, "Add these 2 to Picks".into())
        );
    }
}
