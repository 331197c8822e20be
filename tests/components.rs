//! Component tests in headless Chromium: real DOM, real events.

#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use treaty_core::bundle::Bundle;
use treaty_core::import::{AnnexPreview, ArticlePreview, BundlePreview, ImportPreview};
use treaty_core::model::Completeness;
use treaty_reader::components::{
    DeleteImport, EmbedView, ImportPreviewView, ImportSource, ProvisionView, RichText, SearchField,
    ShareMenu, TableOfContents,
};
use treaty_reader::{ErrorPage, Library, LibraryContext, LoadError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const BUNDLE: &str = include_str!("fixtures/mini-bundle.json");

#[derive(Properties, PartialEq)]
struct HarnessProps {
    library: LibraryContext,
    children: Html,
}

/// What the shell provides around every page: the library and a router.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let history = use_memo((), |_| AnyHistory::from(MemoryHistory::new()));
    html! {
        <Router history={(*history).clone()}>
            <ContextProvider<LibraryContext> context={props.library.clone()}>
                { props.children.clone() }
            </ContextProvider<LibraryContext>>
        </Router>
    }
}

async fn mount(children: Html) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let library = LibraryContext(Library::new(Bundle::from_json(BUNDLE).unwrap()));
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { library, children })
        .render();
    settle().await;
    root
}

/// Lets the scheduler finish the renders an event or a mount started: Yew 0.23 yields to the
/// browser between renders, so this waits (a bounded number of turns) until nothing is pending.
async fn settle() {
    for _ in 0..20 {
        yew::scheduler::flush().await;
        gloo_timers::future::sleep(std::time::Duration::from_millis(5)).await;
    }
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector} in {}", root.inner_html()))
}

#[wasm_bindgen_test]
async fn references_become_links_to_their_articles() {
    let root = mount(html! {
        <RichText text="As Article 2 and Article 51 of the UN Charter say." document_id="test-treaty" />
    })
    .await;
    let internal = find(&root, ".ref.internal a");
    assert_eq!(internal.text_content().unwrap(), "Article 2");
    assert_eq!(
        internal.get_attribute("href").unwrap(),
        "/treaty/test-treaty/article/2"
    );
    let external = find(&root, ".ref.external a");
    assert_eq!(
        external.text_content().unwrap(),
        "Article 51 of the UN Charter"
    );
    assert_eq!(
        external.get_attribute("href").unwrap(),
        "/treaty/un-charter-1945/article/51"
    );
    assert_eq!(
        root.text_content().unwrap(),
        "As Article 2 and Article 51 of the UN Charter say."
    );
}

#[wasm_bindgen_test]
async fn a_reference_preview_opens_on_focus_and_closes_on_escape() {
    let root = mount(html! {
        <RichText text="See Article 51 of the UN Charter." document_id="test-treaty" />
    })
    .await;
    let link: HtmlElement = find(&root, ".ref.external a").dyn_into().unwrap();
    link.focus().unwrap();
    settle().await;
    assert!(
        root.contains(Some(&link)),
        "opening the preview must not replace the link"
    );
    let tooltip = find(&root, "[role=tooltip]");
    assert!(tooltip
        .text_content()
        .unwrap()
        .contains("inherent right of individual or collective self-defense"));
    assert!(tooltip
        .text_content()
        .unwrap()
        .contains("UN Charter — Article 51"));
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Escape");
        init.set_bubbles(true);
        init
    })
    .unwrap();
    link.dispatch_event(&escape).unwrap();
    settle().await;
    assert!(root.query_selector("[role=tooltip]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn document_text_is_never_interpreted_as_html() {
    let root = mount(html! {
        <RichText text="<img src=x onerror=alert(1)> Article 2" document_id="test-treaty" />
    })
    .await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.text_content().unwrap().starts_with("<img src=x"));
}

#[wasm_bindgen_test]
async fn the_table_of_contents_shows_availability_per_provision() {
    let root = mount(html! {
        <TableOfContents document_id="test-treaty" current={Some(AttrValue::from("art-1"))} />
    })
    .await;
    let items = root.query_selector_all(".toc-item").unwrap();
    assert_eq!(items.length(), 3);
    assert!(find(&root, "[data-anchor=preamble]")
        .class_list()
        .contains("missing"));
    let first = find(&root, "[data-anchor=art-1]");
    assert!(first.class_list().contains("partial"));
    assert_eq!(first.get_attribute("aria-current").as_deref(), Some("page"));
    assert!(find(&root, "[data-anchor=art-2]")
        .text_content()
        .unwrap()
        .contains("Text not available"));
}

