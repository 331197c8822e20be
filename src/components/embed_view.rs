//! One provision as other sites show it: the article with its provenance, optionally the quotes
//! of it, and a way into the full app. Shared by the web component and the iframe page, so
//! that both embeds read the same.

use super::ProvisionView;
use crate::library::use_library;
use crate::links::app_url;
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub document_id: AttrValue,
    /// Article number; `None` for the preamble.
    pub number: Option<AttrValue>,
    pub quotes: bool,
    /// The full app's address, ending in `/`: links out of the embed lead there.
    pub app_base: AttrValue,
}

#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let library = use_library();
    let base = props.app_base.as_str();
    let out = |href: String, text: String| {
        html! { <a {href} target="_blank" rel="noopener noreferrer">{ text }</a> }
    };
    let Some(document) = library.bundle.document(&props.document_id) else {
        return html! {
            <div class="embed embed-problem" role="note">
                <p>{ format!("“{}” is not a treaty in Treaty Reader's library.", props.document_id) }</p>
                <p>{ out(app_url(base, &Route::Library), "See the treaties in Treaty Reader".to_owned()) }</p>
            </div>
        };
    };
    let treaty_url = app_url(
        base,
        &Route::Treaty {
            id: document.id.clone(),
        },
    );
    let Some(provision) = document.provision(props.number.as_deref()) else {
        let what = props
            .number
            .as_deref()
            .map_or("preamble".to_owned(), |n| format!("Article {n}"));
        return html! {
            <div class="embed embed-problem" role="note">
                <p>{ format!("{} has no {what}.", document.short_title) }</p>
                <p>{ out(treaty_url, format!("Read {} in Treaty Reader", document.short_title)) }</p>
            </div>
        };
    };
    let here = Route::provision(&document.id, provision.number.as_deref());
    html! {
        <div class="embed">
            <p class="embed-treaty">{ out(treaty_url, document.short_title.clone()) }</p>
            <ProvisionView document_id={props.document_id.clone()} number={props.number.clone()} in_full_text=false quotes={props.quotes} />
            <p class="embed-open">{ out(app_url(base, &here), "Open in Treaty Reader".to_owned()) }</p>
        </div>
    }
}
