//! Shortlists: named lists of certifications with notes. This module is the whole format —
//! the versioned storage envelope, migrations, cross-tab merge, JSON export/import with a
//! preview, CSV export and share links — as pure Rust with native tests. Only
//! `ui::storage` touches `localStorage`.
//!
//! Stored under [`KEY`] as `{"version": 2, "lists": [...]}`. A version newer than this app
//! knows is never overwritten; text that cannot be read is kept under [`BACKUP_KEY`].
//!
//! The JSON is read and written by serde_json through the derives below. Reading is strict: a
//! required field must be there, an optional one may be missing (then it is empty or 0), a
//! field that is there must have the right type (`null` included), a field may not be
//! repeated, and an object may not be written as an array of its fields; unknown fields are
//! ignored. Errors name the line and column where the text is broken.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, value::MapAccessDeserializer, Deserializer, MapAccess, Visitor};
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
/// The largest revision read or written: 2^53 − 1, the largest whole number an `f64` (and so
/// JavaScript, and the builds that read the lists through one) holds exactly. Larger ones are
/// refused, not rounded; one edit a second would take 285 million years to reach it.
pub const MAX_REVISION: u64 = (1 << 53) - 1;
/// How deep arrays and objects may nest in a lists file or share link; the format needs 5.
/// Checked before serde_json reads the text (its own limit is 128).
pub const MAX_DEPTH: usize = 64;

/// In JSON: `{"cert": …, "note": …}`; `note` may be missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// A certification id; it may no longer be in the catalog (kept, shown as such).
    pub cert: String,
    #[serde(default)]
    pub note: String,
}

/// In JSON: `{"id": …, "name": …, "note": …, "items": […], "revision": …}`; `note`, `items`
/// and `revision` may be missing. Written in this order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct List {
    /// Unique and stable: cross-tab merge and import match lists by it.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub note: String,
    #[serde(default, deserialize_with = "objects")]
    pub items: Vec<Item>,
    /// Bumped on every change, so a merge keeps the newer copy of a list.
    #[serde(default, deserialize_with = "revision")]
    pub revision: u64,
}

/// Stored and exported in the envelope `{"version": 2, "lists": […]}`; `lists` may be missing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Store {
    pub lists: Vec<List>,
}

/// The envelope as written: `version` first, then `lists`.
#[derive(Serialize)]
struct Written<'a> {
    version: u32,
    lists: &'a [List],
}

/// The envelope of version 2 as read (its `version` was read first, by [`Probe`]).
#[derive(Deserialize)]
struct Envelope {
    #[serde(default, deserialize_with = "objects")]
    lists: Vec<List>,
}

/// Only the `version`, which says how to read the rest; every other field is skipped.
#[derive(Deserialize)]
struct Probe {
    version: u32,
}

/// Version 1 (kept as a fixture): `{"version": 1, "lists": [{"name": …, "ids": […]}]}`, lists
/// with a name and bare ids, no notes, no list ids. `lists` and `name` are required, `ids`
/// may be missing.
#[derive(Deserialize)]
struct V1Envelope {
    #[serde(deserialize_with = "objects")]
    lists: Vec<V1List>,
}

#[derive(Deserialize)]
struct V1List {
    name: String,
    #[serde(default)]
    ids: Vec<String>,
}

/// `T` read from a JSON object only. serde's derives also take an array of the fields in
/// order (`["a","name"]` for a list), which no build ever wrote: that is refused as the wrong
/// shape, as before.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Only<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Only<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map))
            }
        }
        deserializer.deserialize_map(Only(PhantomData)).map(Object)
    }
}

/// An array of objects (see [`Object`]).
fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    let objects = Vec::<Object<T>>::deserialize(d)?;
    Ok(objects.into_iter().map(|o| o.0).collect())
}

