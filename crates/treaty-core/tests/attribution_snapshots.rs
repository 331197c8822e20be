//! What attribution makes of every labelled source (the eval-dev set, and the pages labelled
//! since in `eval-added`), kept as snapshot fixtures the way mdBook
//! keeps expected output: for each source, every statement found (kind, speaker, numbers named,
//! links to other statements), its candidate articles with scores and evidence, its verdict,
//! what it changed of the text, and the labels that fall on it. The sources are attributed as `treaty eval` does, as a batch
//! new to the shipped library. Any change in attribution fails this test until the snapshots
//! are regenerated on purpose (`UPDATE_SNAPSHOTS=1 cargo test -p treaty-core --test
//! attribution_snapshots`) and the diff is reviewed.

mod common;

use common::library;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use treaty_core::attribution::{
    attribute_all, attribute_batch, change_sentence, Attribution, StatementKind,
};
use treaty_core::bundle::Source;
use treaty_core::import::import_source;

const DOCUMENT: &str = "rus-dprk-2024";

/// The labelled sets, each a `labels.json` and a `sources` directory under `tests/fixtures`.
const SETS: [&str; 2] = ["eval-dev", "eval-added"];

fn fixtures(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(set)
}

fn snapshots(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots/attribution")
        .join(set)
}

/// A label of `labels.json`: its id, where its quote is in the body, and what it expects.
struct Label {
    id: String,
    start: usize,
    end: usize,
    expects: String,
}

fn labels_of(source: &Source, file: &str, labels: &[serde_json::Value]) -> Vec<Label> {
    labels
        .iter()
        .filter(|l| l["source"] == file)
        .map(|l| {
            let quote = l["quote"].as_str().unwrap();
            let start = source
                .body
                .find(quote)
                .unwrap_or_else(|| panic!("{}: quote not in {file}", l["id"]));
            let numbers = |key: &str| {
                l[key].as_array().map_or_else(String::new, |a| {
                    a.iter()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                })
            };
            let expects = if l["negative"] == true {
                "negative".to_owned()
            } else if !numbers("articles").is_empty() {
                numbers("articles")
            } else if !numbers("articles_inferred").is_empty() {
                format!("~{}", numbers("articles_inferred"))
            } else {
                "unknown".to_owned()
            };
            Label {
                id: l["id"].as_str().unwrap().to_owned(),
                start,
                end: start + quote.len(),
                expects,
            }
        })
        .collect()
}

fn snapshot(source: &Source, found: &[Attribution], labels: &[Label]) -> String {
    let mut out = String::new();
    writeln!(out, "source: {} ({})", source.id, source.language).unwrap();
    for (i, a) in found.iter().enumerate() {
        let s = &a.statement;
        let kind = match s.kind {
            StatementKind::DirectQuote => "quote",
            StatementKind::Reported => "reported",
        };
        let mut head = format!("[{i}] {kind}");
        if let Some(speaker) = &s.speaker {
            write!(head, " · by {speaker}").unwrap();
        }
        if !s.named_articles.is_empty() {
            write!(head, " · names {}", s.named_articles.join(",")).unwrap();
        }
        if let Some(before) = s.continues {
            write!(head, " · goes on from [{before}]").unwrap();
        }
        if let Some(first) = s.repeats {
            write!(head, " · repeats [{first}]").unwrap();
        }
        let candidates: Vec<String> = a
            .candidates
            .iter()
            .map(|c| {
                let basis: Vec<String> = c.basis.iter().map(|b| format!("{b:?}")).collect();
                format!("{} {:.2} ({})", c.article, c.score, basis.join("+"))
            })
            .collect();
        match &a.verdict {
            Some(verdict) => write!(head, " → {} · {}", candidates.join(", "), verdict.label()),
            None => write!(head, " → not treaty content"),
        }
        .unwrap();
        writeln!(out, "{head}").unwrap();
        let words = source.statement_text(a).replace('\n', " ");
        writeln!(out, "    “{words}”").unwrap();
        for change in &a.changes {
            writeln!(out, "    changed: {}", change_sentence(change)).unwrap();
        }
        for label in labels.iter().filter(|l| l.start < s.end && s.start < l.end) {
            writeln!(out, "    label {}: {}", label.id, label.expects).unwrap();
        }
    }
    let missed: Vec<&Label> = labels
        .iter()
        .filter(|l| {
            !found
                .iter()
                .any(|a| l.start < a.statement.end && a.statement.start < l.end)
        })
        .collect();
    for label in missed {
        writeln!(out, "no statement: label {} ({})", label.id, label.expects).unwrap();
    }
    out
}

#[test]
fn attribution_of_every_labelled_source_matches_its_snapshot() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut changed = Vec::new();
    for set in SETS {
        let labels: Vec<serde_json::Value> = serde_json::from_str(
            &std::fs::read_to_string(fixtures(set).join("labels.json")).unwrap(),
        )
        .unwrap();
        let mut files: Vec<String> = std::fs::read_dir(fixtures(set).join("sources"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".txt"))
            .collect();
        files.sort();
        let sources: Vec<Source> = files
            .iter()
            .map(|file| {
                let path = fixtures(set).join("sources").join(file);
                let id = file.trim_end_matches(".txt");
                import_source(
                    id,
                    vec![DOCUMENT.into()],
                    &std::fs::read_to_string(path).unwrap(),
                )
                .unwrap()
            })
            .collect();
        let mut bundle = library();
        bundle.leave_out(&sources);
        attribute_all(&mut bundle);
        let found = attribute_batch(&bundle, &sources);
        std::fs::create_dir_all(snapshots(set)).unwrap();
        for ((file, source), found) in files.iter().zip(&sources).zip(&found) {
            let actual = snapshot(source, found, &labels_of(source, file, &labels));
            let path = snapshots(set).join(file);
            if update {
                std::fs::write(&path, &actual).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(actual.as_str()) {
                changed.push(format!("{set}/{file}:\n{actual}"));
            }
        }
    }
    assert!(
        changed.is_empty(),
        "attribution changed; review and regenerate with UPDATE_SNAPSHOTS=1:\n{}",
        changed.join("\n")
    );
}
