//! "Similar provisions elsewhere" on the shipped library, and `treaty similar` /
//! `treaty similar-eval` as a user runs them from the repository root.

mod common;

use common::{stdout, treaty, CORPUS};
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;
use treaty_core::bundle::Bundle;
use treaty_core::import::build_library;
use treaty_core::similar::eval::{evaluate, Labels};
use treaty_core::similar::{compare, ProvisionRef, SimilarIndex};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const LABELS: &str = "corpus/similar/labels.toml";

fn library() -> &'static Bundle {
    static LIBRARY: OnceLock<Bundle> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let read =
            |f: &str| std::fs::read_to_string(format!("{CORPUS}/{f}")).map_err(|e| e.to_string());
        build_library(&read("library.toml").unwrap(), read).unwrap()
    })
}

#[test]
fn the_russia_dprk_defence_clause_finds_its_precedents() {
    let index = SimilarIndex::new(library());
    let found = index.similar_to(&ProvisionRef::new("rus-dprk-2024", "4"), 5);
    let targets: Vec<String> = found.iter().map(|s| s.target.to_string()).collect();
    assert!(
        targets.contains(&"ussr-dprk-1961:1".to_owned()),
        "{targets:?}"
    );
    let nat = found
        .iter()
        .find(|s| s.target == ProvisionRef::new("north-atlantic-treaty-1949", "5"))
        .unwrap_or_else(|| panic!("NAT Article 5 not in the top 5: {targets:?}"));
    assert!(nat.shared.iter().any(|s| s == "armed attack"), "{nat:#?}");
    assert_eq!(nat.label, "Article 5");
    assert!(nat.explanation.contains("'armed attack'"));
    assert!(found.iter().all(|s| s.target.treaty != "rus-dprk-2024"));
}

#[test]
fn the_compare_view_aligns_the_shipped_defence_clauses() {
    let refs = [
        ProvisionRef::new("ussr-dprk-1961", "1"),
        ProvisionRef::new("north-atlantic-treaty-1949", "5"),
    ];
    let comparison = compare(library(), &refs).expect("both have text");
    let nat = &comparison.sides[1];
    let shared: Vec<&str> = nat
        .paragraphs
        .iter()
        .flatten()
        .filter(|s| s.shared.is_some())
        .map(|s| s.text.as_str())
        .collect();
    assert!(
        shared.iter().any(|s| s.contains("armed attack")),
        "{shared:?}"
    );
    assert!(comparison
        .differences
        .iter()
        .any(|d| d.left == "immediately" && d.right == "forthwith"));
}

#[test]
fn the_method_beats_the_shingle_baseline_on_the_labels() {
    let labels =
        Labels::from_toml(&std::fs::read_to_string(Path::new(ROOT).join(LABELS)).unwrap()).unwrap();
    assert!(labels.query.len() >= 30);
    let evaluation = evaluate(library(), &labels);
    assert!(evaluation.skipped.is_empty(), "{:?}", evaluation.skipped);
    assert!(
        evaluation.method_p3 > evaluation.baseline_p3,
        "method {} baseline {}",
        evaluation.method_p3,
        evaluation.baseline_p3
    );
    // The goal; reached at 0.825 with the clause kinds.
    assert!(evaluation.method_p3 >= 0.8, "{}", evaluation.method_p3);
}

/// The held-out labels: documents the method was not tuned on (the dev set's TFEU, Basic Law
/// and two constitutions, imported as a reader would).
#[test]
fn the_method_holds_on_held_out_documents() {
    let dev = "../shared/import-dev";
    let mut args = vec![
        "similar-eval",
        "--labels",
        "corpus/similar/held-out.toml",
        "--json",
    ];
    let files = [
        format!("{dev}/tfeu.nl.md"),
        format!("{dev}/grundgesetz.de.md"),
        format!("{dev}/za-constitution-1996.en.html"),
        format!("{dev}/ru-constitution-1993.ru.html"),
    ];
    for file in &files {
        args.extend(["--import", file.as_str()]);
    }
    let out = Command::new(env!("CARGO_BIN_EXE_treaty"))
        .args(&args)
        .current_dir(ROOT)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["skipped"].as_array().map(Vec::len), Some(0), "{v}");
    let (method, baseline) = (
        v["method_p3"].as_f64().unwrap(),
        v["baseline_p3"].as_f64().unwrap(),
    );
    assert!(method > baseline, "method {method} baseline {baseline}");
    // A floor under the figure reached (0.694), so that a change that loses ground fails here.
    assert!(method >= 0.65, "{method}");
}

#[test]
fn the_commands_print_the_ranking_and_the_evaluation() {
    let dir = common::scratch("similar", "bundle");
    let out_dir = dir.to_str().unwrap();
    stdout(&treaty(&["bundle", "--corpus", CORPUS, "--out", out_dir]));
    let bundle = dir.join("library.json");
    let listed = stdout(&treaty(&[
        "similar",
        "--bundle",
        bundle.to_str().unwrap(),
        "--treaty",
        "rus-dprk-2024",
        "--article",
        "4",
        "--limit",
        "3",
    ]));
    assert!(listed.contains("ussr-dprk-1961:1"), "{listed}");
    assert!(listed.contains("shares '"), "{listed}");
    assert!(listed.contains("reads as: collective defence"), "{listed}");
    let missing = treaty(&[
        "similar",
        "--bundle",
        bundle.to_str().unwrap(),
        "--treaty",
        "nowhere",
        "--article",
        "1",
    ]);
    common::assert_fails_with(&missing, &["nowhere", "it holds: rus-dprk-2024"]);
    let out = Command::new(env!("CARGO_BIN_EXE_treaty"))
        .args(["similar-eval", "--labels", LABELS])
        .current_dir(ROOT)
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("shingle-Jaccard baseline"), "{text}");
}
