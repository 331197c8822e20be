//! The recogniser. (Being written.)

use super::{Catalog, Mention};

/// Finds every reference and glossary term in `text`, read as part of (or about) the document
/// `document_id`: bare article references resolve to it.
pub fn recognise(text: &str, catalog: &Catalog, document_id: &str) -> Vec<Mention> {
    let _ = (text, catalog, document_id);
    Vec::new()
}
