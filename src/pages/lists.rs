//! The shortlists page (`./lists`): every list with its entries and notes, the controls to
//! edit them, export and import with a preview, and the read-only view of a shared list
//! (`./lists?share=…`). Every control calls one method of `state::lists::Lists`.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::{use_app, use_query};
use crate::browser::download;
use crate::catalog::Catalog;
use crate::compare::{DEFAULT_MONTHS, MAX};
use crate::lists::{self, ImportPreview, List, MAX_NAME, MAX_NOTE};
use crate::parts::{cert_href, compare_href, CertLink};
use crate::route::Query;
use crate::score::{self, Profile};

/// How an entry is named: the catalog's name, or the id marked as gone (kept, never dropped).
pub fn entry_name(catalog: &Catalog, id: &str) -> (String, bool) {
    match catalog.get(id) {
        Some(c) => (c.name.clone(), true),
        None => (format!("{id} (no longer in the catalog)"), false),
    }
}

/// The first ids of a list that a comparison can show (known ones, at most four).
pub fn comparable(catalog: &Catalog, list: &List) -> Vec<String> {
    list.items
        .iter()
        .filter(|i| catalog.get(&i.cert).is_some())
        .take(MAX)
        .map(|i| i.cert.clone())
        .collect()
}

/// What the import preview says about a file before anything changes.
pub fn preview_sentence(preview: &ImportPreview) -> String {
    format!(
        "This file adds {} list(s){}{}. Nothing changes until you confirm.",
        preview.added.len(),
        if preview.updated.is_empty() {
            String::new()
        } else {
            format!(" and updates {}", preview.updated.len())
        },
        if preview.unknown_certs == 0 {
            String::new()
        } else {
            format!(
                "; {} entries are no longer in the catalog and are kept, marked",
                preview.unknown_certs
            )
        },
    )
}

/// An entry of "Ranked by your fit score" and what follows its name.
pub type Line = (String, String);

/// "Ranked by your fit score": the list's entries in ranking order with their fit, and those
/// the limits exclude with the reason.
pub fn ranked_lines(catalog: &Catalog, list: &List, profile: &Profile) -> (Vec<Line>, Vec<Line>) {
    let ranking = score::rank(catalog, profile);
    let saved = |id: &str| list.items.iter().any(|i| i.cert == id);
    let fits = ranking
        .ranked
        .iter()
        .filter(|s| saved(&s.cert.id))
        .map(|s| (s.cert.id.clone(), format!(": fit {} of 100", s.label())));
    let excluded = ranking
        .excluded
        .iter()
        .filter(|(c, _)| saved(&c.id))
        .map(|(c, why)| {
            (
                c.id.clone(),
                format!(": excluded because {}.", why.sentence(c)),
            )
        });
    (fits.collect(), excluded.collect())
}

#[component]
pub fn ListsPage() -> impl IntoView {
    let app = use_app();
    let query = use_query();
    let shared = Memo::new(move |_| query.read().get("share").map(lists::read_share));
    view! {
        <Title text="Shortlists"/>
        <div>
            <h1>"Shortlists"</h1>
            <Banner/>
            {move || match shared.get() {
                Some(Ok(list)) => view! { <SharedList list/> }.into_any(),
                Some(Err(why)) => view! {
                    <p class="notice notice-doubt">{why}</p>
                    <p><a href=app.href("lists")>"Go to my lists"</a></p>
                }
                .into_any(),
                None => view! { <MyLists/> }.into_any(),
            }}
        </div>
    }
}

/// Why lists are not saved or not readable, with the unreadable text to download.
#[component]
fn Banner() -> impl IntoView {
    let lists = use_app().lists;
    move || {
        let state = lists.state.read();
        let banner = state.banner.clone()?;
        let backup = state.backup.is_some().then(|| {
            view! {
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        let text = lists.state.with_untracked(|s| s.backup.clone());
                        download_or_say(
                            use_app().message,
                            "certscope-unreadable-lists.txt",
                            "text/plain",
                            &text.unwrap_or_default(),
                        );
                    }
                >
                    "Download the unreadable data"
                </button>
            }
        });
        Some(view! {
            <div class="notice notice-warn" role="alert">
                <p>{banner}</p>
                {backup}
            </div>
        })
    }
}

