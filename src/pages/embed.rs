//! The iframe embed: one provision without the site's chrome. The page's own scripts, which run
//! whether or not the app has started, do the rest: index.html's first script applies the theme
//! the embedding page asks for (`?theme=`), and `static/start.js` reports the height to the
//! parent so that the iframe can fit its content (the treaty and article it names come from
//! `data-treaty` and `data-article` here). Documented in `docs/embedding.md`.

use crate::components::EmbedView;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    pub id: String,
    /// Article number; `None` for the preamble.
    pub number: Option<AttrValue>,
}

/// The options of the embed URL's query (`theme` is read by index.html's first script).
#[derive(Debug, Clone, PartialEq, serde::Deserialize, Default)]
struct EmbedQuery {
    quotes: Option<String>,
}

#[component]
pub fn EmbedPage(props: &EmbedPageProps) -> Html {
    let location = use_location();
    let query: EmbedQuery = location
        .as_ref()
        .and_then(|l| l.query::<EmbedQuery>().ok())
        .unwrap_or_default();
    let quotes = query.quotes.as_deref() != Some("off");
    let article = props
        .number
        .as_deref()
        .unwrap_or(treaty_core::model::PREAMBLE)
        .to_owned();
    let app_base = crate::links::app_base();
    html! {
        <main id="main" class="embed-page" data-treaty={props.id.clone()} data-article={article}>
            <EmbedView document_id={AttrValue::from(props.id.clone())} number={props.number.clone()} {quotes} app_base={AttrValue::from(app_base)} />
        </main>
    }
}
