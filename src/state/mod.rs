//! The app's few pieces of state that outlive a page, each a `Copy` handle around signals with
//! the methods that change it: the compare tray, the shortlists and the theme. They are kept
//! through `browser::storage` and follow other tabs (`follow_other_tabs`). Page state is not
//! here: it is the URL.

pub mod lists;
pub mod theme;
pub mod tray;

use leptos::prelude::*;

/// Reloads the tray, the theme and the lists when another tab stores them (the `storage` event
/// fires only in the other tabs of the same origin).
pub fn follow_other_tabs(tray: tray::Tray, theme: theme::Theme, lists: lists::Lists) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        match event.key().as_deref() {
            Some(tray::KEY) => tray.reload(),
            Some(theme::KEY) => theme.reload(),
            Some(crate::lists::KEY) => lists.other_tab_saved(),
            // `clear()` in another tab: everything may have changed.
            None => {
                tray.reload();
                theme.reload();
                lists.other_tab_saved();
            }
            _ => {}
        }
    });
    // The app lives as long as the page; the listener too.
    std::mem::forget(handle);
}