#[wasm_bindgen_test]
async fn a_provision_without_text_says_so_with_the_statements_attributed_to_it() {
    let root = mount(html! {
        <ProvisionView document_id="test-treaty" number={Some(AttrValue::from("2"))} in_full_text=false />
    })
    .await;
    assert!(find(&root, ".text-missing")
        .text_content()
        .unwrap()
        .contains("Text not available."));
    let card = find(&root, ".unanchored #quote-news-1");
    assert!(card
        .text_content()
        .unwrap()
        .contains("not to join alliances"));
    assert_eq!(
        find(&card, ".badge.verdict").text_content().unwrap(),
        "Unverifiable"
    );
}

#[wasm_bindgen_test]
async fn a_provision_with_a_gap_marks_it() {
    let root = mount(html! {
        <ProvisionView document_id="test-treaty" number={Some(AttrValue::from("1"))} in_full_text=false />
    })
    .await;
    assert_eq!(
        find(&root, ".badge.completeness").text_content().unwrap(),
        "Partial"
    );
    assert_eq!(
        find(&root, ".badge.witness").text_content().unwrap(),
        "News agency report"
    );
    assert_eq!(find(&root, ".gap-mark").text_content().unwrap(), "[...]");
    assert!(find(&root, ".gap")
        .text_content()
        .unwrap()
        .contains("Text missing here"));
}

