//! Web Annotation export: every annotation carries what the W3C Web Annotation Data Model
//! requires, its selectors find the statement's words in the source text, and a filter by
//! article keeps exactly that article's statements. On the real library and on small bundles
//! built by hand (hostile text, odd ids, broken spans).

mod common;

use common::attributed_library as library;
use serde_json::Value;
use treaty_core::attribution::{Attribution, Candidate, Statement, StatementKind, Verdict};
use treaty_core::bundle::{Bundle, Source};
use treaty_core::export::{article_url, web_annotations, ANNOTATION_CONTEXT};
use treaty_core::model::{Completeness, Document, Provision};

const BASE: &str = "https://example.org/reader/";
const TREATY: &str = "rus-dprk-2024";

// ---------------------------------------------------------------------------------------------
// A validator for the W3C Web Annotation Data Model's requirements
// (https://www.w3.org/TR/annotation-model/), written from the model's MUSTs.

/// The motivations (and purposes) the model defines (§3.3.5).
const MOTIVATIONS: &[&str] = &[
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
];

/// An absolute IRI: a scheme, "://", an authority, and no character an IRI cannot hold.
fn is_absolute_iri(value: &Value) -> bool {
    let Some(s) = value.as_str() else {
        return false;
    };
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    let scheme_ok = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    scheme_ok
        && !authority.is_empty()
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c))
}

fn has_context(object: &Value) -> bool {
    match &object["@context"] {
        Value::String(s) => s == ANNOTATION_CONTEXT,
        Value::Array(a) => a.iter().any(|c| c == ANNOTATION_CONTEXT),
        _ => false,
    }
}

/// Checks the collection and every annotation in it; returns the annotations.
fn assert_valid_collection(collection: &Value) -> Vec<Value> {
    assert!(has_context(collection), "collection @context: {collection}");
    assert!(is_absolute_iri(&collection["id"]), "collection id");
    assert_eq!(collection["type"], "AnnotationCollection");
    assert!(collection["label"].is_string(), "collection label");
    let page = &collection["first"];
    if collection["total"] == 0 {
        // The model wants every page to hold an annotation: an empty collection has none.
        assert!(
            page.is_null() && collection["last"].is_null(),
            "{collection}"
        );
        return Vec::new();
    }
    assert_eq!(
        collection["last"], page["id"],
        "one page: the first is the last"
    );
    assert_eq!(page["type"], "AnnotationPage");
    assert!(is_absolute_iri(&page["id"]), "page id");
    assert_eq!(page["partOf"], collection["id"]);
    assert_eq!(page["startIndex"], 0);
    let items = page["items"].as_array().expect("page items").clone();
    assert_eq!(collection["total"].as_u64(), Some(items.len() as u64));
    let mut ids = std::collections::HashSet::new();
    for item in &items {
        // The context is on the collection, which the items inherit; it is repeated on each
        // item so that an item read alone is still an annotation.
        assert!(has_context(item), "annotation @context: {item}");
        assert_valid_annotation(item);
        assert!(
            ids.insert(item["id"].as_str().unwrap().to_owned()),
            "ids unique"
        );
    }
    items
}

