//! The library index: what a reader sees of every treaty before any treaty's text is loaded
//! (titles, parties, dates, how much text there is, which articles exist), and where each
//! treaty's own file is. The app loads the index first and a treaty's file (the treaty with
//! its sources, [`Bundle::for_document`]) when that treaty is opened, as Pagefind splits its
//! index, so a first visit downloads one treaty rather than the whole library.
//!
//! The CLI writes the index and the treaty files from the shipped bundle; the app derives the
//! same index from any whole bundle (`?bundle=`, the reader's imports) with [`LibraryIndex::of`],
//! so pages read one structure whichever way the library came.

use crate::bundle::{Bundle, GlossaryEntry};
use crate::collection::append_new;
use crate::model::{Document, Event, WitnessKind, PREAMBLE};
use crate::numbering::article_value;
use crate::summary::Availability;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The `format` field of an index file.
pub const INDEX_FORMAT: &str = "treaty-reader-index";
/// The version of the index format this code reads and writes.
pub const INDEX_VERSION: u32 = 1;

/// Every treaty and source of a library, without texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LibraryIndex {
    pub format: String,
    pub version: u32,
    pub treaties: Vec<TreatyEntry>,
    pub sources: Vec<SourceEntry>,
    /// The whole glossary: terms are recognised on every page, so it is small and always there.
    pub glossary: Vec<GlossaryEntry>,
}

/// One treaty as lists, facts and references need it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreatyEntry {
    pub id: String,
    pub title: String,
    pub short_title: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub self_references: Vec<String>,
    #[serde(default)]
    pub parties: Vec<String>,
    #[serde(default)]
    pub signed: Option<Event>,
    #[serde(default)]
    pub in_force: Option<Event>,
    #[serde(default)]
    pub authentic_languages: Vec<String>,
    pub availability: Availability,
    /// The kinds of text it is shown in, most authoritative first.
    pub witness_kinds: Vec<WitnessKind>,
    /// Whether it has a preamble (with or without text).
    pub preamble: bool,
    /// Its article numbers as printed, in order.
    pub articles: Vec<String>,
    /// Its file (the treaty with its sources), relative to the index.
    pub file: String,
}

/// One news source: which treaties it is about, so its page knows which files to load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceEntry {
    pub id: String,
    pub about: Vec<String>,
}

/// Why an index file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexError {
    Malformed(String),
    NotAnIndex,
    UnsupportedVersion(u32),
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed(m) => write!(f, "the library index is not valid JSON ({m})"),
            Self::NotAnIndex => write!(f, "the file is not a Treaty Reader library index"),
            Self::UnsupportedVersion(v) => write!(
                f,
                "the library index has format version {v}; this version of Treaty Reader reads version {INDEX_VERSION}"
            ),
        }
    }
}

impl std::error::Error for IndexError {}

/// The file of treaty `id`, relative to the index.
pub fn treaty_file(id: &str) -> String {
    format!("treaties/{id}.json")
}

impl TreatyEntry {
    /// The entry of `document`, whose file is [`treaty_file`].
    pub fn of(document: &Document) -> Self {
        Self {
            id: document.id.clone(),
            title: document.title.clone(),
            short_title: document.short_title.clone(),
            aliases: document.aliases.clone(),
            self_references: document.self_references.clone(),
            parties: document.parties.clone(),
            signed: document.signed.clone(),
            in_force: document.in_force.clone(),
            authentic_languages: document.authentic_languages.clone(),
            availability: document.availability(),
            witness_kinds: document.witness_kinds(),
            preamble: document.preamble.is_some(),
            articles: document
                .articles
                .iter()
                .filter_map(|a| a.number.clone())
                .filter(|n| n != PREAMBLE)
                .collect(),
            file: treaty_file(&document.id),
        }
    }

    /// Whether it has the article numbered `number` (or, for "preamble", a preamble).
    pub fn has_provision(&self, number: &str) -> bool {
        if number == PREAMBLE {
            self.preamble
        } else {
            self.article(number).is_some()
        }
    }

    /// The printed number of the article `number` names, matched by value as
    /// [`Document::article`] matches ("2" finds "II").
    pub fn article(&self, number: &str) -> Option<&str> {
        let wanted = article_value(number)?;
        self.articles
            .iter()
            .find(|a| article_value(a) == Some(wanted))
            .map(String::as_str)
    }
}

impl LibraryIndex {
    /// The index of everything in `bundle`.
    pub fn of(bundle: &Bundle) -> Self {
        Self {
            format: INDEX_FORMAT.to_owned(),
            version: INDEX_VERSION,
            treaties: bundle.documents.iter().map(TreatyEntry::of).collect(),
            sources: bundle
                .sources
                .iter()
                .map(|s| SourceEntry {
                    id: s.id.clone(),
                    about: s.about.clone(),
                })
                .collect(),
            glossary: bundle.glossary.clone(),
        }
    }

