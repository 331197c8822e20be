//! What a quote changed of its article's text, in words a reader can check: changes of legal
//! force first (a modal verb of another strength, a dropped "immediately", a negation, a
//! dropped "all", a condition left out), then the runs of words it leaves out, adds or
//! substitutes (a paraphrase only what it leaves out); for a quote in another language than the text, which of the text's content
//! terms it renders and which not (through the lexicon), since its words cannot be compared
//! one by one.
//!
//! Everything is derived from what attribution already holds (the anchor and the word-level
//! diff), so the changes never alter an attribution, and the same inputs give the same list.

mod force;
mod runs;
mod sentence;
mod terms;

use super::judge::primary;
use super::{Anchor, DiffPart, QuoteChange};
use crate::model::{Completeness, Document};

/// A statement and the passage of the article text it was anchored to.
pub(crate) struct Compared<'a> {
    /// The statement's words as the source has them.
    pub statement: &'a str,
    /// The source's language.
    pub statement_language: &'a str,
    /// The anchored passage (`anchor.quote.exact`).
    pub matched: &'a str,
    /// The paragraph it is in: what a paraphrase adds is checked against all of it, since the
    /// passage aligned with a paraphrase need not cover every word it renders.
    pub paragraph: &'a str,
    /// The language of the text the passage is in.
    pub text_language: &'a str,
    /// The word-level diff (empty across languages).
    pub diff: &'a [DiffPart],
    /// Anchored by alignment (a paraphrase, a report) rather than by the words it copies: a
    /// modal it leaves out is retelling, not a change of force.
    pub aligned: bool,
    /// The stored text breaks off in the sentence of the passage, so what the rest of that
    /// sentence says is unknown: nothing the statement adds is reported.
    pub cut_off: bool,
}

/// The changes `statement` (in `language`) makes to the passage `anchor` points to in
/// `document`, compared through `diff`; empty when the anchor's text is not in the document.
pub(crate) fn changes(
    statement: &str,
    language: &str,
    document: &Document,
    anchor: &Anchor,
    diff: &[DiffPart],
) -> Vec<QuoteChange> {
    let Some(text) = document
        .provision(Some(&anchor.article))
        .and_then(|p| p.texts.get(anchor.text))
    else {
        return Vec::new();
    };
    let Some(paragraph) = text.paragraphs.get(anchor.paragraph) else {
        return Vec::new();
    };
    let next_is_gap = text
        .paragraphs
        .get(anchor.paragraph + 1)
        .is_none_or(|next| next.gap);
    let cut_off = text.completeness != Completeness::Complete
        && next_is_gap
        && sentence_runs_out(&paragraph.text, anchor);
    compare(&Compared {
        statement,
        statement_language: language,
        matched: &anchor.quote.exact,
        paragraph: &paragraph.text,
        text_language: &text.language,
        diff,
        aligned: anchor.aligned,
        cut_off,
    })
}

/// Whether the paragraph ends, without ending the sentence, after the anchored passage (the
/// KCNA copy of Article 4 stops at "… with all means in its possession without").
fn sentence_runs_out(paragraph: &str, anchor: &Anchor) -> bool {
    super::utf16::utf16_to_byte(paragraph, anchor.position.end)
        .and_then(|end| paragraph.get(end..))
        .is_some_and(|rest| {
            !rest.trim_end().ends_with(['.', '!', '?', ';']) && !rest.contains(". ")
        })
}

/// The changes, legal force first (a condition a run leaves out among them), then word runs
/// or terms in the order of the text.
pub(crate) fn compare(c: &Compared) -> Vec<QuoteChange> {
    let mut out = force::changes(c);
    if primary(c.statement_language) == primary(c.text_language) {
        // A paraphrase says the provision in its own words by design: what it puts in the
        // place of the text's words is retelling, not a change to report; what it leaves
        // out of the passage it renders still is.
        out.extend(
            runs::changes(c)
                .into_iter()
                .filter(|change| !c.aligned || matches!(change, QuoteChange::LeavesOut { .. })),
        );
    } else {
        out.extend(terms::changes(c));
    }
    out.sort_by_key(|change| !change.is_force());
    out
}

pub use sentence::sentence;

#[cfg(test)]
mod tests;
