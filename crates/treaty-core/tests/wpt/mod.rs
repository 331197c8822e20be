//! The W3C Web Annotation Data Model conformance tests (web-platform-tests, `annotation-model/`,
//! kept in `tests/fixtures/wpt/`), run the way their harness (`scripts/JSONtest.js`) runs them:
//! a `.test` file lists assertions; each assertion is a JSON Schema (draft-04) with the keys
//! `assertionType` (must, should, may), `expectedResult` (valid, invalid) and
//! `onUnexpectedResult` (failAndContinue, failAndSkip, failAndAbort, passAndContinue, …), and
//! `$ref`s the shared schemas of `definitions/` by their ids.
//!
//! The harness validates the content against each assertion in order. An assertion whose result
//! is the expected one passes. One whose result is not fails, unless its `onUnexpectedResult`
//! starts with `pass` (the optional features: "not implemented" is no failure); its `…AndSkip`
//! skips the rest of its list and `…AndAbort` everything after it. A nested list is a sub-list
//! with its own skipping; an object with `assertions` is a group whose members' results combine
//! with `compareWith` (`and`, the default, or `or`) into one result. Formats (`uri`,
//! `date-time`) are checked, as Ajv (the harness's validator) checks them.

use jsonschema::{Draft, Resource, Validator};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Where the copied `annotation-model/` folder is.
pub const ROOT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/wpt/annotation-model"
);

/// The base every relative schema id is resolved against: the harness serves all schemas from
/// one folder level as far as their ids go (`annotations.json`, `3.1-…json`).
const BASE: &str = "https://wpt.invalid/annotation-model/";

/// What became of one assertion for one content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    /// The result was not the expected one; the assertion's `errorMessage` and the validator's
    /// first errors.
    Fail(String),
    /// Not the expected result, but the assertion says to pass it (an optional feature the
    /// content does not use).
    NotImplemented,
    /// An earlier assertion skipped or aborted the rest.
    Skipped,
}

/// One assertion's outcome.
#[derive(Debug, Clone)]
pub struct Checked {
    pub file: String,
    pub assertion_type: String,
    pub title: String,
    pub outcome: Outcome,
}

/// One `.test` file, its assertions compiled.
pub struct TestFile {
    pub name: String,
    nodes: Vec<Node>,
}

enum Node {
    Assertion(Assertion),
    /// A nested list: skipping inside it ends at its end.
    List(Vec<Node>),
    Group(Group),
}

/// What decides an assertion's (or group's) outcome once its validity is known.
struct Expectation {
    file: String,
    title: String,
    assertion_type: String,
    expect_valid: bool,
    on_unexpected: String,
    error_message: String,
}

struct Assertion {
    expectation: Expectation,
    validator: Validator,
}

struct Group {
    expectation: Expectation,
    any: bool,
    members: Vec<Node>,
}

/// What the rest of a list does after an assertion: the harness's `testAction`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Continue,
    Skip,
    Abort,
}

impl TestFile {
    /// Loads `annotation-model/<path>` (e.g. `annotations/annotationMusts.test`) and compiles
    /// its assertions against the shared definitions.
    pub fn load(path: &str) -> Self {
        Self::from_json(path, &read_json(&Path::new(ROOT).join(path)))
    }

