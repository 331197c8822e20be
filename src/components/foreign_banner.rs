//! The banner on every page of a library from another site: where it came from, in words no
//! document can imitate from inside its text, and the way back to the shipped library. It has
//! no close button: the label must stay as long as the text it labels.

use crate::provenance::Foreign;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ForeignBannerProps {
    pub foreign: Foreign,
    /// Offer the same page in the shipped library (not in the web component, whose page is
    /// another site's).
    #[prop_or_default]
    pub offer_shipped: bool,
}

#[component]
pub fn ForeignBanner(props: &ForeignBannerProps) -> Html {
    let Foreign { origin, site, .. } = &props.foreign;
    // Re-rendered on every move within the app, so that the way back leads to the page shown.
    let location = use_location();
    let shipped =
        (props.offer_shipped && location.is_some()).then(crate::provenance::without_bundle);
    html! {
        <section class="foreign-banner" aria-label="Where this library comes from" lang="en">
            <p role="status">
                { "This library is not Treaty Reader's: it comes from " }
                <strong class="foreign-site">{ site.clone() }</strong>
                { format!(" ({origin}). Treaty Reader cannot vouch for its texts, whatever they say about themselves.") }
                if let Some(href) = shipped {
                    { " " }
                    <a {href} data-leaves-bundle="">{ "Go to the shipped library" }</a>
                }
            </p>
        </section>
    }
}
