//! A reference to an article ("Article 4", "Article 51 of the UN Charter"): a link to it with a
//! preview of its text on hover and focus.

use super::facts::witness_class;
use super::popover::use_popover;
use crate::app::NeedTreaties;
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
    /// The language of the text holding the reference, which the preview prefers.
    #[prop_or_default]
    pub language: Option<AttrValue>,
}

#[component]
pub fn RefLink(props: &RefLinkProps) -> Html {
    let library = use_library();
    let popover = use_popover();
    let need = use_context::<NeedTreaties>();
    // Whether the reference resolves is the index's to say, so the link is the same before
    // and after the target treaty's file is loaded; only the preview needs its text.
    let entry = library.index.treaty(&props.document);
    let Some((entry, number)) = entry.and_then(|t| t.article(&props.article).map(|n| (t, n)))
    else {
        let title = match entry {
            Some(t) => format!("{} has no Article {}", t.short_title, props.article),
            None => format!("Article {} of a document not in the library", props.article),
        };
        return html! { <span class="ref unresolved" {title}>{ &props.text }</span> };
    };
    let provision = library
        .bundle
        .document(&entry.id)
        .and_then(|d| d.article(number));
    {
        // An open preview of a treaty not loaded yet asks for its file.
        let wanted = (popover.open && provision.is_none()).then(|| entry.id.clone());
        use_effect_with(wanted, move |wanted| {
            if let (Some(id), Some(NeedTreaties(need))) = (wanted, need) {
                need.emit(vec![id.clone()]);
            }
        });
    }
    let external = props.document != props.context;
    let route = Route::provision(&entry.id, Some(number));
    let label = format!("Article {number}");
    let preview = popover.rendered().then(|| {
        let title = match (external, &props.paragraph) {
            (true, _) => format!("{} — {label}", entry.short_title),
            (false, Some(p)) => format!("{label}, paragraph {p}"),
            (false, None) => label.clone(),
        };
        let language = props.language.as_deref();
        let text = provision.and_then(|p| p.text_for_preview(language).map(|t| (p, t)));
        html! {
            <span class={popover.classes("")} role="tooltip" id={popover.id.clone()}>
                <span class="popover-title">{ title }</span>
                {
                    match (provision, text) {
                        (Some(provision), Some((_, t))) => html! {
                            <>
                                <span class="popover-badges">
                                    <span class={classes!("badge", "witness", witness_class(t.witness.kind))}>{ t.witness.kind.label() }</span>
                                    <span class="badge">{ t.completeness.label() }</span>
                                </span>
                                <span class="popover-text" lang={t.language.clone()}>{ provision.excerpt_in(language, PREVIEW_CHARS) }</span>
                            </>
                        },
                        (Some(_), None) => html! { <span class="popover-text missing">{ "Text not available." }</span> },
                        (None, _) => html! { <span class="popover-text loading">{ "Loading the text…" }</span> },
                    }
                }
                <span class="popover-hint">{ format!("Open {label} →") }</span>
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
