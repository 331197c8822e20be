//! A user's treaty file, in whichever format it comes, as a bundle the local library can keep:
//! one entry point so the app's "Import a treaty" button needs no knowledge of formats.

use super::assemble::assemble;
use super::html::Page;
use super::language::guess_language;
use super::lenient;
use super::markdown_text::markdown_lines;
use super::slug::{slug, stem};
use super::{
    decode, detect, import_akoma_ntoso_with, import_markdown_with, import_text, Format,
    FormatError, FormatOptions, ImportError, TextOptions,
};
use crate::bundle::{Bundle, BundleError};
use crate::model::{Document, WitnessKind};
use std::fmt;

/// Why a file could not become a treaty in the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreatyFileError {
    /// The bytes, the XML or the structure of the text.
    Format(FormatError),
    /// A bundle file that could not be read.
    Bundle(BundleError),
    /// A news page or plain text: a source, not a treaty.
    NotATreaty(Format),
}

impl fmt::Display for TreatyFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format(e) => e.fmt(f),
            Self::Bundle(e) => e.fmt(f),
            Self::NotATreaty(Format::Html) => write!(
                f,
                "this web page has no treaty structure: looked for two article headings or more in its text ({HEADINGS_LOOKED_FOR}) and found fewer"
            ),
            Self::NotATreaty(_) => write!(
                f,
                "no treaty structure found: looked for article headings at the start of a line ({HEADINGS_LOOKED_FOR}) and found none"
            ),
        }
    }
}

/// Examples of the headings the lenient reader recognises, for the message that says what was
/// looked for.
const HEADINGS_LOOKED_FOR: &str =
    "\"Article 1\", \"ARTICLE I\", \"Art. 1\", \"Artikel 1\", \"Статья 1\", \"§ 1\", \"第一條\"";

impl TreatyFileError {
    /// Whether the file was read but no treaty structure at all was found in it (plain text or
    /// a web page without article headings): it may be a news source, and the app offers to
    /// add it as one.
    pub fn may_be_a_source(&self) -> bool {
        matches!(self, Self::NotATreaty(_))
    }
}

impl std::error::Error for TreatyFileError {}

impl From<FormatError> for TreatyFileError {
    fn from(e: FormatError) -> Self {
        Self::Format(e)
    }
}

/// Reads the file `name` as a treaty. The document id is derived from the file name
/// (`local-<name>`), so the caller can keep ids unique in its library.
pub fn import_treaty_file(name: &str, bytes: &[u8]) -> Result<Bundle, TreatyFileError> {
    let text = decode(bytes)?;
    let id = local_id(name);
    let document = match detect(name, bytes) {
        Format::Bundle => return Bundle::from_json(text).map_err(TreatyFileError::Bundle),
        Format::CorpusText => {
            import_text(&id, text, &TextOptions::default()).map_err(FormatError::from)?
        }
        Format::Markdown => markdown(name, &id, text)?,
        Format::AkomaNtoso => import_akoma_ntoso_with(&id, text, &unstated(text))?,
        Format::PlainText => plain_text(name, &id, text)?,
        Format::Html => html(name, &id, text)?,
    };
    Ok(Bundle::new(vec![document], Vec::new(), Vec::new()))
}

/// A reader's plain text with article headings and no corpus header. Without any article
/// heading it is not a treaty.
fn plain_text(name: &str, id: &str, text: &str) -> Result<Document, TreatyFileError> {
    if text.trim().is_empty() {
        return Err(FormatError::from(ImportError::Empty).into());
    }
    lenient_document(name, id, text, &[], text)
        .ok_or(TreatyFileError::NotATreaty(Format::PlainText))
}

/// A web page holding a treaty (a legislation portal's or a treaty database's HTML). Akoma
/// Ntoso rendered as HTML (Indigo's `akn-` classes) is read from its structure; any other page's
/// readable text, one block element per line, is read leniently. At least two article headings
/// make it a treaty; a news page that starts a line with "Article 1 …" is not one.
fn html(name: &str, id: &str, text: &str) -> Result<Document, TreatyFileError> {
    let page = Page::parse(text);
    let readable = page.readable_text();
    let act = page.indigo_act();
    if let Some(document) = act.and_then(|a| a.document(id, &unstated(&readable))) {
        return Ok(document);
    }
    lenient_document(name, id, &readable, &[], text)
        .filter(|d| d.articles.len() >= 2)
        .ok_or(TreatyFileError::NotATreaty(Format::Html))
}

/// A reader's Markdown: as the project's own Markdown is written (`## Article 4` under a
/// `# Title`) it is read exactly by the Markdown importer; when that finds the structure wrong
/// (text before the first heading, a numbering that starts again, a heading it cannot read), as
/// in files from treaty databases, its text (`markdown_lines`) is read leniently instead, and
/// only when that finds no article either is the first reading's error given.
fn markdown(name: &str, id: &str, text: &str) -> Result<Document, TreatyFileError> {
    match import_markdown_with(id, text, &unstated(text)) {
        Err(FormatError::Import(error)) if is_structure(&error) => {
            let (lines, origins) = markdown_lines(text);
            lenient_document(name, id, &lines, &origins, text)
                .ok_or_else(|| FormatError::Import(error).into())
        }
        other => Ok(other?),
    }
}

