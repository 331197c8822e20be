//! The recogniser's entry point: article references first, then glossary terms in the text that
//! references leave free.

use super::names::Names;
use super::scan::Words;
use super::{articles, terms, Catalog, Mention};

/// What every rule of the grammar reads: the text's words, the catalog's names and the document
/// that bare references resolve to.
pub(super) struct Context<'t> {
    pub words: Words<'t>,
    pub names: Names,
    pub document_id: &'t str,
}

impl<'t> Context<'t> {
    pub fn new(text: &'t str, catalog: &Catalog, document_id: &'t str) -> Self {
        Self {
            words: Words::new(text),
            names: Names::new(catalog, document_id),
            document_id,
        }
    }
}

/// A position while reading a reference: the next word to read, and the byte offset up to which
/// the text is consumed (past the word before it, or past a ")" or "." that belongs to it).
#[derive(Debug, Clone, Copy)]
pub(super) struct At {
    pub word: usize,
    pub end: usize,
}

/// Finds every reference and glossary term in `text`, read as part of (or about) the document
/// `document_id`: bare article references resolve to it.
///
/// Mentions are sorted by start and never overlap; where a term lies inside a reference
/// ("статьей 51 Устава ООН"), the reference wins.
pub fn recognise(text: &str, catalog: &Catalog, document_id: &str) -> Vec<Mention> {
    let cx = Context::new(text, catalog, document_id);
    let mut mentions = articles::find(&cx);
    let found = terms::find(&cx.words, catalog, document_id, &mentions);
    mentions.extend(found);
    mentions.sort_by_key(|m| m.start);
    mentions
}
