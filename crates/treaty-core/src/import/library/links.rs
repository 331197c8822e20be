//! Checks that the manifest's cross-references (a source's `about`, a glossary entry's
//! `documents`) name documents that exist, which the bundle format cannot check by itself.

use super::LibraryError;
use crate::bundle::{GlossaryEntry, Source};
use crate::model::Document;
use std::collections::HashSet;

/// `glossary_lines[i]` is the manifest line of `glossary[i]`, `source_lines` likewise.
pub(crate) fn check_links(
    documents: &[Document],
    sources: &[Source],
    source_lines: &[usize],
    glossary: &[GlossaryEntry],
    glossary_lines: &[usize],
) -> Result<(), LibraryError> {
    let known: HashSet<&str> = documents.iter().map(|d| d.id.as_str()).collect();
    let unknown = |ids: &[String]| ids.iter().find(|id| !known.contains(id.as_str())).cloned();
    for (s, line) in sources.iter().zip(source_lines) {
        if let Some(id) = unknown(&s.about) {
            return Err(manifest(
                *line,
                format!("source \"{}\" is about the unknown document \"{id}\"", s.id),
            ));
        }
    }
    let mut ids = HashSet::new();
    for (g, line) in glossary.iter().zip(glossary_lines) {
        if !ids.insert(g.id.as_str()) {
            return Err(manifest(
                *line,
                format!("two glossary entries have the id \"{}\"", g.id),
            ));
        }
        if let Some(id) = unknown(&g.documents) {
            return Err(manifest(
                *line,
                format!(
                    "glossary entry \"{}\" names the unknown document \"{id}\"",
                    g.id
                ),
            ));
        }
        if g.forms.is_empty() {
            return Err(manifest(
                *line,
                format!("glossary entry \"{}\" has no forms", g.id),
            ));
        }
    }
    Ok(())
}

fn manifest(line: usize, message: String) -> LibraryError {
    LibraryError::Manifest {
        line: Some(line),
        message,
    }
}
