//! Import of a treaty written as Markdown: `# Title`, then `## Preamble`, `## Chapter I — Title`
//! and `## Article 4` (or `### Article 4 — Heading`) headings over blank-line separated
//! paragraphs. Headings are read by the corpus importer's rules, so "Article IV" and
//! "Artikel 4" work here too and the same errors are reported.

use super::assemble::assemble;
use super::blocks::{blocks, Block, Line};
use super::heading::{classify, Heading};
use super::layout::{Layout, Part, Place};
use super::paragraph::paragraphs;
use super::{FormatError, FormatOptions, ImportError};
use crate::model::{Chapter, Document, Paragraph};
use crate::numbering::article_value;
use std::collections::HashMap;

const TITLE_SEPARATORS: &[&str] = &[" — ", " – ", " - "];

/// Imports a Markdown treaty as the document `id`, with the default [`FormatOptions`] (an
/// official text, complete unless `[...]` gaps appear).
pub fn import_markdown(id: &str, text: &str) -> Result<Document, FormatError> {
    import_markdown_with(id, text, &FormatOptions::default())
}

/// Imports a Markdown treaty as the document `id` with the caller's provenance.
pub fn import_markdown_with(
    id: &str,
    text: &str,
    options: &FormatOptions,
) -> Result<Document, FormatError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty.into());
    }
    let mut reader = Reader::default();
    for unit in units(&blocks(text, 1)) {
        match unit {
            Unit::Heading { level, text, line } => reader.heading(level, text, line)?,
            Unit::Text(block) => reader.text(&block)?,
        }
    }
    let (title, layout) = reader.finish()?;
    let has_gaps = layout
        .parts
        .iter()
        .flat_map(|p| &p.paragraphs)
        .any(|p| p.gap);
    let title = title.unwrap_or_else(|| id.to_owned());
    Ok(assemble(id, &title, layout, &options.provenance(has_gaps)))
}

/// A heading line or a run of text lines, in file order.
enum Unit<'a> {
    Heading {
        level: usize,
        text: &'a str,
        line: usize,
    },
    Text(Block<'a>),
}

/// Splits blocks at ATX heading lines, since Markdown does not need a blank line around them.
fn units<'a>(blocks: &[Block<'a>]) -> Vec<Unit<'a>> {
    let mut out = Vec::new();
    for block in blocks {
        let mut run: Vec<Line<'a>> = Vec::new();
        for line in &block.lines {
            match atx_heading(line.text) {
                Some((level, text)) => {
                    if !run.is_empty() {
                        out.push(Unit::Text(Block {
                            lines: std::mem::take(&mut run),
                        }));
                    }
                    out.push(Unit::Heading {
                        level,
                        text,
                        line: line.number,
                    });
                }
                None => run.push(*line),
            }
        }
        if !run.is_empty() {
            out.push(Unit::Text(Block { lines: run }));
        }
    }
    out
}

/// `## Article 4 ##` → (2, "Article 4"); `None` for a line that is not an ATX heading.
fn atx_heading(line: &str) -> Option<(usize, &str)> {
    let line = line.trim_start();
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[level..];
    let spaced = rest.is_empty() || rest.starts_with([' ', '\t']);
    if !(1..=6).contains(&level) || !spaced {
        return None;
    }
    Some((level, rest.trim().trim_end_matches('#').trim_end()))
}

/// A chapter heading waiting for its first article.
struct OpenChapter {
    number: String,
    title: String,
    line: usize,
}

/// The layout as it is read, heading by heading.
#[derive(Default)]
struct Reader {
    title: Option<String>,
    layout: Layout,
    chapter: Option<OpenChapter>,
    /// A heading the rules do not know ("Composition"), kept for the next article.
    pending: Option<(String, usize)>,
    articles: HashMap<u32, usize>,
    preamble: Option<usize>,
}

