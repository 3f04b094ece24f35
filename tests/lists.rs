//! The shortlist format never panics on what it is given, export → import is identity, and
//! it reads and writes exactly what the serde derives of earlier builds did (kept here, in
//! `old`, as the oracle).
#![cfg(not(target_arch = "wasm32"))]

use certscope::catalog::Catalog;
use certscope::json::MAX_EXACT_INTEGER;
use certscope::lists::{
    apply, load, preview_import, read_share, read_share_raw, share_json, share_param, to_json,
    Edit, Item, List, Loaded, Store,
};
use certscope::route::decode_component;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn catalog() -> &'static Catalog {
    use std::sync::OnceLock;
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::embedded().unwrap())
}

fn edits() -> impl Strategy<Value = Vec<(u8, String, String)>> {
    proptest::collection::vec((0u8..6, "[a-c]", ".{0,30}"), 0..30)
}

proptest! {
    #[test]
    fn import_parser_never_panics(text in ".{0,400}") {
        let _ = preview_import(&text, &Store::default(), catalog());
        let _ = load(Some(&text));
    }

    #[test]
    fn import_parser_never_panics_on_near_json(lists in ".{0,200}") {
        let text = format!(r#"{{"version":2,"lists":{lists}}}"#);
        let _ = preview_import(&text, &Store::default(), catalog());
    }

    #[test]
    fn share_decoder_never_panics(raw in ".{0,400}") {
        let _ = read_share_raw(&raw);
    }

    #[test]
    fn any_edited_store_round_trips_through_json(steps in edits()) {
        let mut store = Store::default();
        for (kind, list, text) in steps {
            let edit = match kind {
                0 => Edit::Create { id: list, name: text },
                1 => Edit::Rename { list, name: text },
                2 => Edit::Add { list, cert: text },
                3 => Edit::ItemNote { list, index: 0, note: text },
                4 => Edit::ListNote { list, note: text },
                _ => Edit::Move { list, index: 0, up: false },
            };
            if let Ok(next) = apply(&store, edit) {
                store = next;
            }
        }
        prop_assert_eq!(load(Some(&to_json(&store))), if store.lists.is_empty() { Loaded::Current(Store::default()) } else { Loaded::Current(store.clone()) });
    }
}

/// The format as `src/lists.rs` declared it with serde derives before `json.rs` replaced them.
mod old {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    pub struct Item {
        pub cert: String,
        #[serde(default)]
        pub note: String,
    }

    #[derive(Serialize, Deserialize)]
    pub struct List {
        pub id: String,
        pub name: String,
        #[serde(default)]
        pub note: String,
        #[serde(default)]
        pub items: Vec<Item>,
        #[serde(default)]
        pub revision: u64,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Envelope {
        pub version: u32,
        #[serde(default)]
        pub lists: Vec<List>,
    }

    #[derive(Deserialize)]
    pub struct V1List {
        pub name: String,
        #[serde(default)]
        pub ids: Vec<String>,
    }

    #[derive(Deserialize)]
    pub struct V1Envelope {
        pub lists: Vec<V1List>,
    }

    #[derive(Deserialize)]
    pub struct VersionOnly {
        pub version: u32,
    }
}

fn to_old(list: &List) -> old::List {
    old::List {
        id: list.id.clone(),
        name: list.name.clone(),
        note: list.note.clone(),
        items: list
            .items
            .iter()
            .map(|i| old::Item {
                cert: i.cert.clone(),
                note: i.note.clone(),
            })
            .collect(),
        revision: list.revision,
    }
}

fn from_old(list: old::List) -> List {
    List {
        id: list.id,
        name: list.name,
        note: list.note,
        items: list
            .items
            .into_iter()
            .map(|i| Item {
                cert: i.cert,
                note: i.note,
            })
            .collect(),
        revision: list.revision,
    }
}

/// What the earlier `load` gave, by its own steps. Stores are put through this `load` of a
/// `to_json` so both sides get the same id clean-up.
fn old_load(text: &str) -> Loaded {
    let canonical = |lists: Vec<List>| match load(Some(&to_json(&Store { lists }))) {
        Loaded::Current(store) => store,
        other => panic!("{other:?}"),
    };
    let Ok(old::VersionOnly { version }) = serde_json::from_str(text) else {
        return Loaded::Corrupt {
            reason: "not a lists file".into(),
        };
    };
    match version {
        1 => match serde_json::from_str::<old::V1Envelope>(text) {
            Ok(v1) => Loaded::Migrated {
                store: canonical(
                    v1.lists
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
                        .collect(),
                ),
                from: 1,
            },
            Err(_) => Loaded::Corrupt {
                reason: "version 1 data".into(),
            },
        },
        2 => match serde_json::from_str::<old::Envelope>(text) {
            Ok(envelope) => Loaded::Current(canonical(
                envelope.lists.into_iter().map(from_old).collect(),
            )),
            Err(_) => Loaded::Corrupt {
                reason: "the lists".into(),
            },
        },
        v if v > 2 => Loaded::Future { version: v },
        _ => Loaded::Corrupt {
            reason: "unknown version".into(),
        },
    }
}

/// Text with what usually breaks JSON writers: quotes, backslashes, control characters,
/// characters outside the BMP, line separators.
fn tricky_text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '"', '\\', '/', '\n', '\r', '\t', '\u{0}', '\u{8}', '\u{1f}', '\u{7f}', '\u{2028}',
        '\u{feff}', 'é', '😀', '<', '&',
    ]);
    prop::collection::vec(prop_oneof![2 => any::<char>(), 1 => special], 0..12)
        .prop_map(String::from_iter)
}

