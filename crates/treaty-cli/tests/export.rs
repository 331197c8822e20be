//! `treaty annotations`, `treaty cite` and `treaty export` run as a user would: JSON-LD, text,
//! CSL-JSON or an export file on stdout or in a file; a message naming what is wrong and exit
//! code 1 for an unreadable bundle, an unknown treaty or article, or a format it cannot make.

mod common;

use common::*;
use serde_json::Value;
use std::path::Path;
use treaty_core::attribution::{Attribution, Candidate, Statement, StatementKind, Verdict};
use treaty_core::bundle::{Bundle, Source};
use treaty_core::import::build_library;
use treaty_core::model::{Completeness, Document, Event, Provision};

const BASE: &str = "https://example.org/reader/";

/// One treaty with two articles and a source quoting Article 1 in hostile words.
fn small_bundle() -> Bundle {
    let article = |n: &str| Provision {
        number: Some(n.into()),
        heading: None,
        texts: vec![],
        reports: vec![],
    };
    let document = Document {
        id: "pact".into(),
        title: "The \"Pact\" <b>of</b> Friends".into(),
        short_title: "Pact".into(),
        aliases: vec![],
        self_references: vec![],
        parties: vec![],
        signed: Some(Event {
            date: "1961-07-06".into(),
            place: Some("Moscow".into()),
        }),
        in_force: None,
        authentic_languages: vec![],
        notes: vec![],
        completeness: Completeness::NotAvailable,
        preamble: None,
        chapters: vec![],
        articles: vec![article("1"), article("2")],
        unplaced: vec![],
        annexes: vec![],
    };
    let body = "Статья 1: \"<script>x</script>\" is quoted.";
    let start = body.find('<').unwrap();
    let end = body.find("</script>").unwrap() + "</script>".len();
    let source = Source {
        id: "news".into(),
        outlet: "News".into(),
        title: "News".into(),
        byline: None,
        date: "1961-07-07".into(),
        date_note: None,
        language: "ru".into(),
        url: Some("https://news.example/1".into()),
        about: vec!["pact".into()],
        body: body.into(),
        attributions: vec![Attribution {
            statement: Statement {
                start,
                end,
                kind: StatementKind::DirectQuote,
                speaker: None,
                named_articles: vec!["1".into()],
                continues: None,
                repeats: None,
            },
            candidates: vec![Candidate {
                article: "1".into(),
                score: 1.0,
                basis: vec![],
            }],
            verdict: Some(Verdict::Unverifiable),
            anchor: None,
            diff: vec![],
            changes: vec![],
        }],
        stored: None,
        statements_found: None,
    };
    Bundle::new(vec![document], vec![source], vec![])
}

fn small_bundle_file(dir: &Path) -> String {
    write(dir, "bundle.json", &small_bundle().to_json())
}

