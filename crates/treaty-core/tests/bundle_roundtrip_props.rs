//! Export → import of a bundle is the identity: what the reader exports (the whole library, or
//! one treaty with its sources, as the app's "Export" writes it) imports back as the same bundle,
//! and into the library it came from it adds nothing. On the shipped library, and on bundles
//! generated from it with arbitrary text and scores in every field the reader can see.

mod common;

use proptest::prelude::*;
use treaty_core::bundle::Bundle;
use treaty_core::import::import_treaty_file;
use treaty_core::index::split;

/// Exported as the app writes it (pretty) and as the worker and the treaty files carry it
/// (compact), `bundle` reads back as itself through the reader's "Import a treaty" path.
fn reads_back(bundle: &Bundle, name: &str) -> Result<(), TestCaseError> {
    for json in [bundle.to_json(), bundle.to_json_compact()] {
        let back = import_treaty_file(name, json.as_bytes())
            .map_err(|e| TestCaseError::fail(format!("{name} does not import back: {e}")))?;
        prop_assert!(&back == bundle, "{} imports back different", name);
    }
    Ok(())
}

/// Every export of `library`: the whole, each treaty with its sources, and the app's split into
/// an index and treaty files; each reads back as written and adds nothing to `library`.
fn exports_read_back(library: &Bundle) -> Result<(), TestCaseError> {
    reads_back(library, "library.treaty-reader.json")?;
    prop_assert!(library.clone().fitted_into(library).is_empty());
    for d in &library.documents {
        let part = library.for_document(&d.id).unwrap();
        reads_back(&part, &format!("{}.treaty-reader.json", d.id))?;
        prop_assert!(
            part.fitted_into(library).is_empty(),
            "re-importing {} adds to the library",
            d.id
        );
    }
    for (file, part) in split(library).1 {
        reads_back(&part, &file)?;
    }
    Ok(())
}

#[test]
fn the_shipped_library_exports_and_imports_as_itself() {
    exports_read_back(&common::attributed_library()).unwrap();
}

/// The library with some of its treaties left out, `texts` put into titles, paragraphs and
/// glossary definitions and added to source bodies (so that every report's quote is still in
/// its source), and `scores` as the attributions' candidate scores.
fn generated(keep: u16, texts: &[String], scores: &[f32]) -> Bundle {
    let mut bundle = common::attributed_library();
    let mut i = 0;
    bundle.documents.retain(|_| {
        i += 1;
        keep & (1 << (i % 16)) != 0
    });
    let mut texts = texts.iter().cycle();
    if !texts.clone().any(|_| true) {
        return bundle;
    }
    let mut next = || texts.next().unwrap().clone();
    for d in &mut bundle.documents {
        d.title = next();
        let provisions = d.preamble.iter_mut().chain(d.articles.iter_mut());
        for p in provisions.step_by(3) {
            if let Some(paragraph) = p.texts.first_mut().and_then(|t| t.paragraphs.first_mut()) {
                paragraph.text = next();
            }
        }
    }
    for s in &mut bundle.sources {
        s.body.push_str(&next());
        s.title = next();
    }
    for g in &mut bundle.glossary {
        g.definition = next();
    }
    let mut scores = scores.iter().cycle();
    if scores.clone().any(|_| true) {
        let candidates = bundle
            .sources
            .iter_mut()
            .flat_map(|s| &mut s.attributions)
            .flat_map(|a| &mut a.candidates);
        for c in candidates {
            c.score = *scores.next().unwrap();
        }
    }
    bundle
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn generated_bundles_export_and_import_as_themselves(
        keep in any::<u16>(),
        texts in prop::collection::vec(any::<String>(), 0..12),
        scores in prop::collection::vec(any::<f32>().prop_filter("finite", |s| s.is_finite()), 0..12),
    ) {
        let bundle = generated(keep, &texts, &scores);
        prop_assert!(bundle.check().is_ok());
        exports_read_back(&bundle)?;
    }
}
