//! Shortlists: named lists of certifications with notes. This module is the whole format —
//! the versioned storage envelope, migrations, cross-tab merge, JSON export/import with a
//! preview, CSV export and share links — as pure Rust with native tests. Only
//! `ui::storage` touches `localStorage`.
//!
//! Stored under [`KEY`] as `{"version": 2, "lists": [...]}`. A version newer than this app
//! knows is never overwritten; text that cannot be read is kept under [`BACKUP_KEY`].

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::route::{decode_component, encode_component};

/// The storage key of the lists envelope.
pub const KEY: &str = "certscope.lists";
/// Where unreadable stored text is kept, untouched, for the person to download.
pub const BACKUP_KEY: &str = "certscope.lists.backup";
/// The envelope version this app writes.
pub const VERSION: u32 = 2;

pub const MAX_NAME: usize = 80;
pub const MAX_NOTE: usize = 500;
pub const MAX_LISTS: usize = 50;
pub const MAX_ITEMS: usize = 200;
/// Import files larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;
/// Share links longer than this are refused (browsers and servers cut long URLs).
pub const MAX_SHARE_CHARS: usize = 8_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// A certification id; it may no longer be in the catalog (kept, shown as such).
    pub cert: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct List {
    /// Unique and stable: cross-tab merge and import match lists by it.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub items: Vec<Item>,
    /// Bumped on every change, so a merge keeps the newer copy of a list.
    #[serde(default)]
    pub revision: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Store {
    pub lists: Vec<List>,
}

/// The envelope as stored and exported.
#[derive(Serialize, Deserialize)]
struct Envelope {
    version: u32,
    #[serde(default)]
    lists: Vec<List>,
}

/// Version 1 (kept as a fixture): lists had a name and bare ids, no notes, no list ids.
#[derive(Deserialize)]
struct V1List {
    name: String,
    #[serde(default)]
    ids: Vec<String>,
}

#[derive(Deserialize)]
struct V1Envelope {
    lists: Vec<V1List>,
}

/// What reading the stored text gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    Current(Store),
    /// Read from an older version; saving writes the current one.
    Migrated {
        store: Store,
        from: u32,
    },
    /// Written by a newer app: show it, but never overwrite it.
    Future {
        version: u32,
    },
    /// Not JSON or not the expected shape: keep the text as a backup, start empty.
    Corrupt {
        reason: String,
    },
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// Reads stored or imported text.
pub fn load(text: Option<&str>) -> Loaded {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return Loaded::Empty;
    };
    let version = match serde_json::from_str::<VersionOnly>(text) {
        Ok(v) => v.version,
        Err(e) => {
            return Loaded::Corrupt {
                reason: format!("it is not a CertScope lists file ({e})"),
            }
        }
    };
    match version {
        1 => match serde_json::from_str::<V1Envelope>(text) {
            Ok(v1) => Loaded::Migrated {
                store: migrate_v1(v1),
                from: 1,
            },
            Err(e) => Loaded::Corrupt {
                reason: format!("version 1 data has the wrong shape ({e})"),
            },
        },
        VERSION => match serde_json::from_str::<Envelope>(text) {
            Ok(envelope) => Loaded::Current(clean(Store {
                lists: envelope.lists,
            })),
            Err(e) => Loaded::Corrupt {
                reason: format!("the lists have the wrong shape ({e})"),
            },
        },
        v if v > VERSION => Loaded::Future { version: v },
        v => Loaded::Corrupt {
            reason: format!("unknown version {v}"),
        },
    }
}

fn migrate_v1(v1: V1Envelope) -> Store {
    let lists = v1
        .lists
        .into_iter()
        .enumerate()
        .map(|(n, l)| List {
            id: format!("v1-{n}"),
            name: l.name,
            note: String::new(),
            items: l
                .ids
                .into_iter()
                .map(|cert| Item {
                    cert,
                    note: String::new(),
                })
                .collect(),
            revision: 1,
        })
        .collect();
    clean(Store { lists })
}

