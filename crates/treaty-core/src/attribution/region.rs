//! Where a paraphrase sits in an article: a statement in other words (or another language)
//! never matches the text character by character, but its content terms cluster in one stretch
//! of a paragraph. That stretch is the passage a reader should see highlighted.

use super::terms::Token;

/// Cost of a passage content word the statement does not share, against 1 for one it shares:
/// a stretch may bridge a few unshared words ("the other side shall provide") but not a clause.
const UNSHARED: f32 = 0.6;
/// Fewer shared content words than this is coincidence, not a rendering of the passage.
const MIN_SHARED: usize = 3;

/// The stretch of `passage` where the content terms of `statement` cluster most densely
/// (maximum-sum run, shared words +1, unshared −0.6), as byte offsets into the passage's text,
/// with the number of shared words in it. `None` below three shared words.
pub(crate) fn aligned_region(
    statement: &[Token],
    passage: &[Token],
) -> Option<(usize, usize, usize)> {
    let content: Vec<&Token> = passage.iter().filter(|t| t.content).collect();
    let shared: Vec<bool> = content
        .iter()
        .map(|p| statement.iter().any(|s| s.content && s.matches(p)))
        .collect();
    let mut best: Option<(f32, usize, usize)> = None;
    let mut run_start = 0;
    let mut sum = 0.0_f32;
    for (i, is_shared) in shared.iter().enumerate() {
        if sum <= 0.0 {
            run_start = i;
            sum = 0.0;
        }
        sum += if *is_shared { 1.0 } else { -UNSHARED };
        if *is_shared && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, run_start, i));
        }
    }
    let (_, first, last) = best?;
    let first = (first..=last).find(|&i| shared[i])?;
    let count = shared[first..=last].iter().filter(|s| **s).count();
    (count >= MIN_SHARED).then(|| (content[first].start, content[last].end, count))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::terms::tokens;

    fn read(text: &str) -> Vec<Token> {
        tokens(text, "en", &[], "d")
    }

    #[test]
    fn a_paraphrase_finds_the_stretch_it_renders() {
        let passage = "The two sides shall exchange views. In case any one of the two sides is put in a state of war by an armed invasion, the other side shall provide military and other assistance without delay.";
        let statement = "if one party is subjected to an armed attack and finds itself in a state of war, the other will provide military assistance";
        let (start, end, shared) =
            aligned_region(&read(statement), &read(passage)).expect("aligned");
        let region = &passage[start..end];
        assert!(
            region.starts_with("state of war") || region.contains("state of war"),
            "{region}"
        );
        assert!(region.contains("military and other assistance"), "{region}");
        assert!(!region.contains("exchange views"), "{region}");
        assert!(shared >= 4);
    }

    #[test]
    fn unrelated_text_has_no_region() {
        assert_eq!(
            aligned_region(
                &read("the weather was fine in Moscow"),
                &read("The parties shall consult each other.")
            ),
            None
        );
        assert_eq!(aligned_region(&[], &[]), None);
    }
}
