//! CertScope: compare AI and machine-learning certifications in the browser.
//!
//! `catalog`, `find`, `route`, `tree` and `present` are pure logic that compiles and tests
//! natively; `ui` holds the Leptos components and the browser glue that render it. See ARCHITECTURE.md for the map and the invariants.

pub mod advisor;
pub mod catalog;
pub mod compare;
pub mod find;
pub mod lists;
pub mod present;
pub mod route;
pub mod score;
pub mod tree;
pub mod ui;

// Measured: talc instead of Rust's default dlmalloc made the Wasm smaller (see README's size
// table). The app is single-threaded; talc's Wasm setup grows memory on demand.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Entry point called by `main.rs` in the browser.
pub fn start() {
    ui::fatal::install_panic_hook();
    ui::root(ui::app::mount);
}
