//! Shortlists in the browser: the lists as a signal, loaded and saved only through
//! `browser::storage`, kept in step with other tabs (the `storage` event), and one method per
//! thing a person can do to them, called by the components. The format is `crate::lists`.

use leptos::prelude::*;

use crate::browser::storage::{self, StorageError};
use crate::catalog::Catalog;
use crate::lists::{self, Edit, ImportPreview, List, Loaded, Store, BACKUP_KEY, KEY};

/// Everything about the lists, in one signal: these fields change together (a save can set the
/// banner and the store at once).
#[derive(Default)]
pub struct State {
    pub store: Store,
    /// Written by a newer CertScope, or unreadable and impossible to back up: never written.
    pub read_only: bool,
    /// Why lists are not saved or not readable, shown on the lists page.
    pub banner: Option<String>,
    /// Unreadable stored text, offered as a download.
    pub backup: Option<String>,
    /// The last deleted list and where it was, for Undo.
    pub undo: Option<(List, usize)>,
    pub preview: Option<ImportPreview>,
    /// Lists deleted in this tab, so a merge with stored data does not bring them back.
    deleted: Vec<String>,
}

#[derive(Clone, Copy)]
pub struct Lists {
    pub state: RwSignal<State>,
    /// The app's one announcer (shared with the compare tray).
    message: RwSignal<String>,
    catalog: &'static Catalog,
}

const NOT_SAVING: &str = "This browser is not saving data (private mode or storage turned off), so lists last only until you close the page.";
const FULL: &str = "Your browser refused to save data for this site (its storage is full or turned off), so changes are not kept. Export your lists to keep them.";
const READ_ONLY: &str = "Lists are read-only here; nothing was changed.";

fn newer(version: u32) -> String {
    format!("Your lists were saved by a newer version of CertScope (format {version}). This version cannot read them and will not change them: open the newer version, or export from it.")
}

impl Lists {
    pub fn new(catalog: &'static Catalog, message: RwSignal<String>) -> Lists {
        Lists {
            state: RwSignal::new(load()),
            message,
            catalog,
        }
    }
}

/// Reads the stored lists and says what is wrong with them, if anything.
fn load() -> State {
    let mut state = State::default();
    match storage::probe() {
        Ok(()) => {}
        Err(StorageError::Unavailable) => state.banner = Some(NOT_SAVING.into()),
        Err(StorageError::Refused) => state.banner = Some(FULL.into()),
    }
    let text = storage::read(KEY);
    match lists::load(text.as_deref()) {
        Loaded::Empty => {}
        // A migrated store is saved in the current format with the next change; the old text
        // stays until then.
        Loaded::Current(store) | Loaded::Migrated { store, .. } => state.store = store,
        Loaded::Future { version } => {
            state.read_only = true;
            state.banner = Some(newer(version));
        }
        Loaded::Corrupt { reason } => {
            set_aside(&mut state, text.unwrap_or_default(), &reason);
        }
    }
    state
}

/// Keeps unreadable stored text under the backup key before anything may be written over it,
/// and says so in the banner, which offers it as a download. When it cannot be kept the lists
/// turn read-only. Returns whether it was kept.
fn set_aside(state: &mut State, text: String, reason: &str) -> bool {
    let kept = storage::read(BACKUP_KEY).as_deref() == Some(text.as_str())
        || storage::write(BACKUP_KEY, &text).is_ok();
    state.read_only |= !kept;
    state.banner = Some(format!(
        "Your saved lists could not be read ({reason}). {} You can download what was stored.",
        if kept {
            "They are kept aside, untouched, and you can start new lists."
        } else {
            "Nothing will be written until this is resolved."
        }
    ));
    state.backup = Some(text);
    kept
}

impl Lists {
    pub fn read_only(self) -> bool {
        self.state.with_untracked(|s| s.read_only)
    }

    pub fn store(self) -> Store {
        self.state.with_untracked(|s| s.store.clone())
    }

    /// Another tab saved. Every save merges with what is stored first, so its copy already
    /// holds our lists; adopt it. Anything unreadable is left for the next load to report.
    pub fn other_tab_saved(self) {
        if self.read_only() {
            return;
        }
        match lists::load(storage::read(KEY).as_deref()) {
            // Not merged with ours: a list the other tab deleted must stay deleted.
            Loaded::Current(theirs) => self.state.update(|s| s.store = theirs),
            // A newer CertScope in another tab: from now on this one only reads.
            Loaded::Future { version } => self.state.update(|s| {
                s.read_only = true;
                s.banner = Some(newer(version));
            }),
            // Anything unreadable is dealt with by the next save, which keeps a backup.
            _ => {}
        }
    }

