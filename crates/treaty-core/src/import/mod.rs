//! Text import: turns the corpus's plain-text files into [`crate::model`] documents and
//! [`crate::bundle::Source`]s, and the corpus manifest into the app's bundle.
//!
//! Everything here works on strings, never on files, so that it runs unchanged in tests, in the
//! CLI and (if ever needed) in the browser. The corpus format is described in
//! `docs/bundle-format.md`: `# key: value` header lines, a blank line, then blank-line separated
//! blocks with heading lines ("Preamble", "Chapter I — ...", "Article 1") and `[...]` gap
//! markers, or an `article-map` header for a news agency's running text.

mod assemble;
mod blocks;
mod error;
mod headed;
mod header;
mod heading;
mod layout;
mod library;
mod mapped;
mod paragraph;
mod source;
mod text;
mod witness;

pub use error::ImportError;
pub use library::{build_library, LibraryError};
pub use source::import_source;
pub use text::{import_text, TextOptions};
