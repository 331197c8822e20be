//! What must hold of whatever the core returns, shared by the targets. Each check panics with
//! what it found, which the fuzzer reports as a crash.

use std::collections::HashSet;
use treaty_core::attribution::Attribution;
use treaty_core::bundle::{Bundle, Source};
use treaty_core::model::Document;
use treaty_core::web::is_web_url;

/// `start..end` is a non-empty span of `text` on character boundaries.
pub fn span(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what}: {start}..{end} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} is not on character boundaries"
    );
}

/// A bundle the app may keep: it passes the core's own check, and it reads back from the JSON
/// the app stores and exports (pretty) and the worker is handed (compact) as the same bundle.
pub fn keepable(bundle: &Bundle) {
    bundle
        .check()
        .unwrap_or_else(|e| panic!("a bundle the core returned fails its check: {e}"));
    for json in [bundle.to_json(), bundle.to_json_compact()] {
        let back = Bundle::from_json(&json)
            .unwrap_or_else(|e| panic!("a bundle does not read back from its own JSON: {e}"));
        assert!(
            &back == bundle,
            "a bundle reads back different from its own JSON"
        );
    }
}

/// `import` fitted into `library`, as the app keeps an import: consistent on its own (it is
/// stored and read back alone), beside the library without taking any of its document ids, and
/// holding a library source's id only for that very source (so that merging loses nothing).
pub fn fits(import: &Bundle, library: &Bundle) -> Bundle {
    let fitted = import.clone().fitted_into(library);
    fitted
        .check()
        .unwrap_or_else(|e| panic!("an import fitted into the library fails its check: {e}"));
    for d in &fitted.documents {
        assert!(
            library.document(&d.id).is_none(),
            "a fitted import takes the library's document id {:?}",
            d.id
        );
    }
    for s in &fitted.sources {
        assert!(
            library.source(&s.id).is_none_or(|known| known == s),
            "a fitted import takes the library's source id {:?} for another source",
            s.id
        );
    }
    fitted
}

/// A document an importer made from a reader's file: besides the bundle's checks, its divisions
/// open at articles it has, its annexes are told apart, and its witness addresses are only web
/// addresses (anything else would become a link).
pub fn imported(document: &Document) {
    let numbers: HashSet<Option<&str>> = document
        .articles
        .iter()
        .map(|a| a.number.as_deref())
        .collect();
    for c in &document.chapters {
        assert!(
            numbers.contains(&Some(c.first_article.as_str())),
            "division {:?} opens at article {:?}, which the document does not have",
            c.number,
            c.first_article
        );
    }
    let mut annexes = HashSet::new();
    for annex in &document.annexes {
        assert!(annexes.insert(&annex.id), "two annexes are {:?}", annex.id);
    }
    let texts = document
        .provisions()
        .chain(document.annexes.iter().flat_map(|a| &a.articles))
        .flat_map(|p| &p.texts)
        .chain(document.annexes.iter().flat_map(|a| &a.texts))
        .chain(document.unplaced.iter().map(|p| &p.text));
    for text in texts {
        if let Some(url) = &text.witness.url {
            assert!(
                is_web_url(url),
                "a witness address {url:?} is not a web address"
            );
        }
    }
}

/// A source an importer made: something to read, an id of its own kind, and an address only
/// if it is a web address.
pub fn source(source: &Source) {
    assert!(!source.body.trim().is_empty(), "a source with no text");
    assert!(!source.id.is_empty(), "a source without id");
    if let Some(url) = &source.url {
        assert!(
            is_web_url(url),
            "a source address {url:?} is not a web address"
        );
    }
}

/// Attributions of `source` against `document`: statements inside the body, in order; links
/// between statements pointing back; a verdict exactly when there are candidates; anchors in
/// a paragraph of the document that holds exactly the quoted words.
pub fn attributions(source: &Source, document: &Document, found: &[Attribution]) {
    for (i, a) in found.iter().enumerate() {
        let s = &a.statement;
        span(&source.body, s.start, s.end, "a statement");
        assert!(s.start < s.end, "an empty statement at {}", s.start);
        for earlier in [s.continues, s.repeats].into_iter().flatten() {
            assert!(earlier < i, "statement {i} points forward to {earlier}");
        }
        assert_eq!(
            a.candidates.is_empty(),
            a.verdict.is_none(),
            "a verdict without candidates or candidates without verdict"
        );
        for c in &a.candidates {
            assert!(
                c.score.is_finite(),
                "candidate {} scores {}",
                c.article,
                c.score
            );
        }
        if let Some(anchor) = &a.anchor {
            let paragraph = document
                .provisions()
                .find(|p| p.key() == anchor.article)
                .and_then(|p| p.texts.get(anchor.text))
                .and_then(|t| t.paragraphs.get(anchor.paragraph))
                .unwrap_or_else(|| panic!("an anchor in no paragraph: {anchor:?}"));
            assert!(
                anchor.byte_range(&paragraph.text).is_some(),
                "an anchor's position does not hold its quote: {anchor:?}"
            );
        }
    }
}
