//! Web Annotations read back as statements: every statement the export writes comes back on
//! the same source, span and article with the same verdict (from this deployment's export or
//! another's), another tool's highlight is attributed by the pipeline, what cannot be placed
//! is skipped with a reason, hostile files never panic, and merging the kept statements twice
//! adds nothing the second time.

mod common;

use common::attributed_library;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::OnceLock;
use treaty_core::attribution::{Basis, Verdict};
use treaty_core::bundle::{Bundle, KeptStatement, Source};
use treaty_core::export::web_annotations;
use treaty_core::import::{read_annotations, AnnotationError, MAX_IMPORT_BYTES};

const BASE: &str = "https://example.org/reader/";
const OTHER_BASE: &str = "https://annotations.example.net/mirror/app";

/// The shipped library with its attributions, computed once.
fn attributed() -> &'static Bundle {
    static LIBRARY: OnceLock<Bundle> = OnceLock::new();
    LIBRARY.get_or_init(attributed_library)
}

/// The shipped library with every attribution taken away.
fn stripped() -> Bundle {
    let mut library = attributed().clone();
    for s in &mut library.sources {
        s.attributions.clear();
        s.statements_found = None;
    }
    library
}

/// What the export writes about a statement: its source, span, article and verdict.
type Exported = (String, usize, usize, String, Option<Verdict>);

/// Every statement the export of `document` writes, from the attributed library.
fn exported_statements(library: &Bundle, document: &str) -> Vec<Exported> {
    let mut out = Vec::new();
    for source in library
        .sources
        .iter()
        .filter(|s| s.about.first().map(String::as_str) == Some(document))
    {
        for a in &source.attributions {
            let Some(article) = a.article() else {
                continue;
            };
            if source.statement_text(a).is_empty() {
                continue;
            }
            out.push((
                source.id.clone(),
                a.statement.start,
                a.statement.end,
                article.to_owned(),
                a.verdict,
            ));
        }
    }
    out
}

/// The kept statements as a bundle of their own, as an import of them is kept.
fn kept(statements: Vec<KeptStatement>) -> Bundle {
    let mut bundle = Bundle::new(Vec::new(), Vec::new(), Vec::new());
    bundle.statements = statements;
    bundle
}

/// Exports every treaty of the attributed library with `base`, reads each export back against
/// the stripped library, and checks that every exported statement is back.
fn round_trip(base: &str) {
    let library = attributed();
    let mut statements = Vec::new();
    let mut expected = Vec::new();
    for document in &library.documents {
        let export = web_annotations(library, &document.id, None, base).expect("a document");
        let exported = exported_statements(library, &document.id);
        let total = export["total"].as_u64().unwrap() as usize;
        assert_eq!(total, exported.len(), "{}", document.id);
        if total == 0 {
            continue;
        }
        let read = read_annotations(&export.to_string(), &stripped()).expect("annotations");
        assert!(
            read.skipped.is_empty(),
            "{}: {:?}",
            document.id,
            read.skipped
        );
        assert_eq!(read.statements.len(), total, "{}", document.id);
        for k in &read.statements {
            let origin = k.origin.as_deref().unwrap();
            assert!(origin.contains("/statement/"), "{origin}");
            let first = &k.attribution.candidates[0];
            assert_eq!(first.score, 1.0);
            assert_eq!(first.basis[0], Basis::Annotated);
        }
        statements.extend(read.statements);
        expected.extend(exported);
    }
    // 46 in the shipped library when this was written.
    assert!(expected.len() > 20, "the library has statements to export");
    let merged = stripped().merged(kept(statements));
    assert!(merged.statements.is_empty(), "every statement applied");
    let mut verdicts_differ = Vec::new();
    for (source, start, end, article, verdict) in &expected {
        let s = merged.source(source).unwrap();
        let back = s
            .attributions
            .iter()
            .find(|a| {
                a.statement.start == *start
                    && a.statement.end == *end
                    && a.article() == Some(article.as_str())
            })
            .unwrap_or_else(|| {
                panic!("{source} {start}..{end} Article {article} did not come back")
            });
        if back.verdict != *verdict {
            verdicts_differ.push(format!(
                "{source} {start}..{end} Article {article}: {verdict:?} → {:?}",
                back.verdict
            ));
        }
    }
    assert!(
        verdicts_differ.is_empty(),
        "{} of {} verdicts differ:\n{}",
        verdicts_differ.len(),
        expected.len(),
        verdicts_differ.join("\n")
    );
}

#[test]
fn every_exported_statement_comes_back_on_its_source_span_and_article() {
    round_trip(BASE);
}

#[test]
fn an_export_of_another_deployment_comes_back_too() {
    round_trip(OTHER_BASE);
}

