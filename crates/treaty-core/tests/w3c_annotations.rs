//! The W3C's own conformance tests for the Web Annotation Data Model (wpt `annotation-model/`,
//! run by `wpt/mod.rs` as their harness runs them) on every annotation export: each treaty of
//! the shipped library whole, each of its articles and its preamble; the same with the eval-dev
//! news pages added and attributed (real pages the shipped library does not hold); and each
//! treaty of the importer's development set (`../shared/import-dev/`), which has no statements.
//!
//! Every MUST assertion passes, and the SHOULDs the reader's tools rely on are implemented:
//! `created` and `creator` on annotations and bodies, `format` and `language` on targets and
//! bodies, a collection's `last` page.

mod common;
mod wpt;

use common::{attributed_library, dev_source};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use treaty_core::bundle::Bundle;
use treaty_core::export::web_annotations;
use treaty_core::import::import_treaty_file;
use wpt::{Checked, Outcome, TestFile};

const BASE: &str = "https://example.org/reader/";

/// The eval-dev pages kept as fixtures (`tests/fixtures/eval-dev/sources`).
const DEV_SOURCES: &[&str] = &[
    "02-reuters-2024-06-20.txt",
    "07-sputnik-africa-2024-06-20.txt",
    "09-swedenherald-2024-06-20.txt",
    "14-see-news-2024-06-23.txt",
];

/// The `.test` files, by what they check.
struct Suite {
    annotation_musts: TestFile,
    annotation_optionals: TestFile,
    agent_optionals: TestFile,
    collection_musts: TestFile,
    collection_optionals: TestFile,
    page_musts: TestFile,
}

impl Suite {
    fn load() -> Self {
        Self {
            annotation_musts: TestFile::load("annotations/annotationMusts.test"),
            annotation_optionals: TestFile::load("annotations/annotationOptionals.test"),
            agent_optionals: TestFile::load("annotations/annotationsAgentOptionals.test"),
            collection_musts: TestFile::load("collections/collectionMusts.test"),
            collection_optionals: TestFile::load("collections/collectionOptionals.test"),
            page_musts: TestFile::load("collections/pages/pageMusts.test"),
        }
    }
}

/// Tallies of outcomes over many exports, with the first failures kept for the message.
#[derive(Default)]
struct Tally {
    must_passed: usize,
    failures: Vec<String>,
    /// Optional assertion file → (implemented, not implemented).
    optional: BTreeMap<String, (usize, usize)>,
}

impl Tally {
    fn add_musts(&mut self, what: &str, test: &TestFile, results: Vec<Checked>) {
        for checked in results {
            match checked.outcome {
                Outcome::Pass if checked.assertion_type == "must" => self.must_passed += 1,
                Outcome::Fail(why) if checked.assertion_type == "must" => {
                    self.failures
                        .push(format!("{what} · {} · {}: {why}", test.name, checked.file));
                }
                Outcome::Skipped => {
                    self.failures.push(format!(
                        "{what} · {} · {}: skipped after an earlier failure",
                        test.name, checked.file
                    ));
                }
                _ => {}
            }
        }
    }

    fn add_optionals(&mut self, results: Vec<Checked>) {
        for checked in results {
            let entry = self.optional.entry(checked.file).or_default();
            if checked.outcome == Outcome::Pass {
                entry.0 += 1;
            } else {
                entry.1 += 1;
            }
        }
    }

    /// Runs every test that applies to one exported collection and its annotations.
    fn check(&mut self, suite: &Suite, what: &str, collection: &Value) {
        let musts = suite.collection_musts.run(collection);
        self.add_musts(what, &suite.collection_musts, musts);
        if collection.get("first").is_some() {
            // `first` and `last` are for collections with pages: an empty one has none.
            self.add_optionals(suite.collection_optionals.run(collection));
            let musts = suite.page_musts.run(collection);
            self.add_musts(what, &suite.page_musts, musts);
        }
        for annotation in items(collection) {
            let label = format!("{what} · {}", annotation["id"]);
            let musts = suite.annotation_musts.run(annotation);
            self.add_musts(&label, &suite.annotation_musts, musts);
            self.add_optionals(suite.annotation_optionals.run(annotation));
            self.add_optionals(suite.agent_optionals.run(annotation));
        }
    }

