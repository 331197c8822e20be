//! Long lists (a treaty of ten thousand articles, a pasted page of a quarter of a million
//! paragraphs) rendered as a window that grows, so that opening one never blocks the page: the
//! first chunk at once, a few more after the browser has had a turn each, and the rest only as
//! the reader scrolls near the window's edge (or asks for it). A deep link renders the window
//! around its target instead of everything above it. A page the app takes over from
//! prerendered markup, and the prerenderer itself, render the whole list at once, because the
//! markup must not change.

use super::{thousands, StaticMarkup};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use yew::prelude::*;

/// How many items of a kind render in one turn (well under the 50 ms of a long task), and how
/// many render without the reader scrolling to them.
#[derive(Clone, Copy, PartialEq)]
pub struct Chunk {
    per_turn: usize,
    eager: usize,
}

impl Chunk {
    /// Articles with their references and quotes (a treaty page), or a source's paragraphs:
    /// two hundred fill many screens and take a few hundred milliseconds in all.
    pub const PROVISIONS: Chunk = Chunk {
        per_turn: 20,
        eager: 200,
    };
    /// Entries of a list of links (a table of contents, a treaty's sources): a link and a line
    /// each, about a tenth of an article's cost, so a 500-article treaty's contents take five
    /// turns instead of one long task, and only a far longer one waits for scrolling.
    pub const CONTENTS_ENTRIES: Chunk = Chunk {
        per_turn: 100,
        eager: 1000,
    };
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

/// The items of a list rendered now: `start..end` of `total`, with the means to grow it.
#[derive(Clone, PartialEq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    pub total: usize,
    grow: Callback<Grow>,
    per_turn: usize,
}

impl Window {
    /// Whether item `index` is rendered.
    pub fn contains(&self, index: usize) -> bool {
        (self.start..self.end).contains(&index)
    }

    /// What stands before the window when it does not start at the first item: a line saying
    /// so, with a button, that renders the items before it when the reader scrolls up to it.
    /// `what` names the items ("articles").
    pub fn before(&self, what: &'static str) -> Html {
        if self.start == 0 {
            return Html::default();
        }
        let grow = self.grow.reform(|_| Grow::Earlier);
        let text = format!(
            "{} earlier {what} load as you scroll up; search in the page finds only what is shown. ",
            thousands(self.start)
        );
        html! {
            <WindowEdge key={format!("before-{}", self.start)} side="before" {grow} {text} label={format!("Show earlier {what}")} />
        }
    }

    /// What stands after the window when it does not reach the last item (see [`Self::before`]).
    pub fn after(&self, what: &'static str) -> Html {
        if self.end >= self.total {
            return Html::default();
        }
        let grow = self.grow.reform(|_| Grow::Later);
        let text = format!(
            "{}–{} of {} {what} shown; the rest load as you scroll, and search in the page finds only what is shown. ",
            thousands(self.start + 1),
            thousands(self.end),
            thousands(self.total)
        );
        html! {
            <WindowEdge key={format!("after-{}", self.end)} side="after" {grow} {text}
                label={format!("Show the next {}", self.per_turn.min(self.total - self.end))} />
        }
    }
}

/// Which way a window grows.
#[derive(Clone, Copy, PartialEq)]
enum Grow {
    Earlier,
    Later,
}

/// The rendered range of the list named `key`.
#[derive(Clone, PartialEq)]
struct Range {
    key: AttrValue,
    start: usize,
    end: usize,
}

/// What changes a range: a chunk more at either end, or a range of its own (a new list, a
/// target outside the window).
enum Action {
    Grow(Grow, usize, usize),
    Set(Range),
}

impl Reducible for Range {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut range = (*self).clone();
        match action {
            Action::Grow(Grow::Earlier, by, _) => range.start = range.start.saturating_sub(by),
            Action::Grow(Grow::Later, by, total) => range.end = total.min(range.end + by),
            Action::Set(other) => range = other,
        }
        Rc::new(range)
    }
}

