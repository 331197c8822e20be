//! Splits text into words with their byte offsets.
//!
//! The recogniser reasons in words ("Article", "4", "of", "the", "UN", "Charter") and in what
//! lies between them (the "." after "Art", the "(" before a paragraph number, the hyphen in
//! "UN-Charta"). Working on words rather than characters gives word boundaries for free, so
//! "Article 51" is never found inside a longer word, and keeps every rule a bounded look at a few
//! neighbouring words, so recognition stays linear in the length of the text. Offsets always
//! point into the original text, so they stay on character boundaries whatever case folding does
//! to the word itself.

use super::keys;

/// One word: a maximal run of letters, digits and combining marks, or an initialism such as
/// "U.N." (kept as one word so that "U.N. Charter" and "UN Charter" read alike).
#[derive(Debug, Clone)]
struct Word {
    start: usize,
    end: usize,
    /// Folded (see [`keys::fold`]); what the vocabulary lists are compared with.
    lower: String,
    /// Stemmed (see [`keys::stem`]); what catalog names and glossary forms are compared with.
    key: String,
}

/// A text and its words, indexed from 0.
pub(super) struct Words<'t> {
    text: &'t str,
    words: Vec<Word>,
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Self {
        let words = merge_initialisms(text, &crate::text::word_runs(text))
            .into_iter()
            .map(|(start, end)| {
                let lower = keys::fold(&text[start..end]);
                let key = keys::stem(&lower).to_owned();
                Word {
                    start,
                    end,
                    lower,
                    key,
                }
            })
            .collect();
        Self { text, words }
    }

    pub fn text(&self) -> &'t str {
        self.text
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn start(&self, i: usize) -> usize {
        self.words[i].start
    }

    pub fn end(&self, i: usize) -> usize {
        self.words[i].end
    }

    /// The word as written.
    pub fn raw(&self, i: usize) -> &'t str {
        &self.text[self.words[i].start..self.words[i].end]
    }

    pub fn lower(&self, i: usize) -> &str {
        &self.words[i].lower
    }

    pub fn key(&self, i: usize) -> &str {
        &self.words[i].key
    }

    /// The text from byte offset `from` to the start of word `i`, if word `i` exists and starts
    /// at or after `from`.
    pub fn gap(&self, from: usize, i: usize) -> Option<&'t str> {
        let word = self.words.get(i)?;
        (from <= word.start).then(|| &self.text[from..word.start])
    }

    /// The text between word `i` and the next word (or the end of the text).
    pub fn after(&self, i: usize) -> &'t str {
        let to = self.words.get(i + 1).map_or(self.text.len(), |w| w.start);
        &self.text[self.words[i].end..to]
    }

    /// Whether word `i` exists and only whitespace separates it from byte offset `from`.
    pub fn blank_gap(&self, from: usize, i: usize) -> bool {
        self.gap(from, i).is_some_and(is_blank)
    }

    /// Whether word `i` exists and is joined to byte offset `from` by whitespace, hyphens or
    /// apostrophes only, as the words of one noun phrase are ("NATO's founding treaty").
    pub fn light_gap(&self, from: usize, i: usize) -> bool {
        self.gap(from, i).is_some_and(is_light)
    }

    /// Index of the first word that starts at or after byte offset `offset`.
    pub fn first_from(&self, offset: usize) -> usize {
        self.words.partition_point(|w| w.start < offset)
    }
}

/// Whether `s` is only whitespace (including no-break spaces).
pub(super) fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// Whether `s` is only whitespace, hyphens, dashes used as hyphens and apostrophes.
pub(super) fn is_light(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_joiner(c))
}

/// Hyphens, the en dash (as in "Russia–DPRK") and apostrophes: characters that join the words
/// of one name and that typography varies freely.
pub(super) fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{00AD}'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2212}'
            | '\''
            | '\u{2018}'
            | '\u{2019}'
            | '\u{02BC}'
    )
}

/// Whether `s` is a single apostrophe, as in "NATO's".
pub(super) fn is_apostrophe(s: &str) -> bool {
    matches!(s, "'" | "\u{2019}" | "\u{02BC}")
}

/// Whether the separator `text_gap` found in a text can stand for `name_gap` in a name:
/// whitespace, hyphens and apostrophes are interchangeable ("UN-Charta", "UN Charta"), anything
/// else (a comma in "Treaty of Friendship, Co-operation …") must be the same.
pub(super) fn gaps_agree(text_gap: &str, name_gap: &str) -> bool {
    (is_light(text_gap) && is_light(name_gap)) || text_gap.trim() == name_gap.trim()
}

fn is_single_letter(text: &str, (start, end): (usize, usize)) -> bool {
    let mut chars = text[start..end].chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// Joins runs like "U", "N" of "U.N." into one range "U.N." (trailing dot included), so that the
/// initialism is one word.
fn merge_initialisms(text: &str, runs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let dotted = |r: (usize, usize)| is_single_letter(text, r) && text[r.1..].starts_with('.');
    let mut out = Vec::with_capacity(runs.len());
    let mut k = 0;
    while k < runs.len() {
        let mut last = k;
        while last + 1 < runs.len()
            && dotted(runs[last])
            && runs[last + 1].0 == runs[last].1 + 1
            && is_single_letter(text, runs[last + 1])
        {
            last += 1;
        }
        if last > k {
            let mut end = runs[last].1;
            if text[end..].starts_with('.') {
                end += 1;
            }
            out.push((runs[k].0, end));
        } else {
            out.push(runs[k]);
        }
        k = last + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raws<'t>(w: &Words<'t>) -> Vec<&'t str> {
        (0..w.len()).map(|i| w.raw(i)).collect()
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let w = Words::new("Art. 4(2) of the UN-Charta, «статьи» 51");
        assert_eq!(
            raws(&w),
            ["Art", "4", "2", "of", "the", "UN", "Charta", "статьи", "51"]
        );
        assert_eq!(w.gap(w.end(0), 1), Some(". "));
        assert_eq!(w.after(1), "(");
        assert_eq!(w.after(8), "");
    }

    #[test]
    fn initialisms_are_one_word() {
        let w = Words::new("the U.N. Charter and U.S.-Russia");
        assert_eq!(
            raws(&w),
            ["the", "U.N.", "Charter", "and", "U.S.", "Russia"]
        );
        assert_eq!(w.lower(1), "un");
        assert_eq!(w.lower(4), "us");
    }

    #[test]
    fn an_abbreviation_with_a_spaced_dot_is_not_an_initialism() {
        let w = Words::new("п. 2 ст. 4");
        assert_eq!(raws(&w), ["п", "2", "ст", "4"]);
    }

    #[test]
    fn combining_marks_stay_inside_words() {
        let text = "Arti\u{0301}cle 4";
        let w = Words::new(text);
        assert_eq!(raws(&w), ["Arti\u{0301}cle", "4"]);
    }

    #[test]
    fn gaps_and_word_lookup() {
        let w = Words::new("a - b");
        assert!(w.light_gap(w.end(0), 1));
        assert!(!w.blank_gap(w.end(0), 1));
        assert_eq!(w.gap(w.end(1), 0), None);
        assert_eq!(w.first_from(1), 1);
        assert_eq!(w.first_from(5), 2);
    }

    #[test]
    fn name_separators_agree_loosely() {
        assert!(gaps_agree(" ", "-"));
        assert!(gaps_agree("\u{2013}", " "));
        assert!(gaps_agree(", ", ","));
        assert!(!gaps_agree(", ", " "));
        assert!(is_apostrophe("\u{2019}"));
    }
}
