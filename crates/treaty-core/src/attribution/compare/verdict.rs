//! The verdict on a statement's rendering of its article, from evidence computed elsewhere.

use crate::attribution::Verdict;

/// An anchor score at or above this is the article's words: at most one character in fifty
/// differs after normalisation (a plural, a dropped article, a spelling variant).
pub const VERBATIM_MIN_SCORE: f32 = 0.98;

/// An anchor score at or above this is the article's words with small edits (a word or two
/// changed in a sentence).
pub const CLOSE_MIN_SCORE: f32 = 0.85;

/// Below this share of shared content words, a statement that does not anchor says something
/// the article does not. Only a very low share is conclusive: in the dev set, reports of the
/// provisions in the KCNA text share 0.21 (Rudenko on Article 4) to 0.83 of their content
/// words with the right paragraph, but up to 0.38 with a wrong one, so the overlap can
/// confirm a conflict, not settle a close call.
pub const DIVERGENT_BELOW_OVERLAP: f32 = 0.15;

/// What the verdict is drawn from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VerdictInput {
    /// Whether the article's text is available to compare with.
    pub text_available: bool,
    /// The source names an article number that differs from the one the statement is
    /// attributed to by its content.
    pub named_conflicts: bool,
    /// The score of the statement's anchor in the article text, for direct quotes that
    /// anchored ([`crate::attribution::anchor::anchor_quote`]).
    pub anchor_score: Option<f32>,
    /// Share of the statement's content words found in the article text, 0..=1
    /// ([`crate::attribution::compare::word_overlap`]).
    pub word_overlap: f32,
}

/// The verdict, by the first rule that applies:
///
/// 1. The source's article number conflicts with the attribution: `Divergent`. A number can be
///    checked without the text, so this holds whether or not the text is available.
/// 2. No text to compare with: `Unverifiable`.
/// 3. Anchor score at least [`VERBATIM_MIN_SCORE`]: `Verbatim`; at least
///    [`CLOSE_MIN_SCORE`]: `Close`.
/// 4. Anchored at all (an anchor exists only from score 0.7), or at least
///    [`DIVERGENT_BELOW_OVERLAP`] of the content words shared: `Paraphrase`.
/// 5. Otherwise the content conflicts with the text: `Divergent`.
pub fn verdict(input: &VerdictInput) -> Verdict {
    if input.named_conflicts {
        return Verdict::Divergent;
    }
    if !input.text_available {
        return Verdict::Unverifiable;
    }
    match input.anchor_score {
        Some(score) if score >= VERBATIM_MIN_SCORE => Verdict::Verbatim,
        Some(score) if score >= CLOSE_MIN_SCORE => Verdict::Close,
        Some(_) => Verdict::Paraphrase,
        None if input.word_overlap >= DIVERGENT_BELOW_OVERLAP => Verdict::Paraphrase,
        None => Verdict::Divergent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(anchor_score: Option<f32>, word_overlap: f32) -> VerdictInput {
        VerdictInput {
            text_available: true,
            named_conflicts: false,
            anchor_score,
            word_overlap,
        }
    }

    #[test]
    fn follows_the_rules_in_order() {
        assert_eq!(verdict(&input(Some(1.0), 1.0)), Verdict::Verbatim);
        assert_eq!(verdict(&input(Some(0.9), 1.0)), Verdict::Close);
        assert_eq!(verdict(&input(Some(0.6), 0.0)), Verdict::Paraphrase);
        assert_eq!(verdict(&input(None, 0.4)), Verdict::Paraphrase);
        assert_eq!(verdict(&input(None, 0.05)), Verdict::Divergent);
        let conflicting = VerdictInput {
            named_conflicts: true,
            ..input(Some(1.0), 1.0)
        };
        assert_eq!(verdict(&conflicting), Verdict::Divergent);
        let unavailable = VerdictInput {
            text_available: false,
            ..input(None, 0.0)
        };
        assert_eq!(verdict(&unavailable), Verdict::Unverifiable);
        let both = VerdictInput {
            text_available: false,
            ..conflicting
        };
        assert_eq!(verdict(&both), Verdict::Divergent);
    }
}
