//! Leptos components. They read the catalog and the URL, call the pure modules and render;
//! they never compute ratings or parse data themselves.

pub mod app;
pub mod base;
pub mod fatal;
pub mod pages;
pub mod parts;
pub mod router;
pub mod storage;
pub mod theme;
pub mod tray;
pub mod tree_view;
