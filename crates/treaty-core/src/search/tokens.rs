//! Words of a text as the index holds them: where each lies in the original text (for snippets
//! and highlighting), folded, and stemmed in the text's language.

use super::fold::fold;
use crate::languages::{self, Algorithm};
use rust_stemmers::Stemmer;

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the original text, on character boundaries.
    pub start: usize,
    pub end: usize,
    /// The word folded (see [`fold`]).
    pub folded: String,
    /// What the index holds: the folded word stemmed in the text's language, or the folded word
    /// where the language has no stemmer.
    pub term: String,
}

/// The stemmer of a language tag ("ru", "de-CH"), if the registry has one.
pub fn stemmer_of(language: &str) -> Option<Algorithm> {
    languages::language(language).and_then(|l| l.stemmer)
}

/// Every stemmer the registry knows, once each: a query's language is unknown, so its words are
/// stemmed in all of them.
pub fn all_stemmers() -> Vec<Algorithm> {
    let mut out: Vec<Algorithm> = Vec::new();
    for algorithm in languages::all().iter().filter_map(|l| l.stemmer) {
        if !out.iter().any(|a| same(*a, algorithm)) {
            out.push(algorithm);
        }
    }
    out
}

/// `Algorithm` has no `PartialEq`; its variants carry no data, so their discriminants compare.
fn same(a: Algorithm, b: Algorithm) -> bool {
    std::mem::discriminant(&a) == std::mem::discriminant(&b)
}

/// `folded` stemmed by `algorithm`. Numbers and words with digits are left whole: a stemmer
/// would only mangle "1961s".
pub fn stem(folded: &str, algorithm: Option<Algorithm>) -> String {
    match algorithm {
        Some(a) if folded.chars().all(char::is_alphabetic) => {
            Stemmer::create(a).stem(folded).into_owned()
        }
        _ => folded.to_owned(),
    }
}

/// The words of `text`, in the language tagged `language`.
pub fn tokens(text: &str, language: &str) -> Vec<Token> {
    let algorithm = stemmer_of(language);
    crate::text::word_runs(text)
        .into_iter()
        .filter_map(|(start, end)| {
            let folded = fold(&text[start..end]);
            // A run of combining marks alone folds to nothing: not a word.
            (!folded.is_empty()).then(|| Token {
                start,
                end,
                term: stem(&folded, algorithm),
                folded,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, language: &str) -> Vec<String> {
        tokens(text, language).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn tokens_keep_their_place_in_the_original_text() {
        let text = "Статья 51 — Straße";
        let found = tokens(text, "xx");
        let raw: Vec<&str> = found.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(raw, ["Статья", "51", "Straße"]);
        assert_eq!(found[2].folded, "strasse");
        assert_eq!(
            found[2].term, "strasse",
            "an unknown language is not stemmed"
        );
    }

    #[test]
    fn words_are_stemmed_in_their_language() {
        assert_eq!(terms("attacked", "en"), terms("attack", "en"));
        assert_eq!(
            terms("принудительные меры", "ru"),
            terms("принудительных мер", "ru")
        );
        assert_eq!(terms("Verträge", "de-CH"), terms("Vertrag", "de"));
        assert_eq!(terms("Maßnahmen", "de"), terms("Massnahme", "de"));
        assert_eq!(terms("51", "en"), ["51"]);
        assert_eq!(terms("attacked", "pl"), ["attacked"], "no Polish stemmer");
    }

    #[test]
    fn every_stemmer_is_listed_once() {
        let all = all_stemmers();
        assert!(all.len() >= 8);
        for (i, a) in all.iter().enumerate() {
            assert!(!all[i + 1..].iter().any(|b| same(*a, *b)));
        }
    }
}
