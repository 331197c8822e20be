//! Snippets and highlighting: which words of a text a query matches, by the same folding,
//! stemming, prefix and typo rules as the search, and the stretch of text that shows the most
//! of them.

use super::query::Query;
use super::tokens::{tokens, Token};
use std::ops::Range;

/// A stretch of a text to show under a result.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    pub text: String,
    /// Byte ranges of the matched words in `text`.
    pub marks: Vec<(usize, usize)>,
    /// Text is left out before it.
    pub cut_start: bool,
    /// Text is left out after it.
    pub cut_end: bool,
}

/// The words of `text` (in `language`), each with the position among the query's words of the
/// first query word it matches, if any.
fn matched(text: &str, language: &str, query: &Query) -> Vec<(Token, Option<usize>)> {
    tokens(text, language)
        .into_iter()
        .map(|t| {
            let hit = query
                .words()
                .position(|w| w.matches(&t.term, &t.folded).is_some());
            (t, hit)
        })
        .collect()
}

/// Byte ranges of the words of `text` (in `language`) that `query` matches, in order.
pub fn highlight(text: &str, language: &str, query: &Query) -> Vec<Range<usize>> {
    matched(text, language, query)
        .into_iter()
        .filter(|(_, hit)| hit.is_some())
        .map(|(t, _)| t.start..t.end)
        .collect()
}

/// The stretch of `text` of at most `max_chars` characters, from word to word, holding the
/// most matched words (the earliest such stretch), with their marks.
pub fn snippet(text: &str, language: &str, query: &Query, max_chars: usize) -> Snippet {
    let words = matched(text, language, query);
    if text.chars().count() <= max_chars {
        return Snippet {
            text: text.to_owned(),
            marks: marks(&words, 0, words.len(), 0),
            cut_start: false,
            cut_end: false,
        };
    }
    let counts = char_counts(text, &words);
    let starts: Vec<usize> = counts.iter().map(|c| c.0).collect();
    let ends: Vec<usize> = counts.iter().map(|c| c.1).collect();
    // Two pointers: for each first word, the furthest last word that fits. A stretch is better
    // when it shows more of the query's different words ("coercive measures" beats three
    // "measures"), then more matches.
    let mut seen = vec![0usize; query.words().count()];
    let mut distinct = 0;
    let mut hits = 0;
    let mut best = ((0usize, 0usize), 0usize, 0usize); // ((distinct, hits), first, end exclusive)
    let mut last = 0;
    for first in 0..words.len() {
        if last < first {
            last = first;
        }
        while last < words.len() && ends[last] - starts[first] <= max_chars {
            if let Some(word) = words[last].1 {
                if seen[word] == 0 {
                    distinct += 1;
                }
                seen[word] += 1;
                hits += 1;
            }
            last += 1;
        }
        if (distinct, hits) > best.0 || (first == 0 && best.2 == 0) {
            best = ((distinct, hits), first, last);
        }
        if last > first {
            if let Some(word) = words[first].1 {
                seen[word] -= 1;
                if seen[word] == 0 {
                    distinct -= 1;
                }
                hits -= 1;
            }
        }
    }
    let (_, first, end) = best;
    if end <= first {
        // Not even one word fits: the first characters, cut on a character boundary.
        let cut: String = text.chars().take(max_chars).collect();
        return Snippet {
            cut_end: cut.len() < text.len(),
            text: cut,
            marks: Vec::new(),
            cut_start: false,
        };
    }
    let from = words[first].0.start;
    let to = words[end - 1].0.end;
    Snippet {
        text: text[from..to].to_owned(),
        marks: marks(&words, first, end, from),
        cut_start: text[..from].chars().any(char::is_alphanumeric),
        cut_end: text[to..].chars().any(char::is_alphanumeric),
    }
}

fn marks(
    words: &[(Token, Option<usize>)],
    first: usize,
    end: usize,
    from: usize,
) -> Vec<(usize, usize)> {
    words
        .get(first..end)
        .unwrap_or_default()
        .iter()
        .filter(|(_, hit)| hit.is_some())
        .map(|(t, _)| (t.start - from, t.end - from))
        .collect()
}

/// The character offsets of each word's start and end, in one pass over the text.
fn char_counts(text: &str, words: &[(Token, Option<usize>)]) -> Vec<(usize, usize)> {
    let mut chars = text.char_indices().peekable();
    let mut count = 0;
    let mut at = |byte: usize| {
        while chars.next_if(|(i, _)| *i < byte).is_some() {
            count += 1;
        }
        count
    };
    words
        .iter()
        .map(|(t, _)| (at(t.start), at(t.end)))
        .collect()
}
