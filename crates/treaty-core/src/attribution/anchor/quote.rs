//! The best place for a news quote in an article's text.
//!
//! Like Hypothesis's `match-quote`, the quote is searched with up to half its length (at most
//! 256) in errors and a place is scored `1 - errors / quote length`. Unlike it there is no
//! context or position hint to weigh: a news source gives neither. What a quote adds that an
//! annotation does not is running past the text: the stored copy of an article may stop
//! ("[...]") where the quote goes on, so the part of the quote the text has is anchored alone.

use super::myers::{match_start, Band, Pattern};
use super::normalise::{normalise_each, normalise_for_matching, original_span};
use super::text::Alphabet;

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
/// (an attribution run anchors each of a source's statements in its article's text): every
/// paragraph's normalised characters as symbols of the text's own alphabet, all paragraphs in
/// one array, so that anchoring a quote is one pass over that array with no decoding.
#[derive(Debug, Clone)]
pub struct PreparedText<'a> {
    paragraphs: Vec<Paragraph<'a>>,
    /// The normalised characters of every paragraph, in order, as symbols of `alphabet`.
    symbols: Vec<u32>,
    alphabet: Alphabet,
}

/// One paragraph: its original text and where its normalised characters are.
#[derive(Debug, Clone)]
struct Paragraph<'a> {
    original: &'a str,
    /// Byte offset in `original` of each normalised character (see [`normalise_for_matching`]).
    map: Vec<usize>,
    /// Where the paragraph's symbols start in [`PreparedText::symbols`].
    from: usize,
}

