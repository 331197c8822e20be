//! Why a corpus file could not be imported, with the line to look at.

use std::fmt;

/// An import failure. Line numbers are 1-based lines of the imported text, so that a message can
/// be acted on in any editor; the caller adds the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The text is empty or only whitespace.
    Empty,
    /// The text contains NUL characters: it is a binary file, not corpus text.
    Binary { line: usize },
    /// A line starting with `#` in the header is not of the form `# key: value`.
    MalformedHeader { line: usize },
    /// The header is followed by text without the blank line that separates it from the body.
    MissingBlankLine { line: usize },
    /// Nothing follows the header.
    NoBody { line: usize },
    /// A header the file needs is absent.
    MissingHeader { key: &'static str },
    /// The `status:` header does not say whether the text is official, a translation or a
    /// report, and the caller did not say either.
    UnknownWitnessKind { line: usize },
    /// A source's `date:` header does not start with an ISO 8601 date.
    BadDate { line: usize, value: String },
    /// The body has no article headings and the header no `article-map` lines, so no text can be
    /// placed in an article.
    NoArticles,
    /// Text comes before the first heading of a file that has headings.
    TextBeforeHeading { line: usize },
    /// Text comes between a chapter heading and the chapter's first article.
    TextBeforeFirstArticle { line: usize },
    /// Two headings give the same article number (by value: "4" and "IV" are the same).
    DuplicateArticle {
        number: String,
        line: usize,
        first_line: usize,
    },
    /// The file has two preamble headings.
    DuplicatePreamble { line: usize, first_line: usize },
    /// An article or chapter heading whose number is neither Arabic nor Roman.
    BadNumber { line: usize, heading: String },
    /// A chapter heading with no article after it.
    ChapterWithoutArticles { line: usize },
    /// An `article-map` line that names a paragraph but not in the expected form.
    BadArticleMap { line: usize, reason: String },
    /// An `article-map` line whose paragraph prefix matches no paragraph of the body.
    UnmatchedArticleMap { line: usize, prefix: String },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the file is empty"),
            Self::Binary { line } => write!(
                f,
                "line {line}: contains a NUL character; this is a binary file, not UTF-8 text"
            ),
            Self::MalformedHeader { line } => write!(
                f,
                "line {line}: header lines must have the form \"# key: value\""
            ),
            Self::MissingBlankLine { line } => write!(
                f,
                "line {line}: expected a blank line between the \"# \" header lines and the text"
            ),
            Self::NoBody { line } => write!(f, "line {line}: no text after the header"),
            Self::MissingHeader { key } => {
                write!(f, "the header has no \"# {key}: ...\" line")
            }
            Self::UnknownWitnessKind { line } => write!(
                f,
                "line {line}: the status does not say whether the text is an official text, a translation or a report (\"official text\", \"TRANSLATION\", \"NOT an official text\")"
            ),
            Self::BadDate { line, value } => write!(
                f,
                "line {line}: the date \"{value}\" does not start with an ISO 8601 date (YYYY-MM-DD)"
            ),
            Self::NoArticles => write!(
                f,
                "no article headings (\"Article 1\") in the text and no \"# article-map: paragraph ...\" header lines, so no text can be placed in an article"
            ),
            Self::TextBeforeHeading { line } => write!(
                f,
                "line {line}: text before the first heading (\"Preamble\" or \"Article 1\")"
            ),
            Self::TextBeforeFirstArticle { line } => write!(
                f,
                "line {line}: text between a chapter heading and the chapter's first article"
            ),
            Self::DuplicateArticle {
                number,
                line,
                first_line,
            } => write!(
                f,
                "line {line}: Article {number} appears twice (first at line {first_line})"
            ),
            Self::DuplicatePreamble { line, first_line } => write!(
                f,
                "line {line}: a second preamble heading (first at line {first_line})"
            ),
            Self::BadNumber { line, heading } => write!(
                f,
                "line {line}: the heading \"{heading}\" has no valid number (Arabic like 4 or Roman like IV)"
            ),
            Self::ChapterWithoutArticles { line } => {
                write!(f, "line {line}: chapter heading with no article after it")
            }
            Self::BadArticleMap { line, reason } => {
                write!(f, "line {line}: bad article-map line: {reason}")
            }
            Self::UnmatchedArticleMap { line, prefix } => write!(
                f,
                "line {line}: the article-map paragraph \"{prefix}\" matches no paragraph of the text"
            ),
        }
    }
}

impl std::error::Error for ImportError {}
