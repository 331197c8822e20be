//! The library manifest (`corpus/library.toml`): which documents, texts, sources and glossary
//! entries make up the shipped library, and what the text files cannot say themselves (titles,
//! aliases, dates, reports of articles whose text is missing).

use super::LibraryError;
use crate::bundle::GlossaryEntry;
use crate::model::{Completeness, Event, WitnessKind};
use serde::Deserialize;
use toml::Spanned;

/// The whole manifest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Manifest {
    /// Documents in bundle order; the first is the app's default.
    #[serde(default, rename = "document")]
    pub documents: Vec<Spanned<DocumentSpec>>,
    #[serde(default, rename = "source")]
    pub sources: Vec<Spanned<SourceSpec>>,
    #[serde(default)]
    pub glossary: Vec<Spanned<GlossaryEntry>>,
}

/// One `[[document]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocumentSpec {
    pub id: String,
    pub title: String,
    pub short_title: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub self_references: Vec<String>,
    #[serde(default)]
    pub parties: Vec<String>,
    pub signed: Option<Event>,
    pub in_force: Option<Event>,
    #[serde(default)]
    pub authentic_languages: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    /// Number of articles the instrument has, when known: articles 1..=N are listed even
    /// without text.
    pub article_count: Option<u32>,
    /// The instrument has a preamble, listed even without text.
    #[serde(default)]
    pub preamble: bool,
    #[serde(default, rename = "text")]
    pub texts: Vec<TextSpec>,
    /// Instead of `texts`: a treaty file as a reader would import it (path relative to the
    /// corpus directory), read by [`crate::import::import_treaty_file`].
    pub import: Option<String>,
    /// Where the `import` file comes from; required with `import`.
    pub provenance: Option<ProvenanceSpec>,
    #[serde(default, rename = "report")]
    pub reports: Vec<ReportSpec>,
}

/// One `[[document.text]]`: a corpus file holding (part of) the document's text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TextSpec {
    /// Path relative to the corpus directory.
    pub file: String,
    pub kind: Option<WitnessKind>,
    pub completeness: Option<Completeness>,
    pub publisher: Option<String>,
}

/// `[document.provenance]`: the public repository an imported file was copied from, byte for
/// byte, and what it supports saying about the text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProvenanceSpec {
    /// `owner/name` on GitHub.
    pub repository: String,
    /// The file's path in the repository.
    pub path: String,
    /// The commit the copy was taken at (40 hex digits).
    pub commit: String,
    /// SHA-256 of the file's bytes, so a reader can check the copy.
    pub sha256: String,
    /// The repository's own statement of rights and licence, as it gives it.
    pub rights: String,
    /// Who published the text, as the witness line shows it.
    pub publisher: String,
    /// The kind of the file's texts, as far as the repository supports it.
    pub kind: WitnessKind,
    /// Languages whose texts are translations (the rest are of `kind`).
    #[serde(default)]
    pub translations: Vec<String>,
}

/// One `[[document.report]]`: what a source says about an article. Fields keep their position
/// so that an error points at the line to fix.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReportSpec {
    /// Article number, or `preamble`.
    pub article: Spanned<String>,
    pub source: Spanned<String>,
    pub quote: Spanned<String>,
    pub basis: String,
}

/// One `[[source]]`: a news source file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourceSpec {
    pub id: String,
    /// Path relative to the corpus directory.
    pub file: String,
    pub about: Vec<String>,
    /// The page's headline, for a stored text copy whose header and body do not hold it.
    pub title: Option<String>,
}

/// Parses the manifest; TOML errors carry the manifest line.
pub(crate) fn parse(text: &str) -> Result<Manifest, LibraryError> {
    toml::from_str(text).map_err(|e| LibraryError::Manifest {
        line: e.span().map(|s| line_of(text, s.start)),
        message: e.message().to_owned(),
    })
}

/// 1-based line of a byte offset in the manifest.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}
