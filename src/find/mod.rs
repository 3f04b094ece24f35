//! Narrowing the catalog: the query a URL describes, text folding, filtering with facet counts,
//! sorting and match highlighting. Pure Rust, no browser APIs; tested natively.

mod facet;
mod filter;
mod fold;
mod query;

pub use facet::{active_filters, Facet};
pub use filter::{
    exact_cost_cents, highlight, listed_price_cents, run, search_words, validity_months,
    FacetCounts, FindIndex, Results,
};
pub use fold::{compact, fold, fold_with_crate};
pub(crate) use query::{list, shorten};
pub use query::{FindQuery, Sort, View, DEFAULT_STATUSES, MAX_COST_DOLLARS, MAX_SEARCH_CHARS};
