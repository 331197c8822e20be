//! Every page renders natively (Yew's `ssr` feature): components make no browser calls while
//! rendering, so the app can be prerendered, and these tests read the markup a page produces.

#![cfg(not(target_arch = "wasm32"))]

use treaty_core::bundle::Bundle;
use treaty_reader::{Library, LibraryContext, Shell};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

const BUNDLE: &str = include_str!("fixtures/mini-bundle.json");

#[derive(Properties, PartialEq)]
struct PageProps {
    path: AttrValue,
    library: LibraryContext,
}

#[component]
fn Page(props: &PageProps) -> Html {
    let history = use_memo(props.path.clone(), |path| {
        AnyHistory::from(MemoryHistory::with_entries(vec![path.to_string()]))
    });
    html! {
        <Router history={(*history).clone()}>
            <Shell library={props.library.clone()} />
        </Router>
    }
}

async fn render(path: &str) -> String {
    let bundle = Bundle::from_json(BUNDLE).expect("fixture bundle is valid");
    let library = LibraryContext(Library::new(bundle));
    LocalServerRenderer::<Page>::with_props(PageProps {
        path: path.to_owned().into(),
        library,
    })
    .render()
    .await
}

#[tokio::test]
async fn the_library_page_lists_documents_with_their_availability() {
    let html = render("/").await;
    assert!(html.contains("Test Treaty"));
    assert!(html.contains("1 of 3 provisions with text (1 partial); 2 without text"));
    assert!(html.contains("Complete text"));
}

#[tokio::test]
async fn an_article_page_shows_its_provenance_and_links_its_references() {
    let html = render("/treaty/test-treaty/article/1").await;
    assert!(html.contains("News agency report"));
    assert!(html.contains(">Partial<"));
    assert!(html.contains(r#"href="/treaty/test-treaty/article/2""#));
    assert!(html.contains(r#"href="/treaty/un-charter-1945/article/51""#));
    assert!(html.contains(r#"data-term="dprk""#));
    assert!(html.contains(r#"aria-current="page""#));
}

#[tokio::test]
async fn an_article_without_text_says_so_and_shows_reports() {
    let html = render("/treaty/test-treaty/article/2").await;
    assert!(html.contains("Text not available."));
    assert!(html.contains("not to join alliances"));
    assert!(html.contains(r#"href="/source/news/statement/1""#));
    assert!(html.contains("Unverifiable"));
}

#[tokio::test]
async fn unknown_treaties_and_articles_are_not_found() {
    assert!(render("/treaty/nope")
        .await
        .contains("is not in this library"));
    assert!(render("/treaty/test-treaty/article/9")
        .await
        .contains("Article 9"));
}

#[tokio::test]
async fn document_text_is_escaped_never_interpreted() {
    let hostile = BUNDLE.replace(
        "Officials said Article 1 matters.",
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
    );
    let bundle = Bundle::from_json(&hostile).expect("still a valid bundle");
    let html = LocalServerRenderer::<Page>::with_props(PageProps {
        path: "/source/news".into(),
        library: LibraryContext(Library::new(bundle)),
    })
    .render()
    .await;
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn an_article_page_shows_its_quotes_beside_the_paragraph_they_match() {
    let html = render("/treaty/test-treaty/article/1").await;
    assert!(html.contains(r#"id="quote-news-2""#));
    assert!(html.contains("Divergent"));
    assert!(html.contains("The source calls this Article 3; its content matches Article 1."));
    assert!(html.contains(r#"class="quote-span divergent""#));
    assert!(html.contains("Compare every rendering of Article 1"));
}

#[tokio::test]
async fn a_source_page_lists_every_statement_with_its_article_or_none() {
    let html = render("/source/news/statement/2").await;
    assert!(html.contains("Statement 1"));
    assert!(html.contains("not treaty text"));
    assert!(html.contains(r#"href="/treaty/test-treaty/article/2""#));
    assert!(html.contains("The source calls it Article 3; its content matches Article 1."));
    assert!(html.contains(r#"id="statement-2""#));
}

#[tokio::test]
async fn the_synoptic_page_compares_every_rendering_with_the_text() {
    let html = render("/treaty/test-treaty/article/1/synoptic").await;
    assert!(html.contains("every rendering compared"));
    assert!(html.contains("News agency report (KCNA, partial)"));
    assert!(html.contains(r#"class="diff-same""#));
}
