//! Citations: the plain text names the treaty, the article, the text it shows (and how
//! authoritative and complete that text is), the link and the access date; the CSL-JSON item is
//! what citeproc processors accept, with the signing date as its date.

mod common;

use common::library;
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;
use treaty_core::bundle::Bundle;
use treaty_core::export::{citation_bibtex, citation_csl, citation_ris, citation_text, date_parts};
use treaty_core::import::import_treaty_file;
use treaty_core::model::{
    Completeness, Document, Event, Paragraph, Provision, ProvisionText, Witness, WitnessKind,
};

const BASE: &str = "https://example.org/reader/";
const TREATY: &str = "rus-dprk-2024";
const ACCESSED: &str = "2026-11-25";

fn cite(bundle: &Bundle, id: &str, article: Option<&str>) -> String {
    citation_text(bundle, id, article, BASE, ACCESSED).unwrap()
}

fn assert_contains_all(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(text.contains(n), "expected {n:?} in: {text}");
    }
}

#[test]
fn an_article_citation_names_the_text_it_shows() {
    let library = library();
    let text = cite(&library, TREATY, Some("4"));
    assert_contains_all(
        &text,
        &[
            "Treaty on Comprehensive Strategic Partnership between the Russian Federation and \
             the Democratic People's Republic of Korea",
            "(Pyongyang, 19 June 2024)",
            ", art. 4.",
            "News agency report",
            "KCNA",
            "partial",
            "Treaty Reader, https://example.org/reader/treaty/rus-dprk-2024/article/4",
            "(accessed 2026-11-25).",
        ],
    );
    assert!(
        !text.contains("Official text"),
        "KCNA's report is not the official text: {text}"
    );
    assert_eq!(text.lines().count(), 1);
    assert_eq!(
        cite(&library, TREATY, Some("IV")),
        text,
        "numbers match by value"
    );
}

#[test]
fn an_article_without_text_says_so() {
    let library = library();
    let text = cite(&library, TREATY, Some("10"));
    assert_contains_all(&text, &["art. 10.", "no text available", "/article/10"]);
    let preamble = cite(&library, TREATY, Some("preamble"));
    assert_contains_all(
        &preamble,
        &[
            ", preamble.",
            "no text available",
            "/treaty/rus-dprk-2024/preamble ",
        ],
    );
}

#[test]
fn a_treaty_citation_lists_every_kind_of_text_it_holds() {
    let library = library();
    let text = cite(&library, TREATY, None);
    assert!(!text.contains("art."), "{text}");
    assert_contains_all(
        &text,
        &[
            "Texts shown (partial):",
            "Official text",
            "Translation",
            "News agency report",
            "https://example.org/reader/treaty/rus-dprk-2024 (accessed",
        ],
    );
    let charter = cite(&library, "un-charter-1945", Some("51"));
    assert_contains_all(
        &charter,
        &[
            "Charter of the United Nations (San Francisco, 26 June 1945), art. 51.",
            "Text shown (complete): Official text",
        ],
    );
}

#[test]
fn unknown_treaties_and_articles_are_not_cited() {
    let library = library();
    for (id, article) in [("nope", None), (TREATY, Some("99")), (TREATY, Some("4a"))] {
        assert_eq!(citation_text(&library, id, article, BASE, ACCESSED), None);
        assert_eq!(citation_csl(&library, id, article, BASE, ACCESSED), None);
    }
}

// ---------------------------------------------------------------------------------------------
// CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html, schema
// csl-data.json of CSL 1.0.2).

/// The CSL 1.0.2 variables an item may carry, by kind.
const CSL_STRINGS: &[&str] = &[
    "id",
    "type",
    "title",
    "title-short",
    "section",
    "event-place",
    "URL",
    "note",
    "source",
    "container-title",
    "publisher",
    "publisher-place",
    "archive",
    "number",
    "language",
    "status",
    "authority",
    "jurisdiction",
    "genre",
    "medium",
    "event-title",
];
const CSL_DATES: &[&str] = &["issued", "accessed", "event-date", "original-date"];

