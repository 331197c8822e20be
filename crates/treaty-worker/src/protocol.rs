//! The messages between the page and the worker. The page sends a job (as JSON, small) with
//! its input beside it (a file, bytes or a string, never inside the JSON) and, when the
//! worker does not hold it yet, the library as bundle JSON. The worker answers with progress
//! lines and one outcome (JSON, small) with its payload beside it (the bundle JSON to keep,
//! or the exported text), so that the page never parses a large answer.

use serde::{Deserialize, Serialize};
use treaty_core::export::ExportFormat;
use treaty_core::import::{BundlePreview, Skipped, SourceDetails};

/// Bumped whenever a message changes shape, so that a page and a worker of different builds
/// (the worker's file names carry no hash) notice instead of misreading each other.
pub const VERSION: u32 = 4;

/// What to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Job {
    /// Read a treaty file (the input) and fit it into the library: a bundle the reader may add,
    /// with what it holds. Nothing is kept until the reader adds it.
    ImportTreaty { name: String },
    /// Read a news source (the input), attribute its statements and fit it into the library.
    ImportSource {
        name: String,
        details: SourceDetails,
    },
    /// Read a file of W3C Web Annotations (the input) against the library: the statements it
    /// places in the library's sources, as a bundle to keep, and what it could not place.
    ImportAnnotations { name: String },
    /// The search index (JSON) of the bundle (the input, JSON): an import's, made once it is
    /// kept, so that searching never tokenises and stems a whole treaty on the page's thread.
    SearchIndex,
    /// The provisions of the library's other treaties most like one provision (JSON: a list
    /// of `treaty_core::similar::Similar`), for a library holding imported treaties, whose
    /// lists no build could make.
    Similar { treaty: String, article: String },
    /// Provisions side by side (JSON: a `treaty_core::similar::Comparison`, or nothing when
    /// fewer than two of them have text): the alignment and the stemmers it needs stay out of
    /// the reading app's wasm.
    Compare { provisions: Vec<(String, String)> },
    /// The citation of a treaty or article in plain text.
    Citation { target: Target, accessed: String },
    /// A file to download (`treaty_core::export::export_file`): the same bytes `treaty export`
    /// writes. `accessed` is the citations' consultation date.
    Export {
        target: Target,
        format: ExportFormat,
        accessed: String,
    },
}

impl Job {
    /// Whether the job reads the library: one that does not is sent without it, so that
    /// indexing an import never waits for every treaty file to be fetched.
    pub fn needs_library(&self) -> bool {
        !matches!(self, Job::SearchIndex)
    }
}

/// A treaty or one of its articles, and the app's address its links start from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub treaty: String,
    pub article: Option<String>,
    pub base: String,
}

/// What came of a job; the payload travels beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Outcome {
    /// A treaty file read: the payload is the bundle (JSON) to keep under `key` if the reader
    /// adds it; `preview` says what it holds.
    Read { key: String, preview: BundlePreview },
    /// A file without any treaty structure (`problem` says what was looked for): it may be a
    /// news source, and the app offers to add it as one.
    NotATreaty { problem: String },
    /// The payload is a bundle (JSON) to keep under `key`, adding the source `source`, to open
    /// once the library holds it.
    Imported { key: String, source: String },
    /// The payload is a bundle (JSON) of imported statements to keep under `key`: `placed`
    /// of them, and the annotations `skipped` with why. No key (and no payload) when nothing
    /// is new to the library.
    Annotated {
        key: Option<String>,
        placed: usize,
        skipped: Vec<Skipped>,
    },
    /// The payload is the text asked for.
    Text,
    /// There is no such treaty or article (the payload is empty).
    Nothing,
}
