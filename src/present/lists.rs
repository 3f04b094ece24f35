//! The lists page: every shortlist with its entries and notes, the controls to edit them,
//! export and import, and the read-only view of a shared list. Controls carry `data-action`
//! and friends; `ui::lists` handles them in one place.

use crate::catalog::Catalog;
use crate::compare::{DEFAULT_MONTHS, MAX};
use crate::lists::{self, ImportPreview, List, Store, MAX_NAME, MAX_NOTE};
use crate::route::{encode_component, join};
use crate::score::Ranking;
use crate::tree::{el, Element, Node};

/// What the page knows beyond the lists themselves.
pub struct PageState<'a> {
    pub base: &'a str,
    /// Lists cannot be changed (written by a newer app); the banner says why.
    pub read_only: bool,
    pub banner: Option<&'a str>,
    /// Unreadable stored text kept as a backup, offered as a download.
    pub backup: Option<&'a str>,
    pub undo: Option<&'a str>,
    pub preview: Option<&'a ImportPreview>,
    /// A list opened from a share link.
    pub shared: Option<Result<&'a List, &'a str>>,
    /// The whole catalog ranked by the person's fit score (their remembered priorities).
    pub ranking: &'a Ranking<'a>,
}

fn button(action: &'static str, id: String, label: impl Into<String>) -> Element {
    el("button")
        .attr("type", "button")
        .attr("id", id)
        .attr("data-action", action)
        .text(label)
}

fn download(name: &str, mime: &str, body: &str, label: &'static str) -> Element {
    el("a")
        .class("button")
        .attr("download", name)
        .attr(
            "href",
            format!("data:{mime};charset=utf-8,{}", encode_component(body)),
        )
        .text(label)
}

fn cert_name(catalog: &Catalog, id: &str) -> (String, bool) {
    match catalog.get(id) {
        Some(c) => (c.name.clone(), true),
        None => (format!("{id} (no longer in the catalog)"), false),
    }
}

fn items(base: &str, catalog: &Catalog, list: &List, editable: bool) -> Element {
    let last = list.items.len().saturating_sub(1);
    let rows = list.items.iter().enumerate().map(|(n, item)| {
        let (name, known) = cert_name(catalog, &item.cert);
        let title = if known {
            el("a")
                .attr("href", crate::present::cert_href(base, &item.cert))
                .text(name.as_str())
        } else {
            el("span").class("unknown").text(name.as_str())
        };
        // Keyed by certification, so a moved entry keeps its elements and its focus.
        let mut li = el("li")
            .attr("data-key", item.cert.as_str())
            .attr("data-list", list.id.as_str())
            .attr("data-index", n.to_string())
            .child(title);
        if editable {
            let id = format!("{}-{}", list.id, item.cert);
            // Both moves are always there (inert at the ends), so focus is never dropped when
            // an entry reaches the top or bottom.
            // The visible words start the accessible name (WCAG 2.5.3); the entry's name
            // follows for screen readers only.
            let which = || el("span").class("visually-hidden").text(format!(" {name}"));
            let mut up = button("up", format!("up-{id}"), "Move up").child(which());
            if n == 0 {
                up = up.attr("aria-disabled", "true");
            }
            let mut down = button("down", format!("down-{id}"), "Move down").child(which());
            if n == last {
                down = down.attr("aria-disabled", "true");
            }
            let tools = el("span").class("item-tools").child(up).child(down).child(
                button("remove", format!("remove-{id}"), "Remove")
                    .attr("aria-label", format!("Remove {name} from {}", list.name)),
            );
            li = li.child(tools).child(
                el("label")
                    .class("note")
                    .text(format!("Note on {name} "))
                    .child(
                        el("textarea")
                            .attr("rows", "2")
                            .attr("id", format!("note-{id}"))
                            .attr("data-action", "item-note")
                            .attr("maxlength", MAX_NOTE.to_string())
                            .attr("value", item.note.as_str()),
                    ),
            );
        } else if !item.note.is_empty() {
            li = li.child(el("p").class("note").text(item.note.as_str()));
        }
        li
    });
    el("ol").class("list-items").children(rows)
}

