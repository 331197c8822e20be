//! What the importer development set (`../shared/import-dev/`) expects of a document, from the
//! `<id>.meta.json` beside it, and whether an import meets it: the article count, the last
//! article number, the first words of the first article, the languages of the texts and the
//! articles of annexes numbered on their own. One definition for the `treaty import --check`
//! table and the snapshot test of the set.

use crate::model::Document;
use serde::Deserialize;

/// The expectations a `.meta.json` records.
#[derive(Debug, Clone, Deserialize)]
pub struct Expectations {
    pub articles_expected: usize,
    #[serde(default)]
    first_article_starts_with: String,
    #[serde(default)]
    last_article_number: serde_json::Value,
    /// "en", or the languages of a file with a translation, the main text's first.
    #[serde(default)]
    language: serde_json::Value,
    #[serde(default)]
    annexes: Vec<AnnexExpectation>,
}

/// What the meta says of one annex.
#[derive(Debug, Clone, Deserialize)]
struct AnnexExpectation {
    #[serde(default)]
    own_article_numbering: bool,
    #[serde(default)]
    articles: usize,
}

/// An import measured against [`Expectations`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub count: usize,
    /// The last article's number as read ("" with no article).
    pub last: String,
    /// The first article's text, whitespace normalised (see `first_words`).
    pub first_words: String,
    pub count_ok: bool,
    pub last_ok: bool,
    pub first_words_ok: bool,
    /// The languages read, main text first (primary subtags: "zh" for "zh-Hant").
    pub languages: Vec<String>,
    pub languages_ok: bool,
    /// Articles read in annexes numbered on their own, and whether that is the meta's count.
    pub annex_articles: usize,
    pub annex_articles_ok: bool,
}

impl Check {
    /// Whether the document reads as its meta expects.
    pub fn as_expected(&self) -> bool {
        self.count_ok
            && self.last_ok
            && self.first_words_ok
            && self.languages_ok
            && self.annex_articles_ok
    }
}

impl Expectations {
    pub fn from_json(json: &str) -> Result<Self, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The last number as the meta writes it: "320", or with its printed form "53 (第五十三條)".
    pub fn last_number(&self) -> String {
        match &self.last_article_number {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }

    /// The first words, whitespace normalised as the meta files quote them.
    pub fn first_words(&self) -> String {
        normalised(&self.first_article_starts_with)
    }

    /// The languages the meta gives, main first, as primary subtags.
    pub fn languages(&self) -> Vec<String> {
        match &self.language {
            serde_json::Value::String(s) => vec![primary(s)],
            serde_json::Value::Array(list) => list
                .iter()
                .filter_map(|l| l.as_str())
                .map(primary)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// How many articles the annexes numbered on their own hold, by the meta.
    pub fn annex_articles(&self) -> usize {
        self.annexes
            .iter()
            .filter(|a| a.own_article_numbering)
            .map(|a| a.articles)
            .sum()
    }

    /// `document` (or a refused import, `None`) against these expectations.
    pub fn check(&self, document: Option<&Document>) -> Check {
        let count = document.map_or(0, |d| d.articles.len());
        let last = document
            .and_then(|d| d.articles.last())
            .and_then(|a| a.number.clone())
            .unwrap_or_default();
        let words = document.map(|d| first_words(d, true)).unwrap_or_default();
        let bare_words = document.map(|d| first_words(d, false)).unwrap_or_default();
        let want = self.first_words();
        let languages: Vec<String> = document
            .map(|d| d.languages().iter().map(|l| primary(l)).collect())
            .unwrap_or_default();
        let annex_articles = document.map_or(0, |d| {
            d.annexes.iter().map(|a| a.articles.len()).sum::<usize>()
        });
        let want_languages = self.languages();
        Check {
            languages_ok: document.is_some()
                && (want_languages.is_empty() || languages == want_languages),
            languages,
            annex_articles_ok: document.is_some() && annex_articles == self.annex_articles(),
            annex_articles,
            count,
            count_ok: count == self.articles_expected,
            last_ok: document.is_some() && same_number(&last, &self.last_number()),
            first_words_ok: !want.is_empty()
                && (words.starts_with(&want) || bare_words.starts_with(&want)),
            last,
            first_words: words,
        }
    }
}

/// The first article's text, paragraphs joined, whitespace runs as one space; `numbered`, with
/// their printed numbers (part of the text as a plain-text file has it; an Akoma Ntoso file
/// keeps them apart, and the meta quotes its text without them).
fn first_words(document: &Document, numbered: bool) -> String {
    let text = document
        .articles
        .first()
        .and_then(|a| a.texts.first())
        .map(|t| {
            t.paragraphs
                .iter()
                .map(|p| match &p.number {
                    Some(number) if numbered => format!("{number} {}", p.text),
                    _ => p.text.clone(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    normalised(&text)
}

/// "zh-Hant" → "zh": the meta names scripts the importer cannot know.
fn primary(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_lowercase()
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The meta's last number may give the printed form too: "53 (第五十三條)".
fn same_number(read: &str, expected: &str) -> bool {
    let (value, printed) = match expected.split_once(" (") {
        Some((value, printed)) => (value, printed.trim_end_matches(')')),
        None => (expected, expected),
    };
    read == value || read == printed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_last_number_matches_its_value_or_its_printed_form() {
        assert!(same_number("53", "53 (第五十三條)"));
        assert!(same_number("第五十三條", "53 (第五十三條)"));
        assert!(same_number("I-32", "I-32"));
        assert!(!same_number("52", "53 (第五十三條)"));
    }

    #[test]
    fn a_refused_import_meets_nothing() {
        let e = Expectations::from_json(
            r#"{"articles_expected": 2, "first_article_starts_with": "The", "last_article_number": 2}"#,
        )
        .unwrap();
        assert_eq!(e.last_number(), "2");
        assert!(!e.check(None).as_expected());
    }

    #[test]
    fn languages_and_annex_articles_come_from_the_meta() {
        let e = Expectations::from_json(
            r#"{"articles_expected": 9, "language": ["fr", "zh-Hant"],
                "annexes": [{"own_article_numbering": true, "articles": 56},
                            {"own_article_numbering": false, "articles": 0}]}"#,
        )
        .unwrap();
        assert_eq!(e.languages(), ["fr", "zh"]);
        assert_eq!(e.annex_articles(), 56);
    }
}
