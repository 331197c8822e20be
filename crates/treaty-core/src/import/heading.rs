//! Heading lines: "Preamble", "Article 4" (also "Article I", "Article 16 (fragments)", Russian
//! "Статья 16", German "Artikel 4") and "Chapter I — Purposes and Principles".

use super::ImportError;
use crate::numbering::article_value;

/// What a heading line opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Heading {
    Preamble,
    /// An article; `number` as printed, without any qualifier like "(fragments)".
    Article {
        number: String,
    },
    Chapter {
        number: String,
        title: String,
    },
}

const TITLE_SEPARATORS: &[&str] = &["— ", "– ", "- "];

/// Classifies a one-line block. `Ok(None)` for ordinary text; an error for a line shaped like a
/// heading whose number cannot be read, since silently treating it as text would merge two
/// articles.
pub(crate) fn classify(line: &str, line_no: usize) -> Result<Option<Heading>, ImportError> {
    let line = line.trim();
    let lower = line.to_lowercase();
    if crate::languages::is_preamble_word(&lower) {
        return Ok(Some(Heading::Preamble));
    }
    let Some((word, rest)) = line.split_once(char::is_whitespace) else {
        return Ok(None);
    };
    let word = word.to_lowercase();
    let rest = rest.trim_start();
    let (number, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let number = number.strip_suffix('.').unwrap_or(number);
    let after = after.trim();
    if crate::languages::is_heading_word(&word) {
        let qualifier_only = after.is_empty() || (after.starts_with('(') && after.ends_with(')'));
        if !qualifier_only {
            return Ok(None);
        }
        checked(number, line, line_no)?;
        return Ok(Some(Heading::Article {
            number: number.to_owned(),
        }));
    }
    if crate::languages::is_chapter_word(&word) {
        let title = if after.is_empty() {
            Some("")
        } else {
            TITLE_SEPARATORS.iter().find_map(|s| after.strip_prefix(s))
        };
        let Some(title) = title else {
            return Ok(None);
        };
        checked(number, line, line_no)?;
        return Ok(Some(Heading::Chapter {
            number: number.to_owned(),
            title: title.trim().to_owned(),
        }));
    }
    Ok(None)
}

fn checked(number: &str, line: &str, line_no: usize) -> Result<(), ImportError> {
    match article_value(number) {
        Some(_) => Ok(()),
        None => Err(ImportError::BadNumber {
            line: line_no,
            heading: line.to_owned(),
        }),
    }
}

/// Whether a one-line block right before an article heading is that article's sub-heading
/// ("Composition", "Functions and Powers"): short, capitalised, and not a sentence.
pub(crate) fn is_sub_heading(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let capitalised = line.chars().next().is_some_and(char::is_uppercase);
    let unpunctuated = !line.ends_with(|c: char| c.is_ascii_punctuation() || "”»…".contains(c));
    (1..=6).contains(&words) && capitalised && unpunctuated && !line.contains("[...")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(n: &str) -> Option<Heading> {
        Some(Heading::Article { number: n.into() })
    }

    #[test]
    fn article_headings_in_three_languages() {
        assert_eq!(classify("Article 4", 1), Ok(article("4")));
        assert_eq!(classify("Article I", 1), Ok(article("I")));
        assert_eq!(classify("Article 16 (fragments)", 1), Ok(article("16")));
        assert_eq!(classify("Статья 16 (фрагменты)", 1), Ok(article("16")));
        assert_eq!(classify("Artikel 4", 1), Ok(article("4")));
        assert_eq!(classify("Preamble", 1), Ok(Some(Heading::Preamble)));
    }

    #[test]
    fn chapter_headings_with_any_dash() {
        for line in [
            "Chapter I — Purposes and Principles",
            "Chapter I - Purposes and Principles",
            "Chapter I – Purposes and Principles",
        ] {
            assert_eq!(
                classify(line, 1),
                Ok(Some(Heading::Chapter {
                    number: "I".into(),
                    title: "Purposes and Principles".into()
                }))
            );
        }
    }

    #[test]
    fn sentences_about_articles_are_text() {
        assert_eq!(classify("Article 4 of the document applies.", 1), Ok(None));
        assert_eq!(classify("Chapter VII of the Charter", 1), Ok(None));
        assert_eq!(classify("Articles", 1), Ok(None));
    }

    #[test]
    fn unreadable_numbers_are_errors() {
        assert!(matches!(
            classify("Article IIII", 7),
            Err(ImportError::BadNumber { line: 7, .. })
        ));
        assert!(classify("Article four", 1).is_err());
        assert!(classify("Chapter X1 — Title", 1).is_err());
    }

    #[test]
    fn sub_headings_are_short_titles() {
        assert!(is_sub_heading("Composition"));
        assert!(is_sub_heading("Functions and Powers"));
        assert!(!is_sub_heading("The Purposes of the United Nations are:"));
        assert!(!is_sub_heading("AND FOR THESE ENDS,"));
        assert!(!is_sub_heading("the parties coordinate"));
    }
}