    /// Applies an edit and saves, merged with whatever another tab stored meanwhile.
    pub fn edit(self, edit: Edit, said: String) -> bool {
        match lists::apply(&self.store(), edit) {
            Ok(next) => {
                let saved = self.save(next);
                if saved {
                    self.message.set(said);
                }
                saved
            }
            Err(e) => {
                self.message.set(e.to_string());
                false
            }
        }
    }

    /// Writes `next`, merged with what another tab stored meanwhile; refused, saying so, when
    /// the lists are read-only. What is stored now is
    /// read again first: a newer app's lists are never written over (the lists turn
    /// read-only), and text that became unreadable is kept under the backup key before it is
    /// replaced. Returns false, having said why, when nothing was changed.
    fn save(self, next: Store) -> bool {
        if self.read_only() {
            self.message.set(READ_ONLY.into());
            return false;
        }
        let stored = storage::read(KEY);
        let merged = match lists::load(stored.as_deref()) {
            Loaded::Current(theirs) => self
                .state
                .with_untracked(|s| lists::merge(&next, &theirs, &s.deleted)),
            Loaded::Future { version } => {
                self.state.update(|s| {
                    s.read_only = true;
                    s.banner = Some(newer(version));
                });
                self.message.set(READ_ONLY.into());
                return false;
            }
            // Written meanwhile by something else: kept aside and announced as at load.
            Loaded::Corrupt { reason } => {
                let text = stored.unwrap_or_default();
                let kept = self.state.try_update(|s| set_aside(s, text, &reason));
                if kept != Some(true) {
                    self.message.set(READ_ONLY.into());
                    return false;
                }
                next
            }
            Loaded::Empty | Loaded::Migrated { .. } => next,
        };
        let written = storage::write(KEY, &lists::to_json(&merged));
        self.state.update(|s| {
            match written {
                Ok(()) if s.banner.as_deref() == Some(FULL) => s.banner = None,
                Ok(()) => {}
                Err(StorageError::Unavailable) => s.banner = Some(NOT_SAVING.into()),
                Err(StorageError::Refused) => s.banner = Some(FULL.into()),
            }
            s.store = merged;
        });
        true
    }

    fn name_of(self, list: &str) -> String {
        self.state.with_untracked(|s| {
            s.store
                .lists
                .iter()
                .find(|l| l.id == list)
                .map_or_else(String::new, |l| l.name.clone())
        })
    }

    fn cert_name(self, id: &str) -> String {
        self.catalog.name_of(id).to_owned()
    }

    /// Creates a list named `name`; true when it was saved (the caller clears its field).
    pub fn create(self, name: &str) -> bool {
        let said = format!("Created the list “{}”.", name.trim());
        self.edit(
            Edit::Create {
                id: new_id(),
                name: name.to_owned(),
            },
            said,
        )
    }

    /// Saves `certs` to the list `list`: adds those missing, or removes them all when they are
    /// all in it already (one certification from a card, or every column of a comparison).
    pub fn toggle_saved(self, list: &str, certs: &[String]) {
        let mut next = self.store();
        let Some(at) = next.lists.iter().position(|l| l.id == list) else {
            return;
        };
        let saved =
            |next: &Store, cert: &str| next.lists[at].items.iter().position(|i| i.cert == cert);
        let remove = certs.iter().all(|c| saved(&next, c).is_some());
        for cert in certs {
            let edit = match (remove, saved(&next, cert)) {
                (true, Some(index)) => Edit::Remove {
                    list: list.to_owned(),
                    index,
                },
                (false, None) => Edit::Add {
                    list: list.to_owned(),
                    cert: cert.clone(),
                },
                _ => continue,
            };
            match lists::apply(&next, edit) {
                Ok(applied) => next = applied,
                Err(e) => return self.message.set(e.to_string()),
            }
        }
        let names = match certs {
            [one] => self.cert_name(one),
            many => format!("{} certifications", many.len()),
        };
        let name = self.name_of(list);
        let said = if remove {
            format!("Removed {names} from {name}.")
        } else {
            format!("Saved {names} to {name}.")
        };
        if self.save(next) {
            self.message.set(said);
        }
    }