fn assert_valid_annotation(a: &Value) {
    assert!(is_absolute_iri(&a["id"]), "annotation id: {}", a["id"]);
    assert_eq!(a["type"], "Annotation");
    let motivation = a["motivation"].as_str().expect("motivation");
    assert!(MOTIVATIONS.contains(&motivation), "{motivation}");

    let target = &a["target"];
    assert!(
        target.is_object(),
        "target is a specific resource: {target}"
    );
    assert_eq!(target["type"], "SpecificResource");
    assert!(
        is_absolute_iri(&target["source"]),
        "target source: {}",
        target["source"]
    );
    if !target["state"].is_null() {
        assert_eq!(target["state"]["type"], "TimeState");
        assert!(is_absolute_iri(&target["state"]["cached"]));
        // The model (4.3.1) wants a TimeState's time: sourceDate, or both sourceDateStart and
        // sourceDateEnd, each an xsd:dateTime.
        let date_time = |v: &Value| {
            v.as_str().is_some_and(|t| {
                t.len() == 20
                    && t.ends_with('Z')
                    && t.as_bytes()[10] == b'T'
                    && t.as_bytes()[4] == b'-'
            })
        };
        let state = &target["state"];
        assert!(
            date_time(&state["sourceDate"])
                ^ (date_time(&state["sourceDateStart"]) && date_time(&state["sourceDateEnd"])),
            "TimeState time: {state}"
        );
    }
    let selectors = target["selector"].as_array().expect("selector list");
    let quote = selector(target, "TextQuoteSelector");
    assert!(quote["exact"].as_str().is_some_and(|e| !e.is_empty()));
    assert!(quote["prefix"].is_string() && quote["suffix"].is_string());
    let position = selector(target, "TextPositionSelector");
    let start = position["start"]
        .as_u64()
        .expect("start is a non-negative integer");
    let end = position["end"]
        .as_u64()
        .expect("end is a non-negative integer");
    assert!(start <= end);
    assert_eq!(selectors.len(), 2);

    let body = a["body"].as_array().expect("body list");
    assert!(!body.is_empty());
    for b in body {
        let purpose = b["purpose"].as_str().expect("every body says its purpose");
        assert!(MOTIVATIONS.contains(&purpose), "{purpose}");
        match b["type"].as_str() {
            Some("SpecificResource") => {
                let source = &b["source"];
                assert!(is_absolute_iri(&source["id"]), "body source: {source}");
                assert!(source["type"].is_string());
            }
            Some("TextualBody") => assert!(b["value"].is_string(), "{b}"),
            other => panic!("untyped or unknown body: {other:?}"),
        }
    }
    assert_eq!(body[0]["purpose"], "identifying");
}

fn selector<'a>(target: &'a Value, kind: &str) -> &'a Value {
    let found: Vec<&Value> = target["selector"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["type"] == kind)
        .collect();
    assert_eq!(found.len(), 1, "one {kind}");
    found[0]
}

// ---------------------------------------------------------------------------------------------

/// The source and attribution an annotation's id names (`…/source/{id}/statement/{i}`).
fn statement_of<'a>(bundle: &'a Bundle, annotation: &Value) -> (&'a Source, &'a Attribution) {
    let id = annotation["id"].as_str().unwrap();
    let rest = id.strip_prefix(&format!("{BASE}source/")).unwrap();
    let (source, index) = rest.split_once("/statement/").unwrap();
    let source = bundle.source(source).expect("the id names a source");
    (
        source,
        &source.attributions[index.parse::<usize>().unwrap()],
    )
}

/// The text a `TextPositionSelector` selects, counting code points as the W3C model does.
fn text_at_position<'a>(source: &'a Source, annotation: &Value) -> &'a str {
    let position = selector(&annotation["target"], "TextPositionSelector");
    let byte = |key: &str| {
        let n = position[key].as_u64().unwrap() as usize;
        source
            .body
            .char_indices()
            .map(|(b, _)| b)
            .chain([source.body.len()])
            .nth(n)
            .expect("a position inside the text")
    };
    &source.body[byte("start")..byte("end")]
}

fn assert_selectors_find_the_statement(bundle: &Bundle, annotation: &Value) {
    let (source, attribution) = statement_of(bundle, annotation);
    let quote = selector(&annotation["target"], "TextQuoteSelector");
    let exact = quote["exact"].as_str().unwrap();
    assert_eq!(exact, source.statement_text(attribution));
    assert_eq!(exact, text_at_position(source, annotation));
    let s = &attribution.statement;
    assert!(source.body[..s.start].ends_with(quote["prefix"].as_str().unwrap()));
    assert!(source.body[s.end..].starts_with(quote["suffix"].as_str().unwrap()));
    assert!(quote["prefix"].as_str().unwrap().chars().count() <= 32);
    assert!(quote["suffix"].as_str().unwrap().chars().count() <= 32);
    let expected_source = match &source.url {
        Some(url) => url.clone(),
        None => format!("{BASE}source/{}", source.id),
    };
    assert_eq!(annotation["target"]["source"], expected_source.as_str());
}

