//! The words for "article" in every language of the layer: those that open a heading in a
//! treaty file ("Article", "Статья", "Artículo"), and the forms that introduce an article
//! number in a text ("Articles 3 and 4", "статьей 51", "Art. 4").

use super::LANGUAGES;

/// How a language writes "article".
pub struct ArticleWords {
    /// Words that open an article heading, lower case ("art" also stands for "art.").
    pub heading: &'static [&'static str],
    /// Forms that introduce one article number.
    pub singular: &'static [&'static str],
    /// Forms that can introduce a list ("Articles 3, 4 and 5"; German "Artikel" both).
    pub plural: &'static [&'static str],
    /// Abbreviations that need their dot ("Art.", "ст."), which may introduce lists.
    pub abbreviations: &'static [&'static str],
    /// Words for the number one as the first article's heading may give it ("Article premier").
    pub first: &'static [&'static str],
    /// Words that join two article numbers in one heading ("Art 74a und 75").
    pub joiners: &'static [&'static str],
}

impl ArticleWords {
    /// A language whose words for "article" are not read.
    pub const NONE: ArticleWords = ArticleWords {
        heading: &[],
        singular: &[],
        plural: &[],
        abbreviations: &[],
        first: &[],
        joiners: &[],
    };
}

/// How a language heads the parts of a treaty file other than articles, lower case.
pub struct DivisionWords {
    /// The preamble's heading ("preamble").
    pub preamble: &'static [&'static str],
    /// The word that opens a chapter heading in the corpus format ("chapter", "глава").
    pub chapter: &'static [&'static str],
    /// Words that open a division of a reader's file, read as a chapter ("part", "Teil").
    pub divisions: &'static [&'static str],
    /// Words that open an annex or protocol, after the articles, with its own numbering.
    pub annex: &'static [&'static str],
    /// Words that open a schedule or appendix: an annex after the articles, a part of the
    /// annex inside one (the CWC's Annex on Chemicals holds Schedules 1–3).
    pub schedule: &'static [&'static str],
    /// How a stub of a repealed article says so, brackets included where printed.
    pub repealed: &'static [&'static str],
}

impl DivisionWords {
    /// A language whose division headings are not read.
    pub const NONE: DivisionWords = DivisionWords {
        preamble: &[],
        chapter: &[],
        divisions: &[],
        annex: &[],
        schedule: &[],
        repealed: &[],
    };
}

/// Every language's words of the list `list` picks from its division words.
pub fn division_words(
    list: impl Fn(&'static DivisionWords) -> &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    LANGUAGES
        .iter()
        .flat_map(move |l| list(l.divisions))
        .copied()
}

/// Every language's words of the list `list` picks from its words for "article".
pub fn article_words_of(
    list: impl Fn(&'static ArticleWords) -> &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().flat_map(move |l| list(l.article)).copied()
}

/// Whether `lower` is a preamble's heading in some language ("preamble", "преамбула").
pub fn is_preamble_word(lower: &str) -> bool {
    LANGUAGES
        .iter()
        .any(|l| l.divisions.preamble.contains(&lower))
}

/// Whether `lower` opens a chapter heading in some language ("chapter", "глава", "kapitel").
pub fn is_chapter_word(lower: &str) -> bool {
    LANGUAGES
        .iter()
        .any(|l| l.divisions.chapter.contains(&lower))
}

/// Every language's words for "article".
fn article_words() -> impl Iterator<Item = &'static ArticleWords> {
    LANGUAGES.iter().map(|l| l.article)
}

/// Whether `lower` opens an article heading in some language ("article", "статья", "art").
pub fn is_heading_word(lower: &str) -> bool {
    article_words().any(|w| w.heading.contains(&lower))
}

/// A word that introduces article numbers in a text ("Article", "Art.", "статьей", "Artikel").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleWord {
    /// Written as an abbreviation that needs its dot ("Art.", "ст.").
    pub abbreviated: bool,
    /// Can introduce a list separated by commas ("Articles 3, 4 and 5").
    pub plural: bool,
}

/// `lower` as a word that introduces article numbers, in any language.
pub fn article_word(lower: &str) -> Option<ArticleWord> {
    let found = |abbreviated, plural| {
        Some(ArticleWord {
            abbreviated,
            plural,
        })
    };
    if article_words().any(|w| w.abbreviations.contains(&lower)) {
        return found(true, true);
    }
    if article_words().any(|w| w.plural.contains(&lower)) {
        return found(false, true);
    }
    if article_words().any(|w| w.singular.contains(&lower)) {
        return found(false, false);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_words_in_every_language() {
        assert!(is_heading_word("artículo") && is_heading_word("статья") && is_heading_word("art"));
        assert!(!is_heading_word("articles"));
        assert_eq!(
            article_word("art"),
            Some(ArticleWord {
                abbreviated: true,
                plural: true
            })
        );
        assert!(!article_word("article").unwrap().plural);
        assert!(article_word("статьи").unwrap().plural);
        assert!(article_word("artikel").unwrap().plural);
        assert!(article_word("artist").is_none());
    }
}
