//! Finding the treaty statements in a source body: direct quotations, sentences that report
//! what the treaty says, and items of lists of provisions.
//!
//! A sentence is a statement when a cue marks it as treaty content (see [`super::cues`]) or it
//! names an article of the treaty. A quotation is a statement whoever speaks: officials'
//! remarks are found too, and left for attribution to reject. Statements never overlap: a
//! quotation that makes up most of a reporting sentence ("Article 8 states that “…”") is the
//! statement, with the sentence's article number; a sentence that only borrows a few quoted
//! words ("pledged to maintain relations, “taking into account …”, as the first article read")
//! is one reported statement.

use super::continues::link_continuations;
use super::layout::Layout;
use super::named::named_articles;
use super::quotes::Quote;
use super::repeats::link_repeats;
use super::sentences::Span;
use super::speaker::{full_name, is_pronoun, speaker, Said};
use super::{Statement, StatementKind};
use crate::refs::{Catalog, Target};

/// Quotations shorter than this many words are names or scare quotes ("alliance",
/// "multipolar world order"), not statements.
const MIN_QUOTE_WORDS: usize = 4;

/// The treaty statements of `body`, a source written in `language` about the document
/// `document_id` (bare article references resolve to it), in order of position.
pub fn extract(body: &str, language: &str, catalog: &Catalog, document_id: &str) -> Vec<Statement> {
    extract_first(body, language, catalog, document_id, usize::MAX).0
}

/// [`extract`]'s first `max` statements, and how many there are in all. Statements are linked
/// (continuations, repeats) only to earlier ones, so the first ones are the same as among all;
/// linking only them keeps a page of tens of thousands of statements from costing their square.
pub(super) fn extract_first(
    body: &str,
    language: &str,
    catalog: &Catalog,
    document_id: &str,
    max: usize,
) -> (Vec<Statement>, usize) {
    let layout = Layout::new(body, catalog, document_id);
    let mut found = Vec::new();
    let mut last_speaker: Option<String> = None;
    for p in 0..layout.paragraphs.len() {
        let paragraph = &layout.paragraphs[p];
        if let Some(item) = paragraph.item {
            found.push(reported(&layout, item));
            continue;
        }
        let candidate: Vec<bool> = (0..paragraph.sentences.len())
            .map(|s| {
                let sentence = paragraph.sentences[s];
                layout.sentence_cue(p, s).is_some()
                    || !named_articles(&layout, &[sentence]).is_empty()
                    || names_other_treaty(&layout, sentence)
            })
            .collect();
        let mut taken = vec![false; paragraph.sentences.len()];
        let quotes: Vec<&Quote> = paragraph
            .quotes
            .iter()
            .filter(|q| is_statement_quote(&layout, q, language))
            .collect();
        let mut paragraph_speaker: Option<String> = None;
        for q in &quotes {
            let hosts = layout.hosts(p, q.outer);
            if let [h] = hosts[..] {
                if candidate[h] && !quotes_dominate(&layout, paragraph.sentences[h], &quotes) {
                    continue;
                }
            }
            for h in &hosts {
                taken[*h] = true;
            }
            let mut statement = direct(&layout, p, q, &hosts, &mut last_speaker);
            // A quotation continuing the one before it in the paragraph has its speaker.
            if statement.speaker.is_none() {
                statement.speaker = paragraph_speaker.clone();
            }
            paragraph_speaker = statement.speaker.clone();
            found.push(statement);
        }
        for (s, sentence) in paragraph.sentences.iter().enumerate() {
            if candidate[s] && !taken[s] {
                found.push(reported(&layout, *sentence));
            }
        }
    }
    found.sort_by_key(|s| (s.start, s.end));
    let mut out: Vec<Statement> = Vec::with_capacity(found.len());
    for s in found {
        if out.last().is_none_or(|last| last.end <= s.start) {
            out.push(s);
        }
    }
    let found = out.len();
    out.truncate(max);
    link_continuations(&layout, &mut out);
    link_repeats(&layout, &mut out);
    (out, found)
}

/// A quotation long enough to be a statement, and not a title ("Treaty on Comprehensive
/// Strategic Partnership between the DPRK and the Russian Federation": most of its longer words
/// capitalised; German capitalises every noun, so titles are not told there).
fn is_statement_quote(layout: &Layout, q: &Quote, language: &str) -> bool {
    let words = layout.words_in(q.inner);
    if words.len() < MIN_QUOTE_WORDS {
        return false;
    }
    let long: Vec<_> = words
        .iter()
        .filter(|w| w.lower.chars().count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| super::words::is_capitalised(layout.body, w))
        .count();
    let title =
        !language.starts_with("de") && words.len() <= 16 && capitalised * 4 >= long.len() * 3;
    !title
}

/// Whether a sentence cites an article of another treaty ("Artikel 1 des 1961 …
/// Vertrags"): a statement to be judged, since it may be taken for this treaty's.
fn names_other_treaty(layout: &Layout, sentence: Span) -> bool {
    layout.mentions.iter().any(|m| {
        matches!(m.target, Target::OtherInstrument { .. })
            && sentence.start <= m.start
            && m.end <= sentence.end
    })
}

/// Whether the quotations in a sentence make up at least half of it.
fn quotes_dominate(layout: &Layout, sentence: Span, quotes: &[&Quote]) -> bool {
    let quoted: usize = quotes
        .iter()
        .filter(|q| sentence.contains(q.outer))
        .map(|q| layout.text(q.inner).chars().count())
        .sum();
    quoted * 2 >= layout.text(sentence).chars().count()
}

/// A sentence or list item reporting treaty content.
fn reported(layout: &Layout, span: Span) -> Statement {
    Statement {
        start: span.start,
        end: span.end,
        kind: StatementKind::Reported,
        speaker: None,
        named_articles: named_articles(layout, &[span]),
        continues: None,
        repeats: None,
    }
}

/// A quotation, with the article numbers and speaker its sentence gives it.
fn direct(
    layout: &Layout,
    p: usize,
    q: &Quote,
    hosts: &[usize],
    last_speaker: &mut Option<String>,
) -> Statement {
    let sentences = &layout.paragraphs[p].sentences;
    let first = hosts.first().map_or(q.outer, |h| sentences[*h]);
    let last = hosts.last().map_or(q.outer, |h| sentences[*h]);
    let lead = Span {
        start: first.start.min(q.outer.start),
        end: q.outer.start,
    };
    let tag = Span {
        start: q.outer.end,
        end: last.end.max(q.outer.end),
    };
    let who = match speaker(layout, lead, tag) {
        Some(Said::By(who)) if is_pronoun(&who) => last_speaker.clone(),
        Some(Said::By(who)) => {
            let name = full_name(layout, &who, q.outer.start);
            *last_speaker = Some(name.clone());
            Some(name)
        }
        Some(Said::Treaty) | None => None,
    };
    Statement {
        start: q.inner.start,
        end: q.inner.end,
        kind: StatementKind::DirectQuote,
        speaker: who,
        named_articles: named_articles(layout, &[lead, q.inner, tag]),
        continues: None,
        repeats: None,
    }
}