fn cap(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// Makes list ids unique without dropping anything: a list with an empty or repeated id (only
/// a hand-edited file has one) gets a fresh id. Nothing stored is ever cut or dropped on load or
/// merge; the limits are checked when data comes in from outside (import, share link).
fn clean(store: Store) -> Store {
    let mut seen: Vec<String> = Vec::new();
    let lists = store
        .lists
        .into_iter()
        .map(|mut l| {
            if l.id.is_empty() || seen.contains(&l.id) {
                let stem = if l.id.is_empty() {
                    "list"
                } else {
                    l.id.as_str()
                };
                let fresh = (2..)
                    .map(|n| format!("{stem}~{n}"))
                    .find(|id| !seen.contains(id));
                l.id = fresh.unwrap_or_default();
            }
            seen.push(l.id.clone());
            l
        })
        .collect();
    Store { lists }
}

/// Whether incoming lists (an import, a share link) keep CertScope's limits, `total` being
/// how many lists there would be afterwards; says which limit is broken.
fn check_limits(lists: &[List], total: usize) -> Result<(), String> {
    if total > MAX_LISTS {
        return Err(format!(
            "That would make {total} lists; CertScope keeps up to {MAX_LISTS}."
        ));
    }
    for l in lists {
        let long = |t: &str, max| t.chars().count() > max;
        if l.items.len() > MAX_ITEMS {
            return Err(format!(
                "The list “{}” has {} entries; CertScope keeps up to {MAX_ITEMS}.",
                cap(&l.name, MAX_NAME),
                l.items.len()
            ));
        }
        if long(&l.name, MAX_NAME)
            || long(&l.note, MAX_NOTE)
            || l.items
                .iter()
                .any(|i| long(&i.note, MAX_NOTE) || long(&i.cert, 100))
        {
            return Err(format!(
                "A name or note in “{}” is longer than CertScope keeps ({MAX_NAME} characters for names, {MAX_NOTE} for notes).",
                cap(&l.name, MAX_NAME)
            ));
        }
    }
    Ok(())
}

/// The stored and exported form of `store`.
pub fn to_json(store: &Store) -> String {
    serde_json::to_string(&Envelope {
        version: VERSION,
        lists: store.lists.clone(),
    })
    .unwrap_or_default()
}

/// Merges another tab's (or the stored) lists into ours: every list either side has is kept;
/// where both have the same list, the higher revision wins. `deleted` holds ids this tab
/// deleted on purpose, so a merge does not bring them back.
pub fn merge(ours: &Store, theirs: &Store, deleted: &[String]) -> Store {
    let mut lists = ours.lists.clone();
    for list in &theirs.lists {
        if deleted.contains(&list.id) {
            continue;
        }
        match lists.iter_mut().find(|l| l.id == list.id) {
            Some(mine) if list.revision > mine.revision => *mine = list.clone(),
            Some(_) => {}
            None => lists.push(list.clone()),
        }
    }
    clean(Store { lists })
}

/// A change a person makes. Every one bumps the list's revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Create {
        id: String,
        name: String,
    },
    Rename {
        list: String,
        name: String,
    },
    ListNote {
        list: String,
        note: String,
    },
    Delete {
        list: String,
    },
    Add {
        list: String,
        cert: String,
    },
    Remove {
        list: String,
        index: usize,
    },
    ItemNote {
        list: String,
        index: usize,
        note: String,
    },
    Move {
        list: String,
        index: usize,
        up: bool,
    },
}

/// Why an edit was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    NoSuchList,
    TooMany(&'static str),
    EmptyName,
    /// A list with this id already exists (ids are generated unique; this guards the format).
    Exists,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::NoSuchList => write!(f, "That list no longer exists."),
            EditError::TooMany(what) => {
                write!(f, "There are already as many {what} as CertScope keeps.")
            }
            EditError::EmptyName => write!(f, "A list needs a name."),
            EditError::Exists => write!(f, "That list already exists."),
        }
    }
}

