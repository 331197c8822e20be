//! The table of contents: every provision under the divisions it belongs to, then each annex
//! with its own articles, each with how much of it we hold.

use super::{use_window, AnchorLink, Chunk, LanguageView, Query};
use crate::library::use_library;
use crate::route::Route;
use treaty_core::model::{Annex, Chapter, Completeness, Provision};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    pub document_id: AttrValue,
    /// Anchor of the provision on screen (`art-4`), marked as the current page.
    #[prop_or_default]
    pub current: Option<AttrValue>,
    /// The reader's choice of language, which the entries' links carry.
    #[prop_or_default]
    pub language: LanguageView,
}

/// An annex with more articles than this starts folded: its entries would push the rest of the
/// contents far down.
const FOLD_ANNEX_OVER: usize = 12;

/// Marker and class for a completeness: the marker is decorative, the label is read out.
fn availability(c: Completeness) -> (&'static str, &'static str) {
    match c {
        Completeness::Complete => ("●", "complete"),
        Completeness::Partial => ("◐", "partial"),
        Completeness::NotAvailable => ("○", "missing"),
    }
}

/// What an entry shows of its provision, inside its link.
fn entry_label(p: &Provision) -> Html {
    let (marker, _) = availability(p.completeness());
    html! {
        <>
            <span class="toc-marker" aria-hidden="true">{ marker }</span>
            <span class="toc-label">{ p.label() }</span>
            if let Some(h) = &p.heading {
                <span class="toc-heading">{ format!(" — {h}") }</span>
            }
            <span class="toc-status">{ p.completeness().label() }</span>
        </>
    }
}

/// The headings of the divisions that open at an entry.
fn division_entries<'a>(divisions: impl Iterator<Item = &'a Chapter>) -> Html {
    html! {
        { for divisions.map(|c| html! { <li class="toc-chapter">{ c.label() }</li> }) }
    }
}