/// The list's certifications in the order of the person's fit score, with their scores; those
/// the score's limits exclude say why.
fn ranked(base: &str, catalog: &Catalog, list: &List, ranking: &Ranking) -> Element {
    let saved = |id: &str| list.items.iter().any(|i| i.cert == id);
    let ranked = ranking
        .ranked
        .iter()
        .filter(|s| saved(&s.cert.id))
        .map(|s| {
            el("li")
                .child(crate::present::cert_link(base, catalog, &s.cert.id))
                .text(format!(": fit {} of 100", s.label()))
        });
    let excluded = ranking
        .excluded
        .iter()
        .filter(|(c, _)| saved(&c.id))
        .map(|(c, why)| {
            el("li")
                .child(crate::present::cert_link(base, catalog, &c.id))
                .text(format!(": excluded because {}.", why.sentence(c)))
        });
    el("details")
        .child(el("summary").text("Ranked by your fit score"))
        .child(el("ol").children(ranked))
        .child(el("ul").children(excluded))
        .child(
            el("p").child(
                el("a")
                    .attr("href", join(base, "score"))
                    .text("Change your priorities"),
            ),
        )
}

fn list_section(
    base: &str,
    catalog: &Catalog,
    list: &List,
    editable: bool,
    ranking: &Ranking,
) -> Element {
    let heading = format!("list-{}", list.id);
    let ids: Vec<String> = list
        .items
        .iter()
        .filter(|i| catalog.get(&i.cert).is_some())
        .take(MAX)
        .map(|i| i.cert.clone())
        .collect();
    let mut section = el("section")
        .class("shortlist")
        .attr("data-key", list.id.as_str())
        .attr("aria-labelledby", heading.as_str())
        .attr("data-list", list.id.as_str())
        .child(el("h2").attr("id", heading).text(list.name.as_str()));
    if editable {
        section = section
            .child(
                el("label").text("Name ").child(
                    el("input")
                        .attr("type", "text")
                        .attr("id", format!("name-{}", list.id))
                        .attr("data-action", "rename")
                        .attr("maxlength", MAX_NAME.to_string())
                        .attr("value", list.name.as_str()),
                ),
            )
            .child(
                el("label").class("note").text("Note on this list ").child(
                    el("textarea")
                        .attr("id", format!("list-note-{}", list.id))
                        .attr("data-action", "list-note")
                        .attr("maxlength", MAX_NOTE.to_string())
                        .attr("rows", "2")
                        .attr("value", list.note.as_str()),
                ),
            );
    } else if !list.note.is_empty() {
        section = section.child(el("p").text(list.note.as_str()));
    }
    if list.items.is_empty() {
        section = section.child(
            el("p")
                .class("hint")
                .text("Nothing saved yet: use “Save to list” on a certification's page."),
        );
    } else {
        section = section
            .child(items(base, catalog, list, editable))
            .child(ranked(base, catalog, list, ranking));
    }
    let mut tools = el("p").class("list-tools");
    if ids.len() >= 2 {
        let href = crate::present::compare_href(base, &ids, DEFAULT_MONTHS, false);
        tools = tools.child(
            el("a")
                .attr("href", href)
                .text(format!("Compare the first {}", ids.len())),
        );
    }
    if editable {
        tools = tools
            .child(match lists::share_param(list) {
                Some(param) => el("a")
                    .attr("href", join(base, &format!("lists?share={param}")))
                    .attr("id", format!("share-{}", list.id))
                    .text("Share link (read-only copy)"),
                None => el("span").text("Too long to share as a link: export it instead."),
            })
            .child(
                button("delete", format!("delete-{}", list.id), "Delete list")
                    .attr("aria-label", format!("Delete list {}", list.name)),
            );
    }
    section.child(tools)
}