pub fn apply(store: &Store, edit: Edit) -> Result<Store, EditError> {
    let mut next = store.clone();
    let find = |next: &mut Store, id: &str| -> Result<usize, EditError> {
        next.lists
            .iter()
            .position(|l| l.id == id)
            .ok_or(EditError::NoSuchList)
    };
    match edit {
        Edit::Create { id, name } => {
            let name = cap(name.trim(), MAX_NAME);
            if name.is_empty() {
                return Err(EditError::EmptyName);
            }
            if next.lists.len() >= MAX_LISTS {
                return Err(EditError::TooMany("lists"));
            }
            if id.is_empty() || next.lists.iter().any(|l| l.id == id) {
                return Err(EditError::Exists);
            }
            next.lists.push(List {
                id,
                name,
                note: String::new(),
                items: Vec::new(),
                revision: 1,
            });
            return Ok(next);
        }
        Edit::Delete { list } => {
            let at = find(&mut next, &list)?;
            next.lists.remove(at);
            return Ok(next);
        }
        Edit::Rename { list, name } => {
            let name = cap(name.trim(), MAX_NAME);
            if name.is_empty() {
                return Err(EditError::EmptyName);
            }
            let at = find(&mut next, &list)?;
            next.lists[at].name = name;
            next.lists[at].revision += 1;
        }
        Edit::ListNote { list, note } => {
            let at = find(&mut next, &list)?;
            next.lists[at].note = cap(&note, MAX_NOTE);
            next.lists[at].revision += 1;
        }
        Edit::Add { list, cert } => {
            let at = find(&mut next, &list)?;
            let l = &mut next.lists[at];
            if !l.items.iter().any(|i| i.cert == cert) {
                if l.items.len() >= MAX_ITEMS {
                    return Err(EditError::TooMany("entries in this list"));
                }
                l.items.push(Item {
                    cert,
                    note: String::new(),
                });
                l.revision += 1;
            }
        }
        Edit::Remove { list, index } => {
            let at = find(&mut next, &list)?;
            let l = &mut next.lists[at];
            if index < l.items.len() {
                l.items.remove(index);
                l.revision += 1;
            }
        }
        Edit::ItemNote { list, index, note } => {
            let at = find(&mut next, &list)?;
            let l = &mut next.lists[at];
            if let Some(item) = l.items.get_mut(index) {
                item.note = cap(&note, MAX_NOTE);
                l.revision += 1;
            }
        }
        Edit::Move { list, index, up } => {
            let at = find(&mut next, &list)?;
            let l = &mut next.lists[at];
            let to = if up {
                index.checked_sub(1)
            } else {
                Some(index + 1)
            };
            if let Some(to) = to.filter(|to| *to < l.items.len() && index < l.items.len()) {
                l.items.swap(index, to);
                l.revision += 1;
            }
        }
    }
    Ok(next)
}

/// What an import would do, shown before anything changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    pub store: Store,
    /// Names of lists that would be added.
    pub added: Vec<String>,
    /// Names of lists that already exist here and would be replaced by a newer copy.
    pub updated: Vec<String>,
    /// Entries whose certification is not in the catalog (kept, marked).
    pub unknown_certs: usize,
}

/// Checks an import file; nothing changes until the person confirms the preview.
pub fn preview_import(
    text: &str,
    current: &Store,
    catalog: &Catalog,
) -> Result<ImportPreview, String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(format!(
            "The file is {} KB; CertScope imports files up to 1 MB.",
            text.len() / 1000
        ));
    }
    let incoming = match load(Some(text)) {
        Loaded::Current(store) | Loaded::Migrated { store, .. } => store,
        Loaded::Empty => return Err("The file is empty.".into()),
        Loaded::Future { version } => {
            return Err(format!(
                "The file was written by a newer CertScope (format version {version}); this one reads up to version {VERSION}."
            ))
        }
        Loaded::Corrupt { reason } => return Err(format!("The file could not be read: {reason}.")),
    };
    let new_lists = incoming
        .lists
        .iter()
        .filter(|l| !current.lists.iter().any(|c| c.id == l.id))
        .count();
    check_limits(&incoming.lists, current.lists.len() + new_lists)
        .map_err(|e| format!("{e} Nothing was imported."))?;
    let mut added = Vec::new();
    let mut updated = Vec::new();
    for list in &incoming.lists {
        match current.lists.iter().find(|l| l.id == list.id) {
            None => added.push(list.name.clone()),
            Some(mine) if list.revision > mine.revision => updated.push(list.name.clone()),
            Some(_) => {}
        }
    }
    let unknown_certs = incoming
        .lists
        .iter()
        .flat_map(|l| &l.items)
        .filter(|i| catalog.get(&i.cert).is_none())
        .count();
    Ok(ImportPreview {
        store: merge(current, &incoming, &[]),
        added,
        updated,
        unknown_certs,
    })
}

