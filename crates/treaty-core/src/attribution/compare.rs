//! Judging how a statement renders its article: a word-level diff against the matched text
//! ([`word_diff`]), the share of its content words the article has ([`word_overlap`]), and the
//! verdict drawn from those and the anchor ([`verdict()`]).

mod overlap;
mod verdict;
mod words;

pub use overlap::word_overlap;
pub use verdict::{
    verdict, VerdictInput, CLOSE_MIN_SCORE, DIVERGENT_BELOW_OVERLAP, VERBATIM_MIN_SCORE,
};

use similar::{capture_diff_slices, Algorithm, DiffTag};

use crate::attribution::{Change, DiffPart};

/// Word-level diff of `statement` against `matched` (the article text it was anchored to).
///
/// Words are compared case-insensitively, without the punctuation and quote marks around them,
/// so that only a different word is a difference; each part carries the words as written.
/// Every word keeps the separator that follows it in its own text (the statement's for `Same`
/// and `Added`, the article's for `Missing`), so the `Same` and `Added` parts concatenate to
/// `statement` exactly and the `Same` and `Missing` parts give the article's words in order.
/// Where words were replaced, the `Missing` part comes before the `Added` one; neighbouring
/// parts never share a change.
pub fn word_diff(statement: &str, matched: &str) -> Vec<DiffPart> {
    let old = words::segments(matched);
    let new = words::segments(statement);
    let old_keys: Vec<&str> = old.iter().map(|s| s.key.as_str()).collect();
    let new_keys: Vec<&str> = new.iter().map(|s| s.key.as_str()).collect();
    let mut parts: Vec<DiffPart> = Vec::new();
    let mut emit = |change: Change, segments: &[words::Segment<'_>]| {
        for segment in segments {
            match parts.last_mut() {
                Some(last) if last.change == change => last.text.push_str(segment.text),
                _ => parts.push(DiffPart {
                    change,
                    text: segment.text.to_owned(),
                }),
            }
        }
    };
    for op in capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => emit(Change::Same, &new[new_range]),
            DiffTag::Delete => emit(Change::Missing, &old[old_range]),
            DiffTag::Insert => emit(Change::Added, &new[new_range]),
            DiffTag::Replace => {
                emit(Change::Missing, &old[old_range]);
                emit(Change::Added, &new[new_range]);
            }
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(change: Change, text: &str) -> DiffPart {
        DiffPart {
            change,
            text: text.to_owned(),
        }
    }

    #[test]
    fn marks_changed_words_and_keeps_the_statement_as_written() {
        let parts = word_diff(
            "the other party will provide “military” aid",
            "The other side shall provide military aid",
        );
        assert_eq!(
            parts,
            vec![
                part(Change::Same, "the other "),
                part(Change::Missing, "side shall "),
                part(Change::Added, "party will "),
                part(Change::Same, "provide “military” aid"),
            ]
        );
    }

    #[test]
    fn identical_words_are_one_same_part() {
        let parts = word_diff("Self-defence, “inherent”", "self defence inherent");
        assert_eq!(parts, vec![part(Change::Same, "Self-defence, “inherent”")]);
    }

    #[test]
    fn empty_inputs() {
        assert!(word_diff("", "").is_empty());
        assert_eq!(word_diff("", "war"), vec![part(Change::Missing, "war")]);
        assert_eq!(word_diff("...", ""), vec![part(Change::Added, "...")]);
    }
}
