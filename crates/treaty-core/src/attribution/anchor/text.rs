//! A text as the matcher reads it: code points with byte positions, straight from the UTF-8,
//! so that no search converts its text into a character array first. An ASCII text is read a
//! byte at a time (no decoding, and a byte offset is a character index); any other text a
//! character at a time.

/// A text read forwards or backwards as `(byte position, code point)` pairs.
pub(super) trait Text: Copy {
    /// The code points from byte `from` on, each with the byte offset just after it (where a
    /// match ending with it ends).
    fn after(self, from: usize) -> impl Iterator<Item = (usize, u32)>;
    /// The code points before byte `end`, last first, each with its own byte offset (where a
    /// match starting with it starts).
    fn before(self, end: usize) -> impl Iterator<Item = (usize, u32)>;
}

/// An ASCII text.
#[derive(Clone, Copy)]
pub(super) struct Ascii<'a>(pub &'a [u8]);

/// Any UTF-8 text.
#[derive(Clone, Copy)]
pub(super) struct Utf8<'a>(pub &'a str);

impl Text for Ascii<'_> {
    fn after(self, from: usize) -> impl Iterator<Item = (usize, u32)> {
        let rest = self.0.get(from..).unwrap_or_default();
        rest.iter()
            .enumerate()
            .map(move |(i, &b)| (from + i + 1, u32::from(b)))
    }

    fn before(self, end: usize) -> impl Iterator<Item = (usize, u32)> {
        let head = self.0.get(..end).unwrap_or(self.0);
        head.iter()
            .enumerate()
            .rev()
            .map(|(i, &b)| (i, u32::from(b)))
    }
}

impl Text for Utf8<'_> {
    fn after(self, from: usize) -> impl Iterator<Item = (usize, u32)> {
        let rest = self.0.get(from..).unwrap_or_default();
        rest.char_indices()
            .map(move |(i, c)| (from + i + c.len_utf8(), u32::from(c)))
    }

    fn before(self, end: usize) -> impl Iterator<Item = (usize, u32)> {
        let head = self.0.get(..end).unwrap_or(self.0);
        head.char_indices().rev().map(|(i, c)| (i, u32::from(c)))
    }
}
