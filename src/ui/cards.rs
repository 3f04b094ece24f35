//! How many result cards the catalog draws right now. When a search or filter changes while the
//! catalog is on screen, the frame that answers the keystroke or click draws only the first
//! [`FIRST`] cards; the rest follow in the next task, once that frame is painted.
//!
//! Why: a trace of the catalog showed the time from a keystroke to its painted frame growing
//! with the cards added or removed (each new card is created, styled, laid out and painted:
//! about 0.15 ms of layout alone per card on the benchmark machine), not with the search. The
//! first dozen fill the first screen at common widths, so what the person sees changes in the
//! first frame; the cards below follow before the next keystroke arrives. Arriving at the
//! catalog from another page, or loading it, draws every card at once, so scroll positions and
//! a first visit work as before.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

use crate::ui::router::{after_paint, Router};

/// Cards drawn in the first frame after a change: two screens at desktop width.
pub const FIRST: usize = 12;

/// Whether the last drawing was of the catalog page.
static ON_CATALOG: AtomicBool = AtomicBool::new(false);

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

    /// Notes which page is being drawn; returns true when the catalog was drawn last time too.
    pub fn drawing(on_catalog: bool) -> bool {
        ON_CATALOG.swap(on_catalog, Ordering::Relaxed)
    }

    /// How many result cards to draw now for the catalog at the current address. `staying`:
    /// the catalog was already on screen. Reading it subscribes the drawing to the rest
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
            return usize::MAX;
        }
        if self.settled.with(|s| *s == address) {
            return usize::MAX;
        }
        // After the frame with the first cards is painted, unless the person has moved on
        // meanwhile: the drawing for the newer address schedules its own.
        after_paint(Box::new(move || {
            if self.router.address_untracked() == address
                && self.settled.with_untracked(|s| *s != address)
            {
                self.settled.set(address);
            }
        }));
        FIRST
    }
}
