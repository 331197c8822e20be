//! Full-text search over a treaty library, in the manner of Pagefind (an index split into a small
//! meta file, postings chunks and text fragments, fetched as a query needs them), with what
//! Pagefind lacks: tolerance of typing slips, and Cyrillic and other scripts folded and stemmed
//! by the language layer's stemmers.
//!
//! The steps, each its own module: [`entries_of`] cuts a bundle into searchable paragraphs,
//! [`Index::build`] indexes their folded, stemmed words, [`split`] cuts the index into files,
//! [`Query::parse`] reads what the reader types, [`search`] ranks entries by BM25 over any mix
//! of the shipped index and the reader's imports, [`group`] gathers them by provision and
//! source, and [`snippet`] and [`highlight`] show where they match. [`article_jump`] opens an
//! article the query only names.

mod edit;
mod entry;
mod fold;
mod group;
mod index;
mod jump;
mod query;
mod rank;
mod segment;
mod snippet;
mod split;
mod table;
mod tokens;

pub use entry::{entries_of, Entry, GroupKey, Target, GLOSSARY_LANGUAGE};
pub use fold::fold;
pub use group::{group, Group, MAX_HITS_PER_GROUP};
pub use index::{Facts, Field, Index, Posting, Shown, FIELD_COUNT};
pub use jump::article_jump;
pub use query::{Match, Part, Query, Word, MAX_QUERY_WORDS, MIN_TYPO_CHARS};
pub use rank::{search, Filter, Hit, Scope};
pub use segment::Segment;
pub use snippet::{highlight, snippet, Snippet};
pub use split::{split, Chunk, Fragment, Meta, Split};
pub use tokens::{tokens, Token};
