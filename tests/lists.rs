//! The shortlist format never panics on what it is given, and export → import is identity.
#![cfg(not(target_arch = "wasm32"))]

use certscope::catalog::Catalog;
use certscope::lists::{apply, load, preview_import, read_share_raw, to_json, Edit, Loaded, Store};
use proptest::prelude::*;

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
