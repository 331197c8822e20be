//! The searchable units of a library: each paragraph of each text of each provision, and each
//! paragraph of each news source, with what a result needs to open it.

use crate::bundle::{Bundle, GlossaryEntry, Source};
use crate::model::{Document, Provision};
use crate::refs::{self, Catalog};
use serde::{Deserialize, Serialize};

/// The language glossary definitions are written in (the app's own language): their words are
/// stemmed as such whatever the language of the paragraph whose terms they explain.
pub const GLOSSARY_LANGUAGE: &str = "en";

/// What a result opens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    /// A paragraph of one text of a provision.
    Provision {
        treaty: String,
        /// [`Provision::key`]: the article number as printed, or "preamble".
        article: String,
        /// Index into the provision's `texts`.
        text: usize,
        /// Index into that text's `paragraphs`.
        paragraph: usize,
    },
    /// A paragraph (a non-empty line) of a news source.
    Source {
        source: String,
        /// Index of the line among `body.lines()`, empty lines counted.
        paragraph: usize,
        /// Byte offset in the body where the paragraph's text starts (after leading blanks).
        start: usize,
        /// Byte offset in the body where the first attributed statement that starts in this
        /// paragraph starts, so that a result links to the statement as the source page shows
        /// it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        statement: Option<usize>,
    },
}

impl Target {
    /// Which display group it belongs to: one per provision, one per source.
    pub fn group_key(&self) -> GroupKey {
        match self {
            Self::Provision {
                treaty, article, ..
            } => GroupKey::Article {
                treaty: treaty.clone(),
                article: article.clone(),
            },
            Self::Source { source, .. } => GroupKey::Source {
                source: source.clone(),
            },
        }
    }
}

/// A provision of a treaty, or a source: what results are grouped under, and what shares one
/// fragment file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GroupKey {
    Article { treaty: String, article: String },
    Source { source: String },
}

/// One searchable unit and its words, field by field.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub target: Target,
    /// BCP 47 tag of `text` and `heading`.
    pub language: String,
    /// The paragraph's text.
    pub text: String,
    /// "Article 16 — Heading" for a provision; the title on a source's first paragraph.
    pub heading: String,
    /// Term names and definitions of the glossary entries whose terms the paragraph uses, in
    /// [`GLOSSARY_LANGUAGE`].
    pub glossary: String,
    /// The treaties it concerns: a provision's own; the ones a source is about.
    pub treaties: Vec<String>,
}

/// Every searchable unit of `bundle`, in order: documents' provisions (and annex articles), then
/// sources. Gap paragraphs and reports (quotes of sources, found through the source) are left
/// out.
pub fn entries_of(bundle: &Bundle) -> Vec<Entry> {
    let catalog = Catalog::from_bundles([bundle]);
    let mut out = Vec::new();
    for document in &bundle.documents {
        for provision in provisions(document) {
            push_provision(document, provision, &catalog, &bundle.glossary, &mut out);
        }
    }
    for source in &bundle.sources {
        push_source(source, &mut out);
    }
    out
}

/// The preamble, the articles, then the annexes' articles. An annex article is keyed by its
/// number as the treaty's own would be; annex texts outside articles are not searched.
fn provisions(document: &Document) -> impl Iterator<Item = &Provision> {
    document
        .provisions()
        .chain(document.annexes.iter().flat_map(|a| a.articles.iter()))
}

fn push_provision(
    document: &Document,
    provision: &Provision,
    catalog: &Catalog,
    glossary: &[GlossaryEntry],
    out: &mut Vec<Entry>,
) {
    let heading = match provision.heading.as_deref().map(str::trim) {
        Some(h) if !h.is_empty() => format!("{} — {h}", provision.label()),
        _ => provision.label(),
    };
    for (t, text) in provision.texts.iter().enumerate() {
        for (n, paragraph) in text.paragraphs.iter().enumerate() {
            if paragraph.gap || paragraph.text.trim().is_empty() {
                continue;
            }
            out.push(Entry {
                target: Target::Provision {
                    treaty: document.id.clone(),
                    article: provision.key(),
                    text: t,
                    paragraph: n,
                },
                language: text.language.clone(),
                text: paragraph.text.clone(),
                heading: heading.clone(),
                glossary: glossary_of(&paragraph.text, &document.id, catalog, glossary),
                treaties: vec![document.id.clone()],
            });
        }
    }
}

/// The names and definitions of the glossary terms `text` uses, as the reader's own term
/// recognition finds them, each once.
fn glossary_of(
    text: &str,
    document: &str,
    catalog: &Catalog,
    glossary: &[GlossaryEntry],
) -> String {
    let mut ids: Vec<String> = Vec::new();
    for mention in refs::recognise(text, catalog, document) {
        if let refs::Target::Term { id } = mention.target {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids.iter()
        .filter_map(|id| glossary.iter().find(|g| &g.id == id))
        .map(|g| format!("{}. {}", g.term, g.definition))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The title is the heading of the first paragraph only: on every paragraph it would lift all
/// of a source's paragraphs alike, which the source's group already shows once.
fn push_source(source: &Source, out: &mut Vec<Entry>) {
    let mut first = true;
    let mut offset = 0;
    for (n, line) in source.body.split('\n').enumerate() {
        let line_start = offset;
        offset += line.len() + 1;
        let trimmed = line.trim_start();
        let start = line_start + (line.len() - trimmed.len());
        let text = trimmed.trim_end();
        if text.is_empty() {
            continue;
        }
        let end = start + text.len();
        let statement = source
            .attributions
            .iter()
            .filter(|a| !a.candidates.is_empty())
            .map(|a| a.statement.start)
            .find(|s| (start..end).contains(s));
        out.push(Entry {
            target: Target::Source {
                source: source.id.clone(),
                paragraph: n,
                start,
                statement,
            },
            language: source.language.clone(),
            text: text.to_owned(),
            heading: if first {
                source.title.clone()
            } else {
                String::new()
            },
            glossary: String::new(),
            treaties: source.about.clone(),
        });
        first = false;
    }
}
