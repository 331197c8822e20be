//! A small cross-lingual lexicon of treaty language, so that a Russian, German or French
//! report, or an English paraphrase, can be compared with the text the library holds (and a
//! Dutch translation, as the treaty database gives Hague IV and the CWC, with the others).
//!
//! News sources rarely reproduce a treaty's words: they translate it ("armed attack",
//! "вооруженное нападение", "bewaffneter Angriff", "agression armée") and paraphrase it ("put
//! in a state of war by an armed invasion" against "subjected to an armed attack … finds itself
//! in a state of war"). Stemming makes inflected forms of one word agree; this table makes the
//! usual words for one idea agree across languages. Each row of `lexicon.tsv` is one concept of
//! the vocabulary that security, friendship and partnership treaties are written in (attack,
//! assistance, sovereignty, consultation, ratification, …), with the common English paraphrases
//! of it and its equivalents in each language, a column per language named in the header. It
//! is deliberately general: no row is taken from, or needed by, one particular news report.
//!
//! Words are written as they usually appear; their stems are computed with the language's
//! Snowball stemmer, so the table never has to spell a stem. A word may belong to two concepts
//! (Russian "мир" is both "peace" and "world"). Function words are not listed (they are each
//! language's stop words). Adding a language is adding its column.

use std::sync::OnceLock;

/// The table: `#` comments, a header `concept`, then a language tag a column; then a concept a
/// row, its words in each column separated by ", ".
const TABLE: &str = include_str!("lexicon.tsv");

/// One concept and its words in each language of the table.
#[derive(Debug)]
pub struct Concept {
    /// Its name ("attack"), which two words of one concept share as their comparison term.
    pub name: &'static str,
    /// (language tag, its words for the concept), in the table's column order.
    pub words: Vec<(&'static str, Vec<&'static str>)>,
}

/// Every concept of the lexicon, read from its table once.
pub fn concepts() -> &'static [Concept] {
    static CONCEPTS: OnceLock<Vec<Concept>> = OnceLock::new();
    CONCEPTS.get_or_init(|| parse(TABLE))
}

/// The concepts of a table; a row without a cell for a language has no words in it.
pub(super) fn parse(table: &'static str) -> Vec<Concept> {
    let mut rows = table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t'));
    let languages: Vec<&str> = rows.next().map(|h| h.skip(1).collect()).unwrap_or_default();
    rows.filter_map(|mut cells| {
        let name = cells.next()?.trim();
        let words = languages
            .iter()
            .zip(cells)
            .map(|(language, cell)| {
                let words = cell.split(',').map(str::trim).filter(|w| !w.is_empty());
                (*language, words.collect())
            })
            .collect();
        Some(Concept { name, words })
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_concept_has_words_in_every_language_of_the_table() {
        let header = TABLE.lines().find(|l| !l.starts_with('#')).unwrap();
        let languages: Vec<&str> = header.split('\t').skip(1).collect();
        assert_eq!(languages, ["en", "ru", "de", "fr", "nl"]);
        for language in &languages {
            assert!(super::super::language(language).is_some_and(|l| l.stemmer.is_some()));
        }
        let concepts = concepts();
        assert!(concepts.len() > 80);
        for concept in concepts {
            assert_eq!(concept.words.len(), languages.len(), "{}", concept.name);
            for (language, words) in &concept.words {
                assert!(!words.is_empty(), "{} has no {language} word", concept.name);
                assert!(words.iter().all(|w| !w.contains(' ')), "{}", concept.name);
            }
        }
    }

    #[test]
    fn a_short_row_has_no_words_in_the_missing_languages() {
        let concepts = parse("concept\ten\tfr\nattack\tattack, assault\n");
        assert_eq!(concepts[0].name, "attack");
        assert_eq!(concepts[0].words, [("en", vec!["attack", "assault"])]);
    }
}
