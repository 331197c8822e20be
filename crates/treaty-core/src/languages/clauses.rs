//! The kinds of clause nearly every treaty has (collective defence, consultation, dispute
//! settlement, signature, ratification, accession, entry into force, withdrawal, amendment,
//! reservations, depositary, authentic texts, annexes…) and the phrases each language drafts
//! them in, so that "Similar provisions elsewhere" can tell that Article 13 of the North
//! Atlantic Treaty ("cease to be a Party … notice of denunciation") and Article XVI of the CWC
//! ("Duration and withdrawal") are the same kind of clause though they share few words.
//!
//! The table, `clauses.tsv`, has the lexicon's format (`lexicon.tsv`): a kind a row, its
//! phrases in a column per language. Adding a language is adding its column.

use super::lexicon::{parse, Concept};
use std::sync::OnceLock;

const TABLE: &str = include_str!("clauses.tsv");

/// Every kind of clause, with its phrases per language (`Concept::name` is the kind's name in
/// English, as an explanation says it: "both are withdrawal clauses").
pub fn clause_kinds() -> &'static [Concept] {
    static KINDS: OnceLock<Vec<Concept>> = OnceLock::new();
    KINDS.get_or_init(|| parse(TABLE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_phrases_in_every_language_of_the_table() {
        let header = TABLE.lines().find(|l| !l.starts_with('#')).unwrap();
        let languages: Vec<&str> = header.split('\t').skip(1).collect();
        assert_eq!(languages, ["en", "ru", "de", "fr", "nl"]);
        let kinds = clause_kinds();
        assert!(kinds.len() >= 14);
        for kind in kinds {
            assert_eq!(kind.words.len(), languages.len(), "{}", kind.name);
            for (language, phrases) in &kind.words {
                assert!(
                    !phrases.is_empty(),
                    "{} has no {language} phrase",
                    kind.name
                );
            }
        }
    }
}