/// One row per saved certification: list, name, provider, exam fee, status, note.
pub fn to_csv(store: &Store, catalog: &Catalog) -> String {
    let mut out = String::from("list,certification,provider,exam fee,status,note\r\n");
    for list in &store.lists {
        for item in &list.items {
            let cert = catalog.get(&item.cert);
            let fields = [
                list.name.clone(),
                cert.map_or_else(
                    || format!("{} (no longer in the catalog)", item.cert),
                    |c| c.name.clone(),
                ),
                cert.map_or_else(String::new, |c| catalog.provider_name(c).to_owned()),
                cert.map_or_else(String::new, |c| c.price.summary()),
                cert.map_or_else(String::new, |c| c.status.badge()),
                item.note.clone(),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet
/// never runs a note as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A list as the `share` parameter of a `lists?share=` link: its JSON, percent-encoded.
pub fn share_param(list: &List) -> String {
    let shared = List {
        id: String::new(),
        revision: 0,
        ..list.clone()
    };
    encode_component(&serde_json::to_string(&shared).unwrap_or_default())
}

/// Reads a `share` parameter (already percent-decoded by the query parser).
pub fn read_share(decoded: &str) -> Result<List, String> {
    if decoded.chars().count() > MAX_SHARE_CHARS {
        return Err("This share link is too long to be a CertScope list.".into());
    }
    match serde_json::from_str::<List>(decoded) {
        Ok(list) => {
            let list = List {
                id: "shared".into(),
                ..list
            };
            check_limits(std::slice::from_ref(&list), 1)?;
            Ok(list)
        }
        Err(_) => {
            Err("This share link is damaged or cut short, so no list could be read from it.".into())
        }
    }
}

/// `decode_component` for callers that hold the raw parameter.
pub fn read_share_raw(raw: &str) -> Result<List, String> {
    read_share(&decode_component(raw).text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Store {
        let mut s = Store::default();
        s = apply(
            &s,
            Edit::Create {
                id: "a".into(),
                name: "Cloud, \"ML\"".into(),
            },
        )
        .unwrap();
        s = apply(
            &s,
            Edit::Add {
                list: "a".into(),
                cert: "aws-aif-c01".into(),
            },
        )
        .unwrap();
        s = apply(
            &s,
            Edit::Add {
                list: "a".into(),
                cert: "gone-cert".into(),
            },
        )
        .unwrap();
        s = apply(
            &s,
            Edit::ItemNote {
                list: "a".into(),
                index: 0,
                note: "line 1\nline \"2\", done".into(),
            },
        )
        .unwrap();
        s = apply(
            &s,
            Edit::Create {
                id: "b".into(),
                name: "<script>alert(1)</script>".into(),
            },
        )
        .unwrap();
        s
    }

    #[test]
    fn v1_fixture_migrates_to_v2() {
        let v1 = r#"{"version":1,"lists":[{"name":"Mine","ids":["aws-aif-c01","gcp-pmle"]},{"name":"Empty"}]}"#;
        let Loaded::Migrated { store, from: 1 } = load(Some(v1)) else {
            panic!("{:?}", load(Some(v1)))
        };
        assert_eq!(store.lists.len(), 2);
        assert_eq!(store.lists[0].name, "Mine");
        assert_eq!(store.lists[0].items[1].cert, "gcp-pmle");
        assert!(store.lists[0].items.iter().all(|i| i.note.is_empty()));
        assert_ne!(store.lists[0].id, store.lists[1].id);
        // Saving writes the current version, which reads back as current.
        assert_eq!(load(Some(&to_json(&store))), Loaded::Current(store));
    }

    #[test]
    fn future_corrupt_and_empty_are_told_apart() {
        assert_eq!(
            load(Some(r#"{"version":9,"lists":"whatever"}"#)),
            Loaded::Future { version: 9 }
        );
        assert!(matches!(load(Some("not json")), Loaded::Corrupt { .. }));
        assert!(matches!(
            load(Some(r#"{"version":2,"lists":7}"#)),
            Loaded::Corrupt { .. }
        ));
        assert!(matches!(load(Some(r#"[1,2]"#)), Loaded::Corrupt { .. }));
        assert_eq!(load(None), Loaded::Empty);
        assert_eq!(load(Some("  ")), Loaded::Empty);
    }

    #[test]
    fn export_then_import_is_identity() {
        let store = sample();
        let json = to_json(&store);
        assert_eq!(load(Some(&json)), Loaded::Current(store.clone()));
        let catalog = Catalog::embedded().unwrap();
        let preview = preview_import(&json, &Store::default(), &catalog).unwrap();
        assert_eq!(preview.store, store);
        assert_eq!(preview.added.len(), 2);
        assert_eq!(preview.unknown_certs, 1);
    }

    #[test]
    fn merge_keeps_lists_from_both_sides_and_the_newer_copy() {
        let base = sample();
        let mut mine = apply(
            &base,
            Edit::Create {
                id: "c".into(),
                name: "Mine".into(),
            },
        )
        .unwrap();
        let theirs = apply(
            &base,
            Edit::Create {
                id: "d".into(),
                name: "Theirs".into(),
            },
        )
        .unwrap();
        let theirs = apply(
            &theirs,
            Edit::Rename {
                list: "a".into(),
                name: "Renamed there".into(),
            },
        )
        .unwrap();
        mine = merge(&mine, &theirs, &[]);
        let names: Vec<&str> = mine.lists.iter().map(|l| l.name.as_str()).collect();
        assert!(
            names.contains(&"Mine")
                && names.contains(&"Theirs")
                && names.contains(&"Renamed there")
        );
        // A list this tab deleted on purpose stays deleted.
        let without = apply(&mine, Edit::Delete { list: "d".into() }).unwrap();
        let merged = merge(&without, &theirs, &["d".into()]);
        assert!(merged.lists.iter().all(|l| l.id != "d"));
    }

    #[test]
    fn imports_that_are_wrong_change_nothing_and_say_why() {
        let catalog = Catalog::embedded().unwrap();
        let current = sample();
        for (text, says) in [
            ("{", "could not be read"),
            (r#"{"version":3,"lists":[]}"#, "newer CertScope"),
            (r#"{"lists":[]}"#, "could not be read"),
            ("", "empty"),
        ] {
            let err = preview_import(text, &current, &catalog).unwrap_err();
            assert!(err.contains(says), "{text}: {err}");
        }
        let big = format!(
            r#"{{"version":2,"lists":[],"pad":"{}"}}"#,
            "x".repeat(MAX_IMPORT_BYTES)
        );
        assert!(preview_import(&big, &current, &catalog)
            .unwrap_err()
            .contains("1 MB"));
    }

    #[test]
    fn csv_quotes_commas_quotes_newlines_and_formulas() {
        let catalog = Catalog::embedded().unwrap();
        let mut store = sample();
        store = apply(
            &store,
            Edit::ItemNote {
                list: "a".into(),
                index: 1,
                note: "=HYPERLINK(1)".into(),
            },
        )
        .unwrap();
        let csv = to_csv(&store, &catalog);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "list,certification,provider,exam fee,status,note");
        assert!(lines[1].starts_with("\"Cloud, \"\"ML\"\"\",AWS Certified AI Practitioner,"));
        assert!(csv.contains("\"line 1\nline \"\"2\"\", done\""));
        assert!(csv.contains("gone-cert (no longer in the catalog)"));
        assert!(csv.contains(",'=HYPERLINK(1)"));
    }

    #[test]
    fn share_link_round_trip_and_garbage() {
        let store = sample();
        let param = share_param(&store.lists[0]);
        let back = read_share_raw(&param).unwrap();
        assert_eq!(back.name, store.lists[0].name);
        assert_eq!(back.items, store.lists[0].items);
        assert!(read_share_raw("%7B%22name").is_err());
        assert!(read_share_raw(&"x".repeat(MAX_SHARE_CHARS + 1)).is_err());
        assert!(read_share_raw("").is_err());
    }

    #[test]
    fn edits_keep_limits() {
        let mut s = Store::default();
        assert_eq!(
            apply(
                &s,
                Edit::Create {
                    id: "x".into(),
                    name: "  ".into()
                }
            ),
            Err(EditError::EmptyName)
        );
        s = apply(
            &s,
            Edit::Create {
                id: "x".into(),
                name: "n".repeat(500),
            },
        )
        .unwrap();
        assert_eq!(s.lists[0].name.chars().count(), MAX_NAME);
        s = apply(
            &s,
            Edit::ListNote {
                list: "x".into(),
                note: "z".repeat(5000),
            },
        )
        .unwrap();
        assert_eq!(s.lists[0].note.chars().count(), MAX_NOTE);
        assert_eq!(
            apply(
                &s,
                Edit::Rename {
                    list: "nope".into(),
                    name: "a".into()
                }
            ),
            Err(EditError::NoSuchList)
        );
        s = apply(
            &s,
            Edit::Add {
                list: "x".into(),
                cert: "a".into(),
            },
        )
        .unwrap();
        s = apply(
            &s,
            Edit::Add {
                list: "x".into(),
                cert: "b".into(),
            },
        )
        .unwrap();
        s = apply(
            &s,
            Edit::Add {
                list: "x".into(),
                cert: "a".into(),
            },
        )
        .unwrap();
        assert_eq!(s.lists[0].items.len(), 2, "no duplicates");
        s = apply(
            &s,
            Edit::Move {
                list: "x".into(),
                index: 1,
                up: true,
            },
        )
        .unwrap();
        assert_eq!(s.lists[0].items[0].cert, "b");
        let same = apply(
            &s,
            Edit::Move {
                list: "x".into(),
                index: 0,
                up: true,
            },
        )
        .unwrap();
        assert_eq!(same.lists[0].items, s.lists[0].items);
    }

    #[test]
    fn nothing_stored_is_cut_or_dropped_and_incoming_limits_are_told() {
        let many = |prefix: &str, n: usize| Store {
            lists: (0..n)
                .map(|i| List {
                    id: format!("{prefix}{i}"),
                    name: format!("L{i}"),
                    note: String::new(),
                    items: Vec::new(),
                    revision: 1,
                })
                .collect(),
        };
        // Two tabs with 30 lists each: the merge keeps all 60.
        assert_eq!(merge(&many("a", 30), &many("b", 30), &[]).lists.len(), 60);
        // A stored list longer than the edit limits loads whole.
        let mut big = many("x", 1);
        big.lists[0].items = (0..MAX_ITEMS + 5)
            .map(|i| Item {
                cert: format!("c{i}"),
                note: "n".repeat(MAX_NOTE + 1),
            })
            .collect();
        let Loaded::Current(back) = load(Some(&to_json(&big))) else {
            panic!()
        };
        assert_eq!(back, big);
        // Repeated ids are renamed, not dropped.
        let dup = Store {
            lists: vec![many("d", 1).lists[0].clone(), many("d", 1).lists[0].clone()],
        };
        let Loaded::Current(back) = load(Some(&to_json(&dup))) else {
            panic!()
        };
        assert_eq!(back.lists.len(), 2);
        assert_ne!(back.lists[0].id, back.lists[1].id);
        // The same data coming in from outside is refused with the reason, nothing changed.
        let catalog = Catalog::embedded().unwrap();
        let err = preview_import(&to_json(&big), &Store::default(), &catalog).unwrap_err();
        assert!(
            err.contains("entries") && err.contains("Nothing was imported"),
            "{err}"
        );
        let err = preview_import(&to_json(&many("b", 30)), &many("a", 30), &catalog).unwrap_err();
        assert!(err.contains("60 lists"), "{err}");
        let param = share_param(&big.lists[0]);
        assert!(read_share_raw(&param).is_err());
    }
}
