//! The bundle: the JSON file the app loads, holding documents, the news sources about them and
//! a glossary. These serde types are the single source of truth for the format
//! (`docs/bundle-format.md` describes it for people).

use crate::model::Document;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Value of the `format` field, so that a JSON file of some other kind is recognised as such.
pub const FORMAT_NAME: &str = "treaty-reader-bundle";
/// The bundle format version this build reads and writes. Bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

/// A set of documents with their sources and glossary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    /// [`FORMAT_VERSION`] of the writer.
    pub version: u32,
    pub documents: Vec<Document>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    /// Statements the reader imported from Web Annotations, about sources of the library (not
    /// necessarily of this bundle): [`Bundle::merged`] adds each to its source's
    /// `attributions`, and keeps here those whose source it does not hold yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<KeptStatement>,
}

/// A statement the reader imported from a Web Annotation (see
/// [`read_annotations`](crate::import::read_annotations)): where it is and what it was
/// attributed to, kept so that it can be added to its source whenever the library is put
/// together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptStatement {
    /// The id of the source the statement is in.
    pub source: String,
    /// The id of the annotation it came from, when the annotation has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// The statement (its span in the source's body) with its article and judgement, as the
    /// source's `attributions` hold them.
    pub attribution: crate::attribution::Attribution,
}

/// A news article (or other secondary text) that quotes or reports on a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Stable identifier used in URLs, e.g. `tass-2024-10-24`.
    pub id: String,
    /// Outlet name as it presents itself ("TASS").
    pub outlet: String,
    pub title: String,
    /// Who wrote it, as the page names them (a saved page's byline); `None` when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// ISO 8601 date, possibly approximate (see `date_note`).
    pub date: String,
    #[serde(default)]
    pub date_note: Option<String>,
    /// When the copy in `body` was taken, as a [`moment`](crate::dates::moment) (a date-time,
    /// or a day): a `# stored:` header, or the moment the reader imported the page. The page
    /// may have changed since; exports say which state of it statement positions count in.
    /// `None` in bundles made before copies were dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored: Option<String>,
    /// BCP 47 language tag of the body.
    pub language: String,
    #[serde(default)]
    pub url: Option<String>,
    /// Ids of the documents this source is about; internal references in it ("Article 4")
    /// resolve to the first.
    pub about: Vec<String>,
    /// The article text, paragraphs separated by newlines, exactly as received.
    pub body: String,
    /// The treaty statements found in the body, attributed to articles of the first document
    /// in `about`; computed by `treaty bundle`, recomputed by the app for imported sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributions: Vec<crate::attribution::Attribution>,
    /// How many treaty statements the body has, when more than the
    /// [`MAX_STATEMENTS_PER_SOURCE`](crate::attribution::MAX_STATEMENTS_PER_SOURCE) that were
    /// attributed and kept; `None` when every statement is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statements_found: Option<usize>,
}

impl Source {
    /// Keeps what attribution found: the attributions and the count of statements.
    pub fn set_attributions(&mut self, attributed: crate::attribution::Attributed) {
        self.attributions = attributed.attributions;
        self.statements_found = attributed.statements_found;
    }

    /// The body split into its paragraphs (non-empty lines).
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.body.lines().map(str::trim).filter(|l| !l.is_empty())
    }
}

/// A term the reader highlights wherever it occurs, with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    /// Stable identifier, e.g. `dprk`.
    pub id: String,
    /// The term as the heading of its explanation.
    pub term: String,
    /// Every form in which the term is recognised, in any language ("DPRK", "КНДР").
    pub forms: Vec<String>,
    pub definition: String,
    /// Ids of the documents whose texts and sources the term applies to; empty means all.
    #[serde(default)]
    pub documents: Vec<String>,
}

/// Why a bundle could not be read, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// Not JSON, or JSON of the wrong shape; carries serde's message with line and column.
    Malformed(String),
    /// JSON, but not a Treaty Reader bundle.
    NotABundle(String),
    /// A bundle from a newer (or unknown) version of the format.
    UnsupportedVersion(u32),
    /// Well formed, but its parts contradict each other.
    Inconsistent(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed(m) => write!(f, "the file is not a valid bundle: {m}"),
            Self::NotABundle(found) => write!(
                f,
                "the file is JSON but not a Treaty Reader bundle (its \"format\" is {found}, expected \"{FORMAT_NAME}\")"
            ),
            Self::UnsupportedVersion(v) => write!(
                f,
                "the bundle has format version {v}; this version of Treaty Reader reads version {FORMAT_VERSION}"
            ),
            Self::Inconsistent(m) => write!(f, "the bundle is inconsistent: {m}"),
        }
    }
}

impl std::error::Error for BundleError {}

impl Bundle {
    /// A bundle of the current format version.
    pub fn new(
        documents: Vec<Document>,
        sources: Vec<Source>,
        glossary: Vec<GlossaryEntry>,
    ) -> Self {
        Self {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            documents,
            sources,
            glossary,
            statements: Vec::new(),
        }
    }

    /// Reads a bundle, checking its format name and version before its shape so that an old or
    /// foreign file gets a message about what it is rather than about a missing field.
    pub fn from_json(text: &str) -> Result<Self, BundleError> {
        #[derive(Deserialize)]
        struct Header {
            format: Option<serde_json::Value>,
            version: Option<u32>,
        }
        let header: Header =
            serde_json::from_str(text).map_err(|e| BundleError::Malformed(e.to_string()))?;
        match header.format {
            Some(serde_json::Value::String(f)) if f == FORMAT_NAME => {}
            Some(other) => return Err(BundleError::NotABundle(other.to_string())),
            None => return Err(BundleError::NotABundle("missing".to_owned())),
        }
        match header.version {
            Some(FORMAT_VERSION) => {}
            Some(v) => return Err(BundleError::UnsupportedVersion(v)),
            None => return Err(BundleError::Malformed("missing field `version`".to_owned())),
        }
        let bundle: Bundle =
            serde_json::from_str(text).map_err(|e| BundleError::Malformed(e.to_string()))?;
        bundle.check()?;
        Ok(bundle)
    }

