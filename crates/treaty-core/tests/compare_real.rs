//! Verdicts and diffs on real statements about Article 4 of the 2024 Russia–DPRK treaty,
//! against the KCNA English text of that article.

use treaty_core::attribution::anchor::anchor_quote;
use treaty_core::attribution::compare::{verdict, word_diff, word_overlap, VerdictInput};
use treaty_core::attribution::{Change, Verdict};

const ARTICLE_4: &str = "In case any one of the two sides is put in a state of war by an armed \
    invasion from an individual state or several states, the other side shall provide military \
    and other assistance with all means in its possession without";

/// Andrey Rudenko to the State Duma, as TASS reports him (corpus/sources/tass-2024-10-24.txt).
const RUDENKO: &str = "Article 4 of the document is of particular importance, which provides \
    for mutual military assistance in line with Article 51 of the UN Charter and in accordance \
    with the laws of the Russian Federation and the DPRK in the event that one of the parties is \
    subjected to an armed attack by any state and finds itself in a state of war";

fn corpus(file: &str) -> String {
    let path = format!("{}/../../corpus/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The verdict the pipeline would reach for a direct quote of Article 4, with the text known.
fn judge(statement: &str) -> Verdict {
    verdict(&VerdictInput {
        text_available: true,
        named_conflicts: false,
        anchor_score: anchor_quote(&[ARTICLE_4], statement).map(|f| f.score),
        word_overlap: word_overlap(statement, ARTICLE_4),
    })
}

#[test]
fn the_fixtures_are_the_corpus_texts() {
    assert!(corpus("rus-dprk-2024.en.txt")
        .lines()
        .any(|l| l == ARTICLE_4));
    assert!(corpus("sources/tass-2024-10-24.txt").contains(RUDENKO));
}

#[test]
fn rudenkos_account_of_article_4_is_a_paraphrase() {
    assert_eq!(anchor_quote(&[ARTICLE_4], RUDENKO), None);
    let overlap = word_overlap(RUDENKO, ARTICLE_4);
    assert!(overlap > 0.15 && overlap < 0.5, "{overlap}");
    assert_eq!(judge(RUDENKO), Verdict::Paraphrase);
}

#[test]
fn an_exact_substring_is_verbatim() {
    let quote = "the other side shall provide military and other assistance with all means in \
                 its possession";
    assert_eq!(judge(quote), Verdict::Verbatim);
    let diff = word_diff(quote, quote);
    assert_eq!(diff.len(), 1);
    assert_eq!(diff[0].change, Change::Same);
}

#[test]
fn one_changed_word_is_close() {
    let quote = "In case any one of the two sides is put in a state of war by an armed invasion \
                 from an individual state or several states, the other side shall render \
                 military and other assistance";
    assert_eq!(judge(quote), Verdict::Close);
    let found = anchor_quote(&[ARTICLE_4], quote).expect("anchored");
    let diff = word_diff(quote, &ARTICLE_4[found.start..found.end]);
    let changed: Vec<_> = diff
        .iter()
        .filter(|p| p.change != Change::Same)
        .map(|p| (p.change, p.text.as_str()))
        .collect();
    assert_eq!(
        changed,
        [(Change::Missing, "provide "), (Change::Added, "render ")]
    );
}

#[test]
fn without_the_text_a_statement_is_unverifiable() {
    let input = VerdictInput {
        text_available: false,
        named_conflicts: false,
        anchor_score: None,
        word_overlap: 0.0,
    };
    assert_eq!(verdict(&input), Verdict::Unverifiable);
}

#[test]
fn a_conflicting_article_number_is_divergent_even_when_the_words_match() {
    let input = VerdictInput {
        text_available: true,
        named_conflicts: true,
        anchor_score: Some(1.0),
        word_overlap: 1.0,
    };
    assert_eq!(verdict(&input), Verdict::Divergent);
}

#[test]
fn a_statement_about_something_else_is_divergent() {
    let statement = "The exchange of ratification documents will be the final stage of the \
                     treaty's entry into force";
    assert!(word_overlap(statement, ARTICLE_4) < 0.15);
    assert_eq!(judge(statement), Verdict::Divergent);
}

#[test]
fn the_diff_of_a_reworded_quote_keeps_both_texts() {
    let statement = "the other party will immediately provide military and other assistance \
                     with all available means";
    let matched = "the other side shall provide military and other assistance with all means";
    let diff = word_diff(statement, matched);
    let statement_side: String = diff
        .iter()
        .filter(|p| p.change != Change::Missing)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(statement_side, statement);
    let added: Vec<_> = diff
        .iter()
        .filter(|p| p.change == Change::Added)
        .map(|p| p.text.trim())
        .collect();
    assert_eq!(added, ["party will immediately", "available"]);
}