fn any_list() -> impl Strategy<Value = List> {
    (
        tricky_text(),
        tricky_text(),
        prop::collection::vec((tricky_text(), tricky_text()), 0..4),
        prop_oneof![0..10u64, 0..=MAX_EXACT_INTEGER],
    )
        .prop_map(|(name, note, items, revision)| List {
            id: String::new(),
            name,
            note,
            items: items
                .into_iter()
                .map(|(cert, note)| Item { cert, note })
                .collect(),
            revision,
        })
}

/// Any store `load` could give: list ids unique and not empty (it renames others).
fn any_store() -> impl Strategy<Value = Store> {
    prop::collection::vec((tricky_text(), any_list()), 0..5).prop_map(|lists| Store {
        lists: lists
            .into_iter()
            .enumerate()
            .map(|(n, (id, list))| List {
                id: format!("{n}{id}"),
                ..list
            })
            .collect(),
    })
}

/// A JSON value of the kind the format wants (`good`), or of one it does not. Arrays never
/// stand in for an object: serde's derives read `[…]` as a struct's fields in order, which
/// nothing ever wrote and json.rs does not do.
fn or_wrong(good: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    prop_oneof![
        10 => good,
        1 => prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            (-3i64..0).prop_map(Value::from),
            (0..3u8).prop_map(|n| Value::from(f64::from(n) + 0.5)),
            tricky_text().prop_map(Value::from),
            Just(json!({"x": 1})),
        ],
    ]
    .boxed()
}

