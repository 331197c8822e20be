//! Anchoring quotes in article text: approximate string matching that tolerates the edits a
//! news outlet makes (a changed word, a dropped clause, its own typography), after Hypothesis's
//! `approx-string-match` and `match-quote`.
//!
//! [`search`] is the matcher: Myers' bit-parallel algorithm finds where matches with the fewest
//! errors end, and the same algorithm on the reversed pattern and text finds where each begins.
//! [`anchor_quote`] normalises typography away, searches every paragraph of an article and
//! scores the best place; [`selectors()`] turns that place into W3C Web Annotation selectors.

mod myers;
mod normalise;
mod quote;
mod selectors;

pub use normalise::{normalise_for_matching, original_span};
pub use quote::{anchor_quote, Found};
pub use selectors::selectors;

use myers::Pattern;

/// An approximate match of a pattern in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// UTF-8 byte offset of the match's first character in the text.
    pub start: usize,
    /// UTF-8 byte offset just after its last character.
    pub end: usize,
    /// Edit distance (insertions, deletions, substitutions of characters) to the pattern.
    pub errors: usize,
}

/// Finds the matches of `pattern` in `text` with the fewest errors, if that number is at most
/// `max_errors`, comparing Unicode scalar values (no normalisation: see [`anchor_quote`]).
///
/// Every end position with the minimum error count is reported once, with the latest start
/// that keeps that count; a match that contains another reported match is dropped, so a match
/// never spreads over neighbouring characters it does not need (the fix for
/// `approx-string-match` issue #17). A match whose every pattern character is an error is no
/// match, and an empty pattern matches nowhere. Matches are in text order.
///
/// Cost: one pass over the text per 64 pattern characters, then for each best end a pass over
/// the pattern's length (plus errors) of text before it.
pub fn search(text: &str, pattern: &str, max_errors: usize) -> Vec<Match> {
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let text: Vec<char> = text.chars().collect();
    let pattern: Vec<char> = pattern.chars().collect();
    search_chars(&text, &pattern, max_errors)
        .into_iter()
        .map(|m| Match {
            start: offsets[m.start],
            end: offsets[m.end],
            errors: m.errors,
        })
        .collect()
}

/// A match in character indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CharMatch {
    start: usize,
    end: usize,
    errors: usize,
}

/// [`search`] on characters.
fn search_chars(text: &[char], pattern: &[char], max_errors: usize) -> Vec<CharMatch> {
    if pattern.is_empty() {
        return Vec::new();
    }
    let scores = myers::scan(&Pattern::new(pattern), text, false).scores;
    let Some(best) = least_errors(&scores, pattern.len(), max_errors) else {
        return Vec::new();
    };
    let reversed = reversed(pattern);
    let matches = scores
        .iter()
        .enumerate()
        .skip(1)
        .filter(|&(_, &s)| s == best)
        .map(|(end, _)| CharMatch {
            start: myers::match_start(&reversed, text, end, best),
            end,
            errors: best,
        });
    tightest(matches)
}

/// The fewest errors of any match, from the last row of a free-start scan (`scores[0]`, the
/// empty text, is no match), if it is at most `max_errors` and less than the pattern's length
/// (a match where every character is an error is no match).
fn least_errors(scores: &[usize], pattern_len: usize, max_errors: usize) -> Option<usize> {
    scores
        .iter()
        .skip(1)
        .copied()
        .min()
        .filter(|&best| best <= max_errors && best < pattern_len)
}

/// The pattern reversed, prepared for finding where matches start.
fn reversed(pattern: &[char]) -> Pattern {
    let reversed: Vec<char> = pattern.iter().rev().copied().collect();
    Pattern::new(&reversed)
}

/// Drops every match that contains another. Matches come in ascending order of their (distinct)
/// ends, so a match contains an earlier one exactly when it starts no later than the latest
/// start seen so far.
fn tightest(matches: impl Iterator<Item = CharMatch>) -> Vec<CharMatch> {
    let mut kept: Vec<CharMatch> = Vec::new();
    let mut latest_start: Option<usize> = None;
    for m in matches {
        if latest_start.is_none_or(|s| m.start > s) {
            kept.push(m);
        }
        latest_start = Some(latest_start.map_or(m.start, |s| s.max(m.start)));
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_an_exact_match_in_bytes() {
        let text = "Étude: the other side shall provide";
        let found = search(text, "other side", 0);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], "other side");
        assert_eq!(found[0].errors, 0);
    }

    #[test]
    fn reports_only_the_tightest_span() {
        let found = search("before quote after", "...quote...", 6);
        assert_eq!(
            found,
            vec![Match {
                start: 7,
                end: 12,
                errors: 6
            }]
        );
    }

    #[test]
    fn reports_every_best_place() {
        let found = search("war and war and wax", "war", 1);
        let spans: Vec<_> = found.iter().map(|m| (m.start, m.end, m.errors)).collect();
        assert_eq!(spans, vec![(0, 3, 0), (8, 11, 0)]);
    }

    #[test]
    fn counts_edits_in_characters_not_bytes() {
        let found = search("право на самооборону", "самоаборону", 2);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].errors, 1);
    }

    #[test]
    fn handles_patterns_longer_than_a_machine_word() {
        let sentence = "In case any one of the two sides is put in a state of war by an armed \
                        invasion from an individual state or several states";
        let text = format!("Article 4\n{sentence}, the other side shall provide");
        let edited = sentence.replace("armed", "armd").replace("several", "many");
        let found = search(&text, &edited, 20);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], sentence);
        assert_eq!(found[0].errors, 8);
    }

    #[test]
    fn finds_nothing_for_empty_or_hopeless_patterns() {
        assert!(search("text", "", 3).is_empty());
        assert!(search("", "abc", 3).is_empty());
        assert!(search("xyz", "abc", 3).is_empty());
        assert!(search("abcdef", "uvwxyz", 2).is_empty());
    }
}
