//! One component per address (README's table of pages). Each reads the URL and the app's
//! context, calls the pure modules, and renders; what a page says is kept in plain functions
//! next to it where it is worth testing natively.

pub mod advisor;
pub mod catalog;
pub mod compare;
pub mod detail;
pub mod lists;
pub mod not_found;
pub mod score;