    /// Pretty JSON, stable across runs so that generated bundles diff cleanly.
    pub fn to_json(&self) -> String {
        write_json(self, true)
    }

    /// Compact JSON, for files the app fetches (a quarter smaller before compression).
    pub fn to_json_compact(&self) -> String {
        write_json(self, false)
    }

    /// Checks what serde cannot: unique ids and references that point somewhere.
    pub fn check(&self) -> Result<(), BundleError> {
        let mut ids = std::collections::HashSet::new();
        for d in &self.documents {
            if !ids.insert(d.id.as_str()) {
                return Err(BundleError::Inconsistent(format!(
                    "two documents have the id \"{}\"",
                    d.id
                )));
            }
            let mut numbers = std::collections::HashSet::new();
            for a in &d.articles {
                let n = a.number.as_deref().unwrap_or_default();
                if !numbers.insert(n) {
                    return Err(BundleError::Inconsistent(format!(
                        "document \"{}\" has two articles numbered \"{n}\"",
                        d.id
                    )));
                }
                for r in &a.reports {
                    let source = self.source(&r.source).ok_or_else(|| {
                        BundleError::Inconsistent(format!(
                            "Article {n} of \"{}\" cites the unknown source \"{}\"",
                            d.id, r.source
                        ))
                    })?;
                    if !source.body.contains(&r.quote) {
                        return Err(BundleError::Inconsistent(format!(
                            "Article {n} of \"{}\" quotes words not found in source \"{}\": {}",
                            d.id, r.source, r.quote
                        )));
                    }
                }
            }
        }
        let mut source_ids = std::collections::HashSet::new();
        for s in &self.sources {
            if !source_ids.insert(s.id.as_str()) {
                return Err(BundleError::Inconsistent(format!(
                    "two sources have the id \"{}\"",
                    s.id
                )));
            }
            // A score beyond f32 ("1e39") reads as infinity, which JSON writes as null: the
            // bundle would be kept and then never read back (the fuzz targets' read-back check).
            let mut candidates = s.attributions.iter().flat_map(|a| &a.candidates);
            if let Some(c) = candidates.find(|c| !c.score.is_finite()) {
                return Err(BundleError::Inconsistent(format!(
                    "source \"{}\" scores Article {} out of range",
                    s.id, c.article
                )));
            }
        }
        let mut kept = self.statements.iter().flat_map(|k| {
            let candidates = k.attribution.candidates.iter();
            candidates.map(move |c| (k, c))
        });
        if let Some((k, c)) = kept.find(|(_, c)| !c.score.is_finite()) {
            return Err(BundleError::Inconsistent(format!(
                "a statement imported about source \"{}\" scores Article {} out of range",
                k.source, c.article
            )));
        }
        Ok(())
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Removes the sources that are also among `new` (same id, URL or body) and the reports
    /// quoting them, so that `new` can be attributed as unseen (an evaluation, a snapshot).
    pub fn leave_out(&mut self, new: &[Source]) {
        let known = |s: &Source| {
            new.iter()
                .any(|n| n.id == s.id || (n.url.is_some() && n.url == s.url) || n.body == s.body)
        };
        let gone: Vec<String> = self
            .sources
            .iter()
            .filter(|s| known(s))
            .map(|s| s.id.clone())
            .collect();
        self.sources.retain(|s| !gone.contains(&s.id));
        for d in &mut self.documents {
            let provisions = d.preamble.iter_mut().chain(d.articles.iter_mut());
            for p in provisions {
                p.reports.retain(|r| !gone.contains(&r.source));
            }
        }
    }

    /// Sources that report on a document, newest first.
    pub fn sources_about<'a>(&'a self, document_id: &'a str) -> impl Iterator<Item = &'a Source> {
        let mut v: Vec<&Source> = self
            .sources
            .iter()
            .filter(|s| s.about.iter().any(|a| a == document_id))
            .collect();
        v.sort_by(|a, b| b.date.cmp(&a.date));
        v.into_iter()
    }
}

/// Writes a bundle as JSON, pretty or compact, through one serializer type: the bundle's
/// `Serialize` code is then compiled once instead of once per layout (about 9 KB of the app's
/// wasm, which writes both: compact for the worker, pretty for a download). The bytes are
/// exactly those of `serde_json::to_string_pretty` and `serde_json::to_string`.
fn write_json(bundle: &Bundle, pretty: bool) -> String {
    let mut out = Vec::with_capacity(128);
    let layout = Layout(pretty.then(serde_json::ser::PrettyFormatter::new));
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, layout);
    bundle
        .serialize(&mut serializer)
        .expect("bundle types serialise infallibly");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Pretty when it holds a [`PrettyFormatter`](serde_json::ser::PrettyFormatter), compact
/// otherwise: the methods the pretty one overrides go to it or to the compact defaults.
struct Layout(Option<serde_json::ser::PrettyFormatter<'static>>);

macro_rules! layout_methods {
    ($($name:ident($($arg:ident: $ty:ty),*);)*) => {
        $(fn $name<W: ?Sized + std::io::Write>(&mut self, writer: &mut W $(, $arg: $ty)*) -> std::io::Result<()> {
            match &mut self.0 {
                Some(pretty) => pretty.$name(writer $(, $arg)*),
                None => serde_json::ser::CompactFormatter.$name(writer $(, $arg)*),
            }
        })*
    };
}

impl serde_json::ser::Formatter for Layout {
    layout_methods! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }
}