impl<'a> PreparedText<'a> {
    pub fn new(paragraphs: &[&'a str]) -> Self {
        let mut alphabet = Alphabet::default();
        let mut symbols = Vec::with_capacity(paragraphs.iter().map(|p| p.len()).sum());
        let paragraphs = paragraphs
            .iter()
            .map(|&original| {
                let from = symbols.len();
                let mut map = Vec::with_capacity(original.len());
                normalise_each(original, |byte, c| {
                    symbols.push(alphabet.add(u32::from(c)));
                    map.push(byte);
                });
                Paragraph {
                    original,
                    map,
                    from,
                }
            })
            .collect();
        Self {
            paragraphs,
            symbols,
            alphabet,
        }
    }

    /// [`anchor_quote`] in these paragraphs.
    pub fn anchor(&self, quote: &str) -> Option<Found> {
        let (normal, quote_map) = normalise_for_matching(quote);
        let chars: Vec<char> = normal.chars().collect();
        let (from, to) = core(&chars);
        let pattern = &chars[from..to];
        let m = pattern.len();
        if m == 0 {
            return None;
        }
        let rows: Vec<u32> = pattern
            .iter()
            .map(|&c| self.alphabet.get(u32::from(c)))
            .collect();
        let prepared = Pattern::new(&rows, self.alphabet.symbols());
        let search = Search {
            len: m,
            prepared: &prepared,
            max_errors: MAX_ERRORS.min(m / 2),
        };
        // Every paragraph whose best whole-quote alignment has at most `likely` errors offers a
        // place that scores enough, with more evidence than any other paragraph's place: if
        // there is one, the best place is among them, and a search with that threshold finds
        // it. Otherwise only a cut-off beginning can still score enough, and the same search
        // has read every beginning that can (see `Candidate`), if its threshold is at least
        // their errors: `limit` is.
        let likely = (0..=search.max_errors.min(m - 1))
            .rev()
            .find(|&e| search.whole(0, e, 0).wins_over(None))
            .unwrap_or(0);
        let limit = likely.max(search.prefix_errors());
        let mut candidates = Vec::new();
        let place = match self.best_place(&search, limit, &mut candidates) {
            Some(place) => place,
            None => self.cut_off_beginning(&search, candidates)?,
        };
        let p = &self.paragraphs[place.paragraph];
        let text = &self.symbols[p.from..p.from + p.map.len()];
        let reversed: Vec<u32> = rows[..place.covered].iter().rev().copied().collect();
        let reversed = Pattern::new(&reversed, self.alphabet.symbols());
        let window: Vec<u32> = text[..place.end]
            .iter()
            .rev()
            .take(place.covered + place.errors)
            .copied()
            .collect();
        let start = place.end - match_start(&reversed, &window, place.errors);
        let (start, end) = original_span(p.original, &p.map, start, place.end);
        let covered = if place.covered == m {
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

    /// The best place among the paragraphs' places that a search with at most `limit` errors
    /// finds: exactly the one a full dynamic-programming pass over every paragraph would choose
    /// among places whose whole-quote alignment has at most `limit` errors (see
    /// [`Search::place`]).
    ///
    /// The paragraphs are searched in order as one text, with the band of computed blocks reset
    /// at each paragraph's start (no alignment spans two paragraphs) and its threshold set to
    /// the most errors that could still win over the best place so far: one band, allocated
    /// once, and no setup per paragraph beyond that reset.
    ///
    /// While no place is found, every paragraph whose best whole-quote alignment has more than
    /// `limit` errors and whose end offers a cut-off beginning that may score enough is added to
    /// `candidates` (see [`Candidate`]; `limit` must be at least [`Search::prefix_errors`]).
    fn best_place(
        &self,
        search: &Search,
        limit: usize,
        candidates: &mut Vec<Candidate>,
    ) -> Option<Place> {
        let m = search.len;
        let mut band = Band::new(search.prepared);
        let mut best: Option<Place> = None;
        for (index, p) in self.paragraphs.iter().enumerate() {
            let text = &self.symbols[p.from..p.from + p.map.len()];
            if text.is_empty() {
                continue;
            }
            // A place wins only with at least the best's evidence (quote characters matched),
            // and its paragraph's whole-quote errors are at most its cost (see `Search::place`).
            let k = best.as_ref().map_or(limit, |b| limit.min(m - b.evidence()));
            let Some(place) = search.place(index, text, &mut band, k as i32) else {
                if best.is_none() && m > MIN_COVERED {
                    // The band is at the paragraph's end, its threshold never lowered.
                    if let Some((covered, errors)) = band.best_prefix(MIN_COVERED) {
                        let candidate = Candidate {
                            paragraph: index,
                            covered,
                            errors,
                        };
                        if candidate.place(m).wins_over(None) {
                            candidates.push(candidate);
                        }
                    }
                }
                continue;
            };
            if place.wins_over(best.as_ref()) {
                let perfect = place.errors == 0 && place.covered == m;
                best = Some(place);
                if perfect {
                    // Nothing can have more evidence, or a higher score.
                    break;
                }
            }
        }
        best
    }

    /// The best true one of `candidates` (see [`Candidate`]): each is checked by searching its
    /// paragraph alone, best first, until one holds. (A scan for the best rather than a sort:
    /// there are few, and the worker's wasm stays without a sort.)
    fn cut_off_beginning(&self, search: &Search, mut candidates: Vec<Candidate>) -> Option<Place> {
        let m = search.len;
        let mut band = Band::new(search.prepared);
        while !candidates.is_empty() {
            let mut at = 0;
            for (i, c) in candidates.iter().enumerate().skip(1) {
                let best = candidates[at].place(m);
                let place = c.place(m);
                if place.beats(&best) || (!best.beats(&place) && c.paragraph < best.paragraph) {
                    at = i;
                }
            }
            let c = candidates.swap_remove(at);
            let p = &self.paragraphs[c.paragraph];
            let text = &self.symbols[p.from..p.from + p.map.len()];
            let cost = c.errors + m - c.covered;
            let place = search.place(c.paragraph, text, &mut band, cost as i32);
            if let Some(place) = place.filter(|place| place.wins_over(None)) {
                debug_assert!(place.covered == c.covered && place.errors == c.errors);
                return Some(place);
            }
        }
        None
    }
}

/// A paragraph that, when no place has at most the first search's `limit` whole-quote errors,
/// may still offer a cut-off beginning that scores enough: the least-cost beginning the band
/// holds at its end, which scores enough. What the old code found with a full computation of
/// every paragraph (threshold the quote's length) is found from these instead, exactly:
///
/// A beginning of `covered` characters that scores enough has at most `Search::prefix_errors`
/// errors, so at most the band's threshold: its cell at the paragraph's end is computed and
/// exact, every other computed cell is at least its true score, and scores minus lengths never
/// increase down a column; so when a paragraph's true place is such a beginning, the band's
/// least-cost beginning is that very one (the shortest of the least cost). A paragraph whose
/// place is not such a beginning offers nothing that scores enough (its whole-quote errors
/// are above `limit`). Which candidates are true is settled by searching their paragraph alone
/// with the candidate's cost as threshold, which is at least the paragraph's best whole-quote
/// errors, so that search is exact; the best true one (most evidence, then score, then the
/// earliest) is the place.
struct Candidate {
    paragraph: usize,
    covered: usize,
    errors: usize,
}

impl Candidate {
    fn place(&self, m: usize) -> Place {
        Place {
            paragraph: self.paragraph,
            end: 0,
            errors: self.errors,
            covered: self.covered.min(m),
        }
    }
}

/// A candidate place, before its start is found and it is mapped back to original offsets.
struct Place {
    paragraph: usize,
    /// Character offset in the normalised paragraph where the match ends.
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
    /// Characters in the core.
    len: usize,
    prepared: &'q Pattern,
    max_errors: usize,
}

impl Search<'_> {
    /// The most errors a cut-off beginning (fewer than all of the quote's characters) can have
    /// and still score enough.
    fn prefix_errors(&self) -> usize {
        let longest = self.len.saturating_sub(1);
        (0..=longest)
            .rev()
            .find(|&errors| {
                Place {
                    paragraph: 0,
                    end: 0,
                    errors,
                    covered: longest,
                }
                .wins_over(None)
            })
            .unwrap_or(0)
    }

    fn whole(&self, paragraph: usize, errors: usize, end: usize) -> Place {
        Place {
            paragraph,
            end,
            errors,
            covered: self.len,
        }
    }

    /// The place `paragraph` (`text`, its symbols, not empty) offers, if its best whole-quote
    /// alignment has at most `k` errors: that alignment (the first end with its errors, when
    /// they are at most `max_errors`) or, when the quote's best alignment is its beginning (at
    /// least [`MIN_COVERED`] characters) at the paragraph's end with the rest unmatched, as when
    /// the stored text stops where the quote goes on, the shortest such beginning alone. Such a
    /// prefix accounts for as many quote characters as the whole quote's best alignment (one
    /// of which deletes the rest of the quote) and no prefix can account for more, so it is
    /// taken on that tie, as the tighter explanation with the higher score.
    ///
    /// Why `k` suffices: a prefix of `len` characters with `d` errors costs `d + m - len` as a
    /// whole-quote alignment ending at the paragraph's end, which is never below the
    /// paragraph's best whole-quote errors `e`; it is taken only when it equals `e`, and then
    /// its errors, and those of every prefix that costs as little, are at most `e`. The band
    /// keeps every score at most its threshold exact, and the threshold only drops to `e` once
    /// `e` is found, so both the whole alignment and the prefixes that can be taken are read
    /// exactly; a paragraph whose best is above `k` offers nothing here.
    fn place(&self, paragraph: usize, text: &[u32], band: &mut Band, k: i32) -> Option<Place> {
        let m = self.len;
        let mut k = k;
        band.reset(k);
        let mut whole: Option<(i32, usize)> = None;
        let mut score = i32::MAX;
        let mut j = 0;
        while j < text.len() {
            let skipped = band.skip(&text[j..], k);
            if skipped > 0 {
                j += skipped;
                score = i32::MAX;
                continue;
            }
            score = band.step(self.prepared.masks(text[j]), k);
            j += 1;
            if score <= k && whole.is_none_or(|(e, _)| score < e) {
                whole = Some((score, j));
                k = score;
                if score == 0 {
                    // No alignment costs less, and no prefix can cost as little.
                    break;
                }
            }
        }
        let (errors, end) = whole?;
        let prefix = if score == errors && m > MIN_COVERED {
            band.best_prefix(MIN_COVERED)
                .filter(|&(len, d)| d + m - len <= errors as usize)
        } else {
            None
        };
        match prefix {
            Some((covered, errors)) => Some(Place {
                paragraph,
                end: text.len(),
                errors,
                covered,
            }),
            None => {
                let errors = errors as usize;
                (errors <= self.max_errors && errors < m)
                    .then(|| self.whole(paragraph, errors, end))
            }
        }
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
