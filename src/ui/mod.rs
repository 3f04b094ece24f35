//! The browser half: signals, the DOM patcher, events, storage. It reads the catalog and the
//! URL, calls the pure modules and draws their trees; it never computes ratings or parses data
//! itself.

pub mod app;
pub mod base;
pub mod cards;
pub mod events;
pub mod fatal;
pub mod lists;
pub mod router;
pub mod storage;
pub mod theme;
pub mod tray;
pub mod tree_view;

/// Runs `f` under a reactive owner that lives as long as the page, with Leptos' effects driven
/// by the browser's microtasks. The app (and the browser tests) start here.
pub fn root(f: impl FnOnce()) {
    // An error only means the executor is already set up (a second call in the tests).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = leptos::prelude::Owner::new();
    owner.with(f);
    // Dropping the owner would dispose every signal and effect it holds.
    std::mem::forget(owner);
}