    pub fn move_item(self, list: &str, index: usize, up: bool) {
        let said = format!("Moved {}.", if up { "up" } else { "down" });
        let list = list.to_owned();
        self.edit(Edit::Move { list, index, up }, said);
    }

    pub fn remove_item(self, list: &str, index: usize) {
        let cert = self.state.with_untracked(|s| {
            s.store
                .lists
                .iter()
                .find(|l| l.id == list)
                .and_then(|l| l.items.get(index))
                .map(|i| i.cert.clone())
        });
        let Some(cert) = cert else { return };
        let said = format!(
            "Removed {} from {}.",
            self.cert_name(&cert),
            self.name_of(list)
        );
        let list = list.to_owned();
        self.edit(Edit::Remove { list, index }, said);
    }

    /// Deletes a list, keeping it for Undo.
    pub fn delete(self, list: &str) {
        let Some((removed, at)) = self.state.with_untracked(|s| {
            let at = s.store.lists.iter().position(|l| l.id == list)?;
            Some((s.store.lists[at].clone(), at))
        }) else {
            return;
        };
        let said = format!(
            "Deleted the list “{}”. Undo is at the top of the lists.",
            removed.name
        );
        self.state.update(|s| s.deleted.push(list.to_owned()));
        if self.edit(
            Edit::Delete {
                list: list.to_owned(),
            },
            said,
        ) {
            self.state.update(|s| s.undo = Some((removed, at)));
        }
    }

    /// Brings back the last deleted list where it was.
    pub fn undo(self) {
        let Some((list, at)) = self.state.with_untracked(|s| s.undo.clone()) else {
            return;
        };
        let mut next = self.store();
        next.lists.insert(at.min(next.lists.len()), list.clone());
        self.state.update(|s| {
            s.deleted.retain(|id| *id != list.id);
            s.undo = None;
        });
        if self.save(next) {
            self.message.set(format!("Restored “{}”.", list.name));
        }
    }

    pub fn rename(self, list: &str, name: String) {
        let list = list.to_owned();
        self.edit(Edit::Rename { list, name }, "Renamed.".into());
    }

    pub fn set_list_note(self, list: &str, note: String) {
        let list = list.to_owned();
        self.edit(Edit::ListNote { list, note }, "Note saved.".into());
    }

    pub fn set_item_note(self, list: &str, index: usize, note: String) {
        let list = list.to_owned();
        self.edit(Edit::ItemNote { list, index, note }, "Note saved.".into());
    }

    /// Reads a chosen import file and shows what importing it would do; changes nothing.
    pub fn read_import(self, file: web_sys::File) {
        if file.size() > lists::MAX_IMPORT_BYTES as f64 {
            self.state.update(|s| s.preview = None);
            self.message
                .set("The file is larger than 1 MB, so it was not read. Nothing changed.".into());
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let Some(text) = text.ok().and_then(|t| t.as_string()) else {
                self.state.update(|s| s.preview = None);
                self.message.set(
                    "The file could not be read (it may have been moved or is not text). Nothing changed."
                        .into(),
                );
                return;
            };
            let preview = lists::preview_import(&text, &self.store(), self.catalog);
            self.message.set(match &preview {
                Ok(_) => "Check what the import will do, then confirm.".into(),
                Err(why) => format!("{why} Nothing changed."),
            });
            self.state.update(|s| s.preview = preview.ok());
        });
    }

    pub fn confirm_import(self) {
        let Some(preview) = self.state.with_untracked(|s| s.preview.clone()) else {
            return;
        };
        // Kept on screen when nothing could be saved, to try again.
        if self.save(lists::merge(&self.store(), &preview.incoming, &[])) {
            self.state.update(|s| s.preview = None);
            self.message.set("Imported.".into());
        }
    }

    pub fn cancel_import(self) {
        self.state.update(|s| s.preview = None);
        self.message
            .set("Import cancelled; nothing changed.".into());
    }

    /// Keeps a shared list as one of this browser's own.
    pub fn save_copy(self, shared: &List) {
        let mut next = self.store();
        next.lists.push(List {
            id: new_id(),
            revision: 1,
            ..shared.clone()
        });
        if self.save(next) {
            self.message
                .set(format!("Saved a copy of “{}” to your lists.", shared.name));
        }
    }
}

/// A list id unique across tabs and devices: time plus randomness.
fn new_id() -> String {
    format!(
        "l{}{}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 1e6) as u64
    )
}
