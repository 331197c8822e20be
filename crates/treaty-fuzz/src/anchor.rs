//! Anchoring: a quote's place in an article's text, with the matcher under it, the selectors
//! made from it and the UTF-16 offsets the browser counts in.

use crate::{check, split};
use treaty_core::attribution::anchor::{anchor_quote, search, selectors};
use treaty_core::attribution::utf16::Utf16Index;

/// The first byte is the error budget; the rest is a quote, a zero byte, and the text (its
/// lines are the paragraphs). Matches and places are spans of the text on character
/// boundaries within the budget, and the selectors name the same characters.
pub fn anchor(data: &[u8]) {
    let (max_errors, bytes) = split(data);
    let Some(zero) = bytes.iter().position(|&b| b == 0) else {
        return;
    };
    let (Ok(quote), Ok(text)) = (
        std::str::from_utf8(&bytes[..zero]),
        std::str::from_utf8(&bytes[zero + 1..]),
    ) else {
        return;
    };
    let mut previous_end = 0;
    for m in search(text, quote, usize::from(max_errors)) {
        check::span(text, m.start, m.end, "a match");
        assert!(m.errors <= usize::from(max_errors), "a match over budget");
        assert!(m.end >= previous_end, "matches out of text order");
        previous_end = m.end;
    }
    let paragraphs: Vec<&str> = text.lines().collect();
    let Some(found) = anchor_quote(&paragraphs, quote) else {
        return;
    };
    let paragraph = *paragraphs.get(found.paragraph).unwrap_or_else(|| {
        panic!(
            "a place in paragraph {} of {}",
            found.paragraph,
            paragraphs.len()
        )
    });
    check::span(paragraph, found.start, found.end, "a place");
    assert!(
        (0.0..=1.0).contains(&found.score),
        "a score of {}",
        found.score
    );
    assert!(
        found.covered <= quote.chars().count(),
        "more of the quote covered than it has"
    );
    let (exact, position) = selectors(paragraph, found.start, found.end);
    let index = Utf16Index::new(paragraph);
    let start = index.utf16_to_byte(position.start);
    let end = index.utf16_to_byte(position.end);
    assert!(
        start.zip(end).and_then(|(s, e)| paragraph.get(s..e)) == Some(exact.exact.as_str()),
        "the selectors name other characters than the place: {exact:?} {position:?}"
    );
}