/// The whole lists page below the header.
pub fn page(catalog: &Catalog, store: &Store, state: &PageState) -> Node {
    let base = state.base;
    let mut page = el("div").child(el("h1").text("Shortlists"));
    if let Some(banner) = state.banner {
        let mut notice = el("div")
            .class("notice notice-warn")
            .attr("role", "alert")
            .child(el("p").text(banner));
        if let Some(backup) = state.backup {
            notice = notice.child(download(
                "certscope-unreadable-lists.txt",
                "text/plain",
                backup,
                "Download the unreadable data",
            ));
        }
        page = page.child(notice);
    }
    if let Some(shared) = &state.shared {
        return match shared {
            Ok(list) => page
                .child(
                    el("p").text(
                        "A list someone shared with you. It is read-only until you save a copy.",
                    ),
                )
                .child(list_section(base, catalog, list, false, state.ranking))
                .child(button(
                    "save-copy",
                    "save-copy".into(),
                    "Save a copy to my lists",
                ))
                .into(),
            Err(why) => page
                .child(el("p").class("notice notice-doubt").text(*why))
                .child(
                    el("p").child(
                        el("a")
                            .attr("href", join(base, "lists"))
                            .text("Go to my lists"),
                    ),
                )
                .into(),
        };
    }
    if let Some(name) = state.undo {
        page = page.child(
            el("p")
                .class("undo")
                .text(format!("Deleted “{name}”. "))
                .child(button("undo", "undo".into(), "Undo")),
        );
    }
    if !state.read_only {
        page = page.child(
            el("p")
                .class("create")
                .child(el("label").attr("for", "new-list").text("New list name "))
                .child(
                    el("input")
                        .attr("type", "text")
                        .attr("id", "new-list")
                        .attr("maxlength", MAX_NAME.to_string()),
                )
                .text(" ")
                .child(button("create", "create".into(), "Create list")),
        );
    }
    if store.lists.is_empty() && !state.read_only {
        page = page.child(
            el("p").text("No lists yet. Create one, then add certifications from their pages."),
        );
    }
    for list in &store.lists {
        page = page.child(list_section(
            base,
            catalog,
            list,
            !state.read_only,
            state.ranking,
        ));
    }
    let mut transfer = el("section")
        .class("transfer")
        .attr("aria-labelledby", "transfer")
        .child(el("h2").attr("id", "transfer").text("Export and import"));
    if !store.lists.is_empty() {
        transfer = transfer.child(
            el("p")
                .child(download(
                    "certscope-lists.json",
                    "application/json",
                    &lists::to_json(store),
                    "Export JSON",
                ))
                .text(" ")
                .child(download(
                    "certscope-lists.csv",
                    "text/csv",
                    &lists::to_csv(store, catalog),
                    "Export CSV",
                )),
        );
    }
    if !state.read_only {
        transfer = transfer.child(
            el("p")
                .child(
                    el("label")
                        .attr("for", "import")
                        .text("Import a CertScope JSON file "),
                )
                .child(
                    el("input")
                        .attr("type", "file")
                        .attr("id", "import")
                        .attr("accept", ".json,application/json")
                        .attr("data-action", "import"),
                ),
        );
    }
    if let Some(preview) = state.preview {
        let mut p = el("div")
            .class("notice")
            .attr("role", "region")
            .attr("aria-label", "Import preview")
            .child(el("p").text(format!(
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
            )));
        if !preview.added.is_empty() {
            p = p.child(el("ul").children(preview.added.iter().map(|n| el("li").text(n.as_str()))));
        }
        transfer = transfer.child(
            p.child(button("confirm-import", "confirm-import".into(), "Import"))
                .text(" ")
                .child(button("cancel-import", "cancel-import".into(), "Cancel")),
        );
    }
    page.child(transfer).into()
}

