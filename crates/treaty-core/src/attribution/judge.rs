//! Judging an attributed statement against its article's text: where it sits (the anchor),
//! how it differs word by word, and the verdict.
//!
//! The anchor and the diff need the same words, so they are computed only against a text in
//! the statement's own language; a translation can still be judged a faithful paraphrase, by the
//! share of its content the alignment found in the article (through the lexicon), but never
//! verbatim.

use super::anchor::{selectors, PreparedText};
use super::compare::{verdict, word_diff, word_overlap, VerdictInput};
use super::{Anchor, DiffPart, Statement, Verdict};
use crate::model::Document;
use std::collections::BTreeMap;

/// A document with its texts prepared for anchoring, once per attribution run rather than once
/// per statement: every text of every provision, by provision key, in the provision's order.
pub(crate) struct Anchoring<'a> {
    document: &'a Document,
    texts: BTreeMap<String, Vec<PreparedText<'a>>>,
}

impl<'a> Anchoring<'a> {
    pub fn new(document: &'a Document) -> Self {
        let texts = document
            .provisions()
            .map(|p| {
                let prepared = p.texts.iter().map(|t| {
                    let paragraphs: Vec<&str> =
                        t.paragraphs.iter().map(|p| p.text.as_str()).collect();
                    PreparedText::new(&paragraphs)
                });
                (p.key(), prepared.collect())
            })
            .collect();
        Self { document, texts }
    }

    fn texts(&self, article: &str) -> &[PreparedText<'a>] {
        self.texts.get(article).map_or(&[], Vec::as_slice)
    }
}

/// The judgement of one attributed statement.
pub(crate) struct Judged {
    pub verdict: Verdict,
    pub anchor: Option<Anchor>,
    pub diff: Vec<DiffPart>,
}

/// Judges `statement` (in `body`, written in `language`) as a rendering of `article` of the
/// document `anchoring` holds prepared. `coverage` is the share of the statement's content
/// the alignment found in the article's text through the lexicon (0 without text), which
/// stands for the word overlap when no text is in the statement's language.
pub(crate) fn judge(
    statement: &Statement,
    body: &str,
    language: &str,
    anchoring: &Anchoring,
    article: &str,
    named_conflicts: bool,
    coverage: f32,
) -> Judged {
    let words = body.get(statement.start..statement.end).unwrap_or("");
    let provision = anchoring.document.provision(Some(article));
    let texts = provision.map_or(&[][..], |p| p.texts.as_slice());
    let text_available = texts.iter().any(|t| t.paragraphs.iter().any(|p| !p.gap));
    let mut anchor = None;
    let mut overlap = coverage;
    let mut anchor_score = None;
    let prepared = anchoring.texts(article);
    for (t, (text, prepared)) in texts.iter().zip(prepared).enumerate() {
        if primary(&text.language) != primary(language) {
            continue;
        }
        let paragraphs: Vec<&str> = text.paragraphs.iter().map(|p| p.text.as_str()).collect();
        overlap = overlap.max(word_overlap(words, &paragraphs.join("\n")));
        let Some(found) = prepared.anchor(words) else {
            continue;
        };
        if anchor_score.is_some_and(|s| s >= found.score) {
            continue;
        }
        let (quote, position) = selectors(paragraphs[found.paragraph], found.start, found.end);
        anchor_score = Some(found.score);
        anchor = Some(Anchor {
            article: article.to_owned(),
            text: t,
            paragraph: found.paragraph,
            quote,
            position,
            errors: u32::try_from(found.errors).unwrap_or(u32::MAX),
            aligned: false,
        });
    }
    let diff = anchor
        .as_ref()
        .map(|a| word_diff(words, &a.quote.exact))
        .unwrap_or_default();
    let verdict = verdict(&VerdictInput {
        text_available,
        named_conflicts,
        anchor_score,
        word_overlap: overlap,
    });
    Judged {
        verdict,
        anchor,
        diff,
    }
}

/// "en" for "en-GB".
pub(crate) fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}
