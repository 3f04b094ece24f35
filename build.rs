//! Turns `data/catalog.json` into a compact postcard blob that `src/catalog` embeds.
//! Why: parsing JSON in the browser would ship serde_json's parser and every field-name matcher
//! in the Wasm, and the JSON keys themselves; postcard's reader is a fraction of that.
//! The JSON stays the source of truth and is validated by `tests/catalog.rs`.
//!
//! With the `synthetic` cargo feature (timing builds only, never shipped) the blob holds
//! [`SYNTHETIC_ENTRIES`] entries generated from the real ones by `src/catalog/synthetic.rs`.

use std::{env, fs, path::PathBuf};

// The app's own types, so the build reads the data exactly as the app will.
#[path = "src/catalog/date.rs"]
#[allow(dead_code)]
mod date;
#[path = "src/catalog/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/catalog/synthetic.rs"]
mod synthetic;

/// Size of the catalog a `--features synthetic` build embeds.
const SYNTHETIC_ENTRIES: usize = 5_000;

fn main() {
    for path in [
        "data/catalog.json",
        "src/catalog/model.rs",
        "src/catalog/date.rs",
        "src/catalog/synthetic.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let json = fs::read_to_string("data/catalog.json").expect("data/catalog.json is readable");
    let mut file: model::CatalogFile = serde_json::from_str(&json).unwrap_or_else(|e| {
        panic!("data/catalog.json does not match the schema in src/catalog/model.rs: {e}")
    });
    if env::var_os("CARGO_FEATURE_SYNTHETIC").is_some() {
        file = synthetic::generate(&file, SYNTHETIC_ENTRIES);
    }
    let bytes = postcard::to_allocvec(&file).expect("the catalog serialises");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("catalog.postcard"), bytes).expect("OUT_DIR is writable");
}