#[test]
fn every_treaty_of_the_library_exports_valid_annotations() {
    let library = library();
    for document in &library.documents {
        let collection = web_annotations(&library, &document.id, None, BASE).unwrap();
        let items = assert_valid_collection(&collection);
        for item in &items {
            assert_selectors_find_the_statement(&library, item);
        }
        let text = serde_json::to_string(&collection).unwrap();
        let reread: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(reread, collection, "the export is plain JSON");
    }
}

#[test]
fn the_treaty_exports_each_attributed_statement_once() {
    let library = library();
    let collection = web_annotations(&library, TREATY, None, BASE).unwrap();
    let items = assert_valid_collection(&collection);
    let attributed: usize = library
        .sources
        .iter()
        .filter(|s| s.about.first().map(String::as_str) == Some(TREATY))
        .flat_map(|s| &s.attributions)
        .filter(|a| a.article().is_some())
        .count();
    assert!(attributed > 10, "the library has attributions to export");
    assert_eq!(items.len(), attributed);
    for item in &items {
        let (_, attribution) = statement_of(&library, item);
        let article = attribution.article().unwrap();
        assert_eq!(
            item["body"][0]["source"]["id"],
            article_url(BASE, TREATY, Some(article)).as_str()
        );
        match attribution.verdict {
            Some(v) => assert_eq!(item["body"][1]["value"], serde_json::to_value(v).unwrap()),
            None => assert!(item["body"]
                .as_array()
                .unwrap()
                .iter()
                .all(|b| b["purpose"] != "classifying")),
        }
    }
}

