//! Why the library could not be built: in the manifest, in a file it names, or in the bundle
//! as a whole.

use crate::bundle::BundleError;
use crate::import::{ImportError, TreatyFileError};
use std::fmt;

/// A library build failure. File names are as the manifest writes them (relative to the corpus
/// directory); the caller adds the directory and the manifest's own name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryError {
    /// The manifest is not valid TOML, lacks a field, or contradicts itself or the files.
    Manifest {
        line: Option<usize>,
        message: String,
    },
    /// A file the manifest names could not be read.
    Read { file: String, message: String },
    /// A file the manifest names could not be imported.
    Import { file: String, error: ImportError },
    /// A treaty file the manifest names with `import` could not be read as a treaty.
    ImportFile {
        file: String,
        error: TreatyFileError,
    },
    /// The assembled bundle fails [`crate::bundle::Bundle::check`].
    Bundle(BundleError),
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Manifest {
                line: Some(line),
                message,
            } => write!(f, "line {line}: {message}"),
            Self::Manifest {
                line: None,
                message,
            } => write!(f, "{message}"),
            Self::Read { file, message } => write!(f, "{file}: {message}"),
            Self::Import { file, error } => write!(f, "{file}: {error}"),
            Self::ImportFile { file, error } => write!(f, "{file}: {error}"),
            Self::Bundle(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for LibraryError {}
