//! Conversions between UTF-8 byte offsets (how Rust slices text) and UTF-16 code-unit offsets
//! (how browsers count, and so how W3C `TextPositionSelector`s are expressed).
//!
//! The two counts differ for every character outside ASCII: "é" is two bytes but one unit, an
//! emoji is four bytes but two units (a surrogate pair). The free functions walk the text once
//! per call; [`Utf16Index`] walks it once and then answers each conversion by binary search, for
//! callers converting many offsets in the same text.

/// Offsets of every character boundary of a text, in both encodings, for repeated conversions.
#[derive(Debug, Clone)]
pub struct Utf16Index {
    /// Byte offset of each character boundary, ascending, ending with the text's length.
    bytes: Vec<usize>,
    /// UTF-16 offset of the same boundaries.
    units: Vec<u32>,
}

impl Utf16Index {
    /// Precomputes both offsets of each character boundary of `text` (one pass).
    pub fn new(text: &str) -> Self {
        let capacity = text.chars().count() + 1;
        let mut bytes = Vec::with_capacity(capacity);
        let mut units = Vec::with_capacity(capacity);
        let mut unit = 0u32;
        for (byte, c) in text.char_indices() {
            bytes.push(byte);
            units.push(unit);
            unit = unit.saturating_add(c.len_utf16() as u32);
        }
        bytes.push(text.len());
        units.push(unit);
        Self { bytes, units }
    }

    /// UTF-16 offset of a byte offset. A byte inside a multi-byte character counts as that
    /// character's start, and one past the end as the end, so that any offset converts.
    pub fn byte_to_utf16(&self, byte: usize) -> u32 {
        let i = match self.bytes.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        self.units.get(i).copied().unwrap_or(0)
    }

    /// Byte offset of a UTF-16 offset; `None` when the offset falls between the two halves of a
    /// surrogate pair or beyond the end, where no byte offset corresponds.
    pub fn utf16_to_byte(&self, unit: u32) -> Option<usize> {
        let i = self.units.binary_search(&unit).ok()?;
        self.bytes.get(i).copied()
    }
}

/// UTF-16 offset of `byte` in `text`, with the rounding of [`Utf16Index::byte_to_utf16`].
pub fn byte_to_utf16(text: &str, byte: usize) -> u32 {
    let mut unit = 0u32;
    for (start, c) in text.char_indices() {
        if start + c.len_utf8() > byte {
            break;
        }
        unit = unit.saturating_add(c.len_utf16() as u32);
    }
    unit
}

/// Byte offset of the UTF-16 offset `unit` in `text`; `None` inside a surrogate pair or beyond
/// the end.
pub fn utf16_to_byte(text: &str, unit: u32) -> Option<usize> {
    let mut at = 0u32;
    for (byte, c) in text.char_indices() {
        if at == unit {
            return Some(byte);
        }
        if at > unit {
            return None;
        }
        at = at.saturating_add(c.len_utf16() as u32);
    }
    (at == unit).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a é 😀 z";

    #[test]
    fn counts_astral_characters_as_two_units() {
        let index = Utf16Index::new(TEXT);
        // "a", " ", "é" (2 bytes), " ", "😀" (4 bytes), " ", "z"
        assert_eq!(byte_to_utf16(TEXT, 5), 4);
        assert_eq!(index.byte_to_utf16(5), 4);
        assert_eq!(byte_to_utf16(TEXT, 9), 6);
        assert_eq!(index.byte_to_utf16(TEXT.len()), 8);
        assert_eq!(utf16_to_byte(TEXT, 6), Some(9));
        assert_eq!(index.utf16_to_byte(6), Some(9));
    }

    #[test]
    fn rejects_offsets_inside_a_surrogate_pair_or_past_the_end() {
        let index = Utf16Index::new(TEXT);
        assert_eq!(utf16_to_byte(TEXT, 5), None);
        assert_eq!(index.utf16_to_byte(5), None);
        assert_eq!(utf16_to_byte(TEXT, 9), None);
        assert_eq!(index.utf16_to_byte(9), None);
        assert_eq!(utf16_to_byte(TEXT, 8), Some(TEXT.len()));
    }

    #[test]
    fn rounds_bytes_inside_a_character_down() {
        let index = Utf16Index::new(TEXT);
        assert_eq!(byte_to_utf16(TEXT, 3), 2);
        assert_eq!(index.byte_to_utf16(3), 2);
        assert_eq!(byte_to_utf16(TEXT, 100), 8);
        assert_eq!(index.byte_to_utf16(100), 8);
    }

    #[test]
    fn empty_text_has_only_offset_zero() {
        let index = Utf16Index::new("");
        assert_eq!(index.byte_to_utf16(0), 0);
        assert_eq!(index.utf16_to_byte(0), Some(0));
        assert_eq!(utf16_to_byte("", 1), None);
    }
}
