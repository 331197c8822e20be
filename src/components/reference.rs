//! A reference to an article ("Article 4", "Article 51 of the UN Charter"): a link to it with a
//! preview of its text on hover and focus.

use super::facts::witness_class;
use super::popover::use_popover;
use crate::library::use_library;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// How much of the target's text the preview shows.
const PREVIEW_CHARS: usize = 420;

#[derive(Properties, PartialEq)]
pub struct RefLinkProps {
    /// The words of the reference as they stand in the text.
    pub text: AttrValue,
    pub document: AttrValue,
    pub article: AttrValue,
    #[prop_or_default]
    pub paragraph: Option<AttrValue>,
    /// The document whose text (or source) holds the reference; a target in another document
    /// is named in the preview.
    pub context: AttrValue,
}

#[component]
pub fn RefLink(props: &RefLinkProps) -> Html {
    let library = use_library();
    let popover = use_popover();
    let document = library.bundle.document(&props.document);
    let Some((document, provision)) =
        document.and_then(|d| d.article(&props.article).map(|p| (d, p)))
    else {
        let title = match document {
            Some(d) => format!("{} has no Article {}", d.short_title, props.article),
            None => format!("Article {} of a document not in the library", props.article),
        };
        return html! { <span class="ref unresolved" {title}>{ &props.text }</span> };
    };
    let external = props.document != props.context;
    let route = Route::provision(&document.id, provision.number.as_deref());
    let preview = popover.rendered().then(|| {
        let title = match (external, &props.paragraph) {
            (true, _) => format!("{} — {}", document.short_title, provision.label()),
            (false, Some(p)) => format!("{}, paragraph {p}", provision.label()),
            (false, None) => provision.label(),
        };
        let text = provision.texts.first();
        html! {
            <span class={popover.classes("")} role="tooltip" id={popover.id.clone()}>
                <span class="popover-title">{ title }</span>
                {
                    match text {
                        Some(t) => html! {
                            <>
                                <span class="popover-badges">
                                    <span class={classes!("badge", "witness", witness_class(t.witness.kind))}>{ t.witness.kind.label() }</span>
                                    <span class="badge">{ t.completeness.label() }</span>
                                </span>
                                <span class="popover-text" lang={t.language.clone()}>{ provision.excerpt(PREVIEW_CHARS) }</span>
                            </>
                        },
                        None => html! { <span class="popover-text missing">{ "Text not available." }</span> },
                    }
                }
                <span class="popover-hint">{ format!("Open {} →", provision.label()) }</span>
            </span>
        }
    });
    html! {
        <span class={classes!("ref", if external { "external" } else { "internal" })}
            ref={popover.wrapper.clone()}
            onmouseenter={popover.onmouseenter.clone()}
            onmouseleave={popover.onmouseleave.clone()}
            onfocusin={popover.onfocusin.clone()}
            onfocusout={popover.onfocusout.clone()}>
            <Link<Route> to={route} classes="ref-link">{ &props.text }</Link<Route>>
            { preview.unwrap_or_default() }
        </span>
    }
}
