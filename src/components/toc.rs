//! The table of contents: every provision, grouped by chapter, with how much of it we hold.

use super::{use_progressive_count, Chunk};
use crate::library::use_library;
use crate::route::Route;
use treaty_core::model::Completeness;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    pub document_id: AttrValue,
    /// Anchor of the provision on screen (`art-4`), marked as the current page.
    #[prop_or_default]
    pub current: Option<AttrValue>,
}

/// Marker and class for a completeness: the marker is decorative, the label is read out.
fn availability(c: Completeness) -> (&'static str, &'static str) {
    match c {
        Completeness::Complete => ("●", "complete"),
        Completeness::Partial => ("◐", "partial"),
        Completeness::NotAvailable => ("○", "missing"),
    }
}

#[component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let library = use_library();
    let nav = use_node_ref();
    let total = library
        .bundle
        .document(&props.document_id)
        .map_or(0, |d| usize::from(d.preamble.is_some()) + d.articles.len());
    let shown = use_progressive_count(props.document_id.clone(), total, Chunk::CONTENTS_ENTRIES);
    use_current_in_view(nav.clone(), props.current.clone(), shown == total);
    let Some(document) = library.bundle.document(&props.document_id) else {
        return Html::default();
    };
    let articles_shown = shown.saturating_sub(usize::from(document.preamble.is_some()));
    let item = |p: &treaty_core::model::Provision| {
        let anchor = p.anchor();
        let completeness = p.completeness();
        let (marker, class) = availability(completeness);
        let current = props.current.as_deref() == Some(anchor.as_str());
        let route = Route::provision(&document.id, p.number.as_deref());
        html! {
            <li class={classes!("toc-item", class, current.then_some("current"))} data-anchor={anchor} aria-current={current.then_some("page")}>
                <Link<Route> to={route}>
                    <span class="toc-marker" aria-hidden="true">{ marker }</span>
                    <span class="toc-label">{ p.label() }</span>
                    if let Some(h) = &p.heading {
                        <span class="toc-heading">{ format!(" — {h}") }</span>
                    }
                    <span class="toc-status">{ completeness.label() }</span>
                </Link<Route>>
            </li>
        }
    };
    html! {
        <nav class="toc" aria-label="Table of contents" ref={nav}>
            <h2 class="toc-title">{ "Contents" }</h2>
            <p class="toc-legend" aria-hidden="true">
                <span>{ "● complete" }</span><span>{ "◐ partial" }</span><span>{ "○ not available" }</span>
            </p>
            <ol class="toc-list">
                { for document.preamble.iter().map(item) }
                { for document.articles.iter().take(articles_shown).map(|a| {
                    let chapter = a.number.as_deref().and_then(|n| document.chapter_opening(n));
                    html! {
                        <>
                            if let Some(c) = chapter {
                                <li class="toc-chapter" aria-hidden="false">{ format!("Chapter {} — {}", c.number, c.title) }</li>
                            }
                            { item(a) }
                        </>
                    }
                }) }
            </ol>
        </nav>
    }
}

/// Scrolls the contents' own box (not the page) so that the current provision is in view: in a
/// long treaty (111 articles) it would otherwise sit far below the visible part of the list.
/// Waits until the list is `complete` (it grows a chunk per turn), so the item is there.
#[hook]
fn use_current_in_view(nav: NodeRef, current: Option<AttrValue>, complete: bool) {
    use_effect_with((current, complete), move |(_, complete)| {
        if !*complete {
            return;
        }
        let nav = nav.cast::<web_sys::Element>();
        let item = nav
            .as_ref()
            .and_then(|n| n.query_selector(".toc-item.current").ok().flatten());
        let scroller = nav.and_then(|n| n.parent_element());
        if let (Some(item), Some(scroller)) = (item, scroller) {
            let offset = item.get_bounding_client_rect().top()
                - scroller.get_bounding_client_rect().top()
                - f64::from(scroller.client_height()) / 3.0;
            scroller.set_scroll_top(scroller.scroll_top() + offset as i32);
        }
    });
}