/// A shipped source with a URL, and one of its statements the pipeline attributes on the
/// article's own words.
fn source_with_a_verbatim_statement() -> (&'static Source, usize) {
    attributed()
        .sources
        .iter()
        .filter(|s| s.url.is_some())
        .find_map(|s| {
            let i = s.attributions.iter().position(|a| {
                matches!(a.verdict, Some(Verdict::Verbatim | Verdict::Close))
                    && a.candidates[0].basis.contains(&Basis::Text)
            })?;
            Some((s, i))
        })
        .expect("the library has a verbatim statement in a source with a URL")
}

#[test]
fn another_tools_highlight_is_attributed_by_the_pipeline() {
    let (source, i) = source_with_a_verbatim_statement();
    let original = &source.attributions[i];
    let words = source.statement_text(original);
    let url = source.url.as_deref().unwrap();
    // As Hypothesis writes one: the page's URL (here with its host in capitals) with a
    // fragment, a comment, a quote selector with a range selector beside it (not read) and a
    // position refining it (ignored).
    let (scheme, rest) = url.split_once("://").unwrap();
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let page = format!(
        "{scheme}://{}{path}#annotations:Xyz123",
        host.to_uppercase()
    );
    let highlight = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://hypothes.is/a/Xyz123",
        "type": "Annotation",
        "motivation": "commenting",
        "body": [{ "type": "TextualBody", "value": "Note this.", "purpose": "commenting" }],
        "target": [{
            "source": page,
            "selector": [
                { "type": "RangeSelector", "startSelector": { "type": "XPathSelector", "value": "/p[1]" } },
                { "type": "TextQuoteSelector", "exact": words,
                  "refinedBy": { "type": "TextPositionSelector", "start": 0, "end": 1 } }
            ]
        }]
    });
    let read = read_annotations(&highlight.to_string(), &stripped()).unwrap();
    assert!(read.skipped.is_empty(), "{:?}", read.skipped);
    let [k] = read.statements.as_slice() else {
        panic!("one statement: {:?}", read.statements);
    };
    assert_eq!(k.source, source.id);
    assert_eq!(k.origin.as_deref(), Some("https://hypothes.is/a/Xyz123"));
    let a = &k.attribution;
    assert_eq!(
        (a.statement.start, a.statement.end),
        (original.statement.start, original.statement.end)
    );
    assert_eq!(a.article(), original.article());
    assert!(!a.candidates[0].basis.contains(&Basis::Annotated));
    assert!(a.verdict.is_some());
}

#[test]
fn a_highlight_with_other_spacing_and_repeated_words_is_placed_by_its_context() {
    let (source, i) = source_with_a_verbatim_statement();
    let original = &source.attributions[i];
    let (start, end) = (original.statement.start, original.statement.end);
    let words = source.statement_text(original);
    let spaced = words.split(' ').collect::<Vec<_>>().join("  ");
    let prefix: String = {
        let before = &source.body[..start];
        let n = before.chars().count();
        before.chars().skip(n.saturating_sub(20)).collect()
    };
    let annotation = json!({
        "type": "Annotation",
        "target": {
            "source": format!("{BASE}source/{}", source.id),
            "selector": { "type": "TextQuoteSelector", "exact": spaced, "prefix": prefix }
        }
    });
    let read = read_annotations(&annotation.to_string(), &stripped()).unwrap();
    assert!(read.skipped.is_empty(), "{:?}", read.skipped);
    let a = &read.statements[0].attribution;
    assert_eq!((a.statement.start, a.statement.end), (start, end));
    assert_eq!(read.statements[0].origin, None);
}

