//! Article and paragraph numbers as texts write them: in figures ("4", "16bis"), in Roman
//! numerals ("II"), spelled out ("Article six") or as an ordinal ("the fourth article").
//!
//! Figures and Roman numerals are kept as written, because that is how the document numbers its
//! articles; spelled-out numbers become figures, because no document numbers its articles "six".

use super::scan::{is_blank, is_joiner, Words};
use crate::languages::{english_numbers, number_words, NumberWords};
use crate::numbering::roman_value;

/// Longest article number in figures. Longer digit runs are figures of something else (sums,
/// phone numbers, "Article 99999999999999999999"), not article numbers.
const MAX_ARTICLE_DIGITS: usize = 4;
/// Longest paragraph number in figures.
const MAX_PARAGRAPH_DIGITS: usize = 3;

/// `raw` if it is an article number in figures ("4", "4a", "16bis") or in upper-case Roman
/// numerals ("II").
pub(super) fn figures(raw: &str) -> Option<&str> {
    let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        let roman = raw.chars().all(|c| "IVXLCDM".contains(c)) && roman_value(raw).is_some();
        return roman.then_some(raw);
    }
    let suffix = &raw[digits..];
    let suffix_ok = suffix.is_empty()
        || (suffix.len() == 1 && suffix.bytes().all(|b| b.is_ascii_lowercase()))
        || matches!(suffix, "bis" | "ter" | "quater");
    (digits <= MAX_ARTICLE_DIGITS && suffix_ok).then_some(raw)
}

/// Whether `raw` is a paragraph number in figures.
pub(super) fn is_paragraph(raw: &str) -> bool {
    (1..=MAX_PARAGRAPH_DIGITS).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `raw` looks like a year ("1961", "2024").
pub(super) fn is_year(raw: &str) -> bool {
    raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && matches!(raw.as_bytes()[0], b'1' | b'2')
}

/// A cardinal from one to ninety-nine in any language of the layer starting at word `i` ("six",
/// "sieben", "sept", "twenty-one"): its value and the index of its last word ("twenty-one" is
/// two words).
pub(super) fn cardinal(w: &Words, i: usize) -> Option<(u32, usize)> {
    number_words().find_map(|n| cardinal_in(n, w, i))
}

fn cardinal_in(n: &NumberWords, w: &Words, i: usize) -> Option<(u32, usize)> {
    if let Some(v) = position(n.units, w.lower(i)) {
        return Some((v, i));
    }
    let tens = 10 * (position(n.tens, w.lower(i))? + 1);
    match unit_after(w, i, n.units) {
        Some(unit) => Some((tens + unit, i + 1)),
        None => Some((tens, i)),
    }
}

/// An English ordinal from first to ninety-ninth ("fourth", "twenty-first", "4th") starting at
/// word `i`: its value and the index of its last word.
pub(super) fn ordinal(w: &Words, i: usize) -> Option<(u32, usize)> {
    let lower = w.lower(i);
    if let Some(v) = position(english_numbers().ordinal_units, lower) {
        return Some((v, i));
    }
    if let Some(t) = position(english_numbers().ordinal_tens, lower) {
        return Some((10 * (t + 1), i));
    }
    if let Some(t) = position(english_numbers().tens, lower) {
        let unit = unit_after(w, i, english_numbers().ordinal_units).filter(|u| *u <= 9)?;
        return Some((10 * (t + 1) + unit, i + 1));
    }
    let digits = lower.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &lower[digits..];
    let value = lower[..digits]
        .parse::<u32>()
        .ok()
        .filter(|_| digits <= 3)?;
    matches!(suffix, "st" | "nd" | "rd" | "th").then_some((value, i))
}

/// 1-based position of `word` in `list`.
fn position(list: &[&str], word: &str) -> Option<u32> {
    let index = list.iter().position(|w| *w == word)?;
    u32::try_from(index + 1).ok()
}

/// The unit (1–9) of `list` that follows the tens word `i` after a hyphen or a space.
fn unit_after(w: &Words, i: usize, list: &[&str]) -> Option<u32> {
    let gap = w.gap(w.end(i), i + 1)?;
    let joined = is_blank(gap) || (gap.chars().count() == 1 && gap.chars().all(is_joiner));
    position(list, w.lower(i + 1)).filter(|u| joined && *u <= 9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_and_roman_numerals_are_kept_as_written() {
        assert_eq!(figures("4"), Some("4"));
        assert_eq!(figures("51"), Some("51"));
        assert_eq!(figures("16bis"), Some("16bis"));
        assert_eq!(figures("4a"), Some("4a"));
        assert_eq!(figures("II"), Some("II"));
        assert_eq!(figures("XIX"), Some("XIX"));
    }

    #[test]
    fn other_words_are_not_article_numbers() {
        for raw in [
            "99999999999999999999",
            "12345",
            "ii",
            "IIII",
            "4th",
            "4AB",
            "",
            "Charter",
        ] {
            assert_eq!(figures(raw), None, "{raw}");
        }
    }

    #[test]
    fn paragraphs_and_years() {
        assert!(is_paragraph("2"));
        assert!(!is_paragraph("2024"));
        assert!(!is_paragraph("2a"));
        assert!(is_year("1961"));
        assert!(!is_year("51"));
        assert!(!is_year("0961"));
    }

    #[test]
    fn spelled_cardinals() {
        let w = Words::new("six twenty-one forty two ninety");
        assert_eq!(cardinal(&w, 0), Some((6, 0)));
        assert_eq!(cardinal(&w, 1), Some((21, 2)));
        assert_eq!(cardinal(&w, 3), Some((42, 4)));
        assert_eq!(cardinal(&w, 5), Some((90, 5)));
        assert_eq!(cardinal(&Words::new("sixth"), 0), None);
        assert_eq!(cardinal(&Words::new("sieben"), 0), Some((7, 0)));
        assert_eq!(cardinal(&Words::new("sept"), 0), Some((7, 0)));
    }

    #[test]
    fn ordinals() {
        let w = Words::new("fourth twentieth twenty-first 4th 22nd 4x");
        assert_eq!(ordinal(&w, 0), Some((4, 0)));
        assert_eq!(ordinal(&w, 1), Some((20, 1)));
        assert_eq!(ordinal(&w, 2), Some((21, 3)));
        assert_eq!(ordinal(&w, 4), Some((4, 4)));
        assert_eq!(ordinal(&w, 5), Some((22, 5)));
        assert_eq!(ordinal(&w, 6), None);
        assert_eq!(ordinal(&Words::new("twenty"), 0), None);
    }
}
