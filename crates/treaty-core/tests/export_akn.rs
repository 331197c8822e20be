//! Akoma Ntoso export: for every treaty the library ships and for documents of the importer's
//! development set, the export is valid against the OASIS Akoma Ntoso 3.0 schema (checked with
//! xmllint, `tests/fixtures/akn-schema/`), and importing it gives back the same document: title,
//! preamble, divisions, articles with their headings and paragraphs, annexes, unplaced text, and
//! for every text its language, witness and completeness.
//!
//! What the export does not carry (news reports about provisions, parties, dates, aliases) is
//! cleared on both sides before comparing; `docs/akoma-ntoso.md` lists it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use treaty_core::export::akoma_ntoso;
use treaty_core::import::{import_akoma_ntoso, import_treaty_file};
use treaty_core::model::{
    Completeness, Document, Paragraph, Provision, ProvisionText, Witness, WitnessKind,
};

const BASE: &str = "https://example.org/reader/";

fn schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akn-schema/akomantoso30.xsd")
}

fn dev_set() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/import-dev")
}

/// Validates the files against the OASIS schema with xmllint, all in one run. Fails (never
/// skips) when xmllint is missing: the schema check is the point of this test.
fn assert_valid(files: &[(String, String)]) {
    // One directory per call: the tests run at once in one process.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("treaty-akn-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut paths = Vec::new();
    for (name, xml) in files {
        let path = dir.join(format!("{name}.xml"));
        std::fs::write(&path, xml).unwrap();
        paths.push(path);
    }
    let output = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema())
        .args(&paths)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run xmllint ({e}): install it with `sudo apt-get install -y \
                 libxml2-utils` (scripts/setup does)"
            )
        });
    let stderr = String::from_utf8_lossy(&output.stderr);
    let shown: String = stderr.chars().take(4000).collect();
    assert!(
        output.status.success(),
        "the export is not valid against akomantoso30.xsd:\n{shown}"
    );
    for path in &paths {
        let name = path.display().to_string();
        assert!(
            stderr.contains(&format!("{name} validates")),
            "xmllint did not validate {name}:\n{shown}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The document without what the export does not carry.
fn comparable(document: &Document) -> Document {
    let mut d = document.clone();
    d.aliases.clear();
    d.self_references.clear();
    d.parties.clear();
    d.signed = None;
    d.in_force = None;
    d.authentic_languages.clear();
    d.notes.clear();
    let clear = |p: &mut Provision| p.reports.clear();
    d.preamble.iter_mut().for_each(clear);
    d.articles.iter_mut().for_each(clear);
    for annex in &mut d.annexes {
        annex.articles.iter_mut().for_each(clear);
    }
    d
}

fn describe_texts(texts: &[ProvisionText]) -> String {
    texts
        .iter()
        .map(|t| {
            format!(
                "[{} {:?} {:?} {} paragraphs]",
                t.language,
                t.witness.kind,
                t.completeness,
                t.paragraphs.len()
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_same_provision(what: &str, original: &Provision, back: &Provision) {
    assert_eq!(original.number, back.number, "{what}: number");
    assert_eq!(original.heading, back.heading, "{what}: heading");
    assert_eq!(
        original.texts.len(),
        back.texts.len(),
        "{what}: texts {} came back as {}",
        describe_texts(&original.texts),
        describe_texts(&back.texts)
    );
    for (i, (a, b)) in original.texts.iter().zip(&back.texts).enumerate() {
        assert_eq!(a.language, b.language, "{what}, text {i}: language");
        assert_eq!(a.witness, b.witness, "{what}, text {i}: witness");
        assert_eq!(
            a.completeness, b.completeness,
            "{what}, text {i}: completeness"
        );
        assert_eq!(
            a.paragraphs.len(),
            b.paragraphs.len(),
            "{what}, text {i}: paragraphs {:#?} came back as {:#?}",
            a.paragraphs,
            b.paragraphs
        );
        for (j, (p, q)) in a.paragraphs.iter().zip(&b.paragraphs).enumerate() {
            assert_eq!(p, q, "{what}, text {i}, paragraph {j}");
        }
    }
}

fn assert_same_articles(what: &str, original: &[Provision], back: &[Provision]) {
    let numbers = |a: &[Provision]| -> Vec<String> { a.iter().map(Provision::key).collect() };
    assert_eq!(numbers(original), numbers(back), "{what}: article numbers");
    for (a, b) in original.iter().zip(back) {
        assert_same_provision(&format!("{what}, {}", a.label()), a, b);
    }
}

/// Exports the document, imports the export, and compares field by field (for readable
/// failures), then as a whole.
fn assert_round_trip(document: &Document) -> String {
    let xml = akoma_ntoso(document, BASE);
    let back = import_akoma_ntoso(&document.id, &xml)
        .unwrap_or_else(|e| panic!("{}: the export does not import: {e}", document.id));
    let (original, back) = (comparable(document), comparable(&back));
    let id = &document.id;
    assert_eq!(original.title, back.title, "{id}: title");
    assert_eq!(original.short_title, back.short_title, "{id}: short title");
    assert_eq!(
        original.completeness, back.completeness,
        "{id}: completeness"
    );
    match (&original.preamble, &back.preamble) {
        (Some(a), Some(b)) => assert_same_provision(&format!("{id}, preamble"), a, b),
        (a, b) => assert_eq!(a.is_some(), b.is_some(), "{id}: preamble"),
    }
    assert_eq!(original.chapters, back.chapters, "{id}: divisions");
    assert_same_articles(id, &original.articles, &back.articles);
    assert_eq!(original.unplaced, back.unplaced, "{id}: unplaced passages");
    assert_eq!(
        original.annexes.len(),
        back.annexes.len(),
        "{id}: number of annexes"
    );
    for (a, b) in original.annexes.iter().zip(&back.annexes) {
        let what = format!("{id}, {}", a.id);
        assert_eq!(a.id, b.id, "{what}: id");
        assert_eq!(a.title, b.title, "{what}: title");
        assert_eq!(a.chapters, b.chapters, "{what}: divisions");
        assert_eq!(a.texts, b.texts, "{what}: texts outside its articles");
        assert_same_articles(&what, &a.articles, &b.articles);
    }
    assert_eq!(original, back, "{id}: the document as a whole");
    xml
}

#[test]
fn every_shipped_treaty_is_valid_akoma_ntoso_and_comes_back_the_same() {
    let library = common::library();
    assert!(
        library.documents.len() >= 5,
        "the library ships its treaties"
    );
    let mut files = Vec::new();
    for document in &library.documents {
        let xml = assert_round_trip(document);
        files.push((document.id.clone(), xml));
    }
    assert_valid(&files);
}

#[test]
fn dev_set_documents_are_valid_akoma_ntoso_and_come_back_the_same() {
    let mut files = Vec::new();
    for name in [
        "grundgesetz.de.md",
        "unclos-1982.en.txt",
        "uk-ukpga-1998-29.en.akn.xml",
    ] {
        let bytes = std::fs::read(dev_set().join(name))
            .unwrap_or_else(|e| panic!("{name}: the dev set is beside the repository ({e})"));
        let bundle = import_treaty_file(name, &bytes).unwrap();
        let document = &bundle.documents[0];
        assert!(document.articles.len() > 90, "{name} imports");
        files.push((name.to_owned(), assert_round_trip(document)));
    }
    assert_valid(&files);
}

fn text(language: &str, kind: WitnessKind, paragraphs: &[&str]) -> ProvisionText {
    ProvisionText {
        language: language.into(),
        witness: Witness {
            kind,
            publisher: Some("Agency <&> \"Name\"".into()),
            url: Some("https://example.org/a?b=1&c=2".into()),
            date: Some("2024-06".into()),
            note: Some("Status:\tNOT official;\nsee <notes>.".into()),
        },
        completeness: Completeness::Partial,
        paragraphs: paragraphs
            .iter()
            .map(|t| Paragraph {
                number: None,
                text: (*t).into(),
                gap: false,
            })
            .collect(),
    }
}

/// A small document with what the library rarely has: hostile text, two languages in one
/// article, a missing article, numbered paragraphs, a gap, unplaced text, an annex.
fn odd_document() -> Document {
    let mut library = common::library();
    let mut d = library.documents.remove(0);
    d.id = "odd & <id>".into();
    d.title = "A <b>treaty</b> & \"friends\"".into();
    d.short_title = "Odd".into();
    d.chapters = vec![];
    let mut first = Provision {
        number: Some("1".into()),
        heading: Some("Scope & <aim>".into()),
        texts: vec![
            text(
                "en",
                WitnessKind::Report,
                &["<script>alert(1)</script> & more."],
            ),
            text(
                "ru",
                WitnessKind::Official,
                &["Первый абзац.", "Второй абзац."],
            ),
        ],
        reports: vec![],
    };
    first.texts[0].paragraphs.push(Paragraph {
        number: None,
        text: "[...]".into(),
        gap: true,
    });
    first.texts[1].paragraphs[1].number = Some("2.".into());
    let missing = Provision {
        number: Some("2".into()),
        heading: None,
        texts: vec![],
        reports: vec![],
    };
    d.articles = vec![first, missing];
    d.unplaced.truncate(0);
    d
}

#[test]
fn hostile_text_several_texts_and_a_missing_article_are_valid_and_come_back() {
    let document = odd_document();
    let xml = assert_round_trip(&document);
    assert!(!xml.contains("<script>"));
    assert!(xml.contains("eId=\"art_2\""), "the missing article is kept");

    let mut empty = document.clone();
    empty.articles.clear();
    empty.preamble = None;
    empty.annexes.clear();
    let empty_xml = akoma_ntoso(&empty, BASE);
    assert_valid(&[("odd".into(), xml), ("empty".into(), empty_xml)]);
}
