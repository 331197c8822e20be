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
mod text;

pub use normalise::{normalise_for_matching, original_span};
pub use quote::{anchor_quote, Found, PreparedText};
pub use selectors::selectors;

use myers::{match_start, Band, Pattern};
use text::{fill, Alphabet};

/// Characters read into symbols at a time by [`search`].
const CHUNK: usize = 1024;

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
/// Cost: one pass over the text, computing only the 64-character blocks of the pattern that
/// can still be within the best error count found so far, then for each best end a pass over
/// the pattern's length (plus errors) of text before it. The text is read in place, a chunk at
/// a time mapped to the pattern's alphabet.
pub fn search(text: &str, pattern: &str, max_errors: usize) -> Vec<Match> {
    let chars: Vec<char> = pattern.chars().collect();
    // A match where every character is an error is no match.
    let Some(limit) = chars.len().checked_sub(1).map(|l| l.min(max_errors)) else {
        return Vec::new();
    };
    let mut alphabet = Alphabet::default();
    let rows: Vec<u32> = chars.iter().map(|&c| alphabet.add(u32::from(c))).collect();
    let prepared = Pattern::new(&rows, alphabet.symbols());
    let bytes = text.as_bytes();
    let mut band = Band::new(&prepared);
    let mut k = limit as i32;
    band.reset(k);
    let mut errors = None;
    let mut ends = Vec::new();
    let mut symbols = vec![0u32; CHUNK];
    let mut after = vec![0usize; CHUNK];
    let mut at = 0;
    while at < bytes.len() {
        let (n, next) = fill(bytes, at, &alphabet, &mut symbols, &mut after);
        at = next;
        let (symbols, after) = (&symbols[..n], &after[..n]);
        let mut i = 0;
        while i < n {
            i += band.skip(&symbols[i..], k);
            if i == n {
                break;
            }
            let score = band.step(prepared.masks(symbols[i]), k);
            i += 1;
            if score <= k {
                if errors != Some(score) {
                    ends.clear();
                    errors = Some(score);
                }
                ends.push(after[i - 1]);
                k = score;
            }
        }
    }
    let Some(errors) = errors.map(|e| e as usize) else {
        return Vec::new();
    };
    let reversed = Pattern::new(
        &rows.iter().rev().copied().collect::<Vec<_>>(),
        alphabet.symbols(),
    );
    let span = chars.len() + errors;
    let mut window: Vec<(usize, u32)> = Vec::with_capacity(span);
    let mut window_symbols: Vec<u32> = Vec::with_capacity(span);
    let matches = ends.into_iter().map(|end| {
        window.clear();
        window.extend(
            text[..end]
                .char_indices()
                .rev()
                .take(span)
                .map(|(i, c)| (i, u32::from(c))),
        );
        window_symbols.clear();
        window_symbols.extend(window.iter().map(|&(_, c)| alphabet.get(c)));
        let back = match_start(&reversed, &window_symbols, errors);
        Match {
            start: back.checked_sub(1).map_or(end, |i| window[i].0),
            end,
            errors,
        }
    });
    tightest(matches)
}

/// Drops every match that contains another. Matches come in ascending order of their (distinct)
/// ends, so a match contains an earlier one exactly when it starts no later than the latest
/// start seen so far.
fn tightest(matches: impl Iterator<Item = Match>) -> Vec<Match> {
    let mut kept: Vec<Match> = Vec::new();
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
