//! A pasted source attributed against the shipped library, as the background worker does when
//! the reader adds a source.

use crate::library::library;
use crate::{check, split};
use treaty_core::attribution::attribute_source_with_progress;
use treaty_core::import::{import_source_file, SourceDetails};

/// The first byte picks the library document the source is about (and whether its language is
/// the reader's or guessed); the rest is the paste. The statements found are spans of its
/// body, and each anchor is in a paragraph of the document that holds the quoted words.
pub fn attribution(data: &[u8]) {
    let (choice, bytes) = split(data);
    let library = library();
    let document = &library.documents[usize::from(choice) % library.documents.len()];
    let language = ["en", "ru", "de", "fr"]
        .get(usize::from(choice >> 4) % 6)
        .map(|l| (*l).to_owned());
    let details = SourceDetails {
        about: document.id.clone(),
        now: "2026-01-01T00:00:00Z".to_owned(),
        language,
        ..SourceDetails::default()
    };
    let Ok(source) = import_source_file("pasted text", bytes, &details) else {
        return;
    };
    let mut last = None;
    let found = attribute_source_with_progress(&source, library, &mut |p| last = Some(p));
    assert!(last.is_some(), "no progress reported");
    assert!(found.attributions.len() <= treaty_core::attribution::MAX_STATEMENTS_PER_SOURCE);
    check::attributions(&source, document, &found.attributions);
}
