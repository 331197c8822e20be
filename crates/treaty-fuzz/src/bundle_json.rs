//! A bundle file from anywhere (an import, `?bundle=`, a record read back from storage): read
//! as the app reads it, and everything the app then does with it.

use crate::check;
use crate::library::library;
use treaty_core::bundle::Bundle;
use treaty_core::export::{citation_text, web_annotations};
use treaty_core::import::BundlePreview;
use treaty_core::index::{split, LibraryIndex};

/// The bytes as bundle JSON (and as the index the app loads first). A bundle that reads must
/// read back as written, fit into the library, split into the app's index and treaty files,
/// cut out each of its treaties for export, and cite and annotate its first one.
pub fn bundle_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(index) = LibraryIndex::from_json(text) {
        let back = LibraryIndex::from_json(&index.to_json());
        assert!(
            back.is_ok(),
            "an index does not read back from its own JSON"
        );
    }
    let Ok(bundle) = Bundle::from_json(text) else {
        return;
    };
    check::keepable(&bundle);
    check::keepable(&check::fits(&bundle, library()));
    BundlePreview::of(&bundle);
    let (index, parts) = split(&bundle);
    assert!(LibraryIndex::from_json(&index.to_json()).is_ok());
    for (_, part) in &parts {
        part.check()
            .unwrap_or_else(|e| panic!("a treaty file split off fails its check: {e}"));
    }
    for d in &bundle.documents {
        let part = bundle
            .for_document(&d.id)
            .expect("a document of the bundle");
        part.check()
            .unwrap_or_else(|e| panic!("a treaty cut out for export fails its check: {e}"));
    }
    if let Some(d) = bundle.documents.first() {
        let article = d.articles.first().and_then(|a| a.number.as_deref());
        citation_text(
            &bundle,
            &d.id,
            article,
            "https://example.org/reader/",
            "2026-01-01",
        );
        web_annotations(&bundle, &d.id, article, "https://example.org/reader/");
    }
}
