//! Properties of extraction and attribution on generated text: they never panic, statements
//! are well-formed spans in order, and attributions are consistent.

use proptest::prelude::*;
use treaty_core::attribution::{attribute_source, extract, Basis};
use treaty_core::bundle::{Bundle, Source};
use treaty_core::import::build_library;
use treaty_core::refs::Catalog;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

fn library() -> &'static Bundle {
    static LIBRARY: std::sync::OnceLock<Bundle> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| {
        let read =
            |f: &str| std::fs::read_to_string(format!("{CORPUS}/{f}")).map_err(|e| e.to_string());
        build_library(&read("library.toml").unwrap(), read).unwrap()
    })
}

/// Fragments the extractor and the aligner react to, and some they must survive.
const VOCABULARY: &[&str] = &[
    "\"",
    "“",
    "”",
    "„",
    "«",
    "»",
    "‘",
    "’",
    "'",
    "‚",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "– ",
    "- ",
    "• ",
    "1. ",
    "the treaty",
    "The treaty states that",
    "Article 4",
    "article",
    "of the UN Charter",
    "Article 51",
    "according to the document,",
    "the sides vow to",
    "If",
    "either side",
    "the other will",
    "said",
    "Rudenko",
    "he added",
    "Russia and North Korea",
    "pledged",
    "key points of the agreement:",
    "armed attack",
    "military assistance",
    "war",
    "sovereignty",
    "Он предусматривает",
    "В пункте 4",
    "говорится",
    "статьей 51 Устава ООН",
    "Стороны обязуются",
    "нападение",
    "Artikel 4 besagt",
    "Demnach",
    "Vertragspartei",
    "Verteidigungsfähigkeit",
    "preamble",
    "U.N.",
    "Korea’s",
    "countries’",
    "é",
    "😀",
    "\u{301}",
    "AgencyThus",
    "veröffentlicht.Der",
    "[...]",
];

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..60).prop_map(|v| v.concat())
}

fn source(body: String, language: &str) -> Source {
    Source {
        id: "generated".to_owned(),
        outlet: "Generated".to_owned(),
        title: "Generated".to_owned(),
        byline: None,
        date: "2024-01-01".to_owned(),
        date_note: None,
        language: language.to_owned(),
        url: None,
        about: vec!["rus-dprk-2024".to_owned()],
        body,
        attributions: Vec::new(),
        stored: None,
        statements_found: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn statements_are_ordered_spans_on_character_boundaries(body in text(), lang in prop_oneof!["en", "ru", "de"]) {
        let catalog = Catalog::from_bundles([library()]);
        let statements = extract(&body, &lang, &catalog, "rus-dprk-2024");
        let mut at = 0;
        for s in &statements {
            prop_assert!(at <= s.start && s.start < s.end && s.end <= body.len(), "{statements:?}");
            prop_assert!(body.is_char_boundary(s.start) && body.is_char_boundary(s.end));
            at = s.end;
        }
    }

    #[test]
    fn attributions_are_consistent(body in text(), lang in prop_oneof!["en", "ru", "de"]) {
        let found = attribute_source(&source(body, &lang), library());
        for a in &found {
            prop_assert_eq!(a.candidates.is_empty(), a.verdict.is_none());
            // Best first: by score, except that an article the source names goes first unless
            // the text contradicts it; the alternatives after it stay in score order.
            if let [first, rest @ ..] = a.candidates.as_slice() {
                prop_assert!(rest.windows(2).all(|w| w[0].score >= w[1].score));
                prop_assert!(
                    rest.first().is_none_or(|second| first.score >= second.score)
                        || first.basis.contains(&Basis::Named)
                );
            }
            prop_assert!(a.candidates.iter().all(|c| (0.0..=1.0).contains(&c.score) && !c.basis.is_empty()));
            prop_assert!(a.anchor.is_none() || !a.candidates.is_empty());
            prop_assert!(a.diff.is_empty() || a.anchor.is_some());
        }
    }
}

#[test]
fn statements_with_stale_spans_do_not_panic() {
    use treaty_core::attribution::{attribute, Statement, StatementKind};
    let bundle = library();
    let document = &bundle.documents[0];
    let catalog = Catalog::from_bundles([bundle]);
    let s = source("«Военная помощь»".to_owned(), "ru");
    let stale = Statement {
        start: 1,
        end: 400,
        kind: StatementKind::DirectQuote,
        speaker: None,
        named_articles: vec!["4".to_owned(), "99".to_owned(), "preamble".to_owned()],
        continues: None,
        repeats: None,
    };
    let found = attribute(&[stale], &s, document, &catalog, &[]);
    assert_eq!(found.len(), 1);
}
