//! The checks every user file passes before any format reads it: size, encoding and whether it
//! is text at all. Doing them once here keeps the format importers free of byte-level concerns.

use super::format_error::{line_at, FormatError, TooLarge};

/// The largest file the importers accept. The longest corpus treaty is well under 1 MB; the limit
/// keeps a mistaken pick (a video, a database dump) from freezing the browser tab.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16_BOMS: [&[u8]; 2] = [b"\xFF\xFE", b"\xFE\xFF"];

/// Rejects a file of `size` bytes if it exceeds [`MAX_IMPORT_BYTES`]. Takes the size rather than
/// the bytes so that the app can refuse a file before reading it.
pub fn check_size(size: usize) -> Result<(), TooLarge> {
    if size > MAX_IMPORT_BYTES {
        Err(TooLarge {
            size,
            limit: MAX_IMPORT_BYTES,
        })
    } else {
        Ok(())
    }
}

/// The file's text: checks the size, drops a UTF-8 byte-order mark, and rejects UTF-16 files,
/// invalid UTF-8 and binary content with a message saying which.
pub fn decode(bytes: &[u8]) -> Result<&str, FormatError> {
    check_size(bytes.len())?;
    if UTF16_BOMS.iter().any(|bom| bytes.starts_with(bom)) {
        return Err(FormatError::Utf16);
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(FormatError::Binary {
            line: line_at(bytes, nul),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FormatError::NotUtf8 {
        line: line_at(bytes, e.valid_up_to()),
    })?;
    if mostly_control(text) {
        return Err(FormatError::Binary { line: 1 });
    }
    Ok(text)
}

/// Whether more than one character in ten is a control character other than line breaks, tabs
/// and form feeds: text never looks like that, binary data decoded by chance does.
fn mostly_control(text: &str) -> bool {
    let (mut total, mut control) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    control * 10 > total
}
