//! A glossary term in running text: a button that shows the term's definition.

use super::popover::use_popover;
use crate::library::use_library;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermRefProps {
    /// The words as they stand in the text.
    pub text: AttrValue,
    /// Glossary entry id.
    pub id: AttrValue,
}

#[component]
pub fn TermRef(props: &TermRefProps) -> Html {
    let library = use_library();
    let popover = use_popover();
    let Some(entry) = library.index.glossary.iter().find(|g| g.id == *props.id) else {
        return html! { { &props.text } };
    };
    let definition = popover.rendered().then(|| {
        html! {
            <span class={popover.classes("term-popover")} role="tooltip" id={popover.id.clone()} lang="en">
                <span class="popover-title">{ &entry.term }</span>
                <span class="popover-text">{ &entry.definition }</span>
            </span>
        }
    });
    html! {
        <span class="term-anchor"
            ref={popover.wrapper.clone()}
            onmouseenter={popover.onmouseenter.clone()}
            onmouseleave={popover.onmouseleave.clone()}
            onfocusin={popover.onfocusin.clone()}
            onfocusout={popover.onfocusout.clone()}>
            <button type="button" class="term" data-term={entry.id.clone()}
                aria-expanded={popover.open.to_string()}
                aria-describedby={popover.open.then(|| popover.id.clone())}
                onclick={popover.onclick.clone()}>
                { &props.text }
            </button>
            { definition.unwrap_or_default() }
        </span>
    }
}
