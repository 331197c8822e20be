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
    /// Annexes after the articles, each with its own numbering.
    pub annexes: Vec<AnnexLayout>,
    /// The same treaty in other languages in the same file (a translation after the authentic
    /// text), to be aligned with this one by article number and annex order.
    pub translations: Vec<Translation>,
}

/// An annex: its heading and its own parts (articles numbered afresh, or text only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AnnexLayout {
    pub title: String,
    pub parts: Vec<Part>,
    pub chapters: Vec<Chapter>,
}

/// The treaty again in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Translation {
    /// BCP 47 tag.
    pub language: String,
    /// Its own title line, where it has one.
    pub title: Option<String>,
    /// Its parts and annexes (no translations of its own).
    pub layout: Layout,
}