    /// A test given as JSON, named `name`; its assertion files are read from [`ROOT`].
    pub fn from_json(name: &str, test: &Value) -> Self {
        let assertions = test["assertions"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: no assertions array"));
        let definitions = definitions();
        Self {
            name: name.to_owned(),
            nodes: assertions.iter().map(|a| node(a, &definitions)).collect(),
        }
    }

    /// Every assertion's outcome for `content`, in order (a group counts as one).
    pub fn run(&self, content: &Value) -> Vec<Checked> {
        let mut out = Vec::new();
        run_list(&self.nodes, content, &mut out);
        out
    }
}

/// Runs a list; returns `Abort` when everything after it is to be skipped too.
fn run_list(nodes: &[Node], content: &Value, out: &mut Vec<Checked>) -> Action {
    let mut action = Action::Continue;
    for node in nodes {
        if action != Action::Continue {
            skip(node, out);
            continue;
        }
        let expectation = match node {
            Node::Assertion(a) => &a.expectation,
            Node::Group(g) => &g.expectation,
            Node::List(list) => {
                if run_list(list, content, out) == Action::Abort {
                    action = Action::Abort;
                }
                continue;
            }
        };
        let (valid, errors) = validity(node, content);
        let expected = valid == expectation.expect_valid;
        let outcome = if expected {
            Outcome::Pass
        } else if expectation.on_unexpected.starts_with("pass") {
            Outcome::NotImplemented
        } else {
            Outcome::Fail(format!("{} {}", expectation.error_message, errors))
        };
        if !expected {
            action = match expectation.on_unexpected.as_str() {
                "failAndSkip" | "passAndSkip" => Action::Skip,
                "failAndAbort" | "passAndAbort" => Action::Abort,
                _ => Action::Continue,
            };
        }
        out.push(expectation.checked(outcome));
    }
    action
}

/// Records a skipped assertion, or every assertion of a skipped list.
fn skip(node: &Node, out: &mut Vec<Checked>) {
    match node {
        Node::Assertion(a) => out.push(a.expectation.checked(Outcome::Skipped)),
        Node::Group(g) => out.push(g.expectation.checked(Outcome::Skipped)),
        Node::List(list) => list.iter().for_each(|n| skip(n, out)),
    }
}

/// Whether `content` is valid against an assertion, or a group's members combine to valid:
/// each member counts as valid when its own result is the one it expects.
fn validity(node: &Node, content: &Value) -> (bool, String) {
    match node {
        Node::Assertion(a) => {
            let errors: Vec<String> = a
                .validator
                .iter_errors(content)
                .take(3)
                .map(|e| format!("[{} at {}]", e, e.instance_path))
                .collect();
            (errors.is_empty(), errors.join(" "))
        }
        Node::Group(g) => {
            let results: Vec<(bool, String)> = g
                .members
                .iter()
                .map(|m| {
                    let (valid, errors) = validity(m, content);
                    let expect = match m {
                        Node::Assertion(a) => a.expectation.expect_valid,
                        Node::Group(g) => g.expectation.expect_valid,
                        Node::List(_) => true,
                    };
                    (valid == expect, errors)
                })
                .collect();
            let valid = if g.any {
                results.iter().any(|(ok, _)| *ok)
            } else {
                results.iter().all(|(ok, _)| *ok)
            };
            let errors = results
                .into_iter()
                .filter(|(ok, _)| !ok)
                .map(|(_, e)| e)
                .collect::<Vec<_>>()
                .join(" ");
            (valid, errors)
        }
        Node::List(list) => {
            let mut out = Vec::new();
            run_list(list, content, &mut out);
            let valid = !out.iter().any(|c| matches!(c.outcome, Outcome::Fail(_)));
            (valid, String::new())
        }
    }
}

impl Expectation {
    fn of(spec: &Value, file: &str) -> Self {
        let text = |key: &str, default: &str| spec[key].as_str().unwrap_or(default).to_owned();
        Self {
            file: file.to_owned(),
            title: text("title", file),
            assertion_type: text("assertionType", "must"),
            expect_valid: text("expectedResult", "valid") == "valid",
            on_unexpected: text("onUnexpectedResult", "failAndContinue"),
            error_message: text("errorMessage", "Result was not as expected."),
        }
    }

    fn checked(&self, outcome: Outcome) -> Checked {
        Checked {
            file: self.file.clone(),
            assertion_type: self.assertion_type.clone(),
            title: self.title.clone(),
            outcome,
        }
    }
}

/// One entry of an `assertions` list: a file name, an inline schema, an object naming an
/// `assertionFile` with keys that override the file's, a nested list, or a group.
fn node(spec: &Value, definitions: &[(String, Value)]) -> Node {
    match spec {
        Value::String(file) => {
            let schema = read_json(&Path::new(ROOT).join(file));
            Node::Assertion(assertion(schema, file, definitions))
        }
        Value::Array(list) => Node::List(list.iter().map(|n| node(n, definitions)).collect()),
        Value::Object(fields) if fields.contains_key("assertions") => {
            let members = fields["assertions"]
                .as_array()
                .expect("a group's assertions are a list");
            Node::Group(Group {
                expectation: Expectation::of(spec, "group"),
                any: fields.get("compareWith").and_then(Value::as_str) == Some("or"),
                members: members.iter().map(|n| node(n, definitions)).collect(),
            })
        }
        Value::Object(fields) => {
            let (mut schema, file) = match fields.get("assertionFile").and_then(Value::as_str) {
                Some(file) => (read_json(&Path::new(ROOT).join(file)), file.to_owned()),
                None => (Value::Object(Default::default()), "inline".to_owned()),
            };
            for (key, value) in fields {
                if key != "assertionFile" {
                    schema[key] = value.clone();
                }
            }
            Node::Assertion(assertion(schema, &file, definitions))
        }
        other => panic!("not an assertion: {other}"),
    }
}

fn assertion(mut schema: Value, file: &str, definitions: &[(String, Value)]) -> Assertion {
    let expectation = Expectation::of(&schema, file);
    let id = absolute_id(&mut schema, file);
    let mut options = jsonschema::options()
        .with_draft(Draft::Draft4)
        .with_base_uri(id)
        .should_validate_formats(true);
    for (uri, definition) in definitions {
        let resource =
            Resource::from_contents(definition.clone()).unwrap_or_else(|e| panic!("{uri}: {e}"));
        options = options.with_resource(uri.clone(), resource);
    }
    let validator = options
        .build(&schema)
        .unwrap_or_else(|e| panic!("{file}: the schema does not compile: {e}"));
    Assertion {
        expectation,
        validator,
    }
}

/// The `definitions/*.json` schemas under the absolute URIs their ids resolve to.
fn definitions() -> Vec<(String, Value)> {
    let folder = Path::new(ROOT).join("definitions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let mut schema = read_json(path);
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let uri = absolute_id(&mut schema, &name);
            (uri, schema)
        })
        .collect()
}

/// Makes the schema's (relative) `id` absolute under [`BASE`], so that its relative `$ref`s
/// resolve to the definitions; returns that id.
fn absolute_id(schema: &mut Value, file: &str) -> String {
    let id = schema["id"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| file.rsplit('/').next().unwrap_or(file).to_owned());
    let uri = format!("{BASE}{id}");
    schema["id"] = Value::String(uri.clone());
    uri
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