fn assert_valid_csl_item(item: &Value) {
    let object = item.as_object().expect("an item is an object");
    assert!(object["id"].is_string() || object["id"].is_number(), "id");
    assert_eq!(object["type"], "treaty", "a CSL 1.0.2 type");
    for (key, value) in object {
        if CSL_STRINGS.contains(&key.as_str()) {
            assert!(value.is_string(), "{key} is a string");
        } else if CSL_DATES.contains(&key.as_str()) {
            assert_valid_csl_date(key, value);
        } else {
            panic!("{key} is not a CSL variable");
        }
    }
}

fn assert_valid_csl_date(key: &str, value: &Value) {
    if let Some(raw) = value.get("raw") {
        assert!(raw.is_string(), "{key}.raw");
        return;
    }
    let parts = value["date-parts"].as_array().expect("date-parts");
    assert!((1..=2).contains(&parts.len()), "{key}: a date or a range");
    for part in parts {
        let part = part.as_array().expect("date-parts holds arrays");
        assert!((1..=3).contains(&part.len()), "{key}: year, month, day");
        assert!(part.iter().all(Value::is_u64), "{key}: numbers");
    }
}

/// csl-data.json of CSL 1.0.2 (`tests/fixtures/csl/`), compiled once.
fn csl_schema() -> &'static jsonschema::Validator {
    static SCHEMA: OnceLock<jsonschema::Validator> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/csl/csl-data.json"
        );
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        jsonschema::validator_for(&schema).expect("csl-data.json compiles")
    })
}

/// Fails with every schema error, and the JSON, when `value` is not valid CSL data.
fn assert_schema_valid(value: &Value) {
    let errors: Vec<String> = csl_schema()
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "not valid CSL-JSON:\n{}\n{}",
        errors.join("\n"),
        serde_json::to_string_pretty(value).unwrap()
    );
}

fn csl(bundle: &Bundle, id: &str, article: Option<&str>) -> Value {
    let value = citation_csl(bundle, id, article, BASE, ACCESSED).unwrap();
    assert_schema_valid(&value);
    let items = value.as_array().expect("CSL-JSON is an array of items");
    assert_eq!(items.len(), 1);
    assert_valid_csl_item(&items[0]);
    items[0].clone()
}

#[test]
fn the_csl_item_is_a_treaty_dated_by_its_signature() {
    let library = library();
    let item = csl(&library, TREATY, Some("4"));
    let signed = &library
        .document(TREATY)
        .unwrap()
        .signed
        .as_ref()
        .unwrap()
        .date;
    let parts = date_parts(signed).unwrap();
    assert_eq!(item["issued"]["date-parts"], serde_json::json!([parts]));
    assert_eq!(
        item["issued"]["date-parts"],
        serde_json::json!([[2024, 6, 19]])
    );
    assert_eq!(
        item["accessed"]["date-parts"],
        serde_json::json!([[2026, 11, 25]])
    );
    assert_eq!(item["section"], "art. 4");
    assert_eq!(item["event-place"], "Pyongyang");
    assert_eq!(item["URL"], format!("{BASE}treaty/{TREATY}/article/4"));
    assert_eq!(item["title-short"], "Russia–DPRK Treaty (2024)");
    assert!(item["note"]
        .as_str()
        .unwrap()
        .contains("News agency report"));
    assert_eq!(item["id"], "rus-dprk-2024-art-4");
}

#[test]
fn every_citation_of_the_library_is_valid_csl() {
    let library = library();
    let mut ids = std::collections::HashSet::new();
    for document in &library.documents {
        let whole = csl(&library, &document.id, None);
        assert!(whole.get("section").is_none());
        assert!(ids.insert(whole["id"].as_str().unwrap().to_owned()));
        for provision in document.provisions() {
            let item = csl(&library, &document.id, Some(&provision.key()));
            assert!(
                ids.insert(item["id"].as_str().unwrap().to_owned()),
                "ids unique"
            );
            let text = cite(&library, &document.id, Some(&provision.key()));
            assert!(text.contains(item["URL"].as_str().unwrap()));
            assert!(text.contains(item["note"].as_str().unwrap()));
        }
    }
}

