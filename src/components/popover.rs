//! Open/close behaviour shared by every popover: opens on hover and on keyboard focus, stays
//! open while the pointer or focus is inside it, closes on Escape, and renders its content
//! only while open so that a page with hundreds of references stays light.
//!
//! A prerendered page has no script to open anything, so there every popover's content is in
//! the markup, hidden, and CSS shows it on hover and focus ([`Popover::css_only`]).

use gloo::events::EventListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;
use yew::prelude::*;

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// State and handlers of one popover; spread the handlers on the wrapper element that holds
/// both the trigger and the popover, and point the trigger's `aria-describedby` at `id`.
#[derive(Clone)]
pub struct Popover {
    pub open: bool,
    pub id: AttrValue,
    pub wrapper: NodeRef,
    pub onmouseenter: Callback<MouseEvent>,
    pub onmouseleave: Callback<MouseEvent>,
    pub onfocusin: Callback<FocusEvent>,
    pub onfocusout: Callback<FocusEvent>,
    /// For triggers that are buttons: a click (or tap, where there is no hover) opens. It never
    /// closes: with a mouse the hover has already opened it, and a toggle would shut it again.
    pub onclick: Callback<MouseEvent>,
    /// Rendered for a page without script (the prerenderer): the content is always in the
    /// markup with the class `css-only`, which the style sheet shows on hover and focus.
    pub css_only: bool,
}

impl Popover {
    /// Whether the popover's content belongs in the markup now.
    pub fn rendered(&self) -> bool {
        self.open || self.css_only
    }

    /// The classes of the popover element: `popover`, the given ones, and `css-only` where
    /// CSS opens it.
    pub fn classes(&self, extra: &'static str) -> Classes {
        let mut classes = classes!("popover", self.css_only.then_some("css-only"));
        if !extra.is_empty() {
            classes.push(extra);
        }
        classes
    }
}

/// Provided around pages rendered to static HTML, where no script will run.
#[derive(Clone, Copy, PartialEq)]
pub struct StaticMarkup;

#[hook]
pub fn use_popover() -> Popover {
    let open = use_state_eq(|| false);
    let id = use_memo((), |_| {
        AttrValue::from(format!(
            "popover-{}",
            NEXT_ID.fetch_add(1, Ordering::Relaxed)
        ))
    });
    let wrapper = use_node_ref();
    let css_only = use_context::<StaticMarkup>().is_some();
    {
        let setter = open.setter();
        use_effect_with(*open, move |open| {
            let listener = open.then(|| {
                EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                    let key = event
                        .dyn_ref::<web_sys::KeyboardEvent>()
                        .map(web_sys::KeyboardEvent::key);
                    if key.as_deref() == Some("Escape") {
                        setter.set(false);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let onfocusout = {
        let open = open.setter();
        let wrapper = wrapper.clone();
        Callback::from(move |event: FocusEvent| {
            let moving_inside = event
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .zip(wrapper.get())
                .is_some_and(|(to, wrapper)| wrapper.contains(Some(&to)));
            if !moving_inside {
                open.set(false);
            }
        })
    };
    Popover {
        open: *open,
        id: (*id).clone(),
        wrapper,
        onmouseenter: setting(&open, true),
        onmouseleave: setting(&open, false),
        onfocusin: setting(&open, true),
        onfocusout,
        onclick: setting(&open, true),
        css_only,
    }
}

/// A handler for any event that sets the popover open or closed.
fn setting<E: 'static>(open: &UseStateHandle<bool>, value: bool) -> Callback<E> {
    let open = open.setter();
    Callback::from(move |_| open.set(value))
}
