//! W3C Web Annotation selectors for a matched span, so that the app can find the span again in
//! the rendered paragraph (by position, or by quote and context if the text shifts).

use crate::attribution::utf16::Utf16Index;
use crate::attribution::{TextPositionSelector, TextQuoteSelector};

/// Characters of context on each side of the quote, as Hypothesis stores.
const CONTEXT: usize = 32;

/// The selectors for `paragraph[start..end]` (UTF-8 byte offsets): the exact text with up to
/// 32 characters of context before and after, and the span in UTF-16 code units, as browsers
/// count. Offsets past the end are clamped and offsets inside a character widened to it, so
/// any input gives valid selectors.
pub fn selectors(
    paragraph: &str,
    start: usize,
    end: usize,
) -> (TextQuoteSelector, TextPositionSelector) {
    let start = floor_boundary(paragraph, start.min(end));
    let end = ceil_boundary(paragraph, end.max(start));
    let before = &paragraph[..start];
    let prefix_from = before
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(b, _)| b);
    let after = &paragraph[end..];
    let suffix_to = after
        .char_indices()
        .nth(CONTEXT)
        .map_or(after.len(), |(b, _)| b);
    let index = Utf16Index::new(paragraph);
    (
        TextQuoteSelector {
            exact: paragraph[start..end].to_owned(),
            prefix: before[prefix_from..].to_owned(),
            suffix: after[..suffix_to].to_owned(),
        },
        TextPositionSelector {
            start: index.byte_to_utf16(start),
            end: index.byte_to_utf16(end),
        },
    )
}

fn floor_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

fn ceil_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_32_characters_of_context_and_utf16_positions() {
        let paragraph = format!("{}😀 armed attack {}", "é".repeat(40), "ü".repeat(40));
        let start = paragraph.find("armed").unwrap_or(0);
        let end = start + "armed attack".len();
        let (quote, position) = selectors(&paragraph, start, end);
        assert_eq!(quote.exact, "armed attack");
        assert_eq!(quote.prefix, format!("{}😀 ", "é".repeat(30)));
        assert_eq!(quote.suffix, format!(" {}", "ü".repeat(31)));
        assert_eq!(position.start, 43);
        assert_eq!(position.end, 55);
    }

    #[test]
    fn never_panics_on_bad_offsets() {
        let (quote, position) = selectors("añb", 2, 1);
        assert_eq!(quote.exact, "");
        assert_eq!(position.start, position.end);
        let (quote, _) = selectors("añb", 2, 99);
        assert_eq!(quote.exact, "ñb");
    }
}