/// The importer development set (`shared/import-dev/`), every document the importer reads, each
/// as a bundle of its own: real documents whose ids, titles, dates and article numbers were not
/// written for Treaty Reader.
fn dev_set() -> &'static [Bundle] {
    static DEV: OnceLock<Vec<Bundle>> = OnceLock::new();
    DEV.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/import-dev");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("no importer development set at {}: {e}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                !name.ends_with(".meta.json") && name != "README.md"
            })
            .collect();
        files.sort();
        files
            .iter()
            .filter_map(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                import_treaty_file(&name, &std::fs::read(p).unwrap()).ok()
            })
            .collect()
    })
}

/// Every citation target of a bundle: each treaty whole, then each of its provisions (preamble
/// and articles) by the key the app's links use.
fn targets(bundle: &Bundle) -> Vec<(String, Option<String>)> {
    bundle
        .documents
        .iter()
        .flat_map(|d| {
            std::iter::once((d.id.clone(), None))
                .chain(d.provisions().map(|p| (d.id.clone(), Some(p.key()))))
        })
        .collect()
}

#[test]
fn every_csl_export_validates_against_the_csl_schema() {
    let mut checked = 0;
    for bundle in std::iter::once(&library()).chain(dev_set()) {
        for (id, article) in targets(bundle) {
            let value = citation_csl(bundle, &id, article.as_deref(), BASE, ACCESSED)
                .unwrap_or_else(|| panic!("no citation of {id} {article:?}"));
            assert_schema_valid(&value);
            checked += 1;
        }
    }
    assert!(dev_set().len() >= 10, "most of the development set imports");
    assert!(checked > 500, "{checked} citations checked");
}

#[test]
fn the_csl_schema_rejects_what_it_should() {
    // The test above is only worth something if the schema is strict where it matters.
    let item = |extra: Value| {
        let mut item = serde_json::json!({"id": "x", "type": "treaty", "title": "T"});
        item.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        serde_json::json!([item])
    };
    assert!(csl_schema().is_valid(&item(serde_json::json!({}))));
    for bad in [
        serde_json::json!({"type": "agreement"}),
        serde_json::json!({"issued": "2024-06-19"}),
        serde_json::json!({"issued": {"date-parts": [[2024, 6, 19, 1]]}}),
        serde_json::json!({"signed": "x"}),
    ] {
        assert!(!csl_schema().is_valid(&item(bad.clone())), "{bad}");
    }
}

// ---------------------------------------------------------------------------------------------
// BibTeX and RIS.

/// Every run of whitespace as one space, as both formats write values.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The one entry `entry` parses to with typst's biblatex parser, which resolves the escapes.
fn parse_bibtex(entry: &str) -> biblatex::Entry {
    let bibliography = biblatex::Bibliography::parse(entry)
        .unwrap_or_else(|e| panic!("does not parse ({e:?}):\n{entry}"));
    assert_eq!(bibliography.len(), 1, "{entry}");
    bibliography.iter().next().unwrap().clone()
}

fn bibtex_field(entry: &biblatex::Entry, name: &str) -> Option<String> {
    use biblatex::ChunksExt;
    entry.get(name).map(|chunks| chunks.format_verbatim())
}