/// An object with `fields`, each present or missing, and maybe an unknown one.
fn object(fields: Vec<(&'static str, BoxedStrategy<Value>)>) -> BoxedStrategy<Value> {
    let fields: Vec<_> = fields
        .into_iter()
        .map(|(key, value)| proptest::option::weighted(0.92, value).prop_map(move |v| (key, v)))
        .collect();
    (fields, proptest::option::of(tricky_text()))
        .prop_map(|(fields, extra)| {
            let mut map = Map::new();
            for (key, value) in fields {
                if let Some(value) = value {
                    map.insert(key.to_owned(), value);
                }
            }
            if let Some(extra) = extra {
                map.entry(extra).or_insert(json!([1, {"y": null}]));
            }
            Value::Object(map)
        })
        .boxed()
}

fn array_of(item: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    prop::collection::vec(item, 0..4)
        .prop_map(Value::Array)
        .boxed()
}

fn text_value() -> BoxedStrategy<Value> {
    or_wrong(tricky_text().prop_map(Value::from).boxed())
}

/// Envelopes of either version with every field right, wrong or missing, anywhere.
fn near_envelope() -> BoxedStrategy<Value> {
    let item = or_wrong(object(vec![("cert", text_value()), ("note", text_value())]));
    let revision = or_wrong(
        prop_oneof![0..5u64, 0..=MAX_EXACT_INTEGER]
            .prop_map(Value::from)
            .boxed(),
    );
    let list = or_wrong(object(vec![
        ("id", text_value()),
        ("name", text_value()),
        ("note", text_value()),
        ("items", or_wrong(array_of(item))),
        ("revision", revision),
    ]));
    let v1_list = or_wrong(object(vec![
        ("name", text_value()),
        ("ids", or_wrong(array_of(text_value()))),
    ]));
    let version = prop_oneof![
        8 => (1..=2u32).prop_map(Value::from),
        1 => prop::sample::select(vec![0u64, 3, 9, u64::from(u32::MAX), 1 << 32]).prop_map(Value::from),
    ]
    .boxed();
    prop_oneof![
        object(vec![
            ("version", or_wrong(version.clone())),
            ("lists", or_wrong(array_of(list)))
        ]),
        object(vec![
            ("version", or_wrong(version)),
            ("lists", or_wrong(array_of(v1_list)))
        ]),
    ]
    .boxed()
}

proptest! {
    #[test]
    fn any_store_round_trips_through_json(store in any_store()) {
        prop_assert_eq!(load(Some(&to_json(&store))), Loaded::Current(store));
    }

    #[test]
    fn to_json_writes_what_serde_wrote(store in any_store()) {
        let old = old::Envelope {
            version: 2,
            lists: store.lists.iter().map(to_old).collect(),
        };
        prop_assert_eq!(to_json(&store), serde_json::to_string(&old).unwrap());
    }

    #[test]
    fn share_links_are_what_serde_wrote_and_read_back(list in any_list()) {
        let json = share_json(&list);
        // A link is offered exactly when it can be opened.
        let param = share_param(&list);
        prop_assert_eq!(param.is_some(), read_share(&json).is_ok());
        if let Some(param) = param {
            prop_assert_eq!(decode_component(&param).text, json.clone());
        }
        let shared = List { id: String::new(), revision: 0, ..list.clone() };
        prop_assert_eq!(&json, &serde_json::to_string(&to_old(&shared)).unwrap());
        if let Ok(back) = read_share(&json) {
            prop_assert_eq!(back, List { id: "shared".into(), ..shared });
        }
    }
}

proptest! {
    // Most generated envelopes have some field wrong; more cases give enough good ones too.
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn load_agrees_with_the_serde_derives(envelope in near_envelope()) {
        let text = serde_json::to_string(&envelope).unwrap();
        let ours = load(Some(&text));
        match (old_load(&text), &ours) {
            (Loaded::Corrupt { reason: step }, Loaded::Corrupt { reason }) => {
                let ours_step = if reason.starts_with("it is not") {
                    "not a lists file"
                } else if reason.starts_with("version 1") {
                    "version 1 data"
                } else if reason.starts_with("the lists") {
                    "the lists"
                } else {
                    "unknown version"
                };
                prop_assert_eq!(step, ours_step, "{} → {}", text, reason);
            }
            (old, ours) => prop_assert_eq!(&old, ours, "{}", text),
        }
    }
}

/// The only texts the two readers disagree on, none of which any build wrote; the generators
/// above leave them out.
#[test]
fn known_differences_from_the_serde_derives() {
    let list = |rest: &str| format!(r#"{{"version":2,"lists":[{{"id":"a","name":"n"{rest}}}]}}"#);
    for text in [
        r#"{"version":2.0}"#.to_owned(),
        list(r#","revision":3.0"#),
        list(r#","name":"again""#),
    ] {
        assert!(matches!(old_load(&text), Loaded::Corrupt { .. }), "{text}");
        assert!(matches!(load(Some(&text)), Loaded::Current(_)), "{text}");
    }
    for text in [
        "[2]".to_owned(),
        r#"{"version":2,"lists":[["a","n"]]}"#.to_owned(),
        list(r#","revision":9007199254740992"#),
    ] {
        assert!(
            serde_json::from_str::<old::VersionOnly>(&text).is_ok(),
            "{text}"
        );
        assert!(
            serde_json::from_str::<old::Envelope>(&text).is_ok(),
            "{text}"
        );
        assert!(
            matches!(load(Some(&text)), Loaded::Corrupt { .. }),
            "{text}"
        );
    }
}
