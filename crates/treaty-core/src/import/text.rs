//! Import of one corpus treaty text (`corpus/*.txt`) into a [`Document`].

use super::assemble::{assemble, Provenance};
use super::blocks::blocks;
use super::header::{split, Header};
use super::{headed, mapped, witness, ImportError};
use crate::model::{Completeness, Document, WitnessKind};

/// What the caller knows better than the file's header. The library manifest uses it, e.g. to
/// mark every article of a news agency's report partial even where a sentence looks finished.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextOptions {
    /// Witness kind for all texts of the file, instead of the one read from `status:`.
    pub kind: Option<WitnessKind>,
    /// Completeness for all texts of the file, instead of the one judged from the text.
    pub completeness: Option<Completeness>,
    /// Publisher for the witness, instead of the one read from `publisher:` or `source:`.
    pub publisher: Option<String>,
    /// Language of a file without a `language:` header (a reader's plain text with headings).
    pub language: Option<String>,
}

/// Imports a corpus treaty text as the document `id`.
///
/// The file's headings (or its `article-map` header lines) place the text in articles; its
/// header gives the witness, the language and whether the copy is complete. Only what the file
/// holds is returned: articles it lacks are not invented, and document metadata the file does
/// not carry (aliases, parties, dates) is empty.
pub fn import_text(id: &str, text: &str, options: &TextOptions) -> Result<Document, ImportError> {
    let split = split(text)?;
    let header = &split.header;
    let body = blocks(split.body, split.body_line);
    let layout = if headed::has_article_headings(&body) {
        headed::layout(&body)?
    } else if mapped::has_article_map(header) {
        mapped::layout(header, &body)?
    } else {
        return Err(ImportError::NoArticles);
    };
    let provenance = Provenance {
        language: match (header.first("language"), &options.language) {
            (Some(entry), _) => entry.value.clone(),
            (None, Some(language)) => language.clone(),
            (None, None) => return Err(ImportError::MissingHeader { key: "language" }),
        },
        witness: witness::witness(header, options.kind, options.publisher.as_deref())?,
        complete: states_complete(header),
        completeness: options.completeness,
    };
    let title = header.first("title").map_or(id, |e| e.value.as_str());
    Ok(assemble(id, title, layout, &provenance))
}

/// Whether the `completeness:` header says COMPLETE. Anything else, including no such header,
/// means the text is judged paragraph by paragraph: a reader is never told a text is complete
/// unless its file says so.
fn states_complete(header: &Header) -> bool {
    header
        .first("completeness")
        .is_some_and(|e| e.value.to_uppercase().starts_with("COMPLETE"))
}
