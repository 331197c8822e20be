//! Comparison keys for words, so that an instrument name or a glossary form is found however the
//! text inflects or spells it.
//!
//! Russian and German texts name instruments in the genitive ("статьей 51 Устава ООН" for
//! "Устав ООН", "Artikel 1 des Vertrags" for "Vertrag"), and bundles cannot list every case form
//! of every name. Instead each word is reduced to a key: lower-cased, with "ё" read as "е",
//! combining marks (stress accents, decomposed diacritics) dropped and one common inflectional
//! ending removed. The stemming is deliberately crude: it only has to make the forms of one word
//! agree with each other, and names are compared as whole sequences of words, so a crude stem
//! rarely makes two different names agree.

/// Stems shorter than this are left whole, so short words ("the", "мер") keep their identity.
const MIN_STEM_CHARS: usize = 3;

use crate::languages::{self, Script};
pub(super) use crate::text::{fold, is_cyrillic};
use std::sync::OnceLock;

/// `folded` (see [`fold`]) without its inflectional ending, if it has one.
pub(super) fn stem(folded: &str) -> &str {
    let endings = match folded.chars().last() {
        Some(c) if is_cyrillic(c) => endings(Script::Cyrillic),
        Some(c) if c.is_alphabetic() && u32::from(c) < 0x250 => endings(Script::Latin),
        _ => return folded,
    };
    endings
        .iter()
        .filter_map(|e| folded.strip_suffix(e))
        .find(|s| s.chars().count() >= MIN_STEM_CHARS)
        .unwrap_or(folded)
}

/// The name endings of every language written in `script`, longest first (of two endings of
/// one length only one can end a word, so their order does not matter).
fn endings(script: Script) -> &'static [&'static str] {
    static CYRILLIC: OnceLock<Vec<&'static str>> = OnceLock::new();
    static LATIN: OnceLock<Vec<&'static str>> = OnceLock::new();
    let cell = if script == Script::Cyrillic {
        &CYRILLIC
    } else {
        &LATIN
    };
    cell.get_or_init(|| {
        let mut endings: Vec<&str> = Vec::new();
        let written = languages::all().iter().filter(|l| l.script == script);
        for ending in written.flat_map(|l| l.references.name_endings) {
            if !endings.contains(ending) {
                endings.push(ending);
            }
        }
        endings.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
        endings
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(word: &str) -> String {
        stem(&fold(word)).to_owned()
    }

    #[test]
    fn russian_case_forms_share_a_key() {
        for form in ["Устав", "Устава", "Уставом", "Уставе", "Уставу"]
        {
            assert_eq!(key(form), "устав", "{form}");
        }
        assert_eq!(key("Организации"), key("Организация"));
        assert_eq!(key("Объединённых"), key("Объединенных"));
        assert_eq!(key("договора"), key("договор"));
        assert_eq!(key("соглашения"), key("соглашение"));
        assert_eq!(key("мерами"), key("меры"));
        assert_eq!(key("мер"), "мер");
    }

    #[test]
    fn german_and_english_forms_share_a_key() {
        assert_eq!(key("Vertrags"), key("Vertrag"));
        assert_eq!(key("Vertrages"), key("Vertrag"));
        assert_eq!(key("Abkommens"), key("Abkommen"));
        assert_eq!(key("Nationen"), key("Nations"));
        assert_eq!(key("Nation"), key("Nations"));
        assert_eq!(key("measures"), key("measure"));
    }

    #[test]
    fn short_words_and_numbers_are_kept_whole() {
        assert_eq!(key("the"), "the");
        assert_eq!(key("UN"), "un");
        assert_eq!(key("ООН"), "оон");
        assert_eq!(key("1961"), "1961");
    }

    #[test]
    fn folding_drops_stress_marks_and_dots() {
        assert_eq!(fold("Ста\u{0301}тья"), "статья");
        assert_eq!(fold("Статьёй"), "статьей");
        assert_eq!(fold("U.N."), "un");
    }
}