impl Reader {
    fn heading(&mut self, level: usize, text: &str, line: usize) -> Result<(), ImportError> {
        let parsed = parse_heading(text, line);
        let opens_document = self.title.is_none() && self.layout.parts.is_empty();
        if level == 1 && opens_document && matches!(parsed, Ok(None)) {
            self.title = Some(text.to_owned());
            return Ok(());
        }
        match parsed? {
            Some((Heading::Preamble, _)) => self.preamble(line),
            Some((Heading::Article { number }, heading)) => self.article(number, heading, line),
            Some((Heading::Chapter { number, title }, _)) => self.chapter(number, title, line),
            None => {
                self.flush_pending()?;
                self.pending = Some((text.to_owned(), line));
                Ok(())
            }
        }
    }

    fn preamble(&mut self, line: usize) -> Result<(), ImportError> {
        if let Some(first_line) = self.preamble {
            return Err(ImportError::DuplicatePreamble { line, first_line });
        }
        self.flush_pending()?;
        self.preamble = Some(line);
        self.layout.parts.push(Part {
            place: Place::Preamble,
            paragraphs: Vec::new(),
        });
        Ok(())
    }

    fn article(
        &mut self,
        number: String,
        heading: Option<String>,
        line: usize,
    ) -> Result<(), ImportError> {
        let value = article_value(&number).unwrap_or_default();
        if let Some(&first_line) = self.articles.get(&value) {
            return Err(ImportError::DuplicateArticle {
                number,
                line,
                first_line,
            });
        }
        self.articles.insert(value, line);
        if let Some(c) = self.chapter.take() {
            self.layout.chapters.push(Chapter {
                number: c.number,
                kind: None,
                title: c.title,
                first_article: number.clone(),
            });
        }
        let heading = heading.or_else(|| self.pending.take().map(|(text, _)| text));
        self.layout.parts.push(Part {
            place: Place::Article { number, heading },
            paragraphs: Vec::new(),
        });
        Ok(())
    }

    fn chapter(&mut self, number: String, title: String, line: usize) -> Result<(), ImportError> {
        if let Some(c) = &self.chapter {
            return Err(ImportError::ChapterWithoutArticles { line: c.line });
        }
        self.flush_pending()?;
        self.chapter = Some(OpenChapter {
            number,
            title,
            line,
        });
        Ok(())
    }

    fn text(&mut self, block: &Block<'_>) -> Result<(), ImportError> {
        self.flush_pending()?;
        self.push(block.line(), paragraphs(block))
    }

    /// An unknown heading followed by text rather than an article is text itself, not dropped.
    fn flush_pending(&mut self) -> Result<(), ImportError> {
        match self.pending.take() {
            Some((text, line)) => {
                let paragraph = Paragraph {
                    number: None,
                    text,
                    gap: false,
                };
                self.push(line, vec![paragraph])
            }
            None => Ok(()),
        }
    }

    fn push(&mut self, line: usize, paragraphs: Vec<Paragraph>) -> Result<(), ImportError> {
        if self.chapter.is_some() {
            return Err(ImportError::TextBeforeFirstArticle { line });
        }
        let part = self
            .layout
            .parts
            .last_mut()
            .ok_or(ImportError::TextBeforeHeading { line })?;
        part.paragraphs.extend(paragraphs);
        Ok(())
    }

    fn finish(mut self) -> Result<(Option<String>, Layout), ImportError> {
        self.flush_pending()?;
        if let Some(c) = self.chapter {
            return Err(ImportError::ChapterWithoutArticles { line: c.line });
        }
        if self.articles.is_empty() {
            return Err(ImportError::NoArticles);
        }
        Ok((self.title, self.layout))
    }
}

/// Reads a heading by the corpus rules, also accepting "Article 4 — Heading" with the article's
/// own heading after a dash.
fn parse_heading(
    text: &str,
    line: usize,
) -> Result<Option<(Heading, Option<String>)>, ImportError> {
    if let Some(heading) = classify(text, line)? {
        return Ok(Some((heading, None)));
    }
    for separator in TITLE_SEPARATORS {
        if let Some((left, right)) = text.split_once(separator) {
            if let Some(article @ Heading::Article { .. }) = classify(left, line)? {
                let right = right.trim();
                return Ok(Some((
                    article,
                    (!right.is_empty()).then(|| right.to_owned()),
                )));
            }
        }
    }
    Ok(None)
}
