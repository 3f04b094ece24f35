//! The certification catalog: its types, the embedded data file, validation, the display labels
//! and the documented rating rules. Pure Rust with no browser APIs, so all of it is tested natively.
//!
//! Invariant: the catalog is immutable after load; every other module borrows it.

mod date;
mod ids;
pub mod labels;
mod model;
pub mod rating;
// Benchmarks and tests only; the Wasm never contains the generator (see `build.rs` for the
// `synthetic` feature, which embeds a generated catalog without it).
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
mod validate;

pub use date::Date;
pub use model::*;
pub use validate::{validate, CatalogError};

/// The catalog as the app uses it: the data file plus an index by id.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub providers: Vec<Provider>,
    pub certifications: Vec<Certification>,
}

/// The data file as written by people: the source of truth, validated by `tests/catalog.rs`.
pub const EMBEDDED_JSON: &str = include_str!("../../data/catalog.json");

/// The same data as `build.rs` packed it for the app: the app never fetches anything.
const EMBEDDED_POSTCARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.postcard"));

impl Catalog {
    /// Parses a catalog file. Structural checks only; [`validate`] applies the data rules.
    pub fn from_json(text: &str) -> Result<Catalog, CatalogError> {
        let file: CatalogFile =
            serde_json::from_str(text).map_err(|e| CatalogError::Parse(e.to_string()))?;
        Ok(Catalog::from_file(file))
    }

    pub fn from_file(file: CatalogFile) -> Catalog {
        Catalog {
            providers: file.providers,
            certifications: file.certifications,
        }
    }

    /// The catalog shipped in the app. The native test `embedded_catalog_is_valid` proves it
    /// decodes to the same catalog as the JSON and validates, so a failure here means a broken
    /// build, not bad user input.
    pub fn embedded() -> Result<Catalog, CatalogError> {
        postcard::from_bytes::<CatalogFile>(EMBEDDED_POSTCARD)
            .map(Catalog::from_file)
            .map_err(|_| CatalogError::Parse("the packed data does not match this build".into()))
    }

    /// A made-up catalog of `count` entries derived from the real one, for benchmarks
    /// (see [`synthetic`]). `embedded_catalog_is_valid` proves the JSON parses.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn synthetic(count: usize) -> Catalog {
        let real: CatalogFile = serde_json::from_str(EMBEDDED_JSON).expect("the catalog parses");
        Catalog::from_file(synthetic::generate(&real, count))
    }

    // A linear scan: with a few dozen entries it is faster to ship and as fast to run as a map.
    pub fn get(&self, id: &str) -> Option<&Certification> {
        self.certifications.iter().find(|c| c.id == id)
    }

    /// The certification's name, or `id` itself when the catalog no longer has it (a saved
    /// pick or list entry can outlive its entry).
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.get(id).map_or(id, |c| c.name.as_str())
    }

    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.id == id)
    }

    /// The provider's display name, or its id when the data names an unknown provider
    /// (validation rejects that, but the view should never panic over it).
    pub fn provider_name<'a>(&'a self, cert: &'a Certification) -> &'a str {
        self.provider(&cert.provider)
            .map(|p| p.name.as_str())
            .unwrap_or(cert.provider.as_str())
    }

    /// The newest `verified` date in the catalog: "data as of".
    pub fn newest_verified(&self) -> Option<Date> {
        self.certifications.iter().map(|c| c.verified).max()
    }
}
