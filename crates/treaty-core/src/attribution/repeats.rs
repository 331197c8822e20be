//! Statements a source makes twice: a lede repeated in the body, a quotation given in the
//! text and again in a summary. The later one is linked to the first, so that the reader sees
//! the statement once ("repeated in the source") rather than as two cards.

use super::layout::Layout;
use super::sentences::Span;
use super::Statement;
use std::collections::BTreeSet;

/// Words shorter than this are function words ("of", "и", "zu") that any two sentences on
/// one subject share.
const MIN_WORD_CHARS: usize = 3;
/// A statement with fewer distinct longer words than this ("the treaty says so") is too short
/// to tell a repeat from a coincidence.
const MIN_WORDS: usize = 6;
/// Share of the shorter statement's words found in the longer one: a repeat may drop or
/// change a word or two (the lede condenses), not more.
const MIN_SHARED_OF_SHORTER: f32 = 0.8;
/// Share of the longer statement's words found in the shorter one: a statement restating
/// half of a longer one is a summary of it, not a repeat.
const MIN_SHARED_OF_LONGER: f32 = 0.5;

/// Marks each statement that repeats an earlier one of the same source with the first one's
/// index. Statements naming different articles never repeat each other.
pub(crate) fn link_repeats(layout: &Layout, statements: &mut [Statement]) {
    let words: Vec<BTreeSet<&str>> = statements
        .iter()
        .map(|s| content_words(layout, s))
        .collect();
    for later in 1..statements.len() {
        let first = (0..later).find(|&earlier| {
            statements[earlier].repeats.is_none()
                && compatible(&statements[earlier], &statements[later])
                && repeats(&words[earlier], &words[later])
        });
        statements[later].repeats = first;
    }
}

fn content_words<'a>(layout: &'a Layout, statement: &Statement) -> BTreeSet<&'a str> {
    let span = Span {
        start: statement.start,
        end: statement.end,
    };
    layout
        .words_in(span)
        .iter()
        .map(|w| w.lower.as_str())
        .filter(|w| w.chars().count() >= MIN_WORD_CHARS)
        .collect()
}

fn compatible(a: &Statement, b: &Statement) -> bool {
    a.named_articles.is_empty()
        || b.named_articles.is_empty()
        || a.named_articles == b.named_articles
}

fn repeats(a: &BTreeSet<&str>, b: &BTreeSet<&str>) -> bool {
    let (shorter, longer) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if shorter.len() < MIN_WORDS {
        return false;
    }
    let shared = shorter.intersection(longer).count() as f32;
    shared / shorter.len() as f32 >= MIN_SHARED_OF_SHORTER
        && shared / longer.len() as f32 >= MIN_SHARED_OF_LONGER
}
