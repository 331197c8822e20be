//! Anchoring real news quotes in real treaty texts from the corpus: the KCNA English report of
//! the 2024 Russia–DPRK treaty (cut off inside Article 4), the Oreanda fragments of its
//! Article 16 and the UN Charter.

use treaty_core::attribution::anchor::{anchor_quote, selectors, Found};
use treaty_core::attribution::utf16::byte_to_utf16;

/// The paragraphs of a corpus text: its non-empty lines after the `#` header.
fn paragraphs(file: &str) -> Vec<String> {
    let path = format!("{}/../../corpus/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

fn anchor(paragraphs: &[String], quote: &str) -> Option<Found> {
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    anchor_quote(&refs, quote)
}

const ARTICLE_4: &str = "In case any one of the two sides is put in a state of war by an armed \
    invasion from an individual state or several states, the other side shall provide military \
    and other assistance with all means in its possession without";

fn kcna() -> (Vec<String>, usize) {
    let paragraphs = paragraphs("rus-dprk-2024.en.txt");
    let article_4 = paragraphs
        .iter()
        .position(|p| p == ARTICLE_4)
        .expect("the KCNA Article 4 paragraph");
    (paragraphs, article_4)
}

#[test]
fn an_exact_substring_anchors_with_no_errors() {
    let (paragraphs, article_4) = kcna();
    let quote = "the other side shall provide military and other assistance";
    let found = anchor(&paragraphs, quote).expect("anchored");
    assert_eq!(found.paragraph, article_4);
    assert_eq!(&ARTICLE_4[found.start..found.end], quote);
    assert_eq!((found.errors, found.score), (0, 1.0));
    assert_eq!(found.covered, quote.chars().count());
}

#[test]
fn typography_and_case_are_not_errors() {
    let (paragraphs, article_4) = kcna();
    let quote = "IN CASE any One of the two sides is put in a state\u{00A0}of war  by an \
                 armed\ninvasion from an individual state or several states";
    let found = anchor(&paragraphs, quote).expect("anchored");
    assert_eq!(found.paragraph, article_4);
    assert_eq!(found.errors, 0);
    assert!(ARTICLE_4[found.start..found.end].starts_with("In case any one"));
    assert!(ARTICLE_4[found.start..found.end].ends_with("several states"));

    // The KCNA report writes "Workers' Party" with a straight apostrophe.
    let found = anchor(
        &paragraphs,
        "general secretary of the Workers\u{2019} Party of Korea",
    )
    .expect("anchored");
    assert_eq!(found.errors, 0);
    assert!(paragraphs[found.paragraph][found.start..found.end].contains("Workers' Party"));
}

#[test]
fn a_quote_with_a_few_words_changed_still_anchors() {
    let (paragraphs, article_4) = kcna();
    let quote = "In case either of the two sides is put in a state of war by an armed attack \
                 from an individual state or several states, the other side shall provide \
                 military and other help";
    let found = anchor(&paragraphs, quote).expect("anchored");
    assert_eq!(found.paragraph, article_4);
    assert!(found.errors > 0);
    assert!(found.score > 0.85 && found.score < 0.98, "{found:?}");
    assert!(ARTICLE_4[found.start..found.end].starts_with("In case any one"));
    // "help" has no counterpart in "assistance": the match stops before it.
    assert!(ARTICLE_4[found.start..found.end].ends_with("military and other "));
}

#[test]
fn an_unrelated_sentence_does_not_anchor() {
    let (paragraphs, _) = kcna();
    for quote in [
        "The exchange of ratification documents will be the final stage of the treaty's entry \
         into force",
        "The General Assembly shall meet in regular annual sessions and in such special \
         sessions as occasion may require",
        // Another provision of the same treaty (Article 8, not in the stored KCNA copy).
        "the parties shall establish mechanisms for joint measures to strengthen defense \
         capabilities in the interests of preventing war",
    ] {
        assert_eq!(anchor(&paragraphs, quote), None, "{quote}");
    }
}

#[test]
fn a_quote_running_past_the_cut_off_text_anchors_its_beginning() {
    let (paragraphs, article_4) = kcna();
    let quote = "the other side shall provide military and other assistance with all means in \
                 its possession without delay, in accordance with Article 51 of the UN Charter";
    let found = anchor(&paragraphs, quote).expect("anchored");
    assert_eq!(found.paragraph, article_4);
    assert_eq!((found.errors, found.score), (0, 1.0));
    assert_eq!(found.end, ARTICLE_4.len());
    let covered: String = quote.chars().take(found.covered).collect();
    assert!(covered.ends_with("in its possession without"), "{covered}");
    assert_eq!(&ARTICLE_4[found.start..found.end], covered);
}

/// k4s quotes Article 16 in its own English; Oreanda's fragments are another translation of
/// the same sentence. Most words agree, so it anchors, but as a near match (score 0.875,
/// 23 character edits: "shall", "particularly"/"including", "to be"), never as verbatim.
#[test]
fn another_translation_of_article_16_anchors_as_a_near_match() {
    let labels: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/tests/fixtures/eval-dev/labels.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("labels"),
    )
    .expect("labels JSON");
    let quote = labels
        .as_array()
        .and_then(|ls| ls.iter().find(|l| l["id"] == "L059"))
        .and_then(|l| l["quote"].as_str())
        .expect("the k4s Article 16 quote");
    assert!(quote.starts_with("The Parties shall oppose the use of unilateral coercive measures"));
    let fragments = paragraphs("rus-dprk-2024.en.fragments.txt");
    let found = anchor(&fragments, quote).expect("anchored");
    let matched = &fragments[found.paragraph][found.start..found.end];
    assert!(matched.starts_with("The parties oppose the use of unilateral coercive measures"));
    assert!(matched.ends_with("contrary to the UN"), "{matched}");
    assert_eq!(found.errors, 23);
    assert!((found.score - 0.875).abs() < 1e-3, "{found:?}");
    assert_eq!(found.covered, quote.chars().count());
}

#[test]
fn british_spelling_of_self_defence_is_one_error_in_article_51() {
    let charter = paragraphs("un-charter-1945.en.txt");
    let found = anchor(
        &charter,
        "inherent right of individual or collective self-defence",
    )
    .expect("anchored");
    let paragraph = &charter[found.paragraph];
    assert!(paragraph.starts_with("Nothing in the present Charter shall impair"));
    assert_eq!(
        &paragraph[found.start..found.end],
        "inherent right of individual or collective self-defense"
    );
    assert_eq!(found.errors, 1);
}

#[test]
fn selectors_locate_the_anchor_in_utf16() {
    let (paragraphs, _) = kcna();
    let found = anchor(&paragraphs, "armed invasion from an individual state").expect("anchored");
    let paragraph = &paragraphs[found.paragraph];
    let (quote, position) = selectors(paragraph, found.start, found.end);
    assert_eq!(quote.exact, "armed invasion from an individual state");
    assert_eq!(quote.prefix, " is put in a state of war by an ");
    assert_eq!(quote.prefix.chars().count(), 32);
    assert_eq!(quote.suffix, " or several states, the other si");
    assert_eq!(position.start, byte_to_utf16(paragraph, found.start));
    assert_eq!(position.end - position.start, 39);

    let intro = &paragraphs[1];
    let at = intro.find("general secretary").expect("intro");
    let (_, position) = selectors(intro, at, at + 17);
    assert_eq!(position.start as usize, intro[..at].encode_utf16().count());
}