    fn assert_no_failures(&self) {
        assert!(
            self.failures.is_empty(),
            "{} MUST assertions failed ({} passed); the first:\n{}",
            self.failures.len(),
            self.must_passed,
            self.failures
                .iter()
                .take(15)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    /// Every annotation implements the optional assertion `file` (it was run at least once).
    fn assert_always_implemented(&self, file: &str) {
        let (yes, no) = self
            .optional
            .get(file)
            .copied()
            .unwrap_or_else(|| panic!("{file} was never run"));
        assert!(
            yes > 0 && no == 0,
            "{file}: implemented in {yes} exports, not in {no}"
        );
    }
}

fn items(collection: &Value) -> &[Value] {
    collection["first"]["items"]
        .as_array()
        .map_or(&[], Vec::as_slice)
}

/// Every export of every treaty in `bundle`: whole, each provision, by article key.
fn exports(bundle: &Bundle) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for document in &bundle.documents {
        let whole = web_annotations(bundle, &document.id, None, BASE).unwrap();
        out.push((document.id.clone(), whole));
        for provision in document.provisions() {
            let key = provision.key();
            let one = web_annotations(bundle, &document.id, Some(&key), BASE)
                .unwrap_or_else(|| panic!("{}: no export of {key}", document.id));
            out.push((format!("{} {key}", document.id), one));
        }
    }
    out
}

fn check_all(bundle: &Bundle) -> (Tally, usize) {
    let suite = Suite::load();
    let mut tally = Tally::default();
    let mut annotations = 0;
    for (what, collection) in exports(bundle) {
        annotations += items(&collection).len();
        tally.check(&suite, &what, &collection);
    }
    (tally, annotations)
}

#[test]
fn the_shipped_library_passes_every_must() {
    let (tally, annotations) = check_all(&attributed_library());
    tally.assert_no_failures();
    assert!(annotations > 50, "only {annotations} annotations exported");
    println!(
        "shipped library: {} MUST assertions passed on {annotations} annotations",
        tally.must_passed
    );
}

#[test]
fn the_shipped_library_implements_the_shoulds_tools_rely_on() {
    let (tally, _) = check_all(&attributed_library());
    for file in [
        "annotations/3.3.1-annotationCreatedImplemented.json",
        "annotations/3.3.1-annotationCreatorImplemented.json",
        "annotations/bodiesTargets/3.3.1-bodyCreated.json",
        "annotations/bodiesTargets/3.3.1-bodyCreator.json",
        "annotations/bodiesTargets/3.2.1-bodyFormat.json",
        "annotations/bodiesTargets/3.2.1-bodyLanguage.json",
        "annotations/bodiesTargets/3.2.1-targFormat.json",
        "annotations/bodiesTargets/3.2.1-targLanguage.json",
        "annotations/3.3.1-annotationGeneratorImplemented.json",
        "collections/5.1-collectionLastImplemented.json",
        "collections/5.1-collectionFirstImplemented.json",
    ] {
        tally.assert_always_implemented(file);
    }
}

#[test]
fn news_pages_the_library_does_not_hold_pass_every_must() {
    let mut bundle = attributed_library();
    for file in DEV_SOURCES {
        let mut source = dev_source(file);
        source.attributions = treaty_core::attribution::attribute_source(&source, &bundle);
        bundle.sources.push(source);
    }
    let (tally, annotations) = check_all(&bundle);
    tally.assert_no_failures();
    println!(
        "with the eval-dev pages: {} MUST assertions passed on {annotations} annotations",
        tally.must_passed
    );
}

#[test]
fn the_import_dev_treaties_pass_every_must() {
    let folder =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/import-dev");
    let mut bundle = Bundle::new(Vec::new(), Vec::new(), Vec::new());
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".meta.json") && !p.ends_with("README.md"))
        .collect();
    files.sort();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        if let Ok(imported) = import_treaty_file(&name, &std::fs::read(path).unwrap()) {
            bundle.documents.extend(imported.documents);
        }
    }
    assert!(bundle.documents.len() >= 12, "{}", bundle.documents.len());
    let (tally, _) = check_all(&bundle);
    tally.assert_no_failures();
}

// ---------------------------------------------------------------------------------------------
// The harness itself, on assertions written here: a harness that passed everything would make
// the tests above worthless.

