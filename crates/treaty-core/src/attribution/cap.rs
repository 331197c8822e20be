//! How many statements of one source are attributed and kept. A pasted megabyte can hold tens
//! of thousands of sentences that look like treaty statements (one such page put 22,728 on
//! Article 4, whose page then took seconds to open on every visit); no real report has more
//! than a few dozen. The first ones are kept, with the count of all, so that the reader is told
//! ("First 200 statements shown; this page has 22,728").

use super::{Attribution, Statement};

/// The most statements kept per source: ten times the most any source of the corpus or the
/// test sets has, and few enough that an article page with every one of them opens at once.
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

/// The first [`MAX_STATEMENTS_PER_SOURCE`] of `statements` (in order of position, so that the
/// indices by which statements name earlier ones stay valid), and the count of all when that
/// drops some.
pub(super) fn cap(mut statements: Vec<Statement>) -> (Vec<Statement>, Option<usize>) {
    let found = statements.len();
    statements.truncate(MAX_STATEMENTS_PER_SOURCE);
    (
        statements,
        (found > MAX_STATEMENTS_PER_SOURCE).then_some(found),
    )
}
