//! The best place for a news quote in an article's text.
//!
//! Like Hypothesis's `match-quote`, the quote is searched with up to half its length (at most
//! 256) in errors and a place is scored `1 - errors / quote length`. Unlike it there is no
//! context or position hint to weigh: a news source gives neither. What a quote adds that an
//! annotation does not is running past the text: the stored copy of an article may stop
//! ("[...]") where the quote goes on, so the part of the quote the text has is anchored alone.

use super::myers::{self, Pattern};
use super::normalise::{normalise_for_matching, original_span};
use super::{least_errors, reversed};

/// Below this score a place is not the quote. Half the quote in errors, `match-quote`'s limit,
/// is not enough here: unrelated sentences of 50 to 60 characters score up to 0.55 in the UN
/// Charter, and reworded reports of a provision 0.5 to 0.62 in its text, by the chance
/// alignment of common letters and words. A quote with a few words changed (0.9 in the tests)
/// or the same sentence in another translation (0.875) scores above it (`tests/anchor_real.rs`).
const MIN_SCORE: f32 = 0.7;

/// The most errors searched for, as in `match-quote`: beyond it a place is not worth finding.
const MAX_ERRORS: usize = 256;

/// The shortest quote prefix that anchors on its own: shorter overlaps with a paragraph's end
/// are coincidence too often to count (it is also the selectors' context length).
const MIN_COVERED: usize = 32;

/// Where a quote sits in an article's paragraphs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    /// Index of the paragraph.
    pub paragraph: usize,
    /// UTF-8 byte span of the matched text in that paragraph (character boundaries).
    pub start: usize,
    pub end: usize,
    /// Character edits between the covered part of the quote and the matched text, after
    /// normalisation (typography and case are not errors).
    pub errors: usize,
    /// `1 - errors / length of the covered part`, in 0..=1.
    pub score: f32,
    /// How many characters of the quote, from its beginning, the match accounts for: all of
    /// them, unless the paragraph ends (the stored text is cut off) where the quote goes on.
    pub covered: usize,
}

/// A candidate place, before mapping back to original offsets.
struct Place {
    paragraph: usize,
    start: usize,
    end: usize,
    errors: usize,
    /// Normalised quote characters accounted for.
    covered: usize,
}

impl Place {
    /// Quote characters matched rather than edited: what places are ranked by, so that the
    /// paragraph where the whole quote aligns best wins whether its place is the whole quote
    /// or a prefix (a prefix is only taken when it accounts for as much; see [`place`]).
    fn evidence(&self) -> usize {
        self.covered.saturating_sub(self.errors)
    }

    fn score(&self) -> f32 {
        if self.covered == 0 {
            return 0.0;
        }
        1.0 - self.errors as f32 / self.covered as f32
    }

    fn beats(&self, other: &Place) -> bool {
        (self.evidence(), self.score()) > (other.evidence(), other.score())
    }
}

/// Finds the best place for `quote` (without its quotation marks) among `paragraphs`.
///
/// Matching is on [`normalise_for_matching`] text, with leading and trailing space and
/// ellipses of the quote ignored. Each paragraph offers one place: its best whole-quote match
/// or, when the quote's beginning (at least 32 characters) lines up with the paragraph's end
/// and the rest has no counterpart, that beginning alone. Among the places scoring at least
/// 0.7, the one that accounts for the most quote characters wins, a tie going to the higher
/// score and then to the earlier paragraph. `None` when no place scores enough, or the quote
/// is empty.
pub fn anchor_quote(paragraphs: &[&str], quote: &str) -> Option<Found> {
    let (normal, quote_map) = normalise_for_matching(quote);
    let chars: Vec<char> = normal.chars().collect();
    let (from, to) = core(&chars);
    let pattern = &chars[from..to];
    if pattern.is_empty() {
        return None;
    }
    let max_errors = MAX_ERRORS.min(pattern.len() / 2);
    let prepared = Pattern::new(pattern);
    let mut best: Option<(Place, Vec<usize>)> = None;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let (text, map) = normalise_for_matching(paragraph);
        let text: Vec<char> = text.chars().collect();
        let Some(place) = place(index, &text, pattern, &prepared, max_errors) else {
            continue;
        };
        if place.score() >= MIN_SCORE && best.as_ref().is_none_or(|(b, _)| place.beats(b)) {
            best = Some((place, map));
        }
    }
    let (place, map) = best?;
    let (start, end) = original_span(paragraphs[place.paragraph], &map, place.start, place.end);
    let covered = if place.covered == pattern.len() {
        quote.chars().count()
    } else {
        let (_, quote_end) = original_span(quote, &quote_map, from, from + place.covered);
        quote[..quote_end].chars().count()
    };
    Some(Found {
        paragraph: place.paragraph,
        start,
        end,
        errors: place.errors,
        score: place.score(),
        covered,
    })
}

/// The best place in one paragraph: its best whole-quote match with at most `max_errors`
/// errors or, when the quote's best alignment is its beginning (at least [`MIN_COVERED`]
/// characters) at the paragraph's end with the rest unmatched, as when the stored text stops
/// where the quote goes on, the shortest such beginning alone. Such a prefix accounts for as
/// many quote characters as the whole quote's best alignment (one of which deletes the rest of
/// the quote) and no prefix can account for more, so it is taken on that tie, as the tighter
/// explanation with the higher score.
fn place(
    paragraph: usize,
    text: &[char],
    pattern: &[char],
    prepared: &Pattern,
    max_errors: usize,
) -> Option<Place> {
    let scan = myers::scan(prepared, text, false);
    let whole = scan.scores.iter().skip(1).copied().min()?;
    let distances = scan.prefix_distances(pattern.len());
    let prefix = (MIN_COVERED..pattern.len())
        .filter_map(|len| Some((len, *distances.get(len)?)))
        .filter(|&(len, errors)| len.saturating_sub(errors) >= pattern.len().saturating_sub(whole))
        .min_by_key(|&(len, _)| len);
    if let Some((len, errors)) = prefix {
        return Some(Place {
            paragraph,
            start: myers::match_start(&reversed(&pattern[..len]), text, text.len(), errors),
            end: text.len(),
            errors,
            covered: len,
        });
    }
    let errors = least_errors(&scan.scores, pattern.len(), max_errors)?;
    let end = scan.scores.iter().skip(1).position(|&s| s == errors)? + 1;
    Some(Place {
        paragraph,
        start: myers::match_start(&reversed(pattern), text, end, errors),
        end,
        errors,
        covered: pattern.len(),
    })
}

/// The quote without surrounding space and ellipses (elisions are not text to match).
fn core(chars: &[char]) -> (usize, usize) {
    let from = chars.iter().take_while(|c| matches!(c, ' ' | '.')).count();
    let rest = &chars[from..];
    let trailing = |s: &[char], c: char| s.iter().rev().take_while(|x| **x == c).count();
    let mut to = rest.len() - trailing(rest, ' ');
    let dots = trailing(&rest[..to], '.');
    if dots >= 2 {
        to -= dots;
        to -= trailing(&rest[..to], ' ');
    }
    (from, from + to)
}