/// Errors about where headings are, which the lenient reader handles.
fn is_structure(error: &ImportError) -> bool {
    matches!(
        error,
        ImportError::TextBeforeHeading { .. }
            | ImportError::TextBeforeFirstArticle { .. }
            | ImportError::DuplicateArticle { .. }
            | ImportError::DuplicatePreamble { .. }
            | ImportError::BadNumber { .. }
            | ImportError::ChapterWithoutArticles { .. }
            | ImportError::NoArticles
    )
}

/// `text` read by the lenient reader (`lenient`, with `origins` mapping its lines to the file's):
/// status unstated, language guessed from `original`, titled by its first line or else after
/// the file; what was read as text rather than as headings, and numbering gaps, are the
/// document's notes. `None` without any article.
fn lenient_document(
    name: &str,
    id: &str,
    text: &str,
    origins: &[usize],
    original: &str,
) -> Option<Document> {
    let read = lenient::read(text, origins)?;
    let has_gaps = read
        .layout
        .parts
        .iter()
        .any(|p| p.paragraphs.iter().any(|para| para.gap));
    let stem = stem(name).trim();
    let title = read.title.clone().unwrap_or_else(|| {
        if stem.is_empty() {
            id.to_owned()
        } else {
            stem.to_owned()
        }
    });
    let mut options = unstated(original);
    if let Some(language) = read.language {
        options.language = language.to_owned();
    }
    let mut document = assemble(id, &title, read.layout, &options.provenance(has_gaps));
    document.notes.extend(read.notes);
    Some(document)
}

/// What a Markdown or Akoma Ntoso file does not say: its status is unknown (never presumed
/// official) and its language is guessed from its text.
fn unstated(text: &str) -> FormatOptions {
    FormatOptions {
        kind: WitnessKind::Unstated,
        language: guess_language(text).to_owned(),
        ..FormatOptions::default()
    }
}

/// `local-` and the file name's stem, lower-cased, other characters as hyphens.
fn local_id(name: &str) -> String {
    match slug(stem(name), usize::MAX) {
        s if s.is_empty() => "local".to_owned(),
        s => format!("local-{s}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKDOWN: &str =
        "# Test Treaty\n\n## Article 1\n\nThe Parties agree.\n\n## Article 2\n\nThey consult.\n";

    #[test]
    fn a_markdown_treaty_becomes_a_one_document_bundle() {
        let bundle = import_treaty_file("My Treaty.md", MARKDOWN.as_bytes()).unwrap();
        let d = &bundle.documents[0];
        assert_eq!(d.id, "local-my-treaty");
        assert_eq!(d.title, "Test Treaty");
        assert_eq!(d.articles.len(), 2);
        let text = &d.articles[0].texts[0];
        assert_eq!(
            text.witness.kind,
            WitnessKind::Unstated,
            "never presumed official"
        );
        assert_eq!(text.language, "en");
    }

    #[test]
    fn an_import_never_replaces_a_document_already_in_the_library() {
        let first = import_treaty_file("a.md", MARKDOWN.as_bytes()).unwrap();
        let other = MARKDOWN.replace("Test Treaty", "Other");
        let second = import_treaty_file("a.md", other.as_bytes()).unwrap();
        let merged = first.merged(second);
        assert_eq!(merged.documents.len(), 1);
        assert_eq!(merged.documents[0].title, "Test Treaty");
    }

    #[test]
    fn a_second_import_of_the_same_name_gets_its_own_id() {
        let mut second = import_treaty_file("a.md", MARKDOWN.as_bytes()).unwrap();
        second.give_unique_ids(|id| id == "local-a" || id == "local-a-2");
        assert_eq!(second.documents[0].id, "local-a-3");
    }

    #[test]
    fn plain_text_with_headings_is_a_treaty_of_unstated_status() {
        let text = "Article 1\n\nLes Parties se consultent et les accords de la paix.\n\nArticle 2\n\nLa paix.\n";
        let bundle = import_treaty_file("Accord de paix.txt", text.as_bytes()).unwrap();
        let d = &bundle.documents[0];
        assert_eq!(d.title, "Accord de paix");
        assert_eq!(d.articles.len(), 2);
        assert_eq!(d.articles[0].texts[0].witness.kind, WitnessKind::Unstated);
        assert_eq!(d.articles[0].texts[0].language, "fr");
        // A title line before the first heading is the document's title, not an error.
        let titled = import_treaty_file("x.txt", b"A title\n\nArticle 1\n\nOne.\n").unwrap();
        assert_eq!(titled.documents[0].title, "A title");
        assert_eq!(titled.documents[0].articles.len(), 1);
    }

    #[test]
    fn files_that_are_not_treaties_say_what_they_are() {
        let page = import_treaty_file("page.html", b"<!DOCTYPE html><p>News</p>").unwrap_err();
        assert!(page.to_string().contains("web page"));
        assert!(page.may_be_a_source());
        let plain = import_treaty_file("notes.txt", b"Just some notes.\n").unwrap_err();
        assert!(plain.to_string().contains("no treaty structure"));
        assert!(
            plain.to_string().contains("\"Article 1\""),
            "says what was looked for"
        );
        assert!(plain.may_be_a_source());
        let binary = import_treaty_file("x.md", b"\0\x01\x02").unwrap_err();
        assert!(binary.to_string().contains("binary"));
        assert!(!binary.may_be_a_source());
        let bundle = import_treaty_file("x.json", b"{\"format\": 1}").unwrap_err();
        assert!(bundle.to_string().contains("not a Treaty Reader bundle"));
    }
}
