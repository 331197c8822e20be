//! Properties of the word diff on generated text: the statement's side reproduces the
//! statement exactly, the article's side gives the article's words in order, and neighbouring
//! parts never share a change.

use proptest::prelude::*;
use treaty_core::attribution::compare::{word_diff, word_overlap};
use treaty_core::attribution::Change;

/// Lower-cased words of a text, as the diff compares them.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('ё', "е"))
        .collect()
}

/// Sentences over a small vocabulary, with the punctuation and typography news copy has.
fn sentence() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "the",
        "The",
        "party",
        "side",
        "shall",
        "will",
        "provide",
        "Military",
        "aid",
        "war",
        "войны",
        "Stück",
        "😀",
        "self-defence",
    ]);
    let gap = prop::sample::select(vec![
        " ",
        ", ",
        " \u{2014} ",
        "  ",
        "\u{201C}",
        "\u{201D} ",
        "\n",
    ]);
    (
        prop::collection::vec((word, gap), 0..16),
        prop::sample::select(vec!["", " ", "\u{201C}", "..."]),
    )
        .prop_map(|(words, lead)| {
            let mut s = lead.to_owned();
            for (w, g) in words {
                s.push_str(w);
                s.push_str(g);
            }
            s
        })
}

proptest! {
    #[test]
    fn the_statement_side_is_the_statement(statement in sentence(), matched in sentence()) {
        let diff = word_diff(&statement, &matched);
        let ours: String = diff
            .iter()
            .filter(|p| p.change != Change::Missing)
            .map(|p| p.text.as_str())
            .collect();
        prop_assert_eq!(ours, statement);
    }

    #[test]
    fn the_article_side_has_the_article_words(statement in sentence(), matched in sentence()) {
        let diff = word_diff(&statement, &matched);
        let theirs: String = diff
            .iter()
            .filter(|p| p.change != Change::Added)
            .map(|p| format!("{} ", p.text))
            .collect();
        prop_assert_eq!(words(&theirs), words(&matched));
    }

    #[test]
    fn parts_are_merged_and_never_empty(statement in sentence(), matched in sentence()) {
        let diff = word_diff(&statement, &matched);
        prop_assert!(diff.windows(2).all(|w| w[0].change != w[1].change));
        prop_assert!(diff.iter().all(|p| !p.text.is_empty()));
    }

    #[test]
    fn a_statement_against_itself_is_one_same_part(statement in sentence()) {
        let diff = word_diff(&statement, &statement.to_uppercase());
        prop_assert!(diff.len() <= 1);
        prop_assert!(diff.iter().all(|p| p.change == Change::Same));
    }

    #[test]
    fn overlap_is_a_share(statement in any::<String>(), article in any::<String>()) {
        let overlap = word_overlap(&statement, &article);
        prop_assert!((0.0..=1.0).contains(&overlap));
        let own = word_overlap(&statement, &statement);
        prop_assert!(own == 0.0 || own == 1.0);
    }
}
