//! The treaties the library ships from real files (`import` in corpus/library.toml): each is
//! in the built library with the article count and provenance its manifest entry gives, and
//! each file is still the repository's bytes.

use std::process::Command;
use toml::Value;
use treaty_core::bundle::Bundle;
use treaty_core::import::build_library;
use treaty_core::model::WitnessKind;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

fn read(file: &str) -> Result<String, String> {
    std::fs::read_to_string(format!("{CORPUS}/{file}")).map_err(|e| format!("{file}: {e}"))
}

/// The manifest's documents that name an imported file.
fn imported_specs() -> Vec<Value> {
    let manifest: Value = toml::from_str(&read("library.toml").unwrap()).unwrap();
    manifest["document"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d.get("import").is_some())
        .cloned()
        .collect()
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not text"))
}

#[test]
fn at_least_five_treaties_are_shipped_from_real_files() {
    let specs = imported_specs();
    assert!(specs.len() >= 5, "{} imported treaties", specs.len());
    let formats: std::collections::HashSet<&str> = specs
        .iter()
        .map(|s| text(s, "import").rsplit('.').next().unwrap())
        .collect();
    assert!(formats.len() >= 3, "several formats: {formats:?}");
}

#[test]
fn each_has_its_article_count_and_provenance_on_every_text() {
    let bundle: Bundle = build_library(&read("library.toml").unwrap(), read).unwrap();
    for spec in imported_specs() {
        let id = text(&spec, "id");
        let doc = bundle.document(id).unwrap();
        let count = spec["article_count"].as_integer().unwrap() as usize;
        assert_eq!(doc.articles.len(), count, "{id}");
        let provenance = &spec["provenance"];
        let (repository, commit) = (text(provenance, "repository"), text(provenance, "commit"));
        let note = doc
            .notes
            .iter()
            .find(|n| n.contains(repository))
            .unwrap_or_else(|| panic!("{id}: no note names {repository}"));
        assert!(note.contains(commit) && note.contains(text(provenance, "rights")));
        let translations: Vec<&str> = provenance
            .get("translations")
            .and_then(Value::as_array)
            .map(|t| t.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let texts = doc.provisions().flat_map(|p| &p.texts);
        let mut count = 0;
        for t in texts {
            count += 1;
            let w = &t.witness;
            assert_eq!(w.publisher.as_deref(), Some(text(provenance, "publisher")));
            let url = w.url.as_deref().unwrap();
            assert!(url.contains(repository) && url.contains(commit), "{url}");
            let translated = translations.iter().any(|l| t.language.starts_with(l));
            assert_eq!(
                w.kind == WitnessKind::Translation,
                translated,
                "{id} {}",
                t.language
            );
            assert_ne!(w.kind, WitnessKind::Unstated, "{id}");
        }
        assert!(count >= doc.articles.len(), "{id}: every article has text");
    }
}

#[test]
fn each_file_is_the_repository_s_bytes() {
    for spec in imported_specs() {
        let path = format!("{CORPUS}/{}", text(&spec, "import"));
        let out = Command::new("sha256sum").arg(&path).output().unwrap();
        let sum = String::from_utf8(out.stdout).unwrap();
        let expected = text(&spec["provenance"], "sha256");
        assert_eq!(sum.split_whitespace().next(), Some(expected), "{path}");
    }
}
