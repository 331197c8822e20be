//! Building one document of the library: the manifest's metadata, the texts of the files it
//! names, and every article the instrument has, with or without text.

use super::imported::import_document;
use super::manifest::DocumentSpec;
use super::merge::{empty, fill_articles, merge, order_texts};
use super::LibraryError;
use crate::import::{import_text, TextOptions};
use crate::model::{Completeness, Document, Provision};
use crate::numbering::article_value;

/// Builds the document described by `spec` (found at manifest line `line`), reading its text
/// files (or its imported file) through `read`. Reports are attached later, once the sources
/// are known.
pub(crate) fn build_document(
    spec: &DocumentSpec,
    line: usize,
    read: &mut dyn FnMut(&str) -> Result<String, String>,
) -> Result<Document, LibraryError> {
    match (&spec.import, &spec.provenance) {
        (Some(file), _) => return import_document(spec, file, line, read),
        (None, Some(_)) => {
            return Err(LibraryError::Manifest {
                line: Some(line),
                message: format!(
                    "document \"{}\" has a [document.provenance] but no `import` file",
                    spec.id
                ),
            })
        }
        (None, None) => {}
    }
    let mut doc = Document {
        id: spec.id.clone(),
        title: spec.title.clone(),
        short_title: spec.short_title.clone(),
        aliases: spec.aliases.clone(),
        self_references: spec.self_references.clone(),
        parties: spec.parties.clone(),
        signed: spec.signed.clone(),
        in_force: spec.in_force.clone(),
        authentic_languages: spec.authentic_languages.clone(),
        notes: spec.notes.clone(),
        completeness: Completeness::NotAvailable,
        preamble: None,
        chapters: Vec::new(),
        articles: Vec::new(),
        unplaced: Vec::new(),
        annexes: Vec::new(),
    };
    let mut files_complete = true;
    for text in &spec.texts {
        let content = read(&text.file).map_err(|message| LibraryError::Read {
            file: text.file.clone(),
            message,
        })?;
        let options = TextOptions {
            kind: text.kind,
            completeness: text.completeness,
            publisher: text.publisher.clone(),
            language: None,
        };
        let imported =
            import_text(&spec.id, &content, &options).map_err(|error| LibraryError::Import {
                file: text.file.clone(),
                error,
            })?;
        files_complete &= imported.completeness == Completeness::Complete;
        merge(&mut doc, imported);
    }
    if spec.preamble && doc.preamble.is_none() {
        doc.preamble = Some(empty(None));
    }
    if let Some(count) = spec.article_count {
        check_count(&doc, count, line)?;
        fill_articles(&mut doc, count);
    }
    order_texts(&mut doc);
    doc.completeness = completeness(&doc, files_complete);
    Ok(doc)
}

/// A file holding an article beyond the stated count means the manifest or the file is wrong.
fn check_count(doc: &Document, count: u32, line: usize) -> Result<(), LibraryError> {
    let beyond = doc.articles.iter().find(|a| {
        a.number
            .as_deref()
            .and_then(article_value)
            .is_some_and(|v| v > count)
    });
    match beyond {
        Some(a) => Err(LibraryError::Manifest {
            line: Some(line),
            message: format!(
                "document \"{}\" has article_count = {count}, but its texts hold {}",
                doc.id,
                a.label()
            ),
        }),
        None => Ok(()),
    }
}

/// Complete only when every file is complete and every provision has complete text.
fn completeness(doc: &Document, files_complete: bool) -> Completeness {
    let has_text = doc.provisions().any(|p| !p.texts.is_empty()) || !doc.unplaced.is_empty();
    let all_complete = doc
        .provisions()
        .map(Provision::completeness)
        .all(|c| c == Completeness::Complete);
    if !has_text {
        Completeness::NotAvailable
    } else if files_complete && all_complete {
        Completeness::Complete
    } else {
        Completeness::Partial
    }
}
