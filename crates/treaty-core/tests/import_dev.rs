//! The importer development set (`../shared/import-dev/`: 15 real treaty and legal documents
//! with their expected structure in `<id>.meta.json`) as snapshot fixtures, the way mdBook keeps
//! expected output: for each document, what the importer reads (count, first and last number,
//! languages, divisions, annexes, the first words, headings, notes, or the refusal) is compared with
//! `tests/snapshots/import-dev/<id>.txt`, and whether it matches the meta's expectations is part
//! of it. A change in how any document is read fails this test until the snapshots are
//! regenerated on purpose (`UPDATE_SNAPSHOTS=1 cargo test -p treaty-core --test import_dev`)
//! and the diff is reviewed.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use treaty_core::import::{import_treaty_file, Expectations};

fn dev_set() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/import-dev")
}

fn snapshots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/import-dev")
}

/// The snapshot of one document: the meta's expectations, what was read, and whether they agree.
fn snapshot(file: &Path, expected: &Expectations) -> String {
    let bytes = std::fs::read(file).unwrap();
    let name = file.file_name().unwrap().to_string_lossy();
    let mut out = String::new();
    writeln!(out, "file: {name}").unwrap();
    writeln!(
        out,
        "expected: {} articles, last {}, first words “{}”, languages {}, {} annex articles",
        expected.articles_expected,
        expected.last_number(),
        expected.first_words(),
        expected.languages().join("+"),
        expected.annex_articles(),
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
    let check = expected.check(Some(&document));
    writeln!(out, "title: {}", document.title).unwrap();
    writeln!(
        out,
        "read: {} articles ({}–{}), languages {}, {} divisions, preamble {}, {} passages kept apart",
        numbers.len(),
        numbers.first().copied().unwrap_or_default(),
        check.last,
        check.languages.join("+"),
        document.chapters.len(),
        if document.preamble.is_some() { "yes" } else { "no" },
        document.unplaced.len(),
    )
    .unwrap();
    let shown: String = check.first_words.chars().take(100).collect();
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
    for annex in &document.annexes {
        let title: String = annex.title.chars().take(80).collect();
        let numbers: Vec<&str> = annex
            .articles
            .iter()
            .filter_map(|a| a.number.as_deref())
            .collect();
        writeln!(
            out,
            "{}: {title} — {} articles{}, {} divisions, text outside articles in {}",
            annex.id,
            numbers.len(),
            match (numbers.first(), numbers.last()) {
                (Some(first), Some(last)) => format!(" ({first}–{last})"),
                _ => String::new(),
            },
            annex.chapters.len(),
            if annex.texts.is_empty() {
                "no language".to_owned()
            } else {
                annex
                    .texts
                    .iter()
                    .map(|t| t.language.as_str())
                    .collect::<Vec<_>>()
                    .join("+")
            }
        )
        .unwrap();
    }
    for note in &document.notes {
        let note: String = note.chars().take(300).collect();
        writeln!(out, "note: {note}").unwrap();
    }
    writeln!(
        out,
        "as expected: {}",
        if check.as_expected() { "yes" } else { "no" }
    )
    .unwrap();
    out
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
        let expected =
            Expectations::from_json(&std::fs::read_to_string(&meta_path).unwrap()).unwrap();
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
        let actual = snapshot(&document, &expected);
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
