//! Why a user's file could not be imported in any format: problems with the bytes themselves
//! (size, encoding, binary content), malformed XML, or a structural [`ImportError`].

use super::ImportError;
use std::fmt;

/// An import failure for a user-supplied file. It wraps [`ImportError`] rather than extending it,
/// so that the corpus importer's errors stay exactly those its own files can cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// The file is larger than the importer accepts; sizes in bytes.
    TooLarge { size: usize, limit: usize },
    /// The file holds a NUL byte or mostly control characters: it is not text.
    Binary { line: usize },
    /// The file starts with a UTF-16 (or UTF-32) byte-order mark.
    Utf16,
    /// The bytes are not valid UTF-8 from this line on.
    NotUtf8 { line: usize },
    /// The XML is not well formed; `line` is where the parser stopped.
    Xml { line: usize, message: String },
    /// The text was read but its structure is not that of a treaty.
    Import(ImportError),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { size, limit } => TooLarge {
                size: *size,
                limit: *limit,
            }
            .fmt(f),
            Self::Binary { line } => write!(
                f,
                "line {line}: binary content (NUL bytes or control characters); this is not a text file"
            ),
            Self::Utf16 => write!(
                f,
                "the file is saved as UTF-16; save it as UTF-8 and import it again"
            ),
            Self::NotUtf8 { line } => write!(
                f,
                "line {line}: the text is not valid UTF-8; save the file as UTF-8"
            ),
            Self::Xml { line, message } => write!(f, "line {line}: malformed XML: {message}"),
            Self::Import(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for FormatError {}

/// A file larger than the importers accept; sizes in bytes. A type of its own so that the app,
/// which refuses such a file before handing it to the worker, links this one message rather
/// than every import message (which only the worker shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLarge {
    pub size: usize,
    pub limit: usize,
}

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the file is {}, larger than the import limit of {}",
            megabytes(self.size),
            megabytes(self.limit)
        )
    }
}

impl std::error::Error for TooLarge {}

impl From<TooLarge> for FormatError {
    fn from(TooLarge { size, limit }: TooLarge) -> Self {
        Self::TooLarge { size, limit }
    }
}

impl From<ImportError> for FormatError {
    fn from(e: ImportError) -> Self {
        Self::Import(e)
    }
}

/// The 1-based line of a byte offset into `bytes`, for messages that must point into the file.
pub(crate) fn line_at(bytes: &[u8], offset: usize) -> usize {
    let end = offset.min(bytes.len());
    1 + bytes[..end].iter().filter(|&&b| b == b'\n').count()
}

/// A size in megabytes as people write it: "20 MB", "20.5 MB".
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    if tenths % 10 == 0 {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}
