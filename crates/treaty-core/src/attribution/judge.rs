//! Judging an attributed statement against its article's text: where it sits (the anchor),
//! how it differs word by word, and the verdict.
//!
//! The anchor and the diff need the same words, so they are computed only against a text in
//! the statement's own language; a translation can still be judged a faithful paraphrase, by the
//! share of its content the alignment found in the article (through the lexicon), but never
//! verbatim.

use super::anchor::{anchor_quote, selectors};
use super::compare::{verdict, word_diff, word_overlap, VerdictInput};
use super::{Anchor, DiffPart, Statement, Verdict};
use crate::model::Document;

/// The judgement of one attributed statement.
pub(crate) struct Judged {
    pub verdict: Verdict,
    pub anchor: Option<Anchor>,
    pub diff: Vec<DiffPart>,
}

/// Judges `statement` (in `body`, written in `language`) as a rendering of `article` of
/// `document`. `coverage` is the share of the statement's content the alignment found in the
/// article's text through the lexicon (0 without text), which stands for the word overlap
/// when no text is in the statement's language.
pub(crate) fn judge(
    statement: &Statement,
    body: &str,
    language: &str,
    document: &Document,
    article: &str,
    named_conflicts: bool,
    coverage: f32,
) -> Judged {
    let words = body.get(statement.start..statement.end).unwrap_or("");
    let provision = document.provision(Some(article));
    let texts = provision.map_or(&[][..], |p| p.texts.as_slice());
    let text_available = texts.iter().any(|t| t.paragraphs.iter().any(|p| !p.gap));
    let mut anchor = None;
    let mut overlap = coverage;
    let mut anchor_score = None;
    for (t, text) in texts.iter().enumerate() {
        if primary(&text.language) != primary(language) {
            continue;
        }
        let paragraphs: Vec<&str> = text.paragraphs.iter().map(|p| p.text.as_str()).collect();
        overlap = overlap.max(word_overlap(words, &paragraphs.join("\n")));
        let Some(found) = anchor_quote(&paragraphs, words) else {
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
