//! How many statements of one source are attributed and kept. A pasted megabyte can hold tens
//! of thousands of sentences that look like treaty statements (one such page put 22,728 on
//! Article 4, whose page then took seconds to open on every visit), and linking and
//! attributing them costs time in proportion or worse. The first ones are kept, with the count
//! of all, so that the reader is told ("First 200 statements shown; this page has 22,728").

use super::extract::extract_first;
use super::{Attribution, Statement};
use crate::bundle::Source;
use crate::refs::Catalog;

/// The most statements kept per source: far more than a news report makes about one treaty,
/// and few enough that an article page with every one of them opens at once.
pub const MAX_STATEMENTS_PER_SOURCE: usize = 200;

/// A source's attributions, and how many statements its body has when there were more than
/// were kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Attributed {
    /// The first [`MAX_STATEMENTS_PER_SOURCE`] statements at most, attributed.
    pub attributions: Vec<Attribution>,
    /// How many statements were found, when more than [`MAX_STATEMENTS_PER_SOURCE`]; `None`
    /// when all are kept.
    pub statements_found: Option<usize>,
}

/// The first [`MAX_STATEMENTS_PER_SOURCE`] statements of `source` (in order of position, as
/// [`extract`](super::extract) finds them) about the document `document_id`, and the count of
/// all when that leaves some out.
pub(super) fn first_statements(
    source: &Source,
    catalog: &Catalog,
    document_id: &str,
) -> (Vec<Statement>, Option<usize>) {
    let (statements, found) = extract_first(
        &source.body,
        &source.language,
        catalog,
        document_id,
        MAX_STATEMENTS_PER_SOURCE,
    );
    (
        statements,
        (found > MAX_STATEMENTS_PER_SOURCE).then_some(found),
    )
}