#[wasm_bindgen_test]
async fn glossary_terms_open_their_definition() {
    let root =
        mount(html! { <RichText text="The DPRK agreed." document_id="test-treaty" /> }).await;
    let term: HtmlElement = find(&root, "button.term").dyn_into().unwrap();
    term.click();
    settle().await;
    assert!(
        root.contains(Some(&term)),
        "opening the definition must not replace the term"
    );
    assert_eq!(term.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(find(&root, ".term-popover")
        .text_content()
        .unwrap()
        .contains("Democratic People's Republic of Korea."));
}

#[wasm_bindgen_test]
async fn the_error_page_names_the_bundle_and_the_problem() {
    let error = LoadError {
        url: "bundles/missing.json".into(),
        problem: "the server answered 404 Not Found".into(),
    };
    let root = mount(html! { <ErrorPage {error} /> }).await;
    assert_eq!(
        find(&root, ".bundle-url").text_content().unwrap(),
        "bundles/missing.json"
    );
    assert!(find(&root, ".problem")
        .text_content()
        .unwrap()
        .contains("404"));
    assert_eq!(
        find(&root, "main").get_attribute("role").as_deref(),
        Some("alert")
    );
}

#[wasm_bindgen_test]
async fn the_panic_page_replaces_the_app_with_a_message_in_plain_text() {
    let document = gloo::utils::document();
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    app.set_inner_html("<p>the app</p>");
    gloo::utils::body().append_child(&app).unwrap();
    treaty_reader::panic_page::show("index out of bounds <b>here</b>");
    let text = app.text_content().unwrap();
    assert!(text.contains("Treaty Reader stopped because of an internal error"));
    assert!(text.contains("index out of bounds <b>here</b>"));
    assert!(!text.contains("the app"));
    assert!(app.query_selector("b").unwrap().is_none());
    assert_eq!(
        find(&app, "main").get_attribute("role").as_deref(),
        Some("alert")
    );
    app.remove();
}

#[wasm_bindgen_test]
async fn selecting_a_card_highlights_its_span_and_selecting_a_span_selects_its_card() {
    let root = mount(html! {
        <ProvisionView document_id="test-treaty" number={Some(AttrValue::from("1"))} in_full_text=false />
    })
    .await;
    let card = find(&root, "#quote-news-2");
    assert!(!card.class_list().contains("selected"));
    assert!(root
        .query_selector(".quote-span.selected")
        .unwrap()
        .is_none());
    let button: HtmlElement = find(&card, ".select-quote").dyn_into().unwrap();
    button.click();
    settle().await;
    assert!(find(&root, "#quote-news-2")
        .class_list()
        .contains("selected"));
    let spans = root.query_selector_all(".quote-span.selected").unwrap();
    let highlighted: String = (0..spans.length())
        .filter_map(|i| spans.item(i).and_then(|n| n.text_content()))
        .collect();
    assert_eq!(highlighted, "The DPRK shall act as Article 2 provides");

    let root = mount(html! {
        <ProvisionView document_id="test-treaty" number={Some(AttrValue::from("1"))} in_full_text=false />
    })
    .await;
    let span: HtmlElement = find(&root, ".quote-span").dyn_into().unwrap();
    span.click();
    settle().await;
    assert!(find(&root, "#quote-news-2")
        .class_list()
        .contains("selected"));
}

#[wasm_bindgen_test]
async fn a_card_shows_matched_words_the_verdict_and_a_numbering_conflict() {
    let root = mount(html! {
        <ProvisionView document_id="test-treaty" number={Some(AttrValue::from("1"))} in_full_text=false />
    })
    .await;
    let card = find(&root, "#quote-news-2");
    assert_eq!(
        find(&card, ".badge.verdict").text_content().unwrap(),
        "Divergent"
    );
    assert_eq!(
        find(&card, ".diff-same").text_content().unwrap(),
        "The DPRK shall act as Article 2 provides"
    );
    assert!(find(&card, ".numbering-conflict")
        .text_content()
        .unwrap()
        .contains("Article 3"));
    assert_eq!(
        find(&card, ".speaker").text_content().unwrap(),
        "an official"
    );
}

#[wasm_bindgen_test]
async fn the_source_form_starts_on_the_first_treaty_and_detects_the_language() {
    // Yew leaves a <select> on its last option unless one is marked selected: a source would
    // then be read as French and every English quote judged a paraphrase.
    let root = mount(html! { <ImportSource /> }).await;
    let value = |selector: &str| {
        find(&root, selector)
            .dyn_into::<web_sys::HtmlSelectElement>()
            .unwrap()
            .value()
    };
    assert_eq!(value(".source-language"), "");
    assert_eq!(value(".source-about"), "test-treaty");
}

#[wasm_bindgen_test]
async fn a_source_form_for_one_treaty_does_not_ask_which() {
    let root = mount(html! { <ImportSource about="test-treaty" /> }).await;
    assert!(root.query_selector(".source-about").unwrap().is_none());
    assert!(root.query_selector(".source-text").unwrap().is_some());
}

/// Submits the source form of `root` with `text` pasted.
fn submit_source(root: &Element, text: &str) {
    find(root, ".source-text")
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap()
        .set_value(text);
    find(root, ".import-source-form button[type=submit]")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Types `text` into the field `selector` of `root` as a reader does: its value, then an input
/// event.
fn type_into(root: &Element, selector: &str, text: &str) {
    let field = find(root, selector);
    match field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area) => area.set_value(text),
        None => field
            .dyn_ref::<web_sys::HtmlInputElement>()
            .unwrap()
            .set_value(text),
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let input = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&input).unwrap();
}

#[wasm_bindgen_test]
async fn a_pasted_text_gets_a_guessed_title_the_reader_can_correct() {
    let root = mount(html! { <ImportSource about="test-treaty" /> }).await;
    let title = || {
        find(&root, ".source-title")
            .dyn_into::<web_sys::HtmlInputElement>()
            .unwrap()
            .value()
    };
    let guessed = || root.query_selector("#source-title-note").unwrap().is_some();
    type_into(
        &root,
        ".source-text",
        "×\nPhoto: Reuters\nAnalysts revisit the mutual defence clause\n\nArticle 2 says the parties consult.",
    );
    settle().await;
    assert_eq!(title(), "Analysts revisit the mutual defence clause");
    assert!(guessed());
    // A guess follows the text; the reader's own title does not.
    type_into(
        &root,
        ".source-text",
        "Parties to consult under Article 2 of the treaty\n\nText.",
    );
    settle().await;
    assert_eq!(title(), "Parties to consult under Article 2 of the treaty");
    type_into(&root, ".source-title", "My own title");
    settle().await;
    assert!(!guessed());
    type_into(
        &root,
        ".source-text",
        "Another headline for the same story today\n\nText.",
    );
    settle().await;
    assert_eq!(title(), "My own title");
    // A saved page's HTML is not guessed from: its own title is read when it is added.
    type_into(&root, ".source-title", "");
    type_into(
        &root,
        ".source-text",
        "<!DOCTYPE html><html><title>Page</title></html>",
    );
    settle().await;
    assert_eq!(title(), "");
}

