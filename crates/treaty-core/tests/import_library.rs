//! Builds the shipped library from corpus/library.toml, as `treaty bundle` does, and checks
//! what the app relies on.

use std::collections::HashMap;
use treaty_core::bundle::Bundle;
use treaty_core::import::{build_library, LibraryError};
use treaty_core::model::{Completeness, WitnessKind};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

fn read(file: &str) -> Result<String, String> {
    std::fs::read_to_string(format!("{CORPUS}/{file}")).map_err(|e| format!("{file}: {e}"))
}

fn manifest() -> String {
    read("library.toml").unwrap()
}

fn library() -> Bundle {
    build_library(&manifest(), read).unwrap_or_else(|e| panic!("library.toml: {e}"))
}

#[test]
fn russia_dprk_treaty_comes_first_with_all_its_articles() {
    let bundle = library();
    let ids: Vec<&str> = bundle.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "rus-dprk-2024",
            "un-charter-1945",
            "north-atlantic-treaty-1949",
            "ussr-dprk-1961",
            "prc-dprk-1961",
            "unclos-1982",
            "partxi-agreement-1994",
            "cwc-1993",
            "hague-iv-1907",
            "vcdr-1961"
        ]
    );
    let doc = &bundle.documents[0];
    let numbers: Vec<&str> = doc
        .articles
        .iter()
        .map(|a| a.number.as_deref().unwrap())
        .collect();
    let expected: Vec<String> = (1..=23).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected);
    assert!(doc.preamble.as_ref().unwrap().texts.is_empty());
    for n in 1..=23 {
        let a = doc.article(&n.to_string()).unwrap();
        let has_text = matches!(n, 1..=4 | 16);
        assert_eq!(!a.texts.is_empty(), has_text, "Article {n}");
        for t in &a.texts {
            assert_eq!(t.completeness, Completeness::Partial, "Article {n}");
        }
    }
    let art5 = doc.article("5").unwrap();
    assert!(art5.texts.is_empty());
    assert_eq!(art5.reports.len(), 2);
    assert_eq!(art5.completeness(), Completeness::NotAvailable);
    assert_eq!(doc.article("4").unwrap().reports.len(), 2);
    assert!(doc.article("4").unwrap().reports[0]
        .quote
        .contains("Article 51 of the UN Charter"));
    assert_eq!(doc.completeness, Completeness::Partial);
    assert_eq!(doc.unplaced.len(), 1);
    assert_eq!(doc.unplaced[0].text.completeness, Completeness::Partial);
    assert_eq!(doc.in_force.as_ref().unwrap().date, "2024-12-04");
    assert_eq!(doc.authentic_languages, ["ru", "ko"]);
}

#[test]
fn article_16_shows_the_official_fragments_first() {
    let bundle = library();
    let art16 = bundle.documents[0].article("16").unwrap();
    let kinds: Vec<(WitnessKind, &str)> = art16
        .texts
        .iter()
        .map(|t| (t.witness.kind, t.language.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (WitnessKind::Official, "ru"),
            (WitnessKind::Translation, "en")
        ]
    );
    assert_eq!(art16.reports.len(), 1);
}

#[test]
fn the_other_documents_keep_their_structure() {
    let bundle = library();
    let un = bundle.document("un-charter-1945").unwrap();
    assert_eq!(un.articles.len(), 111);
    assert_eq!(un.chapters.len(), 19);
    assert_eq!(un.completeness, Completeness::Complete);
    assert_eq!(un.authentic_languages.len(), 5);
    let nat = bundle.document("north-atlantic-treaty-1949").unwrap();
    assert_eq!(nat.articles.len(), 14);
    assert_eq!(nat.completeness, Completeness::Complete);
    let ussr = bundle.document("ussr-dprk-1961").unwrap();
    assert_eq!(ussr.articles.len(), 5);
    assert_eq!(ussr.completeness, Completeness::Partial);
    let prc = bundle.document("prc-dprk-1961").unwrap();
    let numbers: Vec<&str> = prc
        .articles
        .iter()
        .map(|a| a.number.as_deref().unwrap())
        .collect();
    assert_eq!(numbers, ["I", "II"]);
    assert_eq!(
        prc.articles[0].texts[0].witness.kind,
        WitnessKind::Translation
    );
}

