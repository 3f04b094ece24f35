//! How many result cards the catalog draws right now. When a search or filter changes while the
//! catalog is on screen, the frame that answers the keystroke or click draws only the first
//! [`FIRST`] cards; the rest follow in the next task, once that frame is painted.
//!
//! Why: a trace of the catalog showed the time from a keystroke to its painted frame growing
//! with the cards added or removed (each new card is created, styled, laid out and painted:
//! about 0.15 ms of layout alone per card on the benchmark machine), not with the search. The
//! first dozen fill the first screen at common widths, so what the person sees changes in the
//! first frame; the cards below follow before the next keystroke arrives. Arriving at the
//! catalog from another page, loading it, or Back and Forward draw every card at once, so the
//! browser's scroll restoration and a first visit work as before.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::router::{after_paint, epoch, Router};

/// Cards drawn in the first frame after a change: two screens at desktop width.
pub const FIRST: usize = 12;

/// Whether the last drawing was of the catalog page.
static ON_CATALOG: AtomicBool = AtomicBool::new(false);

/// Whether the results list is held at a height (see [`hold_height`]).
static HELD: AtomicBool = AtomicBool::new(false);

/// The router's count of Back/Forward moves at the last drawing.
static MOVES: AtomicU32 = AtomicU32::new(0);

#[derive(Clone, Copy)]
pub struct Cards {
    /// The address (`path?query`) whose cards are all drawn.
    settled: RwSignal<String>,
    router: Router,
}

impl Cards {
    pub fn new(router: Router) -> Cards {
        Cards {
            settled: RwSignal::new(String::new()),
            router,
        }
    }

    /// Notes which page is being drawn; returns true when the catalog stays on screen: it was
    /// drawn last time too and this is not Back or Forward. After Back or Forward the browser
    /// puts back the scroll position once the page has been drawn, and a page cut to a dozen
    /// cards would clamp it (and drop focus from a control further down).
    pub fn drawing(on_catalog: bool) -> bool {
        let now = epoch();
        let moved = MOVES.swap(now, Ordering::Relaxed) != now;
        ON_CATALOG.swap(on_catalog, Ordering::Relaxed) && !moved
    }

    /// How many result cards to draw now for the catalog at the current address. `staying`:
    /// what [`Cards::drawing`] said. Reading it subscribes the drawing to the rest
    /// arriving.
    ///
    /// Only the first [`FIRST`], even when more are on screen already: a card kept on screen
    /// is cheap only if nothing in it changes and it does not move, and a new search moves
    /// cards (relevance order) and changes their highlights. Counting only new cards was tried
    /// and measured slower.
    pub fn limit(self, staying: bool) -> usize {
        let address = self.router.address_untracked();
        if !staying {
            self.settled.update_untracked(|s| *s = address);
            hold_height(false);
            return usize::MAX;
        }
        if self.settled.with(|s| *s == address) {
            hold_height(false);
            return usize::MAX;
        }
        hold_height(true);
        // After the frame with the first cards is painted, unless the person has moved on
        // meanwhile: the drawing for the newer address schedules its own (and lets go).
        after_paint(Box::new(move || {
            if self.router.address_untracked() == address {
                hold_height(false);
                if self.settled.with_untracked(|s| *s != address) {
                    self.settled.set(address);
                }
            }
        }));
        FIRST
    }
}

/// Keeps the results list at least as tall as it is now (`true`), or lets it go (`false`). A
/// page cut to a dozen cards would pull someone scrolled further down up to its end, and the
/// browser would save that place in the history entry the change leaves. Set through the
/// element's style object, which the page's CSP allows (a `style` attribute it would not).
fn hold_height(hold: bool) {
    // Most drawings hold nothing and let go of nothing: skip the DOM then.
    if !hold && !HELD.swap(false, Ordering::Relaxed) {
        return;
    }
    HELD.store(hold, Ordering::Relaxed);
    let Some(list) = document()
        .query_selector("main ul.cards")
        .ok()
        .flatten()
        .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let value = if hold {
        format!("{}px", list.offset_height())
    } else {
        String::new()
    };
    if let Ok(style) = js_sys::Reflect::get(&list, &"style".into()) {
        let _ = js_sys::Reflect::set(&style, &"minHeight".into(), &value.into());
    }
}