#[test]
fn what_cannot_be_placed_is_skipped_with_a_reason() {
    let library = stripped();
    let (source, i) = source_with_a_verbatim_statement();
    let words = source.statement_text(&source.attributions[i]).to_owned();
    let document = source.about[0].clone();
    let other = library
        .documents
        .iter()
        .find(|d| d.id != document && !d.articles.is_empty())
        .unwrap();
    let on = |target: Value, body: Value| json!({ "type": "Annotation", "id": "urn:x", "body": body, "target": target });
    let here = |exact: &str| {
        json!({
            "source": format!("{BASE}source/{}", source.id),
            "selector": { "type": "TextQuoteSelector", "exact": exact }
        })
    };
    let link = |doc: &str, n: &str| {
        json!({ "type": "SpecificResource", "purpose": "identifying",
                "source": { "id": format!("{BASE}treaty/{doc}/article/{n}") } })
    };
    let cases = [
        (
            on(json!("https://nowhere.example/page"), json!(null)),
            "not among the library's sources",
        ),
        (
            on(
                here("words that are nowhere in this source at all, none of them"),
                json!(null),
            ),
            "are not in the text",
        ),
        (
            on(here(&words), link(&other.id, &other.articles[0].key())),
            "is about",
        ),
        (
            on(here(&words), link(&document, "99999")),
            "has no such article",
        ),
        (
            on(here(&words), link("no-such-treaty", "1")),
            "does not hold",
        ),
        (on(json!([]), json!(null)), "no target"),
        (
            on(
                json!({ "source": format!("{BASE}source/{}", source.id) }),
                json!(null),
            ),
            "selects no words",
        ),
    ];
    for (annotation, reason) in cases {
        let read = read_annotations(&annotation.to_string(), &library).unwrap();
        assert!(read.statements.is_empty(), "{annotation}");
        let [skipped] = read.skipped.as_slice() else {
            panic!("one skipped: {:?}", read.skipped);
        };
        assert_eq!(skipped.annotation, "urn:x");
        assert!(
            skipped.reason.contains(reason),
            "{reason}: {}",
            skipped.reason
        );
        assert!(skipped.reason.ends_with('.'), "{}", skipped.reason);
    }
    // Without an id an annotation is named by its place in the file.
    let two = json!([
        { "type": "Annotation", "target": "https://nowhere.example/a" },
        { "type": "Annotation", "target": "https://nowhere.example/b" }
    ]);
    let read = read_annotations(&two.to_string(), &library).unwrap();
    let names: Vec<&str> = read.skipped.iter().map(|s| s.annotation.as_str()).collect();
    assert_eq!(names, ["#1", "#2"]);
}

#[test]
fn files_that_hold_no_annotations_are_errors_with_sentences() {
    let library = stripped();
    type Expected = fn(&AnnotationError) -> bool;
    let cases: [(&str, Expected); 6] = [
        ("not json", |e| matches!(e, AnnotationError::NotJson(_))),
        ("{}", |e| *e == AnnotationError::NoAnnotations),
        ("[]", |e| *e == AnnotationError::NoAnnotations),
        ("42", |e| *e == AnnotationError::NoAnnotations),
        (
            r#"{"type": "AnnotationCollection", "first": "https://e.org/page1"}"#,
            |e| *e == AnnotationError::NoAnnotations,
        ),
        (r#"{"type":"Annotation","id":"\ud800"}"#, |e| {
            matches!(e, AnnotationError::NotJson(_))
        }),
    ];
    for (json, expected) in cases {
        let error = read_annotations(json, &library).unwrap_err();
        assert!(expected(&error), "{json}: {error:?}");
        let sentence = error.to_string();
        assert!(sentence.ends_with('.'), "{sentence}");
        assert!(sentence.starts_with(char::is_uppercase), "{sentence}");
    }
    let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
    let error = read_annotations(&huge, &library).unwrap_err();
    assert!(matches!(error, AnnotationError::TooLarge(_)));
    assert!(error.to_string().starts_with("The file is"), "{error}");
}

#[test]
fn pages_are_followed_when_embedded() {
    let library = stripped();
    let page2 = json!({ "type": "AnnotationPage",
        "items": [{ "type": "Annotation", "id": "urn:b", "target": "https://nowhere.example/b" }] });
    let collection = json!({
        "type": ["AnnotationCollection"],
        "first": { "type": "AnnotationPage", "next": page2,
            "items": [{ "type": "oa:Annotation", "id": "urn:a", "target": "https://nowhere.example/a" }] }
    });
    let read = read_annotations(&collection.to_string(), &library).unwrap();
    let names: Vec<&str> = read.skipped.iter().map(|s| s.annotation.as_str()).collect();
    assert_eq!(names, ["urn:a", "urn:b"]);
    let page =
        json!({ "type": "AnnotationPage", "items": [{ "target": "https://nowhere.example/c" }] });
    assert_eq!(
        read_annotations(&page.to_string(), &library)
            .unwrap()
            .skipped
            .len(),
        1
    );
}

