//! The browser half: signals, the DOM patcher, events, storage. It reads the catalog and the
//! URL, calls the pure modules and draws their trees; it never computes ratings or parses data
//! itself.

pub mod app;
pub mod base;
pub mod events;
pub mod fatal;
pub mod lists;
pub mod router;
pub mod storage;
pub mod theme;
pub mod tray;
pub mod tree_view;
