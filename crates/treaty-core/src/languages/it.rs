//! Italian: the words that open an article heading in a treaty file (its references and numbers
//! in words are not read yet).

use super::ArticleWords;

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["articolo"],
    singular: &[],
    plural: &[],
    abbreviations: &[],
};
