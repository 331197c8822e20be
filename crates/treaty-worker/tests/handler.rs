//! The worker's request handling without a browser: a job in, progress lines and an outcome
//! with its payload out, against the shipped library.

use std::sync::OnceLock;
use treaty_core::bundle::Bundle;
use treaty_core::export::ExportFormat;
use treaty_core::import::build_library;
use treaty_core::import::SourceDetails;
use treaty_worker::protocol::{Job, Outcome, Target};
use treaty_worker::Handler;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

fn read(file: &str) -> Result<String, String> {
    std::fs::read_to_string(format!("{CORPUS}/{file}")).map_err(|e| format!("{file}: {e}"))
}

fn library_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| {
        let mut library = build_library(&read("library.toml").unwrap(), read).unwrap();
        treaty_core::attribution::attribute_all(&mut library);
        serde_json::to_string(&library).unwrap()
    })
}

fn handler() -> Handler {
    let mut handler = Handler::new();
    handler.set_library(library_json()).unwrap();
    handler
}

/// Runs `job` and returns its result with every progress line.
fn run(
    handler: &mut Handler,
    job: Job,
    input: &[u8],
) -> (Result<(Outcome, String), String>, Vec<String>) {
    let mut lines = Vec::new();
    let result = handler.handle(job, input, &mut |line| lines.push(line.to_owned()));
    (result, lines)
}

fn details(about: &str) -> SourceDetails {
    SourceDetails {
        about: about.to_owned(),
        now: "2026-11-30T12:00:00Z".to_owned(),
        ..SourceDetails::default()
    }
}

fn target(treaty: &str, article: Option<&str>) -> Target {
    Target {
        treaty: treaty.to_owned(),
        article: article.map(str::to_owned),
        base: "https://example.org/reader/".to_owned(),
    }
}

#[test]
fn a_treaty_file_becomes_a_bundle_to_keep() {
    let text = "# Treaty of Testing\n\n## Article 1\n\nThe Parties shall test.\n\n## Article 2\n\nThey shall report.\n";
    let (result, lines) = run(
        &mut handler(),
        Job::ImportTreaty {
            name: "testing.md".to_owned(),
        },
        text.as_bytes(),
    );
    let (outcome, payload) = result.unwrap();
    let Outcome::Read { key, preview } = outcome else {
        panic!("not read: {outcome:?}");
    };
    let bundle = Bundle::from_json(&payload).unwrap();
    assert_eq!(bundle.documents.len(), 1);
    assert_eq!(key, bundle.documents[0].id);
    // What the reader sees before adding it.
    let treaty = &preview.treaties[0];
    assert_eq!(treaty.id, key);
    assert_eq!(treaty.title, "Treaty of Testing");
    assert_eq!(treaty.article_range(), "2 articles (1–2)");
    assert_eq!(treaty.opening[1].excerpt, "They shall report.");
    assert_eq!(
        lines.first().map(String::as_str),
        Some("Reading testing.md…")
    );
}

#[test]
fn a_treaty_already_in_the_library_is_not_added_twice() {
    let text = read("north-atlantic-treaty-1949.en.txt").unwrap();
    let mut handler = handler();
    let library = Bundle::from_json(library_json()).unwrap();
    let exported = library.for_document("un-charter-1945").unwrap().to_json();
    let (result, _) = run(
        &mut handler,
        Job::ImportTreaty {
            name: "un.treaty-reader.json".to_owned(),
        },
        exported.as_bytes(),
    );
    assert_eq!(
        result.unwrap_err(),
        "everything in it is already in your library"
    );
    // A text file of a shipped treaty is a new document (its id gets a suffix), not a
    // replacement.
    let (result, _) = run(
        &mut handler,
        Job::ImportTreaty {
            name: "north-atlantic-treaty-1949.en.txt".to_owned(),
        },
        text.as_bytes(),
    );
    let (Outcome::Read { key, .. }, _) = result.unwrap() else {
        panic!("not read");
    };
    assert_ne!(key, "north-atlantic-treaty-1949");
}

#[test]
fn bad_treaty_files_get_the_core_s_message() {
    let (result, _) = run(
        &mut handler(),
        Job::ImportTreaty {
            name: "empty.txt".to_owned(),
        },
        b"",
    );
    let message = result.unwrap_err();
    assert!(message.contains("empty"), "{message}");
}