fn download_or_say(message: RwSignal<String>, name: &str, mime: &str, body: &str) {
    if !download::save(name, mime, body) {
        message.set("This browser refused to save the file. Nothing changed.".into());
    }
}

#[component]
fn SharedList(list: List) -> impl IntoView {
    let lists = use_app().lists;
    let copy = list.clone();
    view! {
        <p>"A list someone shared with you. It is read-only until you save a copy."</p>
        <ListSection list=Signal::stored(list) editable=false/>
        <button type="button" id="save-copy" on:click=move |_| lists.save_copy(&copy)>
            "Save a copy to my lists"
        </button>
    }
}

/// The person's own lists: undo, create, each list, export and import.
#[component]
fn MyLists() -> impl IntoView {
    let app = use_app();
    let lists = app.lists;
    let read_only = move || lists.state.read().read_only;
    let ids = move || {
        lists
            .state
            .read()
            .store
            .lists
            .iter()
            .map(|l| l.id.clone())
            .collect::<Vec<_>>()
    };
    view! {
        {move || {
            lists
                .state
                .read()
                .undo
                .as_ref()
                .map(|(list, _)| {
                    view! {
                        <p class="undo">
                            {format!("Deleted “{}”. ", list.name)}
                            <button type="button" id="undo" on:click=move |_| lists.undo()>
                                "Undo"
                            </button>
                        </p>
                    }
                })
        }}
        <Show when=move || !read_only()>
            <CreateList/>
        </Show>
        <Show when=move || ids().is_empty() && !read_only()>
            <p>"No lists yet. Create one, then add certifications from their pages."</p>
        </Show>
        <For each=ids key=|id| id.clone() let:id>
            <OwnList id/>
        </For>
        <Transfer/>
    }
}

#[component]
fn CreateList() -> impl IntoView {
    let lists = use_app().lists;
    let name = RwSignal::new(String::new());
    view! {
        <p class="create">
            <label for="new-list">"New list name "</label>
            <input
                type="text"
                id="new-list"
                maxlength=MAX_NAME.to_string()
                prop:value=name
                on:input:target=move |ev| name.set(ev.target().value())
            />
            " "
            <button
                type="button"
                id="create"
                on:click=move |_| {
                    if lists.create(&name.get_untracked()) {
                        name.set(String::new());
                    }
                }
            >
                "Create list"
            </button>
        </p>
    }
}

/// One of the person's lists, found by id each time the lists change, so a moved or renamed
/// list keeps its elements (and the focus in them).
#[component]
fn OwnList(id: String) -> impl IntoView {
    let lists = use_app().lists;
    let list = Memo::new(move |_| {
        lists
            .state
            .read()
            .store
            .lists
            .iter()
            .find(|l| l.id == id)
            .cloned()
    });
    // Drawn once while the list exists, not again on every edit; the section reads the list
    // through a memo, which lends it out rather than cloning it for every entry (a derived
    // signal copied all of a large list for each read and took half a minute to draw 10,000
    // entries). Just deleted, it keeps showing what it last held until it is removed.
    let present = Memo::new(move |_| list.with(Option::is_some));
    move || {
        let first = present.get().then(|| list.get_untracked()).flatten()?;
        let current = Memo::new(move |_| list.get().unwrap_or_else(|| first.clone()));
        Some(view! { <ListSection list=Signal::from(current) editable=true/> })
    }
}