    /// Reads an index, checking its format name and version first.
    pub fn from_json(text: &str) -> Result<Self, IndexError> {
        #[derive(Deserialize)]
        struct Header {
            format: Option<String>,
            version: Option<u32>,
        }
        let header: Header =
            serde_json::from_str(text).map_err(|e| IndexError::Malformed(e.to_string()))?;
        if header.format.as_deref() != Some(INDEX_FORMAT) {
            return Err(IndexError::NotAnIndex);
        }
        match header.version {
            Some(INDEX_VERSION) => {}
            Some(v) => return Err(IndexError::UnsupportedVersion(v)),
            None => return Err(IndexError::Malformed("missing field `version`".to_owned())),
        }
        serde_json::from_str(text).map_err(|e| IndexError::Malformed(e.to_string()))
    }

    /// Compact JSON: the index is on every first visit's path.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("index types serialise infallibly")
    }

    /// This index with `other`'s treaties, sources and glossary entries whose ids are new.
    pub fn merged(mut self, other: LibraryIndex) -> Self {
        append_new(&mut self.treaties, other.treaties, |t| &t.id);
        append_new(&mut self.sources, other.sources, |s| &s.id);
        append_new(&mut self.glossary, other.glossary, |g| &g.id);
        self
    }

    pub fn treaty(&self, id: &str) -> Option<&TreatyEntry> {
        self.treaties.iter().find(|t| t.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&SourceEntry> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// How many sources are about treaty `id`.
    pub fn sources_about(&self, id: &str) -> usize {
        self.sources
            .iter()
            .filter(|s| s.about.iter().any(|a| a == id))
            .count()
    }
}

/// The files the CLI writes for a bundle: the index and one file per treaty (relative path,
/// contents), in the order of the bundle's documents.
pub fn split(bundle: &Bundle) -> (LibraryIndex, Vec<(String, Bundle)>) {
    let index = LibraryIndex::of(bundle);
    let parts = bundle
        .documents
        .iter()
        .filter_map(|d| {
            bundle
                .for_document(&d.id)
                .map(|part| (treaty_file(&d.id), part))
        })
        .collect();
    (index, parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLE: &str = include_str!("../../../tests/fixtures/mini-bundle.json");

    #[test]
    fn the_index_lists_every_treaty_with_its_articles_and_file() {
        let bundle = Bundle::from_json(BUNDLE).unwrap();
        let (index, parts) = split(&bundle);
        assert_eq!(index.treaties.len(), bundle.documents.len());
        let first = &index.treaties[0];
        assert_eq!(first.file, treaty_file(&first.id));
        assert_eq!(
            first.availability,
            bundle.documents[0].availability(),
            "counts as the full document gives them"
        );
        assert!(first.has_provision(&first.articles[0]));
        assert!(!first.has_provision("999"));
        assert_eq!(parts.len(), bundle.documents.len());
        for (file, part) in &parts {
            assert!(file.starts_with("treaties/"));
            assert_eq!(part.documents.len(), 1);
            part.check().unwrap();
        }
    }

    #[test]
    fn an_index_reads_back_and_foreign_files_are_named() {
        let index = LibraryIndex::of(&Bundle::from_json(BUNDLE).unwrap());
        assert_eq!(LibraryIndex::from_json(&index.to_json()).unwrap(), index);
        assert_eq!(
            LibraryIndex::from_json(r#"{"format":"treaty-reader-bundle","version":1}"#),
            Err(IndexError::NotAnIndex)
        );
        assert_eq!(
            LibraryIndex::from_json(r#"{"format":"treaty-reader-index","version":9}"#),
            Err(IndexError::UnsupportedVersion(9))
        );
        assert!(matches!(
            LibraryIndex::from_json("{"),
            Err(IndexError::Malformed(_))
        ));
    }

    #[test]
    fn references_resolve_the_same_from_the_index_as_from_the_bundle() {
        use crate::refs::Catalog;
        let bundle = Bundle::from_json(BUNDLE).unwrap();
        assert_eq!(
            Catalog::from_index(&LibraryIndex::of(&bundle)),
            Catalog::from_bundles([&bundle])
        );
    }

    #[test]
    fn merging_adds_only_new_treaties() {
        let index = LibraryIndex::of(&Bundle::from_json(BUNDLE).unwrap());
        let twice = index.clone().merged(index.clone());
        assert_eq!(twice, index);
    }
}
