//! The layout of a source body, read once: paragraphs, sentences, quotations, bullet items,
//! words and references. Extraction cuts statements along it; attribution reads the cues
//! around a statement from it.

use super::bullets;
use super::cues::{Clause, Cue};
use super::quotes::{quotes, Quote};
use super::sentences::{paragraphs, sentences, Span};
use super::words::{words, Word};
use crate::refs::{recognise, Catalog, Mention, Target};

/// One paragraph (non-empty line) of the body.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    pub span: Span,
    pub sentences: Vec<Span>,
    /// Outermost quotations.
    pub quotes: Vec<Quote>,
    /// The item text, if the paragraph is an item of a list of provisions.
    pub item: Option<Span>,
}

/// A source body read for statements.
pub(crate) struct Layout<'a> {
    pub body: &'a str,
    pub document_id: &'a str,
    pub words: Vec<Word>,
    pub mentions: Vec<Mention>,
    /// Spans of references to articles of other instruments.
    pub external: Vec<Span>,
    pub paragraphs: Vec<Paragraph>,
}

impl<'a> Layout<'a> {
    /// Reads `body`, whose bare article references belong to `document_id`.
    pub fn new(body: &'a str, catalog: &Catalog, document_id: &'a str) -> Self {
        let mentions = recognise(body, catalog, document_id);
        let external = mentions
            .iter()
            .filter(|m| match &m.target {
                Target::Article { document, .. } => document != document_id,
                Target::OtherInstrument { .. } => true,
                Target::Term { .. } => false,
            })
            .map(|m| Span {
                start: m.start,
                end: m.end,
            })
            .collect();
        let spans = paragraphs(body);
        let items = bullets::items(body, &spans);
        let paragraphs = spans
            .iter()
            .zip(items)
            .map(|(span, item)| Paragraph {
                span: *span,
                sentences: sentences(body, *span),
                quotes: quotes(body, *span),
                item,
            })
            .collect();
        Self {
            body,
            document_id,
            words: words(body),
            mentions,
            external,
            paragraphs,
        }
    }

    /// The text of a span ("" if it is not one).
    pub fn text(&self, span: Span) -> &'a str {
        self.body.get(span.start..span.end).unwrap_or("")
    }

    /// The words inside a span.
    pub fn words_in(&self, span: Span) -> &[Word] {
        let from = self.words.partition_point(|w| w.start < span.start);
        let to = self.words.partition_point(|w| w.end <= span.end).max(from);
        &self.words[from..to]
    }

    /// The words of a span as a clause for reading cues.
    pub fn clause(&self, span: Span) -> Clause<'_> {
        Clause {
            text: self.body,
            words: self.words_in(span),
            external: &self.external,
        }
    }

    /// The cue of sentence `s` of paragraph `p`, looking at the sentence before it for
    /// "It provides that …".
    pub fn sentence_cue(&self, p: usize, s: usize) -> Option<Cue> {
        let sentence = self.paragraphs[p].sentences[s];
        self.clause(sentence).cue(self.after_treaty(p, s))
    }

    /// Whether the sentence before sentence `s` of paragraph `p` (possibly the last of the
    /// previous paragraph) mentions the treaty.
    fn after_treaty(&self, p: usize, s: usize) -> bool {
        let previous = match s.checked_sub(1) {
            Some(prev) => self.paragraphs[p].sentences.get(prev).copied(),
            None => p
                .checked_sub(1)
                .and_then(|q| self.paragraphs[q].sentences.last().copied()),
        };
        previous.is_some_and(|prev| self.clause(prev).mentions_treaty())
    }

    /// The paragraph holding byte `at`.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        self.paragraphs
            .iter()
            .position(|p| p.span.start <= at && at <= p.span.end)
    }

    /// Indexes of the sentences of paragraph `p` that overlap `span`.
    pub fn hosts(&self, p: usize, span: Span) -> Vec<usize> {
        self.paragraphs[p]
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.overlaps(span) || (span.start == span.end && s.contains(span)))
            .map(|(i, _)| i)
            .collect()
    }
}
