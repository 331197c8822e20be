//! Every page renders natively (Yew's `ssr` feature): components make no browser calls while
//! rendering, so the app can be prerendered, and these tests read the markup a page produces.

#![cfg(not(target_arch = "wasm32"))]

use treaty_core::bundle::Bundle;
use treaty_reader::prerender;
use treaty_reader::{Library, LibraryContext};

const BUNDLE: &str = include_str!("fixtures/mini-bundle.json");

async fn render(path: &str) -> String {
    prerender::render(&library(), path, "/").await.body
}

fn library() -> LibraryContext {
    let bundle = Bundle::from_json(BUNDLE).expect("fixture bundle is valid");
    LibraryContext(Library::new(bundle))
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
    let library = LibraryContext(Library::new(bundle));
    let html = prerender::render(&library, "/source/news", "/").await.body;
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

#[tokio::test]
async fn prerendered_links_carry_the_public_url() {
    let page = prerender::render(&library(), "/treaty/test-treaty/article/1", "/reader/").await;
    assert!(page
        .body
        .contains(r#"href="/reader/treaty/test-treaty/article/2""#));
    assert!(!page.body.contains(r#"href="/treaty/"#));
    assert!(page.body.contains("News agency report"));
    assert_eq!(page.title, "Article 1 — Test Treaty · Treaty Reader");
}

#[tokio::test]
async fn every_shipped_page_has_a_route_and_renders_without_not_found() {
    let library = library();
    let routes = prerender::routes(&library.bundle);
    for expected in [
        "/",
        "/treaty/test-treaty",
        "/treaty/test-treaty/article/1",
        "/treaty/test-treaty/article/1/synoptic",
        "/embed/test-treaty/article/1",
        "/source/news",
        "/source/news/statement/0",
    ] {
        assert!(routes.iter().any(|r| r == expected), "{expected} missing");
    }
    for path in &routes {
        let page = prerender::render(&library, path, "/").await;
        assert!(
            !page.body.contains(r#"class="not-found""#),
            "{path} not found"
        );
        assert!(!page.body.contains("is not in this library"), "{path}");
    }
}

#[test]
fn pages_are_written_where_static_hosts_look_for_them() {
    assert_eq!(prerender::file_for("/"), "index.html");
    assert_eq!(prerender::file_for("/treaty/x"), "treaty/x.html");
    assert_eq!(
        prerender::file_for("/treaty/x/article/4/synoptic"),
        "treaty/x/article/4/synoptic.html"
    );
}

#[test]
fn a_page_fills_the_app_shell_and_drops_the_javascript_notice() {
    let shell = r#"<html><head><title>Treaty Reader</title></head><body><div id="app"><main class="loading"><p>Loading</p></main></div><noscript><p>needs JavaScript</p></noscript></body></html>"#;
    let page = prerender::Page {
        path: "/treaty/x".to_owned(),
        title: "A <b> & C · Treaty Reader".to_owned(),
        body: "<main>text</main>".to_owned(),
    };
    let html = prerender::page_html(shell, &page).expect("the shell has an app root");
    assert!(html.contains(r#"<div id="app"><main>text</main></div>"#));
    assert!(html.contains("<title>A &lt;b&gt; &amp; C · Treaty Reader</title>"));
    assert!(!html.contains("noscript"));
    assert!(!html.contains("Loading"));
    assert!(prerender::page_html("<html></html>", &page).is_err());
}

#[tokio::test]
async fn prerendered_popovers_are_in_the_markup_for_css_to_open() {
    let html = render("/treaty/test-treaty/article/1").await;
    assert!(html.contains(r#"class="popover css-only""#));
    assert!(html.contains(r#"class="popover css-only term-popover""#));
}
