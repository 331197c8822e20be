//! Big inputs stay readable: a source pasted as one huge line is read in paragraphs of whole
//! sentences without losing or reordering any of its text, and a source with more treaty
//! statements than are kept says how many it has.

mod common;

use proptest::prelude::*;
use treaty_core::attribution::{
    attribute_source_with_progress, MAX_PARAGRAPH_BYTES, MAX_STATEMENTS_PER_SOURCE,
};
use treaty_core::bundle::Source;
use treaty_core::import::import_source;

const ARTICLE_4: &str = "In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states, the other side shall provide military and other assistance with all means in its possession without delay";

/// A pasted text about the Russia–DPRK treaty whose body is `body`.
fn pasted(body: &str) -> Source {
    let text = format!("# language: en\n# date: 2024-06-20\n# outlet: Pasted\n\n{body}\n");
    import_source("pasted", vec!["rus-dprk-2024".into()], &text).unwrap()
}

/// The paragraphs of `body` cover it in order, each its own text, with only white space
/// between them and none longer than a paragraph can be.
fn assert_covers(body: &str) {
    let source = pasted(body);
    let spans = source.paragraph_spans();
    let mut at = 0;
    for (offset, text) in &spans {
        assert!(*offset >= at, "paragraphs out of order or overlapping");
        assert!(source.body[at..*offset].trim().is_empty(), "text lost");
        assert_eq!(&source.body[*offset..offset + text.len()], *text);
        assert!(!text.is_empty() && text.len() <= MAX_PARAGRAPH_BYTES);
        at = offset + text.len();
    }
    assert!(source.body[at..].trim().is_empty(), "text lost at the end");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Lines of any length, of sentences or of words without full stops, in any script.
    #[test]
    fn splitting_never_loses_or_reorders_text(
        parts in prop::collection::vec(
            prop_oneof![
                Just("Article 4 states: “The sides shall help.” ".to_owned()),
                Just("Ж".repeat(300)),
                Just("no stop here at all ".to_owned()),
                Just("U.S. and U.N. officials met. ".to_owned()),
                Just("\n".to_owned()),
                "[a-zA-Zé .!?»«\n]{0,40}",
            ],
            1..4000,
        )
    ) {
        assert_covers(&parts.concat());
    }
}

#[test]
fn a_megabyte_on_one_line_is_read_in_paragraphs() {
    let sentence = "Observers followed the talks closely, and the ministries issued statements. ";
    let body = sentence.repeat(1024 * 1024 / sentence.len());
    assert_covers(&body);
    let source = pasted(&body);
    let spans = source.paragraph_spans();
    assert!(spans.len() > 1000, "{} paragraphs", spans.len());
    assert!(spans.iter().all(|(_, p)| p.ends_with("statements.")));
}

#[test]
fn a_source_keeps_its_first_statements_and_says_how_many_it_has() {
    let quote = format!("Article 4 of the treaty states: \"{ARTICLE_4}.\" ");
    let over = MAX_STATEMENTS_PER_SOURCE + 50;
    let source = pasted(&quote.repeat(over));
    let attributed = attribute_source_with_progress(&source, &common::library(), &mut |_| {});
    assert_eq!(attributed.attributions.len(), MAX_STATEMENTS_PER_SOURCE);
    let found = attributed
        .statements_found
        .expect("a count of all statements");
    assert!(found >= over, "{found}");
    assert!(attributed
        .attributions
        .windows(2)
        .all(|w| w[0].statement.end <= w[1].statement.start));
    let on_article_4 = attributed
        .attributions
        .iter()
        .filter(|a| a.article() == Some("4"))
        .count();
    assert!(
        on_article_4 >= MAX_STATEMENTS_PER_SOURCE - 1,
        "{on_article_4}"
    );
    let mut kept = source.clone();
    kept.set_attributions(attributed);
    assert_eq!(kept.statements_found, Some(found));
}
