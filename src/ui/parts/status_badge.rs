//! The status badge: its text carries the meaning, the colour only repeats it.

use leptos::prelude::*;

use crate::catalog::{Status, StatusState};

pub fn status_badge(status: &Status) -> impl IntoView {
    let class = match status.state {
        StatusState::Active => "badge badge-active",
        StatusState::Beta | StatusState::Upcoming => "badge badge-new",
        StatusState::Retiring => "badge badge-retiring",
        StatusState::Retired => "badge badge-retired",
    };
    view! { <span class=class>{status.badge()}</span> }
}
