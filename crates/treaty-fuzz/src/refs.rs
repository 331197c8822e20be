//! Reference recognition on any text, as the reader runs it over treaty texts and sources.

use crate::library::library;
use crate::{check, split};
use std::sync::OnceLock;
use treaty_core::refs::{recognise, Catalog};

/// The shipped library's catalog, built once.
fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::from_bundles([library()]))
}

/// Builds the library and its catalog.
pub(crate) fn prepare() {
    catalog();
}

/// The first byte picks the library document the text is read as part of; the rest is the text.
/// Mentions are non-empty spans on character boundaries, sorted and never overlapping, as
/// [`recognise`] promises.
pub fn refs(data: &[u8]) {
    let (choice, bytes) = split(data);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let documents = &library().documents;
    let document = &documents[usize::from(choice) % documents.len()].id;
    let mut previous_end = 0;
    for m in recognise(text, catalog(), document) {
        check::span(text, m.start, m.end, "a mention");
        assert!(m.start < m.end, "an empty mention at {}", m.start);
        assert!(
            m.start >= previous_end,
            "mentions overlap or are out of order"
        );
        previous_end = m.end;
    }
}
