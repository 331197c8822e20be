//! Asked before a library from another site is fetched: the link that opened the reader names a
//! bundle on another origin, whose texts would appear under the reader's name. The page names
//! that origin and lets the reader choose; nothing of the bundle is fetched or shown before.

use super::error::AskedAddress;
use crate::provenance::{self, Foreign};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsentPageProps {
    pub foreign: Foreign,
}

#[component]
pub fn ConsentPage(props: &ConsentPageProps) -> Html {
    let Foreign { url, origin, site } = &props.foreign;
    let refused = use_state(|| false);
    let open = {
        let foreign = props.foreign.clone();
        let refused = refused.clone();
        Callback::from(move |_: MouseEvent| {
            // Kept for this tab, then the page loads again: every page from now on says where
            // the library came from.
            if provenance::consent(&foreign) {
                gloo::utils::window().location().reload().ok();
            } else {
                refused.set(true);
            }
        })
    };
    html! {
        <main id="main" class="consent-page" lang="en">
            <h1>{ "This link opens a library from " }<span class="foreign-site">{ site.clone() }</span></h1>
            <p>
                { "The address you followed asks Treaty Reader to show a library published at " }
                <strong>{ origin.clone() }</strong>
                { ". It is not the reader's shipped library, and Treaty Reader cannot vouch for its texts: \
                   anyone can publish a file in which a text calls itself official and complete." }
            </p>
            <AskedAddress url={url.clone()} />
            <p>{ "If you open it, every page will say where its texts came from." }</p>
            <div class="consent-choices">
                <button type="button" class="open-anyway" onclick={open}>{ "Open it anyway" }</button>
                <a class="go-shipped" href={provenance::without_bundle()} data-leaves-bundle="">{ "Go to the shipped library" }</a>
            </div>
            if *refused {
                <p class="problem" role="alert">{ "Your browser would not keep your choice (its storage for this site is turned off), so the library cannot be opened." }</p>
            }
        </main>
    }
}
