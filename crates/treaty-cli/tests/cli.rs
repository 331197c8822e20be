//! Runs the `treaty` binary as a user would: output on success, a message naming the file and
//! exit code 1 on failure.

mod common;

use common::*;
use treaty_core::bundle::Bundle;
use treaty_core::index::LibraryIndex;
use treaty_core::model::Document;

#[test]
fn import_text_prints_the_document_as_json() {
    let file = format!("{CORPUS}/north-atlantic-treaty-1949.en.txt");
    let out = treaty(&["import-text", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Document = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.id, "north-atlantic-treaty-1949");
    assert_eq!(doc.articles.len(), 14);
}

#[test]
fn import_text_takes_an_id() {
    let file = format!("{CORPUS}/rus-dprk-2024.en.fragments.txt");
    let out = treaty(&["import-text", &file, "--id", "fragments"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Document = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.id, "fragments");
    assert_eq!(doc.articles[0].number.as_deref(), Some("16"));
}

#[test]
fn bundle_writes_the_library() {
    let dir = scratch("cli", "bundle");
    let out_dir = dir.join("nested/out");
    let out = treaty(&[
        "bundle",
        "--corpus",
        CORPUS,
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("10 documents, 553/571 articles with text, 15 sources, 7 glossary entries, "),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with(
            " statements attributed; index and 10 treaty files beside it; search index of 2613 \
             passages (97 chunks, 197 fragments), similar provisions of 10 treaties"
        ),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let json = std::fs::read_to_string(out_dir.join("library.json")).unwrap();
    let bundle = Bundle::from_json(&json).unwrap();
    assert_eq!(bundle.documents[0].id, "rus-dprk-2024");
    let tass = bundle.source("tass-2024-10-24").unwrap();
    let rudenko = tass
        .attributions
        .iter()
        .find(|a| a.statement.speaker.as_deref() == Some("Andrey Rudenko"))
        .expect("the Rudenko quote is attributed at build time");
    assert_eq!(rudenko.article(), Some("4"));
    let mut written: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "index.json",
            "library.json",
            "search",
            "similar",
            "treaties"
        ],
        "no temporary file"
    );
    // The search index as the app fetches it: its dictionary, and every chunk and fragment the
    // dictionary's table names.
    let meta: treaty_core::search::Meta =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("search/meta.json")).unwrap())
            .unwrap();
    for chunk in 0..meta.chunk_starts.len() {
        assert!(out_dir.join(format!("search/terms-{chunk}.json")).is_file());
    }
    for facts in &meta.entries {
        assert!(out_dir
            .join(format!("search/fragments-{}.json", facts.fragment))
            .is_file());
    }
    // Each treaty's similar provisions, by article.
    let similar: std::collections::BTreeMap<String, Vec<treaty_core::similar::Similar>> =
        serde_json::from_str(
            &std::fs::read_to_string(out_dir.join("similar/rus-dprk-2024.json")).unwrap(),
        )
        .unwrap();
    assert!(similar["4"]
        .iter()
        .any(|s| s.target.treaty == "ussr-dprk-1961" && s.target.article == "1"));
    // The index lists every treaty; each treaty's file holds it with its sources.
    let index =
        LibraryIndex::from_json(&std::fs::read_to_string(out_dir.join("index.json")).unwrap())
            .unwrap();
    assert_eq!(index.treaties.len(), bundle.documents.len());
    for entry in &index.treaties {
        let part = Bundle::from_json(&std::fs::read_to_string(out_dir.join(&entry.file)).unwrap())
            .unwrap();
        assert_eq!(part.documents.len(), 1);
        assert_eq!(part.documents[0], *bundle.document(&entry.id).unwrap());
        for source in bundle
            .sources
            .iter()
            .filter(|s| s.about.contains(&entry.id))
        {
            assert_eq!(part.source(&source.id), Some(source));
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_missing_file_is_named() {
    let out = treaty(&["import-text", "/nonexistent/treaty.txt"]);
    assert_fails_with(&out, &["/nonexistent/treaty.txt", "cannot read"]);
}

#[test]
fn an_empty_file_is_named() {
    let dir = scratch("cli", "empty");
    let file = write(&dir, "empty.txt", "");
    let out = treaty(&["import-text", &file]);
    assert_fails_with(&out, &[&file, "empty"]);
}

#[test]
fn duplicate_articles_are_reported_with_their_lines() {
    let dir = scratch("cli", "duplicate");
    let text =
        "# language: en\n# status: official text.\n\nArticle 1\n\nOne.\n\nArticle 1\n\nAgain.\n";
    let file = write(&dir, "dup.txt", text);
    let out = treaty(&["import-text", &file]);
    assert_fails_with(
        &out,
        &[&file, "line 8", "Article 1 appears twice (first at line 4)"],
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_binary_file_is_refused() {
    let dir = scratch("cli", "binary");
    let path = dir.join("blob.txt");
    std::fs::write(&path, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let out = treaty(&["import-text", path.to_str().unwrap()]);
    assert_fails_with(&out, &["blob.txt", "not UTF-8"]);
}

#[test]
fn bundle_without_a_manifest_names_it() {
    let dir = scratch("cli", "no-manifest");
    let out = treaty(&[
        "bundle",
        "--corpus",
        dir.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_fails_with(&out, &["library.toml", "cannot read"]);
}

#[test]
fn bundle_reports_bad_toml_with_its_line() {
    let dir = scratch("cli", "bad-toml");
    write(&dir, "library.toml", "[[document]]\nid = \"x\"\ntitle = \n");
    let out = treaty(&[
        "bundle",
        "--corpus",
        dir.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_fails_with(&out, &["library.toml", "line 3"]);
}

#[test]
fn bundle_reports_a_quote_missing_from_its_source() {
    let dir = scratch("cli", "bad-quote");
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    for f in ["rus-dprk-2024.en.txt", "sources/tass-2024-10-24.txt"] {
        std::fs::copy(format!("{CORPUS}/{f}"), dir.join(f)).unwrap();
    }
    let manifest = r#"
[[document]]
id = "rus-dprk-2024"
title = "T"
short_title = "T"
article_count = 23

[[document.text]]
file = "rus-dprk-2024.en.txt"

[[document.report]]
article = "4"
source = "tass-2024-10-24"
quote = "Article 4 of the document is of no importance"
basis = "made up"

[[source]]
id = "tass-2024-10-24"
file = "sources/tass-2024-10-24.txt"
about = ["rus-dprk-2024"]
"#;
    write(&dir, "library.toml", manifest);
    let out = treaty(&[
        "bundle",
        "--corpus",
        dir.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_fails_with(
        &out,
        &[
            "library.toml",
            "line 14",
            "not in the body of source \"tass-2024-10-24\"",
        ],
    );
    assert!(!dir.join("library.json").exists());
}

#[test]
fn bundle_names_a_corpus_file_that_does_not_import() {
    let dir = scratch("cli", "bad-text");
    write(
        &dir,
        "x.txt",
        "# language: en\n# status: official text.\n\nArticle one\n\nText.\n",
    );
    write(
        &dir,
        "library.toml",
        "[[document]]\nid = \"x\"\ntitle = \"X\"\nshort_title = \"X\"\n\n[[document.text]]\nfile = \"x.txt\"\n",
    );
    let out = treaty(&[
        "bundle",
        "--corpus",
        dir.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_fails_with(&out, &["x.txt", "line 4", "Article one"]);
}

#[test]
fn import_reads_any_format_as_the_app_does() {
    let file = format!("{CORPUS}/north-atlantic-treaty-1949.en.txt");
    let out = treaty(&["import", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs: Vec<Document> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(docs[0].articles.len(), 14);

    let out = treaty(&["import", "--summary", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.contains("14 articles (1–14), en"), "{line}");
}

#[test]
fn import_checks_files_against_the_expectations_beside_them() {
    let dir = scratch("cli", "import-check");
    std::fs::write(
        dir.join("pact.en.txt"),
        "Article 1\n\nThe Parties agree.\n\nArticle 2\n\nIt ends.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("pact.en.meta.json"),
        r#"{"articles_expected": 2, "first_article_starts_with": "The Parties", "last_article_number": 2}"#,
    )
    .unwrap();
    let out = treaty(&[
        "import",
        "--check",
        dir.join("pact.en.txt").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("| pact.en.txt | 2 | 2 ✓ | 2 | 2 | ✓ |"),
        "{table}"
    );
    assert!(table.contains("1 of 1 files read as expected."), "{table}");
}
