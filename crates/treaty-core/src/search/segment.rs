//! What a search reads: the shipped index as far as it is fetched, and whole indexes of the
//! reader's imports, behind one interface.

use super::index::{Facts, Index, Posting};
use super::split::{Chunk, Meta};

/// One index a search runs over.
#[derive(Debug, Clone, Copy)]
pub enum Segment<'a> {
    /// The shipped index: its meta and the chunks fetched so far (any of them, in any order).
    Split { meta: &'a Meta, chunks: &'a [Chunk] },
    /// A whole index (an import).
    Whole(&'a Index),
}

impl<'a> Segment<'a> {
    /// Its dictionary, sorted.
    pub fn terms(&self) -> &'a [String] {
        match self {
            Self::Split { meta, .. } => &meta.terms,
            Self::Whole(index) => &index.terms,
        }
    }

    /// Its entries' facts, by entry number.
    pub fn entries(&self) -> &'a [Facts] {
        match self {
            Self::Split { meta, .. } => &meta.entries,
            Self::Whole(index) => &index.entries,
        }
    }

    /// The postings of dictionary term `term`; empty when its chunk is not fetched.
    pub fn postings(&self, term: usize) -> &'a [Posting] {
        let found = match self {
            Self::Whole(index) => index.postings.get(term),
            Self::Split { meta, chunks } => {
                let start = meta.chunk_starts.get(meta.chunk_of(term)).copied();
                chunks
                    .iter()
                    .find(|c| Some(c.start) == start)
                    .and_then(|c| c.postings.get(term.checked_sub(c.start as usize)?))
            }
        };
        found.map_or(&[], Vec::as_slice)
    }

    /// The facts of entry `entry`.
    pub fn facts(&self, entry: u32) -> Option<&'a Facts> {
        self.entries().get(usize::try_from(entry).ok()?)
    }
}
