//! The shape of a treaty text before provenance is attached: which paragraphs belong where, in
//! body order. Both ways of placing text (headings, article map) produce this.

use crate::model::{Chapter, Paragraph};

/// Where a run of paragraphs belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Place {
    Preamble,
    Article {
        number: String,
        heading: Option<String>,
    },
    /// Treaty text that no source places in an article; `note` says why.
    Unplaced {
        note: String,
    },
}

/// A run of paragraphs with its place, in body order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    pub place: Place,
    pub paragraphs: Vec<Paragraph>,
}

/// Everything the body says about structure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    pub parts: Vec<Part>,
    pub chapters: Vec<Chapter>,
}
