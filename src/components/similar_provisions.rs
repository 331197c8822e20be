//! "Similar provisions elsewhere" under an article: the closest provisions of the library's
//! other treaties, each with what it shares in words and a link to compare the two side by
//! side. The lists of the shipped library were made at build time (`treaty bundle`, one file
//! per treaty); a library holding the reader's own treaties asks the background worker, as no
//! build knew them (it compares against every one of them). The core ranks; this lists.
//!
//! The section opens when the reader asks (a disclosure, closed at first): the list is fetched
//! then, so reading an article costs nothing more, a reader's imports are read only by a reader
//! who wants them compared, and a prerendered page and the app that takes it over show the
//! same closed section.

use crate::library::use_library;
use crate::route::Route;
use std::collections::BTreeMap;
use treaty_core::similar::Similar;
use yew::prelude::*;
use yew_router::prelude::*;

/// Where the shipped lists are, relative to the app's base URL: `<dir>/<treaty id>.json`.
pub const SHIPPED_SIMILAR_DIR: &str = "bundles/similar";

#[derive(Properties, PartialEq)]
pub struct SimilarProvisionsProps {
    pub document_id: AttrValue,
    /// The article's key (number as printed, or "preamble").
    pub article: AttrValue,
}

/// What the list stands at.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Loading,
    Listed(Vec<Similar>),
    Failed(String),
}

#[component]
pub fn SimilarProvisions(props: &SimilarProvisionsProps) -> Html {
    let library = use_library();
    let state = use_state_eq(|| State::Loading);
    let open = use_state_eq(|| false);
    {
        let state = state.clone();
        let library = library.clone();
        use_effect_with(
            (
                props.document_id.clone(),
                props.article.clone(),
                library.clone(),
                *open,
            ),
            move |(treaty, article, _, open)| {
                state.set(State::Loading);
                if !*open {
                    return;
                }
                let (treaty, article) = (treaty.to_string(), article.to_string());
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match listed(&treaty, &article, &library).await {
                        Ok(list) => State::Listed(list),
                        Err(problem) => State::Failed(problem),
                    });
                });
            },
        );
    }
    let body = match &*state {
        State::Loading => {
            html! { <p class="search-status">{ "Looking for similar provisions…" }</p> }
        }
        State::Failed(problem) => {
            html! { <p class="search-status">{ format!("Similar provisions could not be found: {problem}.") }</p> }
        }
        State::Listed(list) if list.is_empty() => html! {
            <p class="search-status">{ "No provision of the library's other treaties is close to this one." }</p>
        },
        State::Listed(list) => html! {
            <ol>
                { for list.iter().map(|s| item(&props.document_id, &props.article, s)) }
            </ol>
        },
    };
    let ontoggle = {
        let open = open.setter();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                open.set(details.open());
            }
        })
    };
    html! {
        <section class="similar" aria-labelledby="similar-heading">
            <details {ontoggle}>
                <summary><h3 id="similar-heading">{ "Similar provisions elsewhere" }</h3></summary>
                { body }
            </details>
        </section>
    }
}

fn item(treaty: &str, article: &str, similar: &Similar) -> Html {
    let target = Route::provision(&similar.target.treaty, Some(&similar.target.article));
    let compare = Route::compare(&[
        (treaty.to_owned(), article.to_owned()),
        (
            similar.target.treaty.clone(),
            similar.target.article.clone(),
        ),
    ]);
    html! {
        <li class="similar-item" data-treaty={similar.target.treaty.clone()} data-article={similar.target.article.clone()}>
            <Link<Route> to={target}>{ format!("{} of the {}", similar.label, similar.treaty_title) }</Link<Route>>
            { " " }<span class="why">{ &similar.explanation }</span>
            { " · " }<Link<Route> to={compare} classes="compare-link-to">{ "Compare side by side" }</Link<Route>>
        </li>
    }
}

/// The list for one article: the shipped file's, or the worker's when the library holds the
/// reader's own treaties (or came whole, without lists).
async fn listed(
    treaty: &str,
    article: &str,
    library: &crate::library::LibraryContext,
) -> Result<Vec<Similar>, String> {
    if library.came_whole() || library.has_imported_treaties() {
        let job = crate::work::Job::Similar {
            treaty: treaty.to_owned(),
            article: article.to_owned(),
        };
        let json = crate::work::export(job, library)
            .await
            .map_err(|f| f.to_string())?
            .unwrap_or_default();
        return serde_json::from_str(&json).map_err(|e| e.to_string());
    }
    let path = format!("{SHIPPED_SIMILAR_DIR}/{treaty}.json");
    let text = crate::loader::fetch_text(&path)
        .await
        .map_err(|e| e.to_string())?;
    let mut lists: BTreeMap<String, Vec<Similar>> =
        serde_json::from_str(&text).map_err(|e| format!("{path} could not be read ({e})"))?;
    Ok(lists.remove(article).unwrap_or_default())
}