#[component]
fn ListSection(list: Signal<List>, editable: bool) -> impl IntoView {
    let app = use_app();
    let lists = app.lists;
    let id = list.with_untracked(|l| l.id.clone());
    let heading = format!("list-{id}");
    let name = Memo::new(move |_| list.with(|l| l.name.clone()));
    let note = Memo::new(move |_| list.with(|l| l.note.clone()));
    let empty = Memo::new(move |_| list.with(|l| l.items.is_empty()));
    let fields = editable.then(|| {
        let (rename, annotate) = (id.clone(), id.clone());
        view! {
            <label>
                "Name "
                <input
                    type="text"
                    id=format!("name-{id}")
                    maxlength=MAX_NAME.to_string()
                    prop:value=name
                    on:change:target=move |ev| lists.rename(&rename, ev.target().value())
                />
            </label>
            <label class="note">
                "Note on this list "
                <textarea
                    id=format!("list-note-{id}")
                    maxlength=MAX_NOTE.to_string()
                    rows="2"
                    prop:value=note
                    on:change:target=move |ev| lists.set_list_note(&annotate, ev.target().value())
                ></textarea>
            </label>
        }
    });
    let shown_note = (!editable).then_some(move || {
        let note = note.get();
        (!note.is_empty()).then(|| view! { <p>{note}</p> })
    });
    view! {
        <section class="shortlist" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{name}</h2>
            {fields}
            {shown_note}
            <Show
                when=move || !empty.get()
                fallback=|| {
                    view! {
                        <p class="hint">
                            "Nothing saved yet: use “Save to list” on a certification's page."
                        </p>
                    }
                }
            >
                <Entries list editable/>
                <Ranked list/>
            </Show>
            <ListTools list editable/>
        </section>
    }
}

/// The entries of a list, keyed by certification so a moved entry keeps its elements.
#[component]
fn Entries(list: Signal<List>, editable: bool) -> impl IntoView {
    let certs = move || list.with(|l| l.items.iter().map(|i| i.cert.clone()).collect::<Vec<_>>());
    view! {
        <ol class="list-items">
            <For each=certs key=|cert| cert.clone() let:cert>
                <Entry list cert editable/>
            </For>
        </ol>
    }
}

#[component]
fn Entry(list: Signal<List>, cert: String, editable: bool) -> impl IntoView {
    let app = use_app();
    let lists = app.lists;
    let (name, known) = entry_name(app.catalog, &cert);
    let list_id = list.with_untracked(|l| l.id.clone());
    let index = {
        let cert = cert.clone();
        Memo::new(move |_| list.with(|l| l.items.iter().position(|i| i.cert == cert)))
    };
    let note = {
        let cert = cert.clone();
        Memo::new(move |_| {
            list.with(|l| {
                l.items
                    .iter()
                    .find(|i| i.cert == cert)
                    .map(|i| i.note.clone())
                    .unwrap_or_default()
            })
        })
    };
    let title = if known {
        view! { <a href=cert_href(app.base, &cert)>{name.clone()}</a> }.into_any()
    } else {
        view! { <span class="unknown">{name.clone()}</span> }.into_any()
    };
    let tools = editable.then(|| {
        let key = format!("{list_id}-{cert}");
        let last = Memo::new(move |_| list.with(|l| l.items.len().saturating_sub(1)));
        let at_top = move || index.get() == Some(0);
        let at_bottom = move || index.get() == Some(last.get());
        // The visible words start the accessible name (WCAG 2.5.3); the entry's name follows
        // for screen readers only.
        let which = format!(" {name}");
        let list_name = move || list.with(|l| l.name.clone());
        let (up, down, remove, annotate) = (
            list_id.clone(),
            list_id.clone(),
            list_id.clone(),
            list_id.clone(),
        );
        let name_for_remove = name.clone();
        let (up_key, down_key) = (key.clone(), key.clone());
        let act = move |f: &dyn Fn(usize)| {
            if let Some(i) = index.get_untracked() {
                f(i)
            }
        };
        view! {
            <span class="item-tools">
                // Both moves are always there (inert at the ends), so focus is never dropped
                // when an entry reaches the top or bottom.
                <button
                    type="button"
                    id=format!("up-{key}")
                    aria-disabled=move || at_top().then_some("true")
                    on:click=move |_| {
                        if !at_top() {
                            act(&|i| lists.move_item(&up, i, true));
                            keep_focus(format!("up-{up_key}"));
                        }
                    }
                >
                    "Move up"
                    <span class="visually-hidden">{which.clone()}</span>
                </button>
                <button
                    type="button"
                    id=format!("down-{key}")
                    aria-disabled=move || at_bottom().then_some("true")
                    on:click=move |_| {
                        if !at_bottom() {
                            act(&|i| lists.move_item(&down, i, false));
                            keep_focus(format!("down-{down_key}"));
                        }
                    }
                >
                    "Move down"
                    <span class="visually-hidden">{which}</span>
                </button>
                <button
                    type="button"
                    id=format!("remove-{key}")
                    aria-label=move || format!("Remove {name_for_remove} from {}", list_name())
                    on:click=move |_| act(&|i| lists.remove_item(&remove, i))
                >
                    "Remove"
                </button>
            </span>
            <label class="note">
                {format!("Note on {name} ")}
                <textarea
                    rows="2"
                    id=format!("note-{key}")
                    maxlength=MAX_NOTE.to_string()
                    prop:value=note
                    on:change:target=move |ev| {
                        let text = ev.target().value();
                        act(&|i| lists.set_item_note(&annotate, i, text.clone()));
                    }
                ></textarea>
            </label>
        }
    });
    let shown_note = (!editable).then_some(move || {
        let note = note.get();
        (!note.is_empty()).then(|| view! { <p class="note">{note}</p> })
    });
    view! { <li>{title} {tools} {shown_note}</li> }
}

