//! CertScope: compare AI and machine-learning certifications in the browser.
//!
//! The pure modules (`catalog`, `find`, `compare`, `score`, `advisor`, `lists`, `route`) take
//! plain data and return plain data, and are tested natively. `app`, `pages` and `parts` are
//! the Leptos components; `state` holds the few signals that outlive a page; `browser` is the
//! thin edge to browser APIs. See ARCHITECTURE.md for the map and the invariants.

// The prerender build (feature `prerender`) renders the full nested view types of the pages to
// HTML natively, without the Wasm's `erase_components`; their layout needs more depth.
#![recursion_limit = "256"]

pub mod advisor;
pub mod app;
pub mod browser;
pub mod catalog;
pub mod compare;
pub mod find;
pub mod lists;
pub mod pages;
pub mod parts;
pub mod route;
pub mod score;
pub mod site;
pub mod state;

// Measured: talc instead of Rust's default dlmalloc made the Wasm smaller (see README's size
// table). The app is single-threaded; talc's Wasm setup grows memory on demand.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Entry point called by `main.rs` in the browser.
pub fn start() {
    browser::fatal::install_panic_hook();
    app::mount();
}
