//! How much of a statement's vocabulary an article's text shares: the evidence for a paraphrase
//! (or against one) when the statement is not close enough to anchor.

use std::collections::HashSet;

use super::words;
use crate::languages;

/// The share (0..=1) of the distinct content words of `statement` that also occur in
/// `article_text`. Words are lower-cased runs of letters and digits, without stemming, so an
/// inflected form counts as a different word; both texts must be in the same language for the
/// number to mean anything. A statement with no content words shares nothing (0).
pub fn word_overlap(statement: &str, article_text: &str) -> f32 {
    let content: HashSet<String> = words::keys(statement)
        .filter(|w| !languages::is_stop_word(w))
        .collect();
    if content.is_empty() {
        return 0.0;
    }
    let article: HashSet<String> = words::keys(article_text).collect();
    let shared = content.iter().filter(|w| article.contains(*w)).count();
    shared as f32 / content.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_function_words_and_case() {
        let overlap = word_overlap(
            "The Other side shall provide help",
            "the other side shall provide military assistance",
        );
        // content words: side, provide, help ("the", "other", "shall" are function words);
        // shared: side, provide
        assert!((overlap - 2.0 / 3.0).abs() < 1e-6);
    }

    #[test]
    fn works_in_russian_and_on_empty_input() {
        let overlap = word_overlap("и окажет помощь", "окажет военную помощь");
        assert!((overlap - 1.0).abs() < 1e-6);
        assert_eq!(word_overlap("", "text"), 0.0);
        assert_eq!(word_overlap("the of и", "text"), 0.0);
    }
}
