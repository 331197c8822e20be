//! Layout of a text with heading lines ("Preamble", "Chapter I — ...", "Article 1"): every
//! paragraph belongs to the provision whose heading comes before it.

use super::blocks::Block;
use super::heading::{classify, is_sub_heading, Heading};
use super::layout::{Layout, Part, Place};
use super::paragraph::paragraphs;
use super::ImportError;
use crate::model::Chapter;
use crate::numbering::article_value;
use std::collections::HashMap;

/// Whether any block is an article heading, i.e. whether this is the right layout for the text.
/// A heading with an unreadable number counts, so that its error is the one reported.
pub(crate) fn has_article_headings(blocks: &[Block<'_>]) -> bool {
    blocks.iter().any(|b| {
        is_article_heading(b)
            || b.single_line()
                .is_some_and(|line| classify(line, b.line()).is_err())
    })
}

fn is_article_heading(block: &Block<'_>) -> bool {
    block.single_line().is_some_and(|line| {
        matches!(
            classify(line, block.line()),
            Ok(Some(Heading::Article { .. }))
        )
    })
}

/// A chapter heading waiting for its first article.
struct OpenChapter {
    number: String,
    title: String,
    line: usize,
}

/// Lays out the blocks by their headings. A short title-like line right before an article
/// heading, after the first heading, is that article's sub-heading ("Composition").
pub(crate) fn layout(blocks: &[Block<'_>]) -> Result<Layout, ImportError> {
    let mut out = Layout::default();
    let mut open_chapter: Option<OpenChapter> = None;
    let mut sub_heading: Option<String> = None;
    let mut article_lines: HashMap<u32, usize> = HashMap::new();
    let mut preamble_line: Option<usize> = None;
    for (i, block) in blocks.iter().enumerate() {
        let line = block.line();
        let heading = match block.single_line() {
            Some(text) => classify(text, line)?,
            None => None,
        };
        match heading {
            Some(Heading::Preamble) => {
                if let Some(first_line) = preamble_line {
                    return Err(ImportError::DuplicatePreamble { line, first_line });
                }
                preamble_line = Some(line);
                out.parts.push(Part {
                    place: Place::Preamble,
                    paragraphs: Vec::new(),
                });
            }
            Some(Heading::Article { number }) => {
                let value = article_value(&number).unwrap_or_default();
                if let Some(&first_line) = article_lines.get(&value) {
                    return Err(ImportError::DuplicateArticle {
                        number,
                        line,
                        first_line,
                    });
                }
                article_lines.insert(value, line);
                if let Some(c) = open_chapter.take() {
                    out.chapters.push(Chapter {
                        number: c.number,
                        kind: None,
                        title: c.title,
                        first_article: number.clone(),
                    });
                }
                out.parts.push(Part {
                    place: Place::Article {
                        number,
                        heading: sub_heading.take(),
                    },
                    paragraphs: Vec::new(),
                });
            }
            Some(Heading::Chapter { number, title }) => {
                if let Some(c) = open_chapter {
                    return Err(ImportError::ChapterWithoutArticles { line: c.line });
                }
                open_chapter = Some(OpenChapter {
                    number,
                    title,
                    line,
                });
            }
            None => {
                let text = block.single_line().filter(|t| is_sub_heading(t));
                let inside = open_chapter.is_some() || !out.parts.is_empty();
                let before_article = blocks.get(i + 1).is_some_and(is_article_heading);
                if let (Some(text), true, true) = (text, inside, before_article) {
                    sub_heading = Some(text.to_owned());
                    continue;
                }
                if open_chapter.is_some() {
                    return Err(ImportError::TextBeforeFirstArticle { line });
                }
                let part = out
                    .parts
                    .last_mut()
                    .ok_or(ImportError::TextBeforeHeading { line })?;
                part.paragraphs.extend(paragraphs(block));
            }
        }
    }
    match open_chapter {
        Some(c) => Err(ImportError::ChapterWithoutArticles { line: c.line }),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::blocks::blocks;

    fn lay(body: &str) -> Result<Layout, ImportError> {
        layout(&blocks(body, 1))
    }

    #[test]
    fn sub_headings_and_chapters() {
        let l = lay("Chapter V — The Security Council\n\nComposition\n\nArticle 23\n\n1. The Security Council.\n\nVoting\n\nArticle 27\n\nText.").unwrap();
        assert_eq!(l.chapters.len(), 1);
        assert_eq!(l.chapters[0].first_article, "23");
        assert_eq!(l.chapters[0].title, "The Security Council");
        assert_eq!(
            l.parts[0].place,
            Place::Article {
                number: "23".into(),
                heading: Some("Composition".into())
            }
        );
        assert_eq!(l.parts[0].paragraphs.len(), 1);
        assert_eq!(l.parts[0].paragraphs[0].number.as_deref(), Some("1."));
        assert_eq!(
            l.parts[1].place,
            Place::Article {
                number: "27".into(),
                heading: Some("Voting".into())
            }
        );
    }

    #[test]
    fn structural_errors_name_lines() {
        assert_eq!(
            lay("Article 1\n\nA.\n\nArticle I\n\nB."),
            Err(ImportError::DuplicateArticle {
                number: "I".into(),
                line: 5,
                first_line: 1
            })
        );
        assert_eq!(
            lay("Title\n\nArticle 1\n\nA."),
            Err(ImportError::TextBeforeHeading { line: 1 })
        );
        assert_eq!(
            lay("Article 1\n\nA.\n\nChapter II — X"),
            Err(ImportError::ChapterWithoutArticles { line: 5 })
        );
        assert_eq!(
            lay("Chapter I — X\n\nSome text.\n\nArticle 1\n\nA."),
            Err(ImportError::TextBeforeFirstArticle { line: 3 })
        );
        assert_eq!(
            lay("Preamble\n\nA.\n\nPreamble\n\nArticle 1"),
            Err(ImportError::DuplicatePreamble {
                line: 5,
                first_line: 1
            })
        );
    }
}
