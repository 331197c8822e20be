//! Percent-encoding for the links the core builds (app paths, Text Fragment directives): every
//! byte but ASCII letters, digits and the characters a caller keeps.

/// `text` with every byte percent-encoded except ASCII alphanumerics and those in `keep`.
pub(crate) fn percent_encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || keep.contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