#[test]
fn sources_and_glossary() {
    let bundle = library();
    let ids: Vec<&str> = bundle.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "rt-2024-10-14",
            "tass-2024-10-24",
            "reuters-2024-06-20",
            "sputnik-africa-2024-06-20",
            "swedenherald-2024-06-20",
            "see-news-2024-06-23",
            "k4s-2024-10-15",
            "tass-2024-10-26",
            "tass-2024-11-04",
            "valdaiclub-2024-11-26",
            "interfax-2024-12-05",
            "bbc-russian-2024-06-20",
            "duma-2024-10-24",
            "kbs-world-2024-06-20",
            "cri-german-2024-11-10"
        ]
    );
    // The eval-dev sources are copied unchanged.
    let reuters = bundle.source("reuters-2024-06-20").unwrap();
    assert_eq!(reuters.outlet, "Reuters (Hyonhee Shin), syndicated copy");
    assert!(reuters
        .url
        .as_deref()
        .unwrap()
        .contains("factbox-key-points"));
    assert!(bundle.sources.iter().all(|s| s.about == ["rus-dprk-2024"]));
    assert!((6..=8).contains(&bundle.glossary.len()));
    let ucm = bundle
        .glossary
        .iter()
        .find(|g| g.id == "unilateral-coercive-measures")
        .unwrap();
    assert!(ucm
        .forms
        .iter()
        .any(|f| f == "односторонних принудительных мер"));
    let terms: HashMap<&str, usize> = bundle
        .glossary
        .iter()
        .map(|g| (g.id.as_str(), g.forms.len()))
        .collect();
    assert!(terms.contains_key("dprk") && terms.contains_key("collective-self-defence"));
}

#[test]
fn the_bundle_passes_its_check_and_round_trips() {
    let bundle = library();
    bundle.check().unwrap();
    let json = bundle.to_json();
    assert_eq!(Bundle::from_json(&json).unwrap(), bundle);
}

#[test]
fn a_quote_not_in_its_source_is_reported_at_its_manifest_line() {
    let wrong = manifest().replace(
        "\"the sides vow to constantly",
        "\"the sides vowed to constantly",
    );
    let err = build_library(&wrong, read).unwrap_err();
    let LibraryError::Manifest {
        line: Some(line),
        message,
    } = &err
    else {
        panic!("{err}");
    };
    let quote_line = wrong
        .lines()
        .position(|l| l.contains("the sides vowed"))
        .unwrap()
        + 1;
    assert_eq!(*line, quote_line, "{err}");
    assert!(message.contains("tass-2024-10-24"), "{message}");
}

#[test]
fn manifest_errors_name_their_line() {
    let err = build_library("[[document]]\nid = \"x\"\ntitle = 4\n", read).unwrap_err();
    assert!(
        matches!(err, LibraryError::Manifest { line: Some(3), .. }),
        "{err}"
    );
    let err = build_library("[[document]\n", read).unwrap_err();
    assert!(
        matches!(err, LibraryError::Manifest { line: Some(1), .. }),
        "{err}"
    );
}

#[test]
fn missing_files_are_named() {
    let broken = manifest().replace("\"rus-dprk-2024.ru.txt\"", "\"missing.ru.txt\"");
    let err = build_library(&broken, read).unwrap_err();
    assert!(
        matches!(&err, LibraryError::Read { file, .. } if file == "missing.ru.txt"),
        "{err}"
    );
}

#[test]
fn unknown_document_references_are_rejected() {
    let broken = manifest().replace(
        "documents = [\"rus-dprk-2024\"]",
        "documents = [\"rus-dprk-2025\"]",
    );
    let err = build_library(&broken, read).unwrap_err();
    assert!(err.to_string().contains("rus-dprk-2025"), "{err}");
}

#[test]
fn the_example_in_the_format_documentation_is_a_valid_bundle() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/bundle-format.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let start = doc.find("```json\n").unwrap() + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let bundle = Bundle::from_json(&doc[start..end]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(bundle.documents[0].articles[0].texts[0].paragraphs.len(), 2);
}
