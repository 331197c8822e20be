//! Long lists (a treaty of hundreds of articles) rendered a chunk at a time, so that opening
//! one never blocks the page for long: the first chunk at once, the next after the browser has
//! had a turn, and so on. A page the app takes over from prerendered markup, and the
//! prerenderer itself, render the whole list at once, because the markup must not change.

use super::StaticMarkup;
use std::sync::atomic::{AtomicBool, Ordering};
use yew::prelude::*;

/// How many items of a kind render in one turn, well under the 50 ms of a long task.
#[derive(Clone, Copy, PartialEq)]
pub struct Chunk(usize);

impl Chunk {
    /// Articles with their references and quotes (a treaty page), or a source's paragraphs.
    pub const PROVISIONS: Chunk = Chunk(20);
    /// Entries of a list of links (a table of contents, a treaty's sources): a link and a line
    /// each, about a tenth of an article's cost, so a 500-article treaty's contents take five
    /// turns instead of one long task.
    pub const CONTENTS_ENTRIES: Chunk = Chunk(100);
}

/// Set while the app's first render replaces a prerendered page (see `start` in the crate
/// root), which must render exactly what the prerenderer did.
static TAKING_OVER: AtomicBool = AtomicBool::new(false);

/// Marks the start or the end of the takeover render.
pub fn set_taking_over(on: bool) {
    TAKING_OVER.store(on, Ordering::Relaxed);
}

/// Whether the app's first render is replacing a prerendered page just now.
pub fn taking_over() -> bool {
    TAKING_OVER.load(Ordering::Relaxed)
}

/// How many of `total` items (the list named `key`) to render now; grows a chunk per turn.
#[hook]
pub fn use_progressive_count(key: AttrValue, total: usize, chunk: Chunk) -> usize {
    let Chunk(chunk) = chunk;
    let whole = use_context::<StaticMarkup>().is_some() || taking_over();
    let first = if whole { total } else { total.min(chunk) };
    let shown = use_state_eq(|| (key.clone(), first));
    if shown.0 != key {
        shown.set((key.clone(), total.min(chunk)));
    }
    {
        let shown = shown.clone();
        use_effect_with((key, shown.1, total), move |(key, count, total)| {
            let next = (*count < *total).then(|| {
                let (key, count) = (key.clone(), *count);
                gloo::timers::callback::Timeout::new(0, move || shown.set((key, count + chunk)))
            });
            move || drop(next)
        });
    }
    shown.1.min(total)
}