#[test]
fn annotations_prints_a_collection_of_the_treaty() {
    let dir = scratch("export", "annotations");
    let file = small_bundle_file(&dir);
    let out = treaty(&[
        "annotations",
        "--bundle",
        &file,
        "--treaty",
        "pact",
        "--base",
        BASE,
    ]);
    let text = stdout(&out);
    assert!(text.lines().count() > 10, "pretty JSON: {text}");
    let collection: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(collection["type"], "AnnotationCollection");
    assert_eq!(collection["total"], 1);
    let annotation = &collection["first"]["items"][0];
    assert_eq!(annotation["type"], "Annotation");
    assert_eq!(annotation["id"], format!("{BASE}source/news/statement/0"));
    assert_eq!(annotation["target"]["source"], "https://news.example/1");
    assert_eq!(
        annotation["target"]["selector"][0]["exact"],
        "<script>x</script>"
    );
    assert_eq!(
        annotation["body"][0]["source"]["id"],
        format!("{BASE}treaty/pact/article/1")
    );
    assert_eq!(annotation["body"][1]["value"], "unverifiable");

    let two = treaty(&[
        "annotations",
        "--bundle",
        &file,
        "--treaty",
        "pact",
        "--article",
        "2",
        "--base",
        "https://example.org/reader",
    ]);
    let two: Value = serde_json::from_str(&stdout(&two)).unwrap();
    assert_eq!(two["total"], 0);
    assert_eq!(
        two["id"],
        format!("{BASE}treaty/pact/article/2#annotations")
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn annotations_of_the_shipped_library_include_the_rudenko_quote() {
    let read =
        |f: &str| std::fs::read_to_string(format!("{CORPUS}/{f}")).map_err(|e| e.to_string());
    let mut library = build_library(&read("library.toml").unwrap(), read).unwrap();
    treaty_core::attribution::attribute_all(&mut library);
    let dir = scratch("export", "library");
    let file = write(&dir, "library.json", &library.to_json());
    let out = treaty(&[
        "annotations",
        "--bundle",
        &file,
        "--treaty",
        "rus-dprk-2024",
        "--article",
        "IV",
        "--base",
        BASE,
    ]);
    let collection: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let items = collection["first"]["items"].as_array().unwrap();
    assert!(items.len() > 3);
    assert!(items.iter().any(|a| a["target"]["selector"][0]["exact"]
        .as_str()
        .unwrap()
        .contains("Article 4 of the document is of particular importance")));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn cite_prints_text_or_csl() {
    let dir = scratch("export", "cite");
    let file = small_bundle_file(&dir);
    let args = |extra: &[&str]| {
        let mut a = vec![
            "cite",
            "--bundle",
            &file,
            "--treaty",
            "pact",
            "--base",
            BASE,
            "--accessed",
            "2026-11-25",
        ];
        a.extend_from_slice(extra);
        treaty(&a)
    };
    let text = stdout(&args(&["--article", "1"]));
    assert_eq!(
        text,
        "The \"Pact\" <b>of</b> Friends (Moscow, 6 July 1961), art. 1. Text shown: no text \
         available. Treaty Reader, https://example.org/reader/treaty/pact/article/1 (accessed \
         2026-11-25).\n"
    );
    let csl: Value = serde_json::from_str(&stdout(&args(&["--article", "1", "--csl"]))).unwrap();
    assert_eq!(csl[0]["type"], "treaty");
    assert_eq!(csl[0]["id"], "pact-art-1");
    assert_eq!(
        csl[0]["issued"]["date-parts"],
        serde_json::json!([[1961, 7, 6]])
    );
    assert_eq!(
        csl[0]["accessed"]["date-parts"],
        serde_json::json!([[2026, 11, 25]])
    );
    let whole = stdout(&args(&[]));
    assert!(
        whole.contains("Friends (Moscow, 6 July 1961). Text shown"),
        "{whole}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_unknown_treaty_is_named_with_the_ids_there_are() {
    let dir = scratch("export", "unknown-treaty");
    let file = small_bundle_file(&dir);
    let out = treaty(&[
        "annotations",
        "--bundle",
        &file,
        "--treaty",
        "nope",
        "--base",
        BASE,
    ]);
    assert_fails_with(&out, &[&file, "no treaty with the id \"nope\"", "pact"]);
    let out = treaty(&[
        "cite",
        "--bundle",
        &file,
        "--treaty",
        "nope",
        "--base",
        BASE,
        "--accessed",
        "2026-11-25",
        "--csl",
    ]);
    assert_fails_with(&out, &["no treaty with the id \"nope\""]);
}

#[test]
fn an_unknown_article_is_named() {
    let dir = scratch("export", "unknown-article");
    let file = small_bundle_file(&dir);
    let what = ["--bundle", &file, "--treaty", "pact", "--base", BASE];
    let out = treaty(&[&["annotations", "--article", "9"][..], &what].concat());
    assert_fails_with(&out, &[&file, "treaty \"pact\" has no article \"9\""]);
    let out = treaty(
        &[
            &["cite", "--article", "9", "--accessed", "2026-11-25"][..],
            &what,
        ]
        .concat(),
    );
    assert_fails_with(&out, &["treaty \"pact\" has no article \"9\""]);
    let out = treaty(&[&["annotations", "--article", "preamble"][..], &what].concat());
    assert_fails_with(&out, &["has no article \"preamble\""]);
}

#[test]
fn an_unreadable_bundle_is_named() {
    let dir = scratch("export", "unreadable");
    let missing = dir.join("missing.json");
    let out = treaty(&[
        "annotations",
        "--bundle",
        missing.to_str().unwrap(),
        "--treaty",
        "pact",
        "--base",
        BASE,
    ]);
    assert_fails_with(&out, &["missing.json", "cannot read"]);

    let not_json = write(&dir, "bad.json", "{ not json");
    let out = treaty(&[
        "cite",
        "--bundle",
        &not_json,
        "--treaty",
        "pact",
        "--base",
        BASE,
        "--accessed",
        "2026-11-25",
    ]);
    assert_fails_with(&out, &["bad.json", "not a valid bundle"]);

    let foreign = write(&dir, "foreign.json", r#"{"format": "other", "version": 1}"#);
    let out = treaty(&[
        "annotations",
        "--bundle",
        &foreign,
        "--treaty",
        "pact",
        "--base",
        BASE,
    ]);
    assert_fails_with(&out, &["foreign.json", "not a Treaty Reader bundle"]);
}

#[test]
fn a_relative_base_or_a_bad_date_is_refused() {
    let dir = scratch("export", "bad-args");
    let file = small_bundle_file(&dir);
    let out = treaty(&[
        "annotations",
        "--bundle",
        &file,
        "--treaty",
        "pact",
        "--base",
        "/reader/",
    ]);
    assert_fails_with(&out, &["--base", "absolute URL"]);
    for date in ["25.11.2026", "2026-11", "2026-02-30"] {
        let out = treaty(&[
            "cite",
            "--bundle",
            &file,
            "--treaty",
            "pact",
            "--base",
            BASE,
            "--accessed",
            date,
        ]);
        assert_fails_with(&out, &["--accessed", "YYYY-MM-DD", date]);
    }
}

/// `treaty export` writes each format's file exactly as the core's `export_file` makes it (the
/// app's downloads come from the same function), to `--out` or standard output.
#[test]
fn export_writes_every_format_as_the_core_makes_it() {
    use treaty_core::export::{export_file, ExportFormat, ExportRequest};
    let dir = scratch("export", "formats");
    let file = small_bundle_file(&dir);
    let bundle = small_bundle();
    for format in ExportFormat::ALL {
        let article = (!format.whole_treaty_only()).then_some("1");
        let request = ExportRequest {
            treaty: "pact",
            article,
            format,
            app_base: BASE,
            accessed: "2026-11-25",
        };
        let expected = export_file(&bundle, &request).unwrap();
        let out_path = dir.join(&expected.name);
        let out_arg = out_path.to_string_lossy().into_owned();
        let mut args = vec![
            "export",
            "--bundle",
            &file,
            "--treaty",
            "pact",
            "--format",
            format.name(),
            "--base",
            BASE,
            "--accessed",
            "2026-11-25",
        ];
        if let Some(a) = article {
            args.extend(["--article", a]);
        }
        assert_eq!(stdout(&treaty(&args)), expected.text, "{}", format.name());
        args.extend(["--out", &out_arg]);
        let written = treaty(&args);
        assert!(written.status.success(), "{}", stderr(&written));
        assert_eq!(
            std::fs::read_to_string(&out_path).unwrap(),
            expected.text,
            "{}",
            format.name()
        );
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn export_refuses_what_it_cannot_make() {
    let dir = scratch("export", "export-refusals");
    let file = small_bundle_file(&dir);
    let run = |extra: &[&str]| {
        let mut args = vec![
            "export", "--bundle", &file, "--treaty", "pact", "--base", BASE,
        ];
        args.extend_from_slice(extra);
        treaty(&args)
    };
    assert_fails_with(&run(&["--format", "docx"]), &["--format", "akn", "docx"]);
    assert_fails_with(
        &run(&["--format", "akn", "--article", "1"]),
        &["whole treaty", "--article"],
    );
    assert_fails_with(&run(&["--format", "bibtex"]), &["--accessed"]);
    assert_fails_with(
        &run(&["--format", "ris", "--accessed", "2026-13-01"]),
        &["--accessed", "YYYY-MM-DD"],
    );
    assert_fails_with(
        &run(&[
            "--format",
            "csl",
            "--accessed",
            "2026-11-25",
            "--article",
            "9",
        ]),
        &["no article", "9"],
    );
    std::fs::remove_dir_all(dir).unwrap();
}
