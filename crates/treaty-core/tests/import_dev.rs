//! The importer development set (`../shared/import-dev/`: 15 real treaty and legal documents
//! with their expected structure in `<id>.meta.json`) as snapshot fixtures, the way mdBook keeps
//! expected output: for each document, what the importer reads (count, first and last number,
//! languages, divisions, the first words, headings, notes, or the refusal) is compared with
//! `tests/snapshots/import-dev/<id>.txt`, and whether it matches the meta's expectations is part
//! of it. A change in how any document is read fails this test until the snapshots are
//! regenerated on purpose (`UPDATE_SNAPSHOTS=1 cargo test -p treaty-core --test import_dev`)
//! and the diff is reviewed.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use treaty_core::import::import_treaty_file;
use treaty_core::model::Document;

fn dev_set() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/import-dev")
}

fn snapshots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/import-dev")
}

/// Whitespace runs as one space, as the meta files quote first words.
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first_words(document: &Document) -> String {
    let text = document
        .articles
        .first()
        .and_then(|a| a.texts.first())
        .map(|t| {
            t.paragraphs
                .iter()
                .map(|p| match &p.number {
                    // The paragraph's printed number is part of its text as the file has it.
                    Some(number) => format!("{number} {}", p.text),
                    None => p.text.clone(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    normalised(&text)
}

/// The snapshot of one document: the meta's expectations, what was read, and whether they agree.
fn snapshot(file: &Path, meta: &serde_json::Value) -> String {
    let bytes = std::fs::read(file).unwrap();
    let name = file.file_name().unwrap().to_string_lossy();
    let expected_count = meta["articles_expected"].as_u64().unwrap_or_default() as usize;
    let expected_last = match &meta["last_article_number"] {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let expected_words = normalised(
        meta["first_article_starts_with"]
            .as_str()
            .unwrap_or_default(),
    );
    let mut out = String::new();
    writeln!(out, "file: {name}").unwrap();
    writeln!(
        out,
        "expected: {expected_count} articles, last {expected_last}, first words “{expected_words}”"
    )
    .unwrap();
    let document = match import_treaty_file(&name, &bytes) {
        Ok(bundle) => bundle.documents.into_iter().next().unwrap(),
        Err(error) => {
            writeln!(out, "refused: {error}").unwrap();
            writeln!(out, "as expected: no").unwrap();
            return out;
        }
    };
    let numbers: Vec<&str> = document
        .articles
        .iter()
        .filter_map(|a| a.number.as_deref())
        .collect();
    let mut languages: Vec<&str> = document
        .articles
        .iter()
        .flat_map(|a| a.texts.iter().map(|t| t.language.as_str()))
        .collect();
    languages.sort_unstable();
    languages.dedup();
    let words = first_words(&document);
    let last = numbers.last().copied().unwrap_or_default();
    writeln!(out, "title: {}", document.title).unwrap();
    writeln!(
        out,
        "read: {} articles ({}–{}), languages {}, {} divisions, preamble {}, {} passages kept apart",
        numbers.len(),
        numbers.first().copied().unwrap_or_default(),
        last,
        languages.join("+"),
        document.chapters.len(),
        if document.preamble.is_some() { "yes" } else { "no" },
        document.unplaced.len(),
    )
    .unwrap();
    let shown: String = words.chars().take(100).collect();
    writeln!(out, "first words: “{shown}”").unwrap();
    for article in document.articles.iter().take(5) {
        writeln!(
            out,
            "article {}: {}",
            article.number.as_deref().unwrap_or_default(),
            article.heading.as_deref().unwrap_or("(no heading)")
        )
        .unwrap();
    }
    for note in &document.notes {
        let note: String = note.chars().take(300).collect();
        writeln!(out, "note: {note}").unwrap();
    }
    let agrees = numbers.len() == expected_count
        && same_number(last, &expected_last)
        && !expected_words.is_empty()
        && words.starts_with(&expected_words);
    writeln!(out, "as expected: {}", if agrees { "yes" } else { "no" }).unwrap();
    out
}

/// The meta's last number may give the printed form too: "53 (第五十三條)".
fn same_number(read: &str, expected: &str) -> bool {
    let (value, printed) = match expected.split_once(" (") {
        Some((value, printed)) => (value, printed.trim_end_matches(')')),
        None => (expected, expected),
    };
    read == value || read == printed
}

#[test]
fn the_development_set_reads_as_its_snapshots_say() {
    let dir = dev_set();
    let metas: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "the importer development set is not at {}: {e}",
                dir.display()
            )
        })
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".meta.json"))
        .collect();
    assert_eq!(metas.len(), 15, "15 documents in {}", dir.display());
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    std::fs::create_dir_all(snapshots()).unwrap();
    let mut changed = Vec::new();
    for meta_path in metas {
        let meta: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&meta_path).unwrap()).unwrap();
        let id = meta_path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".meta.json")
            .to_owned();
        let document = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .find(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                name.starts_with(&format!("{id}.")) && !name.ends_with(".meta.json")
            })
            .unwrap_or_else(|| panic!("no document for {id}"));
        let actual = snapshot(&document, &meta);
        let path = snapshots().join(format!("{id}.txt"));
        if update {
            std::fs::write(&path, &actual).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(actual.as_str()) {
            changed.push(format!("{id}:\n{actual}"));
        }
    }
    assert!(
        changed.is_empty(),
        "read differently from the snapshots (regenerate with UPDATE_SNAPSHOTS=1 after review):\n{}",
        changed.join("\n")
    );
}