#[test]
fn a_file_without_treaty_structure_may_be_a_source() {
    let (result, _) = run(
        &mut handler(),
        Job::ImportTreaty {
            name: "notes.txt".to_owned(),
        },
        b"Some notes about a treaty, without any headings.\n",
    );
    let (outcome, payload) = result.unwrap();
    let Outcome::NotATreaty { problem } = outcome else {
        panic!("not refused: {outcome:?}");
    };
    assert!(problem.contains("no treaty structure"), "{problem}");
    assert!(payload.is_empty());
}

#[test]
fn a_pasted_source_is_attributed_with_progress() {
    let body = read("sources/tass-2024-10-24.txt").unwrap();
    let (result, lines) = run(
        &mut handler(),
        Job::ImportSource {
            name: "pasted text".to_owned(),
            details: SourceDetails {
                outlet: Some("Testing Agency".to_owned()),
                ..details("rus-dprk-2024")
            },
        },
        body.as_bytes(),
    );
    let (outcome, payload) = result.unwrap();
    let Outcome::Imported { key, source: id } = outcome else {
        panic!("not imported: {outcome:?}");
    };
    assert_eq!(key, format!("source:{id}"));
    let bundle = Bundle::from_json(&payload).unwrap();
    let source = bundle.source(&id).unwrap();
    assert!(source.attributions.iter().any(|a| a.article() == Some("4")));
    assert_eq!(lines[0], "Reading…");
    assert_eq!(lines[1], "Finding its treaty statements…");
    let total = source.attributions.len();
    assert_eq!(
        lines.last().unwrap(),
        &format!("Attributing statement {total} of {total}…")
    );
    assert!(lines.len() <= 103, "{} lines", lines.len());
}

#[test]
fn a_blank_paste_is_refused() {
    let (result, _) = run(
        &mut handler(),
        Job::ImportSource {
            name: "pasted text".to_owned(),
            details: details("rus-dprk-2024"),
        },
        b"   \n  ",
    );
    assert!(result.is_err());
}

#[test]
fn exports_come_back_as_text() {
    let mut handler = handler();
    let (result, _) = run(
        &mut handler,
        Job::Citation {
            target: target("rus-dprk-2024", Some("4")),
            accessed: "2026-11-30".to_owned(),
        },
        b"",
    );
    let (outcome, text) = result.unwrap();
    assert_eq!(outcome, Outcome::Text);
    assert!(text.contains("art. 4"), "{text}");
    assert!(text.contains("https://example.org/reader/treaty/rus-dprk-2024/article/4"));

    let (result, _) = run(
        &mut handler,
        Job::Export {
            target: target("rus-dprk-2024", None),
            format: ExportFormat::Csl,
            accessed: "2026-11-30".to_owned(),
        },
        b"",
    );
    let csl: serde_json::Value = serde_json::from_str(&result.unwrap().1).unwrap();
    assert_eq!(csl[0]["type"], "treaty");

    let (result, _) = run(
        &mut handler,
        Job::Export {
            target: target("rus-dprk-2024", Some("4")),
            format: ExportFormat::Annotations,
            accessed: String::new(),
        },
        b"",
    );
    let annotations: serde_json::Value = serde_json::from_str(&result.unwrap().1).unwrap();
    assert_eq!(annotations["type"], "AnnotationCollection");

    // The whole-treaty formats, as `treaty export` writes them.
    let (result, _) = run(
        &mut handler,
        Job::Export {
            target: target("rus-dprk-2024", Some("4")),
            format: ExportFormat::Akn,
            accessed: String::new(),
        },
        b"",
    );
    let xml = result.unwrap().1;
    assert!(xml.contains("<akomaNtoso"), "{xml}");

    let (result, _) = run(
        &mut handler,
        Job::Citation {
            target: target("no-such-treaty", None),
            accessed: "2026-11-30".to_owned(),
        },
        b"",
    );
    assert_eq!(result.unwrap(), (Outcome::Nothing, String::new()));
}

#[test]
fn jobs_travel_as_json() {
    let job = Job::ImportSource {
        name: "a.html".to_owned(),
        details: details("rus-dprk-2024"),
    };
    let json = serde_json::to_string(&job).unwrap();
    assert!(json.contains("\"kind\":\"import-source\""), "{json}");
    assert_eq!(serde_json::from_str::<Job>(&json).unwrap(), job);
    let outcome = Outcome::NotATreaty {
        problem: "p".to_owned(),
    };
    let json = serde_json::to_string(&outcome).unwrap();
    assert_eq!(serde_json::from_str::<Outcome>(&json).unwrap(), outcome);
}