#[test]
fn annotations_come_in_article_order_then_oldest_source_first() {
    let library = library();
    let document = library.document(TREATY).unwrap();
    let reading_order: Vec<String> = document.provisions().map(Provision::key).collect();
    let items = assert_valid_collection(&web_annotations(&library, TREATY, None, BASE).unwrap());
    let keys: Vec<(usize, String)> = items
        .iter()
        .map(|item| {
            let (source, attribution) = statement_of(&library, item);
            let article = attribution.article().unwrap();
            let place = reading_order.iter().position(|k| k == article).unwrap();
            (place, source.date.clone())
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(keys.first().unwrap().0 < keys.last().unwrap().0);
}

#[test]
fn the_rudenko_quote_identifies_article_4() {
    let library = library();
    let items = assert_valid_collection(&web_annotations(&library, TREATY, None, BASE).unwrap());
    let rudenko = items
        .iter()
        .find(|item| {
            let (_, a) = statement_of(&library, item);
            a.statement.speaker.as_deref() == Some("Andrey Rudenko")
        })
        .expect("the Rudenko quote is exported");
    assert!(rudenko["id"]
        .as_str()
        .unwrap()
        .starts_with(&format!("{BASE}source/tass-2024-10-24/statement/")));
    assert_eq!(rudenko["motivation"], "identifying");
    assert_eq!(
        rudenko["target"]["source"],
        "https://tass.com/politics/1861381"
    );
    assert_eq!(
        rudenko["target"]["state"]["cached"],
        format!("{BASE}source/tass-2024-10-24")
    );
    let body = &rudenko["body"][0]["source"];
    assert_eq!(body["id"], format!("{BASE}treaty/{TREATY}/article/4"));
    assert_eq!(body["label"], "Article 4 of the Russia–DPRK Treaty (2024)");
    assert!(selector(&rudenko["target"], "TextQuoteSelector")["exact"]
        .as_str()
        .unwrap()
        .contains("Article 4 of the document is of particular importance"));
}

#[test]
fn a_filter_by_article_keeps_exactly_its_statements() {
    let library = library();
    let four = web_annotations(&library, TREATY, Some("4"), BASE).unwrap();
    let items = assert_valid_collection(&four);
    // Every occurrence is annotated, a statement the source repeats too (the reader's list
    // shows it once): each is a place in the source.
    let occurrences: usize = library
        .sources_about(TREATY)
        .flat_map(|s| &s.attributions)
        .filter(|a| a.article() == Some("4"))
        .count();
    assert_eq!(items.len(), occurrences);
    assert!(!items.is_empty());
    for item in &items {
        assert_eq!(
            item["body"][0]["source"]["id"],
            format!("{BASE}treaty/{TREATY}/article/4")
        );
        assert_selectors_find_the_statement(&library, item);
    }
    assert_eq!(
        four["id"],
        format!("{BASE}treaty/{TREATY}/article/4#annotations")
    );
    assert!(four["label"].as_str().unwrap().contains("Article 4"));
    assert_eq!(
        web_annotations(&library, TREATY, Some("IV"), BASE),
        Some(four),
        "article numbers match by value"
    );

    let all = web_annotations(&library, TREATY, None, BASE).unwrap();
    let per_article: u64 = library
        .document(TREATY)
        .unwrap()
        .provisions()
        .map(|p| {
            web_annotations(&library, TREATY, Some(&p.key()), BASE).unwrap()["total"]
                .as_u64()
                .unwrap()
        })
        .sum();
    assert_eq!(Some(per_article), all["total"].as_u64());
}

#[test]
fn the_preamble_is_an_article_like_any_other() {
    let library = library();
    let preamble = web_annotations(&library, TREATY, Some("preamble"), BASE).unwrap();
    let items = assert_valid_collection(&preamble);
    for item in &items {
        assert_eq!(
            item["body"][0]["source"]["id"],
            format!("{BASE}treaty/{TREATY}/preamble")
        );
    }
}

#[test]
fn unknown_treaties_and_articles_export_nothing() {
    let library = library();
    assert_eq!(
        web_annotations(&library, "no-such-treaty", None, BASE),
        None
    );
    assert_eq!(web_annotations(&library, TREATY, Some("99"), BASE), None);
    assert_eq!(web_annotations(&library, TREATY, Some("four"), BASE), None);
    let charter = web_annotations(&library, "un-charter-1945", Some("51"), BASE).unwrap();
    assert_eq!(assert_valid_collection(&charter).len(), 0);
    assert_eq!(charter["total"], 0);
}

// ---------------------------------------------------------------------------------------------
// Small bundles built by hand.

fn attribution(start: usize, end: usize, article: &str, verdict: Option<Verdict>) -> Attribution {
    Attribution {
        statement: Statement {
            start,
            end,
            kind: StatementKind::DirectQuote,
            speaker: None,
            named_articles: vec![],
            continues: None,
            repeats: None,
        },
        candidates: vec![Candidate {
            article: article.into(),
            score: 0.9,
            basis: vec![],
        }],
        verdict,
        anchor: None,
        diff: vec![],
        changes: vec![],
    }
}

fn document(id: &str) -> Document {
    let article = |n: &str| Provision {
        number: Some(n.into()),
        heading: None,
        texts: vec![],
        reports: vec![],
    };
    Document {
        id: id.into(),
        title: format!("Treaty {id}"),
        short_title: format!("Treaty {id}"),
        aliases: vec![],
        self_references: vec![],
        parties: vec![],
        signed: None,
        in_force: None,
        authentic_languages: vec![],
        notes: vec![],
        completeness: Completeness::NotAvailable,
        preamble: None,
        chapters: vec![],
        articles: vec![article("1"), article("2")],
        unplaced: vec![],
        annexes: vec![],
    }
}

fn source(id: &str, about: &str, body: &str, attributions: Vec<Attribution>) -> Source {
    Source {
        id: id.into(),
        outlet: "Outlet".into(),
        title: "Title".into(),
        byline: None,
        date: "2024-06-20".into(),
        date_note: None,
        language: "en".into(),
        url: None,
        about: vec![about.into()],
        body: body.into(),
        attributions,
        stored: None,
        statements_found: None,
    }
}

/// Non-ASCII before the statement, so that UTF-16, UTF-8 and character counts all differ.
const HOSTILE: &str =
    "Статья 😀 «ссылка»\n\"Article 1\" says: <script>alert(\"x\")</script> & \"quotes\" — 🇰🇵 end";

fn hostile_bundle() -> Bundle {
    let start = HOSTILE.find("<script>").unwrap();
    let end = HOSTILE.find(" & ").unwrap();
    let whole = (0, HOSTILE.len());
    let mut odd = source(
        "odd id/with space",
        "t",
        HOSTILE,
        vec![
            attribution(start, end, "1", Some(Verdict::Divergent)),
            attribution(whole.0, whole.1, "2", None),
        ],
    );
    odd.attributions[0].statement.named_articles = vec!["2".into()];
    let mut linked = source(
        "linked",
        "t",
        "Plain words.",
        vec![attribution(0, 5, "1", Some(Verdict::Close))],
    );
    linked.url = Some("https://news.example/a?b=1".into());
    linked.date = "2024-06-19".into();
    let broken = source(
        "broken",
        "t",
        "Short.",
        vec![
            attribution(3, 100, "1", None),
            attribution(2, 2, "1", None),
            attribution(0, 5, "1", None),
        ],
    );
    let mut unattributed = attribution(0, 5, "1", None);
    unattributed.candidates.clear();
    let elsewhere = source(
        "elsewhere",
        "other",
        "Other words.",
        vec![attribution(0, 5, "1", None)],
    );
    let mut also = source("also", "other", "Also words.", vec![unattributed]);
    also.about.push("t".into());
    Bundle::new(
        vec![document("t"), document("other")],
        vec![odd, linked, broken, elsewhere, also],
        vec![],
    )
}

#[test]
fn hostile_text_stays_plain_strings_and_positions_count_code_points() {
    let bundle = hostile_bundle();
    let collection = web_annotations(&bundle, "t", None, BASE).unwrap();
    let items = assert_valid_collection(&collection);
    let odd = bundle.source("odd id/with space").unwrap();
    let script = items
        .iter()
        .find(|i| i["id"] == format!("{BASE}source/odd%20id%2Fwith%20space/statement/0"))
        .expect("the id is percent-encoded into one path segment");
    let quote = selector(&script["target"], "TextQuoteSelector");
    assert_eq!(quote["exact"], "<script>alert(\"x\")</script>");
    let position = selector(&script["target"], "TextPositionSelector");
    let start_bytes = HOSTILE.find("<script>").unwrap() as u64;
    let start_units = HOSTILE[..start_bytes as usize].encode_utf16().count() as u64;
    let start_points = HOSTILE[..start_bytes as usize].chars().count() as u64;
    assert!(
        start_bytes != start_units && start_units != start_points,
        "the fixture tells the encodings apart"
    );
    assert_eq!(position["start"], start_points);
    assert_eq!(
        text_at_position(odd, script),
        "<script>alert(\"x\")</script>"
    );
    assert_eq!(
        script["target"]["source"],
        format!("{BASE}source/odd%20id%2Fwith%20space")
    );
    assert!(
        script["target"]["state"].is_null(),
        "no URL: the stored copy is the target itself"
    );

    // Serialised and read back, the hostile words are still one JSON string each.
    let text = serde_json::to_string_pretty(&collection).unwrap();
    let reread: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(reread, collection);
    assert!(text.contains(r#""exact": "<script>alert(\"x\")</script>""#));

    let whole = items
        .iter()
        .find(|i| i["id"] == format!("{BASE}source/odd%20id%2Fwith%20space/statement/1"))
        .unwrap();
    assert_eq!(
        selector(&whole["target"], "TextQuoteSelector")["exact"],
        HOSTILE
    );
    assert_eq!(
        selector(&whole["target"], "TextPositionSelector")["end"],
        HOSTILE.chars().count() as u64
    );
    assert_eq!(text_at_position(odd, whole), HOSTILE);
}

#[test]
fn a_verdict_classifies_and_a_numbering_conflict_is_described() {
    let bundle = hostile_bundle();
    let items = assert_valid_collection(&web_annotations(&bundle, "t", None, BASE).unwrap());
    let conflict = items
        .iter()
        .find(|i| i["id"].as_str().unwrap().ends_with("space/statement/0"))
        .unwrap();
    let body = conflict["body"].as_array().unwrap();
    assert_eq!(body[1]["purpose"], "classifying");
    assert_eq!(body[1]["value"], "divergent");
    assert_eq!(body[2]["purpose"], "describing");
    let description = body[2]["value"].as_str().unwrap();
    assert!(
        description.contains("Article 2") && description.contains("Article 1"),
        "{description}"
    );
    let no_verdict = items
        .iter()
        .find(|i| i["id"].as_str().unwrap().ends_with("space/statement/1"))
        .unwrap();
    assert_eq!(
        no_verdict["body"].as_array().unwrap().len(),
        1,
        "no verdict, no classifying body"
    );
}

#[test]
fn only_fitting_attributed_statements_about_the_treaty_are_exported() {
    let bundle = hostile_bundle();
    let items = assert_valid_collection(&web_annotations(&bundle, "t", None, BASE).unwrap());
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        vec![
            // Article 1, oldest source first, then by source and position.
            format!("{BASE}source/linked/statement/0"),
            format!("{BASE}source/broken/statement/2"),
            format!("{BASE}source/odd%20id%2Fwith%20space/statement/0"),
            // Article 2.
            format!("{BASE}source/odd%20id%2Fwith%20space/statement/1"),
        ],
        "spans that do not fit, unattributed statements and sources mainly about another \
         treaty are left out"
    );
    let linked = &items[0]["target"];
    assert_eq!(linked["source"], "https://news.example/a?b=1");
    assert_eq!(linked["state"]["type"], "TimeState");
    assert_eq!(linked["state"]["cached"], format!("{BASE}source/linked"));

    let other = web_annotations(&bundle, "other", None, BASE).unwrap();
    assert_eq!(assert_valid_collection(&other).len(), 1);
    assert_eq!(
        web_annotations(&bundle, "t", Some("2"), BASE).unwrap()["total"],
        1
    );
    assert_eq!(web_annotations(&bundle, "t", Some("preamble"), BASE), None);
}

#[test]
fn a_base_without_a_trailing_slash_still_gives_whole_path_segments() {
    let bundle = hostile_bundle();
    let with = web_annotations(&bundle, "t", None, "https://example.org/reader/");
    let without = web_annotations(&bundle, "t", None, "https://example.org/reader");
    assert_eq!(with, without);
}

#[test]
fn what_a_quote_changed_is_a_describing_body_one_sentence_a_line() {
    let library = library();
    let collection = web_annotations(&library, TREATY, Some("3"), BASE).unwrap();
    let items = assert_valid_collection(&collection);
    let interfax = items
        .iter()
        .find(|i| i["target"]["source"].as_str().unwrap().contains("interfax"))
        .expect("Interfax's report of Article 3");
    let (_, attribution) = statement_of(&library, interfax);
    let described = interfax["body"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["purpose"] == "describing")
        .expect("a describing body");
    assert_eq!(described["type"], "TextualBody");
    assert_eq!(described["format"], "text/plain");
    let value = described["value"].as_str().unwrap();
    let lines: Vec<&str> = value.lines().collect();
    assert_eq!(lines.len(), attribution.changes.len());
    assert!(lines.contains(&"Drops “immediately”"), "{value}");
    for item in &items {
        let (_, a) = statement_of(&library, item);
        let describing = item["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["purpose"] == "describing")
            .count();
        assert_eq!(
            describing,
            usize::from(!a.changes.is_empty()) + usize::from(a.numbering_conflict().is_some())
        );
    }
}
