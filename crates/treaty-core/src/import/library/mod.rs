//! The shipped library: builds the app's [`Bundle`] from the corpus manifest
//! (`corpus/library.toml`) and the files it names: corpus-format texts, and treaty files as
//! readers import them (`import`, with their provenance).
//!
//! File access is the caller's (a closure), so that the same builder serves the `treaty` CLI,
//! which reads the corpus directory, and tests, which can hand it any text.

mod document;
mod error;
mod imported;
mod links;
mod manifest;
mod merge;
mod reports;

pub use error::LibraryError;

use crate::bundle::Bundle;
use crate::import::import_source;

/// Builds and checks the library described by `manifest` (the text of `library.toml`).
///
/// `read` is given each file path exactly as the manifest writes it (relative to the corpus
/// directory) and returns the file's text, or a message saying why it could not. The returned
/// bundle has passed [`Bundle::check`]; every report quote has been found in its source.
pub fn build_library(
    manifest: &str,
    mut read: impl FnMut(&str) -> Result<String, String>,
) -> Result<Bundle, LibraryError> {
    let parsed = manifest::parse(manifest)?;
    let line_of = |offset: usize| manifest::line_of(manifest, offset);

    let mut sources = Vec::with_capacity(parsed.sources.len());
    for spanned in &parsed.sources {
        let spec = spanned.get_ref();
        let text = read(&spec.file).map_err(|message| LibraryError::Read {
            file: spec.file.clone(),
            message,
        })?;
        let mut source = import_source(&spec.id, spec.about.clone(), &text).map_err(|error| {
            LibraryError::Import {
                file: spec.file.clone(),
                error,
            }
        })?;
        if let Some(title) = &spec.title {
            source.title = title.clone();
        }
        sources.push(source);
    }

    let mut documents = Vec::with_capacity(parsed.documents.len());
    for spanned in &parsed.documents {
        let spec = spanned.get_ref();
        let mut doc = document::build_document(spec, line_of(spanned.span().start), &mut read)?;
        reports::attach(&mut doc, &spec.reports, &sources, line_of)?;
        documents.push(doc);
    }

    let glossary_lines: Vec<usize> = parsed
        .glossary
        .iter()
        .map(|g| line_of(g.span().start))
        .collect();
    let source_lines: Vec<usize> = parsed
        .sources
        .iter()
        .map(|s| line_of(s.span().start))
        .collect();
    let glossary: Vec<_> = parsed
        .glossary
        .into_iter()
        .map(|g| g.into_inner())
        .collect();
    links::check_links(
        &documents,
        &sources,
        &source_lines,
        &glossary,
        &glossary_lines,
    )?;

    let bundle = Bundle::new(documents, sources, glossary);
    bundle.check().map_err(LibraryError::Bundle)?;
    Ok(bundle)
}