/// "Save to a list" for one certification (its page) or several (a comparison): per list, a
/// button that says what it does — add them, or remove them once they are all in it.
pub fn save_to_list(base: &str, store: &Store, certs: &[String], read_only: bool) -> Element {
    let box_ = el("div")
        .class("save-to")
        .child(el("h2").attr("id", "save-to").text("Save to a list"));
    if read_only {
        return box_.child(el("p").text("Lists are read-only in this version of CertScope."));
    }
    if store.lists.is_empty() {
        return box_.child(
            el("p")
                .child(
                    el("a")
                        .attr("href", join(base, "lists"))
                        .text("Create a list"),
                )
                .text(" to keep these with your notes."),
        );
    }
    let what = match certs.len() {
        1 => String::new(),
        n => format!("these {n} "),
    };
    let buttons = store.lists.iter().map(|l| {
        let saved = certs.iter().all(|c| l.items.iter().any(|i| i.cert == *c));
        let b = el("button")
            .attr("type", "button")
            .attr("id", format!("save-{}", l.id))
            .attr("data-action", "save")
            .attr("data-list", l.id.as_str())
            .attr("data-cert", certs.join(","))
            .text(if saved {
                format!("Remove {what}from {}", l.name)
            } else {
                format!("Add {what}to {}", l.name)
            });
        el("li").child(if saved { b.class("saved") } else { b })
    });
    box_.child(el("ul").children(buttons))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::{apply, Edit};
    use crate::score::{rank, Profile};

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

    fn draw(read_only: bool, shared: Option<Result<&List, &str>>) -> Node {
        let catalog = Catalog::embedded().unwrap();
        let ranking = rank(&catalog, &Profile::default());
        let state = PageState {
            base: "/certscope",
            read_only,
            banner: None,
            backup: None,
            undo: None,
            preview: None,
            shared,
            ranking: &ranking,
        };
        page(&catalog, &store(), &state)
    }

    #[test]
    fn names_are_text_and_unknown_entries_are_marked() {
        let tree = draw(false, None);
        assert!(tree.find_all("b").is_empty());
        let text = tree.text_content();
        assert!(text.contains("<b>Mine</b>"));
        assert!(text.contains("gone-cert (no longer in the catalog)"));
        // The list ranked by the fit score holds its known entries only.
        assert!(text.contains("Ranked by your fit score"));
        let ranked = tree.find_all("details")[0];
        let ranked: Node = ranked.clone().into();
        assert!(ranked
            .text_content()
            .contains("AWS Certified AI Practitioner: fit"));
        assert!(!ranked.text_content().contains("gone-cert"));
    }

    #[test]
    fn read_only_lists_have_no_controls() {
        let editable = draw(false, None);
        let read_only = draw(true, None);
        assert!(!editable.find_all("button").is_empty());
        assert!(read_only.find_all("button").is_empty());
        assert!(read_only.find_all("input").is_empty());
    }

    #[test]
    fn a_shared_list_offers_a_copy_and_a_bad_link_says_why() {
        let list = store().lists[0].clone();
        let shared = draw(false, Some(Ok(&list)));
        let buttons = shared.find_all("button");
        assert_eq!(buttons.len(), 1);
        assert_eq!(buttons[0].get("data-action"), Some("save-copy"));
        let bad = draw(false, Some(Err("This share link is damaged.")));
        assert!(bad.text_content().contains("This share link is damaged."));
        assert!(bad.find_all("button").is_empty());
    }

    #[test]
    fn save_buttons_say_what_they_do() {
        let s = store();
        let one = save_to_list("", &s, &["aws-aif-c01".to_owned()], false);
        let two = save_to_list(
            "",
            &s,
            &["aws-aif-c01".to_owned(), "gcp-pmle".to_owned()],
            false,
        );
        let text = |e: Element| Node::from(e).text_content();
        assert!(text(one).contains("Remove from <b>Mine</b>"));
        assert!(text(two).contains("Add these 2 to <b>Mine</b>"));
        let none = save_to_list("", &Store::default(), &["x".to_owned()], false);
        assert!(text(none).contains("Create a list"));
    }
}