/// A moved entry's element is taken out and put back, which blurs the button that moved it;
/// focus goes back to it once the list is redrawn, so keyboard reordering can go on.
fn keep_focus(id: String) {
    request_animation_frame(move || {
        if let Some(button) = document()
            .get_element_by_id(&id)
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = button.focus();
        }
    });
}

/// The list's certifications in the order of the person's fit score (their remembered
/// priorities); those the score's limits exclude say why.
#[component]
fn Ranked(list: Signal<List>) -> impl IntoView {
    let app = use_app();
    let lines = Memo::new(move |_| {
        let profile = Profile::parse(&Query::parse(&app.score.read())).0;
        list.with(|l| ranked_lines(app.catalog, l, &profile))
    });
    let line = |(id, said): Line| view! { <li><CertLink id/>{said}</li> };
    view! {
        <details>
            <summary>"Ranked by your fit score"</summary>
            <ol>{move || lines.get().0.into_iter().map(line).collect_view()}</ol>
            <ul>{move || lines.get().1.into_iter().map(line).collect_view()}</ul>
            <p><a href=app.href("score")>"Change your priorities"</a></p>
        </details>
    }
}

#[component]
fn ListTools(list: Signal<List>, editable: bool) -> impl IntoView {
    let app = use_app();
    let lists = app.lists;
    let compare = move || {
        let ids = list.with(|l| comparable(app.catalog, l));
        (ids.len() >= 2).then(|| {
            let href = compare_href(app.base, &ids, DEFAULT_MONTHS, false);
            view! { <a href=href>{format!("Compare the first {}", ids.len())}</a> }
        })
    };
    let own = editable.then(|| {
        let share = move || {
            list.with(|l| match lists::share_param(l) {
                Some(param) => view! {
                    <a href=app.href(&format!("lists?share={param}")) id=format!("share-{}", l.id)>
                        "Share link (read-only copy)"
                    </a>
                }
                .into_any(),
                None => view! { <span>"Too long to share as a link: export it instead."</span> }
                    .into_any(),
            })
        };
        let id = list.with_untracked(|l| l.id.clone());
        let delete = id.clone();
        view! {
            {share}
            <button
                type="button"
                id=format!("delete-{id}")
                aria-label=move || format!("Delete list {}", list.with(|l| l.name.clone()))
                on:click=move |_| lists.delete(&delete)
            >
                "Delete list"
            </button>
        }
    });
    view! { <p class="list-tools">{compare} {own}</p> }
}

