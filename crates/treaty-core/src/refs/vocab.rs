//! The words the reference grammar is built from, asked of the language layer
//! ([`crate::languages::ReferenceWords`]), which holds each language's lists: supporting another
//! phrasing ("Absatzes", "частью", "alinéa") is a change to a list, not to the rules.

use super::keys::stem;
use crate::languages::{is_reference_word, reference_words};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The words for "article" are the language layer's ([`crate::languages::article_word`]).
pub(super) use crate::languages::article_word;

/// Whether `lower` introduces a paragraph number: `Some(true)` for abbreviations that need their
/// dot ("para.", "Abs.", "п."), `Some(false)` for full words.
pub(super) fn paragraph_word(lower: &str) -> Option<bool> {
    if is_reference_word(lower, |r| r.paragraph) {
        Some(false)
    } else if is_reference_word(lower, |r| r.paragraph_abbreviations) {
        Some(true)
    } else {
        None
    }
}

/// Words joining an article number to the instrument it belongs to ("of", "der", "des", "de").
pub(super) fn is_connector(lower: &str) -> bool {
    is_reference_word(lower, |r| r.connectors)
}

/// Articles before an instrument's name, skipped when matching names.
pub(super) fn is_determiner(lower: &str) -> bool {
    is_reference_word(lower, |r| r.determiners)
}

/// Possessive determiners before "treaty's" in "the treaty's fourth article".
pub(super) fn is_possessive_determiner(lower: &str) -> bool {
    is_reference_word(lower, |r| r.possessive_determiners)
}

/// Words that make an instrument noun mean the text's own document ("this Treaty", "the present
/// Charter", "настоящего Договора", "dieses Vertrags").
/// Pronouns by which an instrument named before owns an article ("in its Article 1").
pub(super) fn is_possessive_pronoun(lower: &str) -> bool {
    is_reference_word(lower, |r| r.possessive_pronouns)
}

pub(super) fn is_self_marker(lower: &str) -> bool {
    is_reference_word(lower, |r| r.self_markers)
}

/// Modifiers that leave an instrument noun as unqualified as it was: "the new treaty", "the
/// signed document" are the text's own subject just as "the treaty" is.
pub(super) fn is_neutral(lower: &str) -> bool {
    is_reference_word(lower, |r| r.neutral)
}

/// Words that end a noun phrase before any instrument noun is reached: verbs and relative
/// pronouns ("Article 4 of Chapter II is …").
pub(super) fn is_stop(lower: &str) -> bool {
    is_reference_word(lower, |r| r.stops)
}

/// Words that continue a list of article numbers ("3 and 4", "3 to 5", "3 bis 5", "3 по 5").
pub(super) fn is_list_word(lower: &str) -> bool {
    is_reference_word(lower, |r| r.list_words)
}

/// Separators of a range of article numbers ("3-5", "3–5").
pub(super) fn is_range_dash(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}" | "\u{2013}" | "\u{2014}")
}

/// Month names, so that "Articles 3 and 4 April" does not read "4" as an article. (English
/// "May" is left out: "Articles 3 and 4 may apply" is the commoner reading.)
pub(super) fn is_month(lower: &str) -> bool {
    is_reference_word(lower, |r| r.months)
}

/// English weekday names ("the treaty on Monday").
pub(super) fn is_weekday(lower: &str) -> bool {
    is_reference_word(lower, |r| r.weekdays)
}

/// Words after a year in Russian ("1961 года", "1961 г.").
pub(super) fn is_year_word(lower: &str) -> bool {
    is_reference_word(lower, |r| r.year_words)
}

/// Prepositions after an instrument noun that make it name one particular instrument: "the
/// treaty of 1961", "the treaty between …", "договора о дружбе", "des Vertrags vom 11. Juli".
pub(super) fn is_qualifying_preposition(lower: &str) -> bool {
    is_reference_word(lower, |r| r.qualifying_prepositions)
}

/// Prepositions that a year may follow ("of 1961", "von 1961", "от … 1961 года").
pub(super) fn is_year_preposition(lower: &str) -> bool {
    is_reference_word(lower, |r| r.year_prepositions)
}

/// Whether `lower` looks like a Russian adjective in the genitive ("настоящего", "советского",
/// "Объединенных"): what may stand between an article number and a genitive noun.
pub(super) fn is_genitive_modifier(lower: &str) -> bool {
    reference_words(|r| r.genitive_endings).any(|e| lower.ends_with(e))
}

/// What an instrument noun ("treaty", "Устава", "Partnerschaftsvertrags") says by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Noun {
    /// A kind of instrument that is not the usual subject of a news text ("Charter",
    /// "Protocol", "Constitution"), as opposed to the generic "treaty", "agreement", "document".
    pub specific: bool,
    /// A German compound ("Partnerschaftsvertrag") that carries its own qualifier.
    pub compound: bool,
}

/// Stems of the instrument nouns, and whether each is specific.
fn noun_stems() -> &'static HashMap<String, bool> {
    static STEMS: OnceLock<HashMap<String, bool>> = OnceLock::new();
    STEMS.get_or_init(|| {
        let generic = reference_words(|r| r.generic_nouns).map(|n| (stem(n).to_owned(), false));
        let specific = reference_words(|r| r.specific_nouns).map(|n| (stem(n).to_owned(), true));
        generic.chain(specific).collect()
    })
}

/// The instrument noun a word is, given its key and its folded form.
pub(super) fn noun(key: &str, lower: &str) -> Option<Noun> {
    if let Some(&specific) = noun_stems().get(key) {
        return Some(Noun {
            specific,
            compound: false,
        });
    }
    reference_words(|r| r.compound_heads)
        .any(|h| lower.len() > h.len() && lower.ends_with(h))
        .then_some(Noun {
            specific: true,
            compound: true,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::keys::fold;

    fn noun_of(word: &str) -> Option<Noun> {
        let lower = fold(word);
        noun(stem(&lower), &lower)
    }

    #[test]
    fn instrument_nouns_in_any_case_form() {
        for word in [
            "treaty",
            "Treaty",
            "Vertrags",
            "Vertrages",
            "договора",
            "соглашения",
            "документа",
        ] {
            let n = noun_of(word).unwrap_or_else(|| panic!("{word}"));
            assert!(!n.specific && !n.compound, "{word}");
        }
        for word in ["Charter", "Charta", "Устава", "Конвенции", "Protocol"] {
            assert_eq!(noun_of(word).map(|n| n.specific), Some(true), "{word}");
        }
    }

    #[test]
    fn german_compounds_are_qualified_nouns() {
        let n = noun_of("Partnerschaftsvertrags").unwrap();
        assert!(n.compound);
        assert!(noun_of("Vertragsparteien").is_none());
        assert!(noun_of("treatment").is_none());
    }

    #[test]
    fn article_words() {
        assert_eq!(paragraph_word("п"), Some(true));
        assert_eq!(paragraph_word("пункт"), Some(false));
    }
}
