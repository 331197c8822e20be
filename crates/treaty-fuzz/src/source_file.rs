//! A news source the reader adds: a saved page, a text file or a paste, as the background worker
//! reads it before attribution (the `attribution` target attributes it).

use crate::library::library;
use crate::{check, split};
use treaty_core::bundle::Bundle;
use treaty_core::import::{guess_pasted_title, import_source_file, SourceDetails};

/// The names the app gives: a chosen file's own, or "pasted text" for the text box.
const NAMES: &[&str] = &[
    "pasted text",
    "page.html",
    "source.txt",
    "source.md",
    "page",
];

/// The first byte picks the name, the rest is the file or the paste. A source that imports has
/// text and only a web address, and kept as the app keeps it (a bundle of one source fitted
/// into the library) it reads back as written.
pub fn source_file(data: &[u8]) {
    let (choice, bytes) = split(data);
    let name = NAMES[usize::from(choice) % NAMES.len()];
    if name == "pasted text" {
        if let Ok(text) = std::str::from_utf8(bytes) {
            guess_pasted_title(text);
        }
    }
    let details = SourceDetails {
        about: "rus-dprk-2024".to_owned(),
        now: "2026-01-01T00:00:00Z".to_owned(),
        ..SourceDetails::default()
    };
    let Ok(source) = import_source_file(name, bytes, &details) else {
        return;
    };
    check::source(&source);
    let kept = Bundle::new(Vec::new(), vec![source], Vec::new());
    check::keepable(&check::fits(&kept, library()));
}