#[component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let library = use_library();
    let nav = use_node_ref();
    let total = library.bundle.document(&props.document_id).map_or(0, |d| {
        usize::from(d.preamble.is_some())
            + d.articles.len()
            + d.annexes
                .iter()
                .map(|a| 1 + a.articles.len())
                .sum::<usize>()
    });
    let current = library
        .bundle
        .document(&props.document_id)
        .zip(props.current.as_deref())
        .and_then(|(d, anchor)| current_entries(d, anchor));
    let window = use_window(
        props.document_id.clone(),
        total,
        Chunk::CONTENTS_ENTRIES,
        current.clone(),
    );
    let current_shown = current.is_some_and(|c| window.start <= c.start && c.end <= window.end);
    use_current_in_view(nav.clone(), props.current.clone(), current_shown);
    let Some(document) = library.bundle.document(&props.document_id) else {
        return Html::default();
    };
    let link_query = props.language.link_query();
    let query = props.language.query();
    let treaty = Route::Treaty {
        id: document.id.clone(),
    };
    let item = |p: &Provision| {
        let anchor = p.anchor();
        let (_, class) = availability(p.completeness());
        let current = props.current.as_deref() == Some(anchor.as_str());
        let route = Route::provision(&document.id, p.number.as_deref());
        html! {
            <li class={classes!("toc-item", class, current.then_some("current"))} data-anchor={anchor} aria-current={current.then_some("page")}>
                <Link<Route, Query> to={route} query={link_query.clone()}>{ entry_label(p) }</Link<Route, Query>>
            </li>
        }
    };
    // The window starts after the first entry only among the preamble and the articles (see
    // `current_entries`); the annexes' entries render from their start.
    let mut skip = window.start;
    let mut budget = window.end;
    let mut take = |wanted: usize| {
        let skipped = wanted.min(skip);
        skip -= skipped;
        let granted = wanted.min(budget);
        budget -= granted;
        (skipped, granted)
    };
    let (_, preamble) = take(usize::from(document.preamble.is_some()));
    let (skipped_articles, articles) = take(document.articles.len());
    let annexes: Vec<(&Annex, usize)> = document
        .annexes
        .iter()
        .map(|a| (a, take(1 + a.articles.len()).1))
        .take_while(|(_, granted)| *granted > 0)
        .collect();
    let annex_entry = |(annex, granted): (&Annex, usize)| {
        let title = html! {
            <AnchorLink to={treaty.clone()} anchor={AttrValue::from(annex.id.clone())} query={query.clone()}>{ &annex.title }</AnchorLink>
        };
        if annex.articles.is_empty() {
            return html! { <li class="toc-annex" data-anchor={annex.id.clone()}>{ title }</li> };
        }
        let entries = annex.articles.iter().take(granted - 1).map(|a| {
            let anchor = annex.anchor_of(a);
            let number = a.number.as_deref().unwrap_or_default();
            html! {
                <>
                    { division_entries(annex.divisions_opening(number)) }
                    <li class={classes!("toc-item", availability(a.completeness()).1)} data-anchor={anchor.clone()}>
                        <AnchorLink to={treaty.clone()} anchor={AttrValue::from(anchor)} query={query.clone()}>{ entry_label(a) }</AnchorLink>
                    </li>
                </>
            }
        });
        html! {
            <li class="toc-annex" data-anchor={annex.id.clone()}>
                { title }
                // The title links to the annex; the list opens apart (a link cannot sit in a summary).
                <details open={annex.articles.len() <= FOLD_ANNEX_OVER}>
                    <summary class="toc-count">{ format!("Its articles ({})", annex.articles.len()) }</summary>
                    <ol class="toc-list">{ for entries }</ol>
                </details>
            </li>
        }
    };
    html! {
        <nav class="toc" aria-label="Table of contents" ref={nav}>
            <h2 class="toc-title">{ "Contents" }</h2>
            <p class="toc-legend" aria-hidden="true">
                <span>{ "● complete" }</span><span>{ "◐ partial" }</span><span>{ "○ not available" }</span>
            </p>
            { window.before("entries") }
            <ol class="toc-list">
                { for document.preamble.iter().take(preamble).skip(window.start).map(item) }
                { for document.articles.iter().take(articles).skip(skipped_articles).map(|a| {
                    let number = a.number.as_deref().unwrap_or_default();
                    html! {
                        <>
                            { division_entries(document.divisions_opening(number)) }
                            { item(a) }
                        </>
                    }
                }) }
                { for annexes.into_iter().map(annex_entry) }
            </ol>
            { window.after("entries") }
        </nav>
    }
}

/// The entries a contents list must render to show the provision anchored `anchor` as current:
/// the preamble's or an article's own entry, or for an annex's article every entry from the
/// first annex's on (annexes render from their start).
fn current_entries(
    document: &treaty_core::model::Document,
    anchor: &str,
) -> Option<std::ops::Range<usize>> {
    let preamble = usize::from(document.preamble.is_some());
    if anchor == "preamble" {
        return (preamble == 1).then_some(0..1);
    }
    if let Some(i) = document.articles.iter().position(|a| a.anchor() == anchor) {
        return Some(preamble + i..preamble + i + 1);
    }
    let first_annex = preamble + document.articles.len();
    let mut at = first_annex;
    for annex in &document.annexes {
        if let Some(i) = annex
            .articles
            .iter()
            .position(|a| annex.anchor_of(a) == anchor)
        {
            return Some(first_annex..at + 2 + i);
        }
        at += 1 + annex.articles.len();
    }
    None
}

/// Scrolls the contents' own box (not the page) so that the current provision is in view: in a
/// long treaty (111 articles) it would otherwise sit far below the visible part of the list.
/// Waits until the current entry is `shown` (the list grows a chunk per turn), so it is there.
#[hook]
fn use_current_in_view(nav: NodeRef, current: Option<AttrValue>, shown: bool) {
    use_effect_with((current, shown), move |(_, shown)| {
        if !*shown {
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