/// A revision up to [`MAX_REVISION`]; a larger one is refused, not rounded.
fn revision<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    struct Upto;
    impl de::Expected for Upto {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a revision from 0 to {MAX_REVISION}")
        }
    }
    let n = u64::deserialize(d)?;
    if n > MAX_REVISION {
        return Err(de::Error::invalid_value(de::Unexpected::Unsigned(n), &Upto));
    }
    Ok(n)
}

/// Refuses arrays and objects nested more than [`MAX_DEPTH`] deep before serde_json reads
/// the text, saying where, as serde_json does: lines from 1, the column in bytes from 1. A
/// bracket inside a string does not count.
fn check_depth(text: &str) -> Result<(), String> {
    let (mut depth, mut in_string, mut escaped) = (0_usize, false, false);
    let (mut line, mut line_start) = (1_usize, 0_usize);
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match byte {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(format!(
                            "arrays and objects nested more than {MAX_DEPTH} deep at line {line} column {}",
                            at - line_start + 1
                        ));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if byte == b'\n' {
            line += 1;
            line_start = at + 1;
        }
    }
    Ok(())
}

/// `text` read as one `T`, after the depth check; the error says what is wrong and where.
fn read<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, String> {
    check_depth(text)?;
    serde_json::from_str::<Object<T>>(text)
        .map(|o| o.0)
        .map_err(|e| e.to_string())
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

/// Reads stored or imported text.
pub fn load(text: Option<&str>) -> Loaded {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return Loaded::Empty;
    };
    let version = match read::<Probe>(text) {
        Ok(probe) => probe.version,
        Err(e) => {
            return Loaded::Corrupt {
                reason: format!("it is not a CertScope lists file ({e})"),
            }
        }
    };
    // The depth was checked once; serde_json reads the text again for the rest.
    match version {
        1 => match serde_json::from_str::<Object<V1Envelope>>(text) {
            Ok(Object(v1)) => Loaded::Migrated {
                store: migrate_v1(v1),
                from: 1,
            },
            Err(e) => Loaded::Corrupt {
                reason: format!("version 1 data has the wrong shape ({e})"),
            },
        },
        VERSION => match serde_json::from_str::<Object<Envelope>>(text) {
            Ok(Object(envelope)) => Loaded::Current(clean(Store {
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

/// Version 1 lists get ids `v1-0`, `v1-1`, … and revision 1.
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
fn clean(mut store: Store) -> Store {
    // Sorted once, not searched list by list: a file of thousands of lists with one id took
    // time growing with the cube of their number and froze the tab. An empty id counts as
    // "list", after any real "list", so the real one keeps its id.
    let lists = &store.lists;
    let mut order: Vec<usize> = (0..lists.len()).collect();
    // Stable: within a key, lists keep their order.
    order.sort_by(|&a, &b| {
        let (a, b) = (&lists[a], &lists[b]);
        key(a)
            .cmp(key(b))
            .then(a.id.is_empty().cmp(&b.id.is_empty()))
    });
    let taken = |id: &str| order.binary_search_by(|&i| key(&lists[i]).cmp(id)).is_ok();
    // Within each run of one key, the first keeps its id and the others get `key~n`, the
    // smallest n from 2 up that no list already has (a fresh id cannot repeat another fresh
    // one: only this run makes ids with this stem and a number).
    let mut fresh: Vec<(usize, String)> = Vec::new();
    let mut n = 2;
    for (at, &i) in order.iter().enumerate() {
        let list = &lists[i];
        let first = at == 0 || key(&lists[order[at - 1]]) != key(list);
        if first {
            n = 2;
            if !list.id.is_empty() {
                continue;
            }
        }
        while taken(&format!("{}~{n}", key(list))) {
            n += 1;
        }
        fresh.push((i, format!("{}~{n}", key(list))));
        n += 1;
    }
    for (i, id) in fresh {
        store.lists[i].id = id;
    }
    store
}

/// The next revision, kept within what the format reads back ([`MAX_REVISION`]): an imported
/// list at the largest one must not turn the whole store unreadable after one edit.
fn bump(revision: &mut u64) {
    *revision = revision.saturating_add(1).min(MAX_REVISION);
}

/// The id a list is sorted and renamed by in [`clean`]: an empty one stands for "list".
fn key(l: &List) -> &str {
    if l.id.is_empty() {
        "list"
    } else {
        &l.id
    }
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

/// The stored and exported form of `store`: byte for byte what every earlier build wrote
/// (members in the order declared above, serde_json's escapes), so any build reads it.
pub fn to_json(store: &Store) -> String {
    let envelope = Written {
        version: VERSION,
        lists: &store.lists,
    };
    // Structs of strings and integers: serde_json cannot fail on them.
    serde_json::to_string(&envelope).unwrap_or_default()
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
            bump(&mut next.lists[at].revision);
        }
        Edit::ListNote { list, note } => {
            let at = find(&mut next, &list)?;
            next.lists[at].note = cap(&note, MAX_NOTE);
            bump(&mut next.lists[at].revision);
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
                bump(&mut l.revision);
            }
        }
        Edit::Remove { list, index } => {
            let at = find(&mut next, &list)?;
            let l = &mut next.lists[at];
            if index < l.items.len() {
                l.items.remove(index);
                bump(&mut l.revision);
            }
        }
        Edit::ItemNote { list, index, note } => {
            let at = find(&mut next, &list)?;
            let l = &mut next.lists[at];
            if let Some(item) = l.items.get_mut(index) {
                item.note = cap(&note, MAX_NOTE);
                bump(&mut l.revision);
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
                bump(&mut l.revision);
            }
        }
    }
    Ok(next)
}

/// What an import would do, shown before anything changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    /// The file's lists, merged into the lists as they are when the person confirms (another
    /// tab may have changed them since the preview).
    pub incoming: Store,
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
        incoming,
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

/// RFC 4180 quoting; a leading `=`, `+`, `-`, `@`, tab or carriage return is prefixed with
/// `'` so a spreadsheet never runs a note as a formula (OWASP's CSV injection rule: a
/// spreadsheet may drop a leading tab or carriage return and read the rest).
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
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

/// A list as a share link carries it: its JSON without id and revision.
pub fn share_json(list: &List) -> String {
    let shared = List {
        id: String::new(),
        revision: 0,
        ..list.clone()
    };
    serde_json::to_string(&shared).unwrap_or_default()
}

/// A list as the `share` parameter of a `lists?share=` link: its JSON, percent-encoded; `None`
/// when [`read_share`] would refuse it (too long, or over a limit), so no link is offered that
/// cannot be opened.
pub fn share_param(list: &List) -> Option<String> {
    let json = share_json(list);
    let fits = json.chars().count() <= MAX_SHARE_CHARS
        && check_limits(std::slice::from_ref(list), 1).is_ok();
    fits.then(|| encode_component(&json))
}

/// Reads a `share` parameter (already percent-decoded by the query parser).
pub fn read_share(decoded: &str) -> Result<List, String> {
    if decoded.chars().count() > MAX_SHARE_CHARS {
        return Err("This share link is too long to be a CertScope list.".into());
    }
    match read::<List>(decoded) {
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

    fn ids(text: &str) -> Vec<String> {
        match load(Some(text)) {
            Loaded::Current(store) => store.lists.into_iter().map(|l| l.id).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_edit_at_the_largest_revision_keeps_the_store_readable() {
        let text = format!(
            r#"{{"version":2,"lists":[{{"id":"a","name":"n","revision":{}}}]}}"#,
            MAX_REVISION
        );
        let Loaded::Current(store) = load(Some(&text)) else {
            panic!("the largest revision reads");
        };
        let edited = apply(
            &store,
            Edit::Rename {
                list: "a".into(),
                name: "m".into(),
            },
        )
        .unwrap();
        let Loaded::Current(again) = load(Some(&to_json(&edited))) else {
            panic!("one edit made the store unreadable");
        };
        assert_eq!(again.lists[0].name, "m");
        assert_eq!(again.lists[0].revision, MAX_REVISION);
    }

    #[test]
    fn repeated_and_empty_ids_are_renamed_and_the_first_keeps_its_id() {
        let lists: Vec<String> = ["a", "", "a", "a~2", "list", ""]
            .iter()
            .map(|id| format!(r#"{{"id":"{id}","name":"n"}}"#))
            .collect();
        let text = format!(r#"{{"version":2,"lists":[{}]}}"#, lists.join(","));
        assert_eq!(ids(&text), ["a", "list~2", "a~3", "a~2", "list", "list~3"]);
    }

    #[test]
    fn thousands_of_lists_with_one_id_load_at_once() {
        // This took minutes when every clash searched every id seen so far.
        let one = r#"{"id":"x","name":"n"}"#;
        let text = format!(r#"{{"version":2,"lists":[{}]}}"#, [one; 20_000].join(","));
        let mut got = ids(&text);
        assert_eq!(got[0], "x");
        assert_eq!(got[19_999], "x~20000");
        got.sort_unstable();
        got.dedup();
        assert_eq!(got.len(), 20_000);
    }

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
        assert_eq!(merge(&Store::default(), &preview.incoming, &[]), store);
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
    fn csv_guards_a_leading_tab_or_carriage_return_too() {
        // A spreadsheet drops a leading tab or carriage return and runs what follows.
        let catalog = Catalog::embedded().unwrap();
        let mut store = sample();
        for (index, note) in [(0, "\t=1+1"), (1, "\r=cmd|' /C calc'!A0")] {
            store = apply(
                &store,
                Edit::ItemNote {
                    list: "a".into(),
                    index,
                    note: note.into(),
                },
            )
            .unwrap();
        }
        let csv = to_csv(&store, &catalog);
        assert!(csv.contains(",'\t=1+1\r\n"), "{csv:?}");
        assert!(csv.contains(",\"'\r=cmd|' /C calc'!A0\"\r\n"), "{csv:?}");
        // Inside a cell they are left alone.
        store = apply(
            &store,
            Edit::ItemNote {
                list: "a".into(),
                index: 0,
                note: "a\t=b".into(),
            },
        )
        .unwrap();
        assert!(to_csv(&store, &catalog).contains(",a\t=b\r\n"));
    }

    #[test]
    fn share_link_round_trip_and_garbage() {
        let store = sample();
        let param = share_param(&store.lists[0]).unwrap();
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
        assert!(read_share(&share_json(&big.lists[0])).is_err());
        // And no link to it is offered.
        assert_eq!(share_param(&big.lists[0]), None);
    }

    fn reason(text: &str) -> String {
        match load(Some(text)) {
            Loaded::Corrupt { reason } => reason,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn corrupt_reasons_say_what_is_wrong_and_where() {
        for (text, says) in [
            (
                "not json",
                "it is not a CertScope lists file (expected ident at line 1 column 2)",
            ),
            (
                r#"{"version":2,"lists":[]"#,
                "it is not a CertScope lists file (EOF while parsing an object at line 1 column 23)",
            ),
            (
                "[1,2]",
                "it is not a CertScope lists file (invalid type: sequence, expected an object at line 1 column 0)",
            ),
            (
                r#"{"lists":[]}"#,
                "it is not a CertScope lists file (missing field `version` at line 1 column 12)",
            ),
            (
                r#"{"version":"2"}"#,
                "it is not a CertScope lists file (invalid type: string \"2\", expected u32 at line 1 column 14)",
            ),
            (
                r#"{"version":4294967296}"#,
                "it is not a CertScope lists file (invalid value: integer `4294967296`, expected u32 at line 1 column 21)",
            ),
            (r#"{"version":0}"#, "unknown version 0"),
            (
                r#"{"version":2,"lists":7}"#,
                "the lists have the wrong shape (invalid type: integer `7`, expected a sequence at line 1 column 22)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":"n"},"b"]}"#,
                "the lists have the wrong shape (invalid type: string \"b\", expected an object at line 1 column 47)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":null}]}"#,
                "the lists have the wrong shape (invalid type: null, expected a string at line 1 column 43)",
            ),
            (
                r#"{"version":2,"lists":[{"name":"n"}]}"#,
                "the lists have the wrong shape (missing field `id` at line 1 column 34)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":"n","items":[{"cert":"c"},{"note":"x"}]}]}"#,
                "the lists have the wrong shape (missing field `cert` at line 1 column 77)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":"n","revision":-1}]}"#,
                "the lists have the wrong shape (invalid value: integer `-1`, expected u64 at line 1 column 56)",
            ),
            (
                r#"{"version":1}"#,
                "version 1 data has the wrong shape (missing field `lists` at line 1 column 13)",
            ),
            (
                r#"{"version":1,"lists":[{"name":"a","ids":["x",1]}]}"#,
                "version 1 data has the wrong shape (invalid type: integer `1`, expected a string at line 1 column 46)",
            ),
        ] {
            assert_eq!(reason(text), says, "{text}");
        }
    }

    #[test]
    fn optional_fields_may_be_missing_and_unknown_ones_are_ignored() {
        let text = r#"{"version":2,"saved":"today","lists":[
            {"id":"a","name":"Only the required","extra":{"deep":[1,{"x":null}]}},
            {"id":"b","name":"Items","items":[{"cert":"c1"},{"cert":"c2","note":"n","pinned":true}],"revision":3}
        ]}"#;
        let Loaded::Current(store) = load(Some(text)) else {
            panic!("{:?}", load(Some(text)))
        };
        assert_eq!(
            store.lists[0],
            List {
                id: "a".into(),
                name: "Only the required".into(),
                note: String::new(),
                items: Vec::new(),
                revision: 0,
            }
        );
        assert_eq!(store.lists[1].items[0].note, "");
        assert_eq!(store.lists[1].items[1].note, "n");
        assert_eq!(store.lists[1].revision, 3);
        assert_eq!(
            load(Some(r#"{"version":2}"#)),
            Loaded::Current(Store::default())
        );
    }

    #[test]
    fn exported_text_is_what_earlier_builds_wrote() {
        // Written by the serde derives of every build, and by src/json.rs between them.
        let before = r#"{"version":2,"lists":[{"id":"a","name":"Cloud, \"ML\"","note":"","items":[{"cert":"aws-aif-c01","note":"line 1\nline \"2\", done"},{"cert":"gone-cert","note":""}],"revision":4},{"id":"b","name":"<script>alert(1)</script>","note":"","items":[],"revision":1}]}"#;
        assert_eq!(to_json(&sample()), before);
        assert_eq!(
            decode_component(&share_param(&sample().lists[1]).unwrap()).text,
            r#"{"id":"","name":"<script>alert(1)</script>","note":"","items":[],"revision":0}"#
        );
    }

    #[test]
    fn text_no_build_wrote_is_refused_as_the_wrong_shape() {
        // Whole numbers written as `2.0` or `3e0`, a repeated key, an array standing in for an
        // object (serde's derives alone would read it as the fields in order), a revision
        // larger than an f64 holds exactly.
        for (text, says) in [
            (
                r#"{"version":2.0}"#,
                "it is not a CertScope lists file (invalid type: floating point `2.0`, expected u32 at line 1 column 14)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":"n","revision":3e0}]}"#,
                "the lists have the wrong shape (invalid type: floating point `3.0`, expected u64 at line 1 column 57)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":"x","name":"y"}]}"#,
                "the lists have the wrong shape (duplicate field `name` at line 1 column 49)",
            ),
            (
                "[2]",
                "it is not a CertScope lists file (invalid type: sequence, expected an object at line 1 column 0)",
            ),
            (
                r#"{"version":2,"lists":[["a","n"]]}"#,
                "the lists have the wrong shape (invalid type: sequence, expected an object at line 1 column 22)",
            ),
            (
                r#"{"version":1,"lists":[["n",["a"]]]}"#,
                "version 1 data has the wrong shape (invalid type: sequence, expected an object at line 1 column 22)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":"n","items":[["c","note"]]}]}"#,
                "the lists have the wrong shape (invalid type: sequence, expected an object at line 1 column 52)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":"n","revision":9007199254740992}]}"#,
                "the lists have the wrong shape (invalid value: integer `9007199254740992`, expected a revision from 0 to 9007199254740991 at line 1 column 71)",
            ),
        ] {
            assert_eq!(reason(text), says, "{text}");
        }
        assert!(read_share(r#"["","n"]"#).is_err());
    }

    #[test]
    fn the_whole_text_must_be_one_json_value() {
        for (text, says) in [
            (
                r#"{"version":2} x"#,
                "it is not a CertScope lists file (trailing characters at line 1 column 15)",
            ),
            (
                "\u{feff}{\"version\":2}",
                "it is not a CertScope lists file (expected value at line 1 column 1)",
            ),
            (
                r#"{"version":2,"lists":[],}"#,
                "it is not a CertScope lists file (trailing comma at line 1 column 25)",
            ),
            (
                "{\"version\":2,\"lists\":[{\"id\":\"a\",\"name\":\"two\nlines\"}]}",
                "it is not a CertScope lists file (control character (\\u0000-\\u001F) found while parsing a string at line 1 column 43)",
            ),
            (
                r#"{"version":2,"lists":[{"id":"a","name":"\uD800"}]}"#,
                "the lists have the wrong shape (unexpected end of hex escape at line 1 column 47)",
            ),
        ] {
            assert_eq!(reason(text), says, "{text:?}");
        }
        // Whitespace around and inside is fine; a file of many lines says the line.
        let pretty = "\r\n {\n  \"version\": 2,\n  \"lists\": [\n    {\"id\": \"a\", \"name\": \"n\"}\n  ]\n}\n\t";
        assert!(matches!(load(Some(pretty)), Loaded::Current(s) if s.lists.len() == 1));
        let broken =
            "{\n  \"version\": 2,\n  \"lists\": [\n    {\"id\": \"a\" \"name\": \"n\"}\n  ]\n}";
        assert_eq!(
            reason(broken),
            "it is not a CertScope lists file (expected `,` or `}` at line 4 column 16)"
        );
    }

    #[test]
    fn hostile_nesting_is_refused_not_a_crash() {
        let deep = format!(r#"{{"version":2,"lists":{}}}"#, "[".repeat(100_000));
        assert_eq!(
            reason(&deep),
            "it is not a CertScope lists file (arrays and objects nested more than 64 deep at line 1 column 85)"
        );
        assert!(reason(&"{\"a\":".repeat(1_000_000)).contains("nested more than 64 deep"));
        assert!(read_share(&"[".repeat(MAX_SHARE_CHARS)).is_err());
        // Up to the limit is read (an unknown field is skipped, however deep); brackets inside
        // strings do not count; the line and column are serde_json's.
        let nested = |n: usize| {
            format!(
                r#"{{"version":2,"x":{}{},"lists":[{{"id":"a","name":"{}"}}]}}"#,
                "[".repeat(n - 1),
                "]".repeat(n - 1),
                "[{\\\"[".repeat(100)
            )
        };
        assert!(matches!(load(Some(&nested(MAX_DEPTH))), Loaded::Current(_)));
        assert_eq!(
            reason(&nested(MAX_DEPTH + 1)),
            "it is not a CertScope lists file (arrays and objects nested more than 64 deep at line 1 column 81)"
        );
        assert!(reason(&format!("{{\n\n  \"x\": {}", "[".repeat(64)))
            .ends_with("nested more than 64 deep at line 3 column 71)"));
    }
}