#[test]
fn the_harness_fails_what_breaks_a_must() {
    let suite = Suite::load();
    let good = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.org/a/1",
        "type": "Annotation",
        "target": "https://example.org/page",
    });
    let failed = |content: &Value| -> Vec<String> {
        suite
            .annotation_musts
            .run(content)
            .into_iter()
            .filter(|c| matches!(c.outcome, Outcome::Fail(_)))
            .map(|c| c.file)
            .collect()
    };
    assert_eq!(failed(&good), Vec::<String>::new());
    let mut no_context = good.clone();
    no_context.as_object_mut().unwrap().remove("@context");
    assert_eq!(
        failed(&no_context),
        ["annotations/3.1-annotationContextValidated.json"]
    );
    let mut both = good.clone();
    both["body"] = json!("https://example.org/b");
    both["bodyValue"] = json!("text");
    assert!(failed(&both).contains(&"annotations/3.2.5-notBodyBodyValue.json".to_owned()));
    let mut bad_state = good.clone();
    bad_state["target"] = json!({
        "source": "https://example.org/page",
        "state": { "type": "TimeState", "cached": "https://example.org/copy" },
    });
    assert!(failed(&bad_state)
        .contains(&"annotations/specificResource/4.3.1-timeStateValid.json".to_owned()));
    let mut bad_date = good;
    bad_date["created"] = json!("19 June 2024");
    assert!(
        failed(&bad_date).contains(&"annotations/3.3.1-annotationCreatedValidated.json".to_owned())
    );
}

#[test]
fn the_harness_honours_skips_aborts_and_or_groups() {
    let has = |key: &str| json!({ "type": "object", "required": [key] });
    let with = |mut schema: Value, extra: Value| {
        for (k, v) in extra.as_object().unwrap() {
            schema[k] = v.clone();
        }
        schema
    };
    let test = json!({
        "assertions": [
            with(has("a"), json!({ "onUnexpectedResult": "failAndSkip", "title": "a" })),
            with(has("b"), json!({ "title": "b" })),
            [ with(has("c"), json!({ "onUnexpectedResult": "passAndContinue", "title": "c" })) ],
            { "title": "x or y", "compareWith": "or", "assertions": [ has("x"), has("y") ] },
            { "title": "x and y", "assertions": [ has("x"), has("y") ] },
            with(has("z"), json!({ "expectedResult": "invalid", "title": "no z" })),
            with(has("d"), json!({ "onUnexpectedResult": "failAndAbort", "title": "d" })),
            [ with(has("e"), json!({ "title": "e" })) ],
        ]
    });
    let file = TestFile::from_json("inline", &test);
    let outcomes = |content: Value| -> Vec<(String, &'static str)> {
        file.run(&content)
            .into_iter()
            .map(|c| {
                let o = match c.outcome {
                    Outcome::Pass => "pass",
                    Outcome::Fail(_) => "fail",
                    Outcome::NotImplemented => "not implemented",
                    Outcome::Skipped => "skipped",
                };
                (c.title, o)
            })
            .collect()
    };
    let titles = |list: &[(&str, &'static str)]| -> Vec<(String, &'static str)> {
        list.iter().map(|(t, o)| (t.to_string(), *o)).collect()
    };
    // Without `a` the rest of its list is skipped, a nested list in it too.
    assert_eq!(
        outcomes(json!({ "b": 1 })),
        titles(&[
            ("a", "fail"),
            ("b", "skipped"),
            ("c", "skipped"),
            ("x or y", "skipped"),
            ("x and y", "skipped"),
            ("no z", "skipped"),
            ("d", "skipped"),
            ("e", "skipped"),
        ])
    );
    // `c` missing is no failure; one of x/y satisfies `or`, not `and`; `z` present is a
    // failure of an invalid-expected assertion; `d` missing aborts, out of the nested list too.
    assert_eq!(
        outcomes(json!({ "a": 1, "b": 1, "x": 1, "z": 1 })),
        titles(&[
            ("a", "pass"),
            ("b", "pass"),
            ("c", "not implemented"),
            ("x or y", "pass"),
            ("x and y", "fail"),
            ("no z", "fail"),
            ("d", "fail"),
            ("e", "skipped"),
        ])
    );
}
