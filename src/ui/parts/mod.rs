//! Pieces shared by several pages.

pub mod status_badge;
pub mod title;