#[test]
fn hostile_values_are_skipped_never_a_panic() {
    let library = stripped();
    let (source, _) = source_with_a_verbatim_statement();
    let at = format!("{BASE}source/{}", source.id);
    let hostile = [
        json!({ "type": "Annotation", "target": 5 }),
        json!({ "type": "Annotation", "target": { "source": 5, "selector": "x" } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector": [1, null, "a", []] } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector":
            { "type": "TextPositionSelector", "start": 1e300, "end": -1 } } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector":
            { "type": "TextPositionSelector", "start": u64::MAX - 1, "end": u64::MAX } } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector":
            { "type": "TextPositionSelector", "start": 10, "end": 3 } } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector":
            { "type": "TextPositionSelector", "start": 0, "end": source.body.chars().count() + 1 } } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector":
            { "type": "TextQuoteSelector", "exact": 7, "prefix": [], "suffix": {} } } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector":
            { "type": "TextQuoteSelector", "exact": "" } } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector":
            { "type": "TextQuoteSelector", "exact": "😀\u{FFFF}\u{0}" } } }),
        json!({ "type": "Annotation", "target": { "source": at, "selector":
            [{ "type": "TextQuoteSelector", "exact": "x".repeat(5000) },
             { "type": "TextPositionSelector", "start": 0, "end": 3 }] } }),
        json!({ "type": "Annotation", "body": { "source": { "id": format!("{BASE}treaty/%FF/article/%") } },
            "target": { "source": at, "selector": { "type": "TextPositionSelector", "start": 0, "end": 3 } } }),
        json!({ "type": "Annotation", "body": [null, 3, "https://e.org/treaty//article/"],
            "target": { "state": [{ "cached": [at.clone(), 3] }], "selector":
                { "type": "TextPositionSelector", "start": 0, "end": 3 } } }),
        json!({ "type": "Annotation", "target": { "source": "https://e.org/source/%F0%9F%98", "selector": null } }),
        json!({ "@type": "Annotation", "target": { "id": at } }),
    ];
    for h in hostile {
        let read = read_annotations(&h.to_string(), &library).unwrap();
        assert_eq!(read.statements.len() + read.skipped.len(), 1, "{h}");
        for s in &read.statements {
            assert!(
                !library
                    .source(&s.source)
                    .unwrap()
                    .statement_text(&s.attribution)
                    .is_empty(),
                "{h}"
            );
        }
    }
}

/// A JSON value built from the words Web Annotations use, for the property test.
fn hostile_json() -> impl Strategy<Value = Value> {
    let (source, _) = source_with_a_verbatim_statement();
    let words: Vec<String> = vec![
        "Annotation".into(),
        "AnnotationPage".into(),
        "AnnotationCollection".into(),
        "TextQuoteSelector".into(),
        "TextPositionSelector".into(),
        format!("{BASE}source/{}", source.id),
        source.url.clone().unwrap(),
        format!("{BASE}treaty/{}/article/1", source.about[0]),
        format!("{BASE}treaty/{}/preamble", source.about[0]),
        source.body.chars().take(40).collect(),
        "the".into(),
        "😀".into(),
        String::new(),
    ];
    let keys = [
        "type",
        "target",
        "source",
        "selector",
        "exact",
        "prefix",
        "suffix",
        "start",
        "end",
        "body",
        "id",
        "items",
        "first",
        "next",
        "state",
        "cached",
        "refinedBy",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u64..400).prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop::sample::select(words).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(keys.to_vec()), inner), 0..6).prop_map(
                |pairs| {
                    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
                }
            ),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_json_is_an_error_or_read_never_a_panic(value in hostile_json()) {
        static LIBRARY: OnceLock<Bundle> = OnceLock::new();
        let library = LIBRARY.get_or_init(stripped);
        let text = value.to_string();
        if let Ok(read) = read_annotations(&text, library) {
            for s in &read.statements {
                let source = library.source(&s.source).unwrap();
                prop_assert!(!source.statement_text(&s.attribution).is_empty());
                prop_assert!(!s.attribution.candidates.is_empty());
            }
        }
        // Cut anywhere, it is not JSON, or still read without a panic.
        let cut: String = text.chars().take(text.chars().count() / 2).collect();
        let _ = read_annotations(&cut, library);
    }
}

#[test]
fn merging_the_same_statements_twice_adds_nothing_the_second_time() {
    let library = attributed();
    let document = &library
        .documents
        .iter()
        .find(|d| !exported_statements(library, &d.id).is_empty())
        .unwrap()
        .id;
    let export = web_annotations(library, document, None, BASE).unwrap();
    let read = read_annotations(&export.to_string(), &stripped()).unwrap();
    let import = kept(read.statements);
    let once = stripped().merged(import.clone());
    let twice = once.clone().merged(import.clone());
    assert_eq!(twice, once);
    // On the attributed library, the export's statements are all there already.
    let again = library.clone().merged(import.clone());
    assert_eq!(&again, library);
    assert!(import.clone().fitted_into(library).is_empty());
    // Kept apart from their sources, they wait for them, once each.
    let waiting = kept(Vec::new())
        .merged(import.clone())
        .merged(import.clone());
    assert_eq!(waiting.statements, import.statements);
    let applied = stripped().merged(waiting);
    assert_eq!(applied, once);
    // And they survive being written and read back.
    let json = import.to_json();
    assert_eq!(Bundle::from_json(&json).unwrap(), import);
    assert_eq!(
        import.storage_key(),
        Some(format!("annotations:{}", import.statements[0].source))
    );
}