/// The BibTeX entry of a citation target read back: one `@misc` whose title, link, dates and
/// note are the CSL item's.
fn assert_bibtex_reads_back(bundle: &Bundle, id: &str, article: Option<&str>) -> String {
    let text = citation_bibtex(bundle, id, article, BASE, ACCESSED).unwrap();
    assert!(text.ends_with("}\n"), "{text}");
    assert_eq!(
        text.matches('{').count(),
        text.matches('}').count(),
        "{text}"
    );
    let entry = parse_bibtex(&text);
    let item = &citation_csl(bundle, id, article, BASE, ACCESSED).unwrap()[0];
    assert_eq!(entry.entry_type, biblatex::EntryType::Misc);
    assert!(entry
        .key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
    let title = item["title"].as_str().unwrap();
    assert_eq!(
        bibtex_field(&entry, "title").unwrap(),
        one_line(title),
        "{text}"
    );
    assert_eq!(
        bibtex_field(&entry, "url").unwrap(),
        item["URL"].as_str().unwrap()
    );
    match entry.url_date() {
        Ok(biblatex::PermissiveType::Typed(date)) => match date.value {
            biblatex::DateValue::At(d) => assert_eq!(
                (d.year, d.month, d.day),
                (2026, Some(10), Some(24)),
                "urldate 2026-11-25 (month and day count from zero)"
            ),
            other => panic!("urldate is one day: {other:?}"),
        },
        other => panic!("urldate is a date: {other:?}"),
    }
    let note = bibtex_field(&entry, "note").unwrap();
    assert!(
        note.ends_with(&one_line(item["note"].as_str().unwrap())),
        "the note ends with what the text shows: {note}"
    );
    if let Some(section) = article {
        let label = if section == "preamble" {
            "Preamble."
        } else {
            "Article "
        };
        assert!(note.starts_with(label), "{note}");
    }
    match item["issued"]["date-parts"][0].as_array() {
        Some(parts) => {
            assert_eq!(bibtex_field(&entry, "year").unwrap(), parts[0].to_string());
            // `month = jun` is a macro, which the parser resolves to the month.
            assert_eq!(entry.get("month").is_some(), parts.len() > 1, "{text}");
        }
        None => assert!(entry.get("year").is_none()),
    }
    entry.key
}

/// A RIS record: every line a tag, two spaces, a hyphen and a space, CRLF-ended, `TY` first and
/// `ER` last; its tags as (tag, value).
fn ris_tags(record: &str) -> Vec<(String, String)> {
    assert!(record.ends_with("\r\n"), "{record:?}");
    let lines: Vec<&str> = record[..record.len() - 2].split("\r\n").collect();
    let tags: Vec<(String, String)> = lines
        .iter()
        .map(|line| {
            let bytes = line.as_bytes();
            assert!(
                line.len() >= 6
                    && bytes[0].is_ascii_uppercase()
                    && (bytes[1].is_ascii_uppercase() || bytes[1].is_ascii_digit())
                    && &line[2..6] == "  - ",
                "not a RIS line: {line:?}"
            );
            assert!(!line.contains(['\r', '\n']));
            (line[..2].to_owned(), line[6..].to_owned())
        })
        .collect();
    assert_eq!(tags[0], ("TY".to_owned(), "STAT".to_owned()));
    assert_eq!(tags.last().unwrap(), &("ER".to_owned(), String::new()));
    assert_eq!(tags.iter().filter(|(t, _)| t == "ER").count(), 1);
    tags
}

fn assert_ris_matches_csl(bundle: &Bundle, id: &str, article: Option<&str>) {
    let record = citation_ris(bundle, id, article, BASE, ACCESSED).unwrap();
    let tags = ris_tags(&record);
    let tag = |name: &str| {
        tags.iter()
            .find(|(t, _)| t == name)
            .map(|(_, v)| v.as_str())
    };
    let item = &citation_csl(bundle, id, article, BASE, ACCESSED).unwrap()[0];
    assert_eq!(tag("ID"), item["id"].as_str());
    assert_eq!(
        tag("TI").map(str::to_owned),
        Some(one_line(item["title"].as_str().unwrap()))
    );
    assert_eq!(tag("UR"), item["URL"].as_str());
    assert_eq!(tag("SE"), item["section"].as_str());
    assert_eq!(tag("Y2"), Some("2026/11/25"));
    assert!(tag("N1")
        .unwrap()
        .ends_with(&one_line(item["note"].as_str().unwrap())));
    if let Some(parts) = item["issued"]["date-parts"][0].as_array() {
        assert_eq!(
            tag("PY"),
            Some(format!("{:04}", parts[0].as_u64().unwrap()).as_str())
        );
        assert!(tag("DA").unwrap().ends_with('/'), "four slots: {record}");
    }
}

#[test]
fn every_bibtex_export_parses_back_with_its_fields() {
    let library = library();
    let mut keys = std::collections::HashSet::new();
    for (id, article) in targets(&library) {
        let key = assert_bibtex_reads_back(&library, &id, article.as_deref());
        assert!(
            keys.insert(key.clone()),
            "keys unique in the library: {key}"
        );
    }
    let mut checked = keys.len();
    for bundle in dev_set() {
        for (id, article) in targets(bundle) {
            assert_bibtex_reads_back(bundle, &id, article.as_deref());
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked}");
}

#[test]
fn every_ris_export_is_well_formed_and_matches_the_csl_item() {
    let mut checked = 0;
    for bundle in std::iter::once(&library()).chain(dev_set()) {
        for (id, article) in targets(bundle) {
            assert_ris_matches_csl(bundle, &id, article.as_deref());
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked}");
}

#[test]
fn the_shipped_treaty_in_bibtex_and_ris() {
    let library = library();
    let text = citation_bibtex(&library, TREATY, Some("4"), BASE, ACCESSED).unwrap();
    let entry = parse_bibtex(&text);
    assert_eq!(entry.key, "rus-dprk-2024-art-4");
    assert_eq!(
        bibtex_field(&entry, "shorttitle").unwrap(),
        "Russia–DPRK Treaty (2024)"
    );
    assert_eq!(
        bibtex_field(&entry, "howpublished").unwrap(),
        "Treaty Reader"
    );
    assert!(text.contains("  month = jun,\n"), "{text}");
    let note = bibtex_field(&entry, "note").unwrap();
    assert!(
        note.starts_with("Article 4. Signed at Pyongyang, 19 June 2024. Text shown (partial): News agency report"),
        "{note}"
    );
    let record = citation_ris(&library, TREATY, Some("4"), BASE, ACCESSED).unwrap();
    for line in [
        "TY  - STAT\r\n",
        "\r\nSE  - art. 4\r\n",
        "\r\nPY  - 2024\r\n",
        "\r\nDA  - 2024/06/19/\r\n",
        "\r\nY2  - 2026/11/25\r\n",
        "\r\nDP  - Treaty Reader\r\n",
        "\r\nN1  - Signed at Pyongyang, 19 June 2024. Text shown (partial): News agency report",
    ] {
        assert!(record.contains(line), "{line:?} in {record}");
    }
}

#[test]
fn hostile_titles_survive_bibtex_and_ris() {
    let mut document = hostile_document();
    document.title =
        "Pact {of} 50% & $3 #1 a_b ~x^2 \\emph{y} \"q\" @misc{x,\n ER  - Договор".into();
    document.id = "hostile pact/é".into();
    let bundle = Bundle::new(vec![document], vec![], vec![]);
    for article in [None, Some("2"), Some("3")] {
        assert_bibtex_reads_back(&bundle, "hostile pact/é", article);
        assert_ris_matches_csl(&bundle, "hostile pact/é", article);
    }
    let text = citation_bibtex(&bundle, "hostile pact/é", Some("3"), BASE, ACCESSED).unwrap();
    assert!(text.contains("Договор"), "UTF-8 kept: {text}");
    assert!(
        text.contains("/treaty/hostile%20pact%2F%C3%A9/article/III}"),
        "{text}"
    );
    // A note from a hostile publisher is escaped too.
    assert!(text.contains("\"Quoted\" <b>Press</b>"), "{text}");
}

#[test]
fn bibtex_and_ris_with_a_date_that_is_not_a_calendar_date() {
    let mut document = hostile_document();
    document.signed = Some(Event {
        date: "summer 1961".into(),
        place: Some("Moscow".into()),
    });
    let bundle = Bundle::new(vec![document], vec![], vec![]);
    let entry = parse_bibtex(&citation_bibtex(&bundle, "hostile", None, BASE, ACCESSED).unwrap());
    assert!(entry.get("year").is_none());
    assert!(bibtex_field(&entry, "note")
        .unwrap()
        .starts_with("Signed at Moscow, summer 1961. Texts shown"));
    let record = citation_ris(&bundle, "hostile", None, BASE, ACCESSED).unwrap();
    assert!(
        !record.contains("PY  -") && !record.contains("DA  -"),
        "{record}"
    );
    assert!(record.contains("\r\nN1  - Signed at Moscow, summer 1961. Texts shown"));
}

// ---------------------------------------------------------------------------------------------

fn hostile_document() -> Document {
    let text = |kind, publisher: Option<&str>, completeness| ProvisionText {
        language: "en".into(),
        witness: Witness {
            publisher: publisher.map(str::to_owned),
            ..Witness::new(kind)
        },
        completeness,
        paragraphs: vec![Paragraph {
            number: None,
            text: "Text.".into(),
            gap: false,
        }],
    };
    Document {
        id: "hostile".into(),
        title: r#"Pact "of" <script>alert('x')</script> & Co."#.into(),
        short_title: "Pact".into(),
        aliases: vec![],
        self_references: vec![],
        parties: vec![],
        signed: Some(Event {
            date: "2024-12".into(),
            place: None,
        }),
        in_force: None,
        authentic_languages: vec![],
        notes: vec![],
        completeness: Completeness::Partial,
        preamble: None,
        chapters: vec![],
        articles: vec![
            Provision {
                number: Some("II".into()),
                heading: None,
                texts: vec![text(
                    WitnessKind::Reconstructed,
                    None,
                    Completeness::Partial,
                )],
                reports: vec![],
            },
            Provision {
                number: Some("III".into()),
                heading: None,
                texts: vec![text(
                    WitnessKind::Unstated,
                    Some("\"Quoted\" <b>Press</b>."),
                    Completeness::Complete,
                )],
                reports: vec![],
            },
        ],
        unplaced: vec![],
        annexes: vec![],
    }
}

#[test]
fn hostile_titles_stay_plain_strings() {
    let bundle = Bundle::new(vec![hostile_document()], vec![], vec![]);
    let item = csl(&bundle, "hostile", Some("3"));
    assert_eq!(
        item["title"],
        r#"Pact "of" <script>alert('x')</script> & Co."#
    );
    assert_eq!(
        item["section"], "art. III",
        "the number as the treaty prints it"
    );
    assert_eq!(item["URL"], format!("{BASE}treaty/hostile/article/III"));
    assert_eq!(
        item["issued"]["date-parts"],
        serde_json::json!([[2024, 12]])
    );
    assert!(item.get("event-place").is_none());
    assert_eq!(
        item["note"],
        r#"Text shown (complete): Status not stated from "Quoted" <b>Press</b>."#
    );
    let json = serde_json::to_string(&item).unwrap();
    assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), item);

    let text = cite(&bundle, "hostile", Some("2"));
    assert_eq!(
        text,
        "Pact \"of\" <script>alert('x')</script> & Co. (December 2024), art. II. \
         Text shown (partial): Reconstructed from quotes. Treaty Reader, \
         https://example.org/reader/treaty/hostile/article/II (accessed 2026-11-25)."
    );
}

#[test]
fn dates_that_are_not_calendar_dates_are_kept_raw() {
    let mut document = hostile_document();
    document.signed = Some(Event {
        date: "summer 1961".into(),
        place: Some("Moscow".into()),
    });
    let bundle = Bundle::new(vec![document], vec![], vec![]);
    let value = citation_csl(&bundle, "hostile", None, BASE, "yesterday").unwrap();
    let item = &value[0];
    assert_valid_csl_item(item);
    assert_eq!(item["issued"]["raw"], "summer 1961");
    assert_eq!(item["accessed"]["raw"], "yesterday");
    let text = citation_text(&bundle, "hostile", None, BASE, "2026-01-02").unwrap();
    assert!(text.contains("(Moscow, summer 1961)."), "{text}");
    assert!(
        text.contains(
            "Texts shown (partial): Reconstructed from quotes; Status not stated from \"Quoted\" \
             <b>Press</b>. Treaty Reader"
        ),
        "most authoritative first: {text}"
    );
}

#[test]
fn a_treaty_without_signature_or_text_is_still_citable() {
    let mut document = hostile_document();
    document.signed = None;
    for a in &mut document.articles {
        a.texts.clear();
    }
    let bundle = Bundle::new(vec![document], vec![], vec![]);
    let item = csl(&bundle, "hostile", None);
    assert!(item.get("issued").is_none());
    let text = cite(&bundle, "hostile", None);
    assert!(
        text.starts_with(
            "Pact \"of\" <script>alert('x')</script> & Co. Text shown: no text available."
        ),
        "{text}"
    );
}
