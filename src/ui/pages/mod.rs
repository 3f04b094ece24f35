//! One component per route.

pub mod catalog;
pub mod compare;
pub mod detail;
pub mod not_found;
