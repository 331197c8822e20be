//! The search field in the header of every page. Typing shows the results as the words come
//! (the search page, its address replaced at each keystroke so the back button leaves the
//! search rather than stepping through its letters); Enter on an article reference ("Article 4",
//! "ст. 16") opens that article (the core resolves it, in the treaty on screen first); `/`
//! anywhere but in a text field puts the cursor in it, as on most sites that have search.
//! Without the app (a prerendered page read before the script runs) it is a plain form that
//! opens the search page.

use crate::route::Route;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// The field's id: `/` focuses it and the search page's heading names it.
pub const FIELD_ID: &str = "site-search";

#[component]
pub fn SearchField() -> Html {
    let navigator = use_navigator();
    let route = use_route::<Route>();
    let location = use_location();
    let on_search_page = matches!(route, Some(Route::Search));
    let asked = location
        .as_ref()
        .and_then(|l| l.query::<crate::pages::SearchQuery>().ok())
        .unwrap_or_default();
    let field = use_node_ref();
    // What the reader typed; the address's `q` when a search page opens from a link.
    let value = use_state_eq(|| asked.q.clone().unwrap_or_default());
    {
        let value = value.setter();
        let q = asked.q.clone();
        use_effect_with((on_search_page, q), move |(on_search_page, q)| {
            if *on_search_page {
                value.set(q.clone().unwrap_or_default());
            }
        });
    }
    use_slash_to_focus(field.clone());
    let oninput = {
        let value = value.setter();
        let navigator = navigator.clone();
        let asked = asked.clone();
        Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let typed = input.value();
            value.set(typed.clone());
            let Some(navigator) = &navigator else { return };
            let query = asked.with_words(&typed);
            let shown = if on_search_page {
                navigator.replace_with_query(&Route::Search, &query)
            } else {
                navigator.push_with_query(&Route::Search, &query)
            };
            shown.ok();
        })
    };
    let library = crate::library::use_library();
    // The treaty of the page the search started from: typing moves to the search page, and an
    // article reference still means that treaty's article.
    let here = use_mut_ref(|| None::<String>);
    if let Some(r) = route.as_ref().filter(|r| **r != Route::Search) {
        *here.borrow_mut() = crate::library::treaties_shown(&library.index, r)
            .first()
            .cloned();
    }
    let onsubmit = {
        let navigator = navigator.clone();
        let value = value.clone();
        let asked = asked.clone();
        let here = here.borrow().clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(navigator) = &navigator else { return };
            let jump = treaty_core::search::article_jump(&value, &library.index, here.as_deref());
            match jump {
                Some((treaty, article)) => {
                    navigator.push(&Route::provision(&treaty, Some(&article)))
                }
                None => {
                    navigator
                        .push_with_query(&Route::Search, &asked.with_words(&value))
                        .ok();
                }
            }
        })
    };
    html! {
        <form class="site-search" role="search" action="search" method="get" {onsubmit}>
            <label for={FIELD_ID} class="visually-hidden">{ "Search the library" }</label>
            <input type="search" id={FIELD_ID} name="q" ref={field}
                value={(*value).clone()} {oninput}
                placeholder="Search the library  /"
                aria-keyshortcuts="/" autocomplete="off" spellcheck="false" />
        </form>
    }
}

/// `/` focuses the field, unless the reader is typing somewhere (a field, a text area, an
/// editable region) or holds a modifier (Ctrl+/ and the like are other shortcuts).
#[hook]
fn use_slash_to_focus(field: NodeRef) {
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if key.key() != "/" || key.ctrl_key() || key.meta_key() || key.alt_key() {
                    return;
                }
                if typing_in(event.target()) {
                    return;
                }
                if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                    event.prevent_default();
                    input.focus().ok();
                    input.select();
                }
            },
        );
        move || drop(listener)
    });
}

/// Whether keys pressed in `target` are text the reader is typing.
fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(
        element.tag_name().to_ascii_lowercase().as_str(),
        "input" | "textarea" | "select"
    ) || element.is_content_editable()
}
