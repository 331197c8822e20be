//! The best place for a news quote in an article's text.
//!
//! Like Hypothesis's `match-quote`, the quote is searched with up to half its length (at most
//! 256) in errors and a place is scored `1 - errors / quote length`. Unlike it there is no
//! context or position hint to weigh: a news source gives neither. What a quote adds that an
//! annotation does not is running past the text: the stored copy of an article may stop
//! ("[...]") where the quote goes on, so the part of the quote the text has is anchored alone.

use super::myers::{self, Pattern, Report};
use super::normalise::{normalise_for_matching, original_span};
use super::text::{Ascii, Text, Utf8};

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

/// Paragraphs up to this many times the quote's length are scanned whole, every block of every
/// column: the last column, which a pass over the paragraph's tail gives, then costs nothing
/// extra. Longer ones get that tail pass and a cut-off search of the whole (see [`place`]).
const FULL_SCAN_UP_TO: usize = 4;

/// How far from a paragraph's end the best alignment of any quote prefix can begin, in quote
/// lengths: a prefix with `d` errors is never aligned with more than its length plus `d`
/// characters, and `d` is at most its length (the empty alignment costs that much).
const TAIL: usize = 2;

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

/// Finds the best place for `quote` (without its quotation marks) among `paragraphs`.
///
/// Matching is on [`normalise_for_matching`] text, with leading and trailing space and
/// ellipses of the quote ignored. Each paragraph offers one place: its best whole-quote match
/// or, when the quote's beginning (at least 32 characters) lines up with the paragraph's end
/// and the rest has no counterpart, that beginning alone. Among the places scoring at least
/// 0.7, the one that accounts for the most quote characters wins, a tie going to the higher
/// score and then to the earlier paragraph. `None` when no place scores enough, or the quote
/// is empty.
///
/// This normalises every paragraph; to anchor several quotes in the same text, prepare it
/// once with [`PreparedText`].
pub fn anchor_quote(paragraphs: &[&str], quote: &str) -> Option<Found> {
    PreparedText::new(paragraphs).anchor(quote)
}

/// An article text's paragraphs normalised for matching, once for every quote anchored in it
/// (an attribution run anchors each of a source's statements in its article's text).
#[derive(Debug, Clone)]
pub struct PreparedText<'a> {
    paragraphs: Vec<Paragraph<'a>>,
}

/// One paragraph, original and normalised.
#[derive(Debug, Clone)]
struct Paragraph<'a> {
    original: &'a str,
    normal: String,
    /// Byte offset in `original` of each character of `normal` (see [`normalise_for_matching`]).
    map: Vec<usize>,
    /// Characters in `normal`.
    chars: usize,
}

impl<'a> PreparedText<'a> {
    pub fn new(paragraphs: &[&'a str]) -> Self {
        let paragraphs = paragraphs
            .iter()
            .map(|&original| {
                let (normal, map) = normalise_for_matching(original);
                Paragraph {
                    original,
                    chars: map.len(),
                    normal,
                    map,
                }
            })
            .collect();
        Self { paragraphs }
    }

    /// [`anchor_quote`] in these paragraphs.
    pub fn anchor(&self, quote: &str) -> Option<Found> {
        let (normal, quote_map) = normalise_for_matching(quote);
        let chars: Vec<char> = normal.chars().collect();
        let (from, to) = core(&chars);
        let pattern = &chars[from..to];
        if pattern.is_empty() {
            return None;
        }
        let search = Search {
            pattern,
            prepared: Pattern::new(pattern.iter().copied()),
            max_errors: MAX_ERRORS.min(pattern.len() / 2),
        };
        let mut best: Option<Place> = None;
        for (index, p) in self.paragraphs.iter().enumerate() {
            let place = if p.is_ascii() {
                search.place(
                    index,
                    Ascii(p.normal.as_bytes()),
                    p.chars,
                    p.normal.len(),
                    best.as_ref(),
                )
            } else {
                search.place(
                    index,
                    Utf8(&p.normal),
                    p.chars,
                    p.normal.len(),
                    best.as_ref(),
                )
            };
            if let Some(place) = place.filter(|place| place.wins_over(best.as_ref())) {
                best = Some(place);
            }
        }
        let place = best?;
        let p = &self.paragraphs[place.paragraph];
        let start = if p.is_ascii() {
            search.start(&place, Ascii(p.normal.as_bytes()))
        } else {
            search.start(&place, Utf8(&p.normal))
        };
        let (start, end) = original_span(
            p.original,
            &p.map,
            p.char_index(start),
            p.char_index(place.end),
        );
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
}

impl Paragraph<'_> {
    /// Whether the normalised text is ASCII, so that a byte is a character.
    fn is_ascii(&self) -> bool {
        self.chars == self.normal.len()
    }

    /// The character index of a byte offset in the normalised text.
    fn char_index(&self, byte: usize) -> usize {
        if self.is_ascii() {
            byte
        } else {
            self.normal
                .get(..byte)
                .map_or(self.chars, |s| s.chars().count())
        }
    }
}

/// A candidate place, before its start is found and it is mapped back to original offsets.
struct Place {
    paragraph: usize,
    /// Byte offset in the normalised paragraph where the match ends.
    end: usize,
    errors: usize,
    /// Normalised quote characters accounted for.
    covered: usize,
}

impl Place {
    /// Quote characters matched rather than edited: what places are ranked by, so that the
    /// paragraph where the whole quote aligns best wins whether its place is the whole quote
    /// or a prefix (a prefix is only taken when it accounts for as much; see [`Search::place`]).
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