/// The window of `total` items (the list named `key`) to render now: from the first item, or,
/// in a list longer than the chunk's eager size, from a little above `target` when there is
/// one (the items a deep link needs: the one it names, or for an item nested in a later part,
/// everything from that part's start to it), always as far as the target.
/// Grows a chunk per turn up to the chunk's eager size, then as the reader reaches either edge
/// (see [`Window::after`]).
#[hook]
pub fn use_window(
    key: AttrValue,
    total: usize,
    chunk: Chunk,
    target: Option<std::ops::Range<usize>>,
) -> Window {
    let whole = use_context::<StaticMarkup>().is_some() || taking_over();
    let target = target.filter(|t| t.start < t.end && t.end <= total);
    let initial = |key: AttrValue| match (whole, target.clone()) {
        (true, _) => Range {
            key,
            start: 0,
            end: total,
        },
        // A few items above the target, so that it is not the first thing on the page; a list
        // no longer than the eager size renders whole within a few turns anyway, so its window
        // starts at the first item, as far as the target at once.
        (false, Some(t)) => Range {
            key,
            start: if total > chunk.eager {
                t.start.saturating_sub(chunk.per_turn / 4)
            } else {
                0
            },
            end: total.min(t.end.max(t.start + chunk.per_turn)),
        },
        (false, None) => Range {
            key,
            start: 0,
            end: total.min(chunk.per_turn),
        },
    };
    let state = use_reducer_eq(|| initial(key.clone()));
    let outside = |r: &Range| {
        target
            .as_ref()
            .is_some_and(|t| t.start < r.start || r.end < t.end)
    };
    let range = if state.key != key || outside(&state) {
        let fresh = initial(key.clone());
        state.dispatch(Action::Set(fresh.clone()));
        fresh
    } else {
        (*state).clone()
    };
    let end = range.end.min(total);
    let grow = {
        let dispatcher = state.dispatcher();
        let per_turn = chunk.per_turn;
        Callback::from(move |way| dispatcher.dispatch(Action::Grow(way, per_turn, total)))
    };
    {
        let grow = grow.clone();
        let eager = end < total && end - range.start < chunk.eager;
        use_effect_with((key, range.start, end, total), move |_| {
            let next = eager
                .then(|| gloo::timers::callback::Timeout::new(0, move || grow.emit(Grow::Later)));
            move || drop(next)
        });
    }
    Window {
        start: range.start.min(end),
        end,
        total,
        grow,
        per_turn: chunk.per_turn,
    }
}

#[derive(Properties, PartialEq)]
struct WindowEdgeProps {
    /// "before" or "after" the window (a class: the page's CSS keeps the browser's scroll
    /// anchoring off what follows an "after" edge).
    side: &'static str,
    grow: Callback<()>,
    text: String,
    label: String,
}

/// A window's edge: says what is not rendered, renders a chunk more when it comes within a
/// screen of the viewport (each edge is keyed by where the window ends, so a fresh one watches
/// again after each chunk), or when its button is pressed.
#[component]
fn WindowEdge(props: &WindowEdgeProps) -> Html {
    let node = use_node_ref();
    {
        let (node, grow) = (node.clone(), props.grow.clone());
        use_effect_with((), move |_| {
            let observer = node
                .cast::<web_sys::Element>()
                .and_then(|element| watch(&element, grow));
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    let onclick = props.grow.reform(|_: MouseEvent| ());
    html! {
        <p class={classes!("window-edge", props.side)} lang="en" ref={node}>
            { &props.text }
            <button type="button" class="window-more" {onclick}>{ &props.label }</button>
        </p>
    }
}

type Watch = (
    web_sys::IntersectionObserver,
    wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
);

/// Calls `grow` once when `element` comes within a screen's height of the viewport.
fn watch(element: &web_sys::Element, grow: Callback<()>) -> Option<Watch> {
    use wasm_bindgen::JsCast;
    let mut fired = false;
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let near = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near && !fired {
                fired = true;
                grow.emit(());
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(element);
    Some((observer, callback))
}
