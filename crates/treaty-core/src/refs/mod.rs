//! Reference recognition: finds "Article 4", "Articles 3 and 4", "Article 51 of the UN Charter",
//! "статьей 51 Устава ООН", "Artikel 51 der UN-Charta" and glossary terms in any text, and says
//! what each one points at.
//!
//! Recognition lives in the core (not the UI) so that the CLI, the attribution pipeline and the
//! reader agree on what a reference is, and so that it can be tested natively on real text.

mod articles;
mod catalog;
mod keys;
mod names;
mod numbers;
mod qualifier;
mod recognise;
mod scan;
mod terms;
#[cfg(test)]
mod test_catalog;
mod vocab;

pub use catalog::{Catalog, Instrument, Term};
pub use recognise::recognise;

use serde::{Deserialize, Serialize};

/// A recognised reference or term: a byte range of the text and what it points at.
///
/// Offsets are UTF-8 byte offsets into the text that was searched, always on character
/// boundaries, with `start < end`. Mentions returned by [`recognise`] are sorted by `start` and
/// never overlap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub target: Target,
}

/// What a mention points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Target {
    /// An article (optionally one paragraph of it) of a document in the catalog: the text's own
    /// document for "Article 4", another one for "Article 51 of the UN Charter".
    Article {
        document: String,
        article: String,
        #[serde(default)]
        paragraph: Option<String>,
    },
    /// An article of an instrument the catalog does not hold ("Article 1 of the 1961 treaty"):
    /// recognised so that it is never mistaken for an article of the text's own document.
    OtherInstrument { article: String, instrument: String },
    /// A glossary term, by [`crate::bundle::GlossaryEntry::id`].
    Term { id: String },
}