    /// Whether this place scores enough and beats the best so far.
    fn wins_over(&self, best: Option<&Place>) -> bool {
        self.score() >= MIN_SCORE && best.is_none_or(|b| self.beats(b))
    }
}

/// A quote's normalised core, prepared for searching paragraphs.
struct Search<'q> {
    pattern: &'q [char],
    prepared: Pattern,
    max_errors: usize,
}

impl Search<'_> {
    /// The place `paragraph` offers (`text`, of `chars` characters and `len` bytes): its best whole-quote match
    /// with at most `max_errors` errors or, when the quote's best alignment is its beginning
    /// (at least [`MIN_COVERED`] characters) at the paragraph's end with the rest unmatched,
    /// as when the stored text stops where the quote goes on, the shortest such beginning
    /// alone. Such a prefix accounts for as many quote characters as the whole quote's best
    /// alignment (one of which deletes the rest of the quote) and no prefix can account for
    /// more, so it is taken on that tie, as the tighter explanation with the higher score.
    ///
    /// Every place that could win over `best` is the one a full dynamic-programming pass would
    /// give; a place that could not may be left out. That is what lets a long paragraph be
    /// searched with a threshold: the whole-quote errors that could still win, or, when the
    /// prefix could, enough to tell whether the whole quote aligns better than it.
    fn place(
        &self,
        paragraph: usize,
        text: impl Text,
        chars: usize,
        len: usize,
        best: Option<&Place>,
    ) -> Option<Place> {
        if chars == 0 {
            return None;
        }
        let m = self.pattern.len();
        let scan_from = if chars <= FULL_SCAN_UP_TO * m {
            0
        } else {
            text.before(len).nth(TAIL * m - 1).map_or(0, |(b, _)| b)
        };
        let scan = myers::full_scan(&self.prepared, text.after(scan_from));
        let distances = scan.prefix_distances(m);
        // The cost of the whole quote aligned as a prefix at the paragraph's end with the rest
        // deleted is never below the best whole-quote cost; the prefix is taken when it equals it.
        let cost = |&(len, errors): &(usize, usize)| errors + m - len;
        let prefix = (MIN_COVERED..m)
            .map(|len| (len, distances[len]))
            .min_by_key(|p| (cost(p), p.0));
        let prefix_place = |(covered, errors): (usize, usize)| Place {
            paragraph,
            end: len,
            errors,
            covered,
        };
        let whole_place = |errors: usize, end: usize| Place {
            paragraph,
            end,
            errors,
            covered: m,
        };
        let whole = if scan_from == 0 {
            scan.best
        } else {
            let prefix_wins = prefix.is_some_and(|p| prefix_place(p).wins_over(best));
            let limit = self.max_errors.min(m - 1);
            let whole_wins = (0..=limit)
                .rev()
                .find(|&e| whole_place(e, len).wins_over(best));
            let threshold = whole_wins.max(prefix.filter(|_| prefix_wins).map(|p| cost(&p) - 1));
            myers::best_ends(&self.prepared, text.after(0), threshold?, Report::First)
                .map(|found| (found.errors, found.ends[0]))
        };
        match prefix {
            Some(p) if whole.is_none_or(|(errors, _)| cost(&p) <= errors) => Some(prefix_place(p)),
            _ => {
                let (errors, end) = whole?;
                (errors <= self.max_errors && errors < m).then(|| whole_place(errors, end))
            }
        }
    }

    /// Where `place`'s match begins in `text`, its paragraph's normalised text (a byte offset).
    fn start(&self, place: &Place, text: impl Text) -> usize {
        let reversed = Pattern::new(self.pattern[..place.covered].iter().rev().copied());
        let window = text.before(place.end).take(place.covered + place.errors);
        myers::match_start(&reversed, window, place.end, place.errors)
    }
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
