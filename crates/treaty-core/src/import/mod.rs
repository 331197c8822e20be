//! Text import: turns the corpus's plain-text files into [`crate::model`] documents and
//! [`crate::bundle::Source`]s, and the corpus manifest into the app's bundle.
//!
//! Everything here works on strings, never on files, so that it runs unchanged in tests, in the
//! CLI and (if ever needed) in the browser. The corpus format is described in
//! `docs/bundle-format.md`: `# key: value` header lines, a blank line, then blank-line separated
//! blocks with heading lines ("Preamble", "Chapter I — ...", "Article 1") and `[...]` gap
//! markers, or an `article-map` header for a news agency's running text.

mod akn;
mod annotations;
mod assemble;
mod blocks;
mod detect;
mod entities;
mod error;
mod expectations;
mod file;
mod format_error;
mod headed;
mod header;
mod heading;
mod headline;
mod html;
mod language;
mod layout;
mod lenient;
mod library;
mod limits;
mod mapped;
mod markdown;
mod markdown_text;
mod options;
mod paragraph;
mod preview;
mod site_furniture;
mod slug;
mod source;
mod source_file;
mod text;
mod witness;

pub use crate::bundle::KeptStatement;
pub use akn::{import_akoma_ntoso, import_akoma_ntoso_with};
pub use annotations::{
    read_annotations, AnnotationError, AnnotationImport, Skipped, MAX_ANNOTATIONS,
};
pub use detect::{detect, Format};
pub use error::ImportError;
pub use expectations::{Check, Expectations};
pub use file::{import_treaty_file, TreatyFileError};
pub use format_error::{FormatError, TooLarge};
pub use headline::{guess_pasted_title, guess_title};
pub use html::{html_title, readable_text};
pub use library::{build_library, LibraryError};
pub use limits::{check_size, decode, MAX_IMPORT_BYTES};
pub use markdown::{import_markdown, import_markdown_with};
pub use options::FormatOptions;
pub use preview::{
    AnnexPreview, ArticlePreview, BundlePreview, DivisionPreview, ImportPreview, EXCERPT_CHARS,
    OPENING_ARTICLES,
};
pub use site_furniture::{is_site_furniture, Script};
pub use source::import_source;
pub use source_file::{import_source_file, SourceDetails, SourceFileError};
pub use text::{import_text, TextOptions};
