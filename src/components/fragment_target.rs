//! Deep links into a page the app renders (`treaty/x#annex-1-art-3`): the browser scrolls to the
//! element a fragment names only if it is there when the page loads, and a long treaty renders
//! a window of it that grows a chunk per turn (opened around the target), so the page brings
//! the element into view itself once it is rendered.

use yew::prelude::*;
use yew_router::prelude::*;

/// Brings the element the address's fragment names into view, once, when it first appears
/// among the `rendered` items (the window's start and end), and marks it as the target (CSS
/// `:target` does not apply to an element rendered after the load). A page the app takes over
/// was scrolled by the browser already: the reader may have moved on since, so it is left
/// where it is.
#[hook]
pub fn use_fragment_target(rendered: (usize, usize)) {
    let fragment = use_location()
        .map(|l| l.hash().trim_start_matches('#').to_owned())
        .unwrap_or_default();
    let done = use_mut_ref(|| super::progressive::taking_over().then(|| fragment.clone()));
    use_effect_with((fragment, rendered), move |(fragment, _)| {
        if fragment.is_empty() || done.borrow().as_deref() == Some(fragment.as_str()) {
            return;
        }
        let document = gloo::utils::document();
        let Some(element) = document.get_element_by_id(fragment) else {
            return;
        };
        if let Ok(Some(previous)) = document.query_selector(".targeted") {
            previous.class_list().remove_1("targeted").ok();
        }
        element.class_list().add_1("targeted").ok();
        element.scroll_into_view();
        settle(element, 3);
        *done.borrow_mut() = Some(fragment.clone());
    });
}

/// Brings `element` into view again on each of the next `frames` frames: the articles above it
/// are laid out only near the screen (`content-visibility: auto`), so their real heights,
/// known once the scroll has brought their neighbours on screen, move it. A reader cannot
/// scroll away within three frames, so this never fights them.
fn settle(element: web_sys::Element, frames: u32) {
    use wasm_bindgen::JsCast;
    if frames == 0 {
        return;
    }
    let again = wasm_bindgen::closure::Closure::once_into_js(move || {
        element.scroll_into_view();
        settle(element, frames - 1);
    });
    gloo::utils::window()
        .request_animation_frame(again.unchecked_ref())
        .ok();
}
