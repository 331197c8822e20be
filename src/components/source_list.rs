//! The news sources in the library about a document.

use super::{format_date, use_window, Chunk};
use crate::library::use_library;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub document_id: AttrValue,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let library = use_library();
    let sources: Vec<_> = library.bundle.sources_about(&props.document_id).collect();
    // A treaty much reported on has hundreds, or tens of thousands in an imported bundle: a
    // window of entries, like its contents.
    let window = use_window(
        props.document_id.clone(),
        sources.len(),
        Chunk::CONTENTS_ENTRIES,
        None,
    );
    if sources.is_empty() {
        return Html::default();
    }
    html! {
        <section class="source-list" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ "News sources" }</h2>
            <ul>
                { for sources[..window.end].iter().map(|s| html! {
                    <li>
                        <Link<Route> to={Route::Source { id: s.id.clone() }}>{ &s.title }</Link<Route>>
                        <span class="source-meta">{ format!(" — {}, {}", s.outlet, format_date(&s.date)) }</span>
                    </li>
                }) }
            </ul>
            { window.after("sources") }
        </section>
    }
}
