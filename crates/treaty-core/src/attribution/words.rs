//! Words of a text with their byte offsets, folded for comparison.
//!
//! Extraction reads cues word by word ("the treaty states that", "В пункте 4 … говорится") and
//! attribution compares words, so both need the same notion of a word: a maximal run of letters
//! and digits, with initialisms such as "U.N." kept whole so that they read like "UN". Offsets
//! always point into the original text, so spans built from words stay on character boundaries
//! whatever case folding does to the word.

use crate::text::word_runs;

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    /// Lower-cased, "ё" read as "е", combining marks and initialism dots dropped.
    pub lower: String,
}

/// The words of `text`, in order.
pub(crate) fn words(text: &str) -> Vec<Word> {
    merge_initialisms(text, word_runs(text))
        .into_iter()
        .map(|(start, end)| Word {
            start,
            end,
            lower: fold(&text[start..end]),
        })
        .collect()
}

/// The words of `text[from..to]`, with offsets into `text`. An out-of-range or mid-character
/// range gives no words rather than a panic.
pub(crate) fn words_in(text: &str, from: usize, to: usize) -> Vec<Word> {
    match text.get(from..to) {
        Some(part) => words(part)
            .into_iter()
            .map(|w| Word {
                start: w.start + from,
                end: w.end + from,
                lower: w.lower,
            })
            .collect(),
        None => Vec::new(),
    }
}

pub(crate) use crate::text::{fold, is_cyrillic};

/// Whether a word starts with a capital letter (a name, or any German noun).
pub(crate) fn is_capitalised(text: &str, word: &Word) -> bool {
    text.get(word.start..word.end)
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Joins single letters separated by dots ("U.N.", "U.S.") into one word.
fn merge_initialisms(text: &str, runs: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let single = |r: &(usize, usize)| text[r.0..r.1].chars().count() == 1;
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
    let mut joinable = false;
    for r in runs {
        let prev = out.last().copied();
        match prev {
            Some(p) if joinable && single(&r) && &text[p.1..r.0] == "." => {
                if let Some(last) = out.last_mut() {
                    last.1 = r.1;
                }
            }
            _ => {
                joinable = single(&r);
                out.push(r);
            }
        }
    }
    out
}

/// Relative pronouns: a clause they open describes the word before it ("the treaty, which
/// says …"), so it neither ends a cue nor names a speaker.
pub(crate) fn is_relative(w: &str) -> bool {
    crate::languages::is_cue(w, |c| &c.relatives)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowers(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.lower).collect()
    }

    #[test]
    fn words_are_folded_and_initialisms_kept_whole() {
        assert_eq!(
            lowers("The U.N. Charter’s Article 51"),
            ["the", "un", "charter", "s", "article", "51"]
        );
        assert_eq!(lowers("Объединённых Наций"), ["объединенных", "наций"]);
        assert_eq!(lowers("Kim Jong-Un"), ["kim", "jong", "un"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "«Военная помощь»";
        for w in words(text) {
            assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
        }
        let inner = words_in(text, 2, text.len());
        assert_eq!(inner[0].start, 2);
        assert!(words_in(text, 1, 3).is_empty());
    }
}
