//! The core's matcher for node: a text is handed over once (converted from the JS string to
//! UTF-8 and indexed outside any timed loop), then quotes are searched or anchored in it. Every
//! position returned is a UTF-16 offset in the whole text, as JS strings count, so that it can
//! be compared with approx-string-match's directly.

use treaty_core::attribution::anchor::{anchor_quote, search, Found, PreparedText};
use treaty_core::attribution::utf16::Utf16Index;
use wasm_bindgen::prelude::*;

/// A text held in wasm memory, with its paragraphs (its lines) for anchoring, also prepared
/// once as the attribution pipeline prepares an article.
#[wasm_bindgen]
pub struct Text {
    /// Leaked so that `prepared` can borrow it: the comparison makes three texts and holds
    /// them until node exits.
    text: &'static str,
    prepared: PreparedText<'static>,
    /// Byte offset of each line's start in `text`.
    line_starts: Vec<usize>,
    utf16: Utf16Index,
}

#[wasm_bindgen]
impl Text {
    #[wasm_bindgen(constructor)]
    pub fn new(text: String) -> Text {
        let text: &'static str = Box::leak(text.into_boxed_str());
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let lines: Vec<&str> = text.split('\n').collect();
        Text {
            text,
            prepared: PreparedText::new(&lines),
            line_starts,
            utf16: Utf16Index::new(text),
        }
    }

    /// `treaty_core::attribution::anchor::search`: every best match as `[start, end, errors]`,
    /// flattened.
    pub fn search(&self, pattern: &str, max_errors: usize) -> Vec<u32> {
        search(self.text, pattern, max_errors)
            .iter()
            .flat_map(|m| {
                [
                    self.utf16.byte_to_utf16(m.start),
                    self.utf16.byte_to_utf16(m.end),
                    m.errors as u32,
                ]
            })
            .collect()
    }

    /// `treaty_core::attribution::anchor::anchor_quote` on the text's lines, normalising them
    /// on every call as the attribution pipeline did: `[start, end, errors]` or nothing.
    pub fn anchor(&self, quote: &str) -> Vec<u32> {
        let lines: Vec<&str> = self.text.split('\n').collect();
        self.found(anchor_quote(&lines, quote))
    }

    /// The same as [`Text::anchor`] in the lines prepared once.
    #[wasm_bindgen(js_name = anchorPrepared)]
    pub fn anchor_prepared(&self, quote: &str) -> Vec<u32> {
        self.found(self.prepared.anchor(quote))
    }
}

impl Text {
    fn found(&self, found: Option<Found>) -> Vec<u32> {
        found.map_or_else(Vec::new, |f| {
            let base = self.line_starts[f.paragraph];
            vec![
                self.utf16.byte_to_utf16(base + f.start),
                self.utf16.byte_to_utf16(base + f.end),
                f.errors as u32,
            ]
        })
    }
}