#[wasm_bindgen_test]
async fn a_source_import_shows_its_progress_and_cancel_stops_it() {
    let root = mount(html! { <ImportSource about="test-treaty" /> }).await;
    submit_source(&root, "Article 2 says the parties consult.");
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, ".import-status").text_content().unwrap(),
        "Reading…"
    );
    find(&root, ".cancel-work")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert_eq!(
        find(&root, ".import-status").text_content().unwrap(),
        "Stopped. Nothing was saved."
    );
    assert!(root.query_selector(".cancel-work").unwrap().is_none());
    assert!(root.query_selector(".import-error").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_worker_that_cannot_be_loaded_is_a_message_not_a_wait() {
    // The test runner serves no worker files, as when they are blocked.
    let root = mount(html! { <ImportSource about="test-treaty" /> }).await;
    submit_source(&root, "Article 2 says the parties consult.");
    for _ in 0..100 {
        settle().await;
        if root.query_selector(".import-error").unwrap().is_some() {
            break;
        }
    }
    let message = find(&root, ".import-error").text_content().unwrap();
    assert!(
        message.starts_with(
            "The pasted text was not imported: the background worker could not be loaded"
        ),
        "{message}"
    );
    assert!(root.query_selector(".cancel-work").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn shipped_documents_cannot_be_deleted() {
    let root = mount(html! { <DeleteImport id="test-treaty" /> }).await;
    assert_eq!(root.inner_html(), "");
}

#[wasm_bindgen_test]
async fn a_share_menu_offers_the_permalink_and_the_statement_on_its_page() {
    let root = mount(html! {
        <ShareMenu what="Article 2" link="https://example.org/reader/treaty/test-treaty/article/2"
            fragment={Some(AttrValue::from("https://news.example/a#:~:text=consult"))} />
    })
    .await;
    let value = |selector: &str| {
        find(&root, selector)
            .dyn_into::<web_sys::HtmlInputElement>()
            .unwrap()
            .value()
    };
    assert_eq!(
        value(".share-link input"),
        "https://example.org/reader/treaty/test-treaty/article/2"
    );
    assert_eq!(
        value(".share-fragment input"),
        "https://news.example/a#:~:text=consult"
    );
    assert_eq!(
        find(&root, "summary").get_attribute("aria-label").unwrap(),
        "Share Article 2"
    );
    assert!(root
        .query_selector(".share-embed-component")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn an_embed_of_an_unknown_article_says_so_and_links_to_the_treaty() {
    let root = mount(html! {
        <EmbedView document_id="test-treaty" number={Some(AttrValue::from("99"))} quotes=true
            app_base="https://example.org/reader/" />
    })
    .await;
    let problem = find(&root, ".embed-problem");
    assert!(problem
        .text_content()
        .unwrap()
        .contains("has no Article 99."));
    assert_eq!(
        find(&root, ".embed-problem a")
            .get_attribute("href")
            .unwrap(),
        "https://example.org/reader/treaty/test-treaty"
    );
}

fn preview() -> BundlePreview {
    BundlePreview {
        treaties: vec![ImportPreview {
            id: "local-pact".into(),
            title: "Pact <b>of</b> Examples".into(),
            languages: vec!["fr".into(), "nl".into()],
            articles: 9,
            first_article: Some("1".into()),
            last_article: Some("9".into()),
            divisions: vec![],
            annexes: vec![AnnexPreview {
                title: "Règlement".into(),
                articles: 56,
            }],
            preamble: true,
            completeness: Completeness::Complete,
            warnings: vec!["line 40 “Article 60 applies …” read as text".into()],
            opening: vec![ArticlePreview {
                label: "Article 1".into(),
                heading: Some("Scope".into()),
                excerpt: "Les Puissances <i>contractantes</i> donneront…".into(),
            }],
        }],
        sources: 0,
    }
}

#[wasm_bindgen_test]
async fn an_import_preview_shows_what_was_found_as_text_and_waits_for_the_reader() {
    let added = Rc::new(Cell::new(0));
    let dropped = Rc::new(Cell::new(0));
    let onadd = {
        let added = added.clone();
        Callback::from(move |()| added.set(added.get() + 1))
    };
    let oncancel = {
        let dropped = dropped.clone();
        Callback::from(move |()| dropped.set(dropped.get() + 1))
    };
    let root = mount(html! {
        <ImportPreviewView name="pact.md" preview={preview()} {onadd} {oncancel} />
    })
    .await;
    let text = |selector: &str| find(&root, selector).text_content().unwrap();
    assert_eq!(text(".import-preview h3"), "Found in pact.md");
    // Document text is text, never markup.
    assert_eq!(text(".preview-title"), "Pact <b>of</b> Examples");
    assert!(root.query_selector(".preview-title b").unwrap().is_none());
    assert_eq!(
        text(".preview-excerpt"),
        "Les Puissances <i>contractantes</i> donneront…"
    );
    assert_eq!(text(".preview-languages"), "FrenchDutch");
    assert_eq!(
        find(&root, ".preview-languages li:last-child")
            .get_attribute("data-language")
            .unwrap(),
        "nl"
    );
    assert_eq!(text(".preview-articles"), "9 articles (1–9)");
    assert_eq!(text(".preview-divisions"), "None");
    assert_eq!(
        text(".preview-annexes"),
        "Règlement (56 articles of its own)"
    );
    assert_eq!(text(".preview-preamble"), "Yes");
    assert_eq!(text(".preview-completeness"), "Complete");
    assert_eq!(text(".preview-warnings summary"), "1 warning");
    assert_eq!(text(".preview-label"), "Article 1 — Scope");
    find(&root, ".cancel-import")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    find(&root, ".add-import")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    assert_eq!((added.get(), dropped.get()), (1, 1));
}

#[wasm_bindgen_test]
async fn a_file_handed_to_the_source_form_is_its_file() {
    let parts = js_sys::Array::of1(&"Some notes about a treaty.".into());
    let file = web_sys::File::new_with_str_sequence(&parts, "notes.txt").unwrap();
    let root = mount(html! { <ImportSource file={Some(file)} /> }).await;
    let input = find(&root, ".source-file")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    let files = input.files().unwrap();
    assert_eq!(files.length(), 1);
    assert_eq!(files.get(0).unwrap().name(), "notes.txt");
    assert!(find(&root, ".import-status")
        .text_content()
        .unwrap()
        .starts_with("notes.txt is ready to be added as a news source"));
}

#[wasm_bindgen_test]
async fn slash_focuses_the_search_field_unless_the_reader_is_typing_elsewhere() {
    let root = mount(html! {
        <>
            <SearchField />
            <input class="other-field" />
        </>
    })
    .await;
    let field: HtmlElement = find(&root, "input[type=search]").dyn_into().unwrap();
    let other: HtmlElement = find(&root, ".other-field").dyn_into().unwrap();
    let slash = |target: &web_sys::EventTarget| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("/");
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&event).unwrap();
        event.default_prevented()
    };
    // Typing "/" in another field is text, not the shortcut.
    other.focus().unwrap();
    assert!(!slash(&other));
    let active = || gloo::utils::document().active_element();
    assert_eq!(active(), Some(other.clone().into()));
    // Anywhere else it moves the cursor to the search field, and the "/" is not typed.
    other.blur().unwrap();
    assert!(slash(&gloo::utils::body()));
    assert_eq!(active(), Some(field.into()));
}

#[wasm_bindgen_test]
async fn words_a_search_found_are_marked_apart_from_quoted_passages() {
    let text = "The Parties oppose unilateral coercive measures.";
    let start = text.find("coercive").unwrap();
    let found = Rc::new(vec![(start, start + "coercive".len())]);
    let quoted = Rc::new(vec![treaty_core::segment::Mark {
        start: text.find("unilateral").unwrap(),
        end: text.len() - 1,
        id: 0,
    }]);
    let root = mount(html! {
        <RichText text={text} document_id="test-treaty" {found} marks={quoted} />
    })
    .await;
    let marked: Vec<String> = (0..)
        .map_while(|i| root.query_selector_all("mark.found").unwrap().get(i))
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(marked, ["coercive"]);
    // The found word stays inside the quoted passage's highlight, which keeps its whole span.
    let quote_text: String = (0..)
        .map_while(|i| root.query_selector_all("mark.quote-span").unwrap().get(i))
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(quote_text, "unilateral coercive measures");
    assert_eq!(root.text_content().unwrap(), text);
}