/// Export (made at the click, as a file download) and import through a file and a preview.
#[component]
fn Transfer() -> impl IntoView {
    let app = use_app();
    let lists = app.lists;
    let has_lists = move || !lists.state.read().store.lists.is_empty();
    let read_only = move || lists.state.read().read_only;
    let export_json = move |_| {
        let body = lists::to_json(&lists.store());
        download_or_say(
            app.message,
            "certscope-lists.json",
            "application/json",
            &body,
        );
    };
    let export_csv = move |_| {
        let body = lists::to_csv(&lists.store(), app.catalog);
        download_or_say(app.message, "certscope-lists.csv", "text/csv", &body);
    };
    view! {
        <section class="transfer" aria-labelledby="transfer">
            <h2 id="transfer">"Export and import"</h2>
            <Show when=has_lists>
                <p>
                    <button type="button" class="button" on:click=export_json>"Export JSON"</button>
                    " "
                    <button type="button" class="button" on:click=export_csv>"Export CSV"</button>
                </p>
            </Show>
            <Show when=move || !read_only()>
                <p>
                    <label for="import">"Import a CertScope JSON file "</label>
                    <input
                        type="file"
                        id="import"
                        accept=".json,application/json"
                        on:change:target=move |ev| {
                            let input = ev.target();
                            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                lists.read_import(file);
                            }
                            // The same file can be chosen again after a cancel.
                            input.set_value("");
                        }
                    />
                </p>
            </Show>
            <Preview/>
        </section>
    }
}

#[component]
fn Preview() -> impl IntoView {
    let lists = use_app().lists;
    move || {
        let preview = lists.state.read().preview.clone()?;
        let added = (!preview.added.is_empty()).then(|| {
            let names = preview
                .added
                .iter()
                .map(|n| view! { <li>{n.clone()}</li> })
                .collect_view();
            view! { <ul>{names}</ul> }
        });
        Some(view! {
            <div class="notice" role="region" aria-label="Import preview">
                <p>{preview_sentence(&preview)}</p>
                {added}
                <button type="button" id="confirm-import" on:click=move |_| lists.confirm_import()>
                    "Import"
                </button>
                " "
                <button type="button" id="cancel-import" on:click=move |_| lists.cancel_import()>
                    "Cancel"
                </button>
            </div>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::{apply, Edit, Store};

    fn store() -> Store {
        let mut s = Store::default();
        for edit in [
            Edit::Create {
                id: "a".into(),
                name: "<b>Mine</b>".into(),
            },
            Edit::Add {
                list: "a".into(),
                cert: "aws-aif-c01".into(),
            },
            Edit::Add {
                list: "a".into(),
                cert: "gone-cert".into(),
            },
        ] {
            s = apply(&s, edit).unwrap();
        }
        s
    }

    #[test]
    fn unknown_entries_are_kept_and_marked() {
        let catalog = Catalog::embedded().unwrap();
        assert_eq!(
            entry_name(&catalog, "gone-cert"),
            ("gone-cert (no longer in the catalog)".to_owned(), false)
        );
        assert_eq!(comparable(&catalog, &store().lists[0]), ["aws-aif-c01"]);
    }

    #[test]
    fn the_ranked_list_holds_known_entries_with_their_fit() {
        let catalog = Catalog::embedded().unwrap();
        let (lines, excluded) = ranked_lines(&catalog, &store().lists[0], &Profile::default());
        assert!(excluded.is_empty());
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].0, "aws-aif-c01");
        assert!(lines[0].1.starts_with(": fit "), "{}", lines[0].1);
    }

    #[test]
    fn the_preview_counts_what_an_import_does() {
        let preview = ImportPreview {
            added: vec!["One".into(), "Two".into()],
            updated: vec!["Three".into()],
            unknown_certs: 1,
            incoming: Store::default(),
        };
        assert_eq!(
            preview_sentence(&preview),
            "This file adds 2 list(s) and updates 1; 1 entries are no longer in the catalog and are kept, marked. Nothing changes until you confirm."
        );
    }
}
