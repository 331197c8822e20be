//! What a statement can be compared with: for each article of the document, the paragraphs of
//! its texts, and what other sources say about it (the bundle's reports and the statements
//! other sources are attributed).
//!
//! Texts and other sources are kept apart because they count differently: an article's own text
//! is the provision, while another source's statement is only agreement among reporters. Text
//! that no source places in an article (a witness's unplaced paragraph) is kept too, so that a
//! statement matching it is not pushed onto a weaker article instead.

use super::align::Weights;
use super::terms::{tokens, Token};
use crate::model::Document;
use crate::refs::{recognise, Catalog};
use std::collections::HashSet;

/// A statement another source makes about an article of the document: the evidence of
/// agreement among sources, for articles whose text is missing above all.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreed {
    /// Id of the source saying it.
    pub source: String,
    /// Article number as the document prints it, or `preamble`.
    pub article: String,
    /// The statement's words.
    pub text: String,
    /// Language of the source (BCP 47).
    pub language: String,
}

/// Where a passage comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A paragraph of a text of the article (or of unplaced text).
    Text,
    /// Another source's statement, or a report in the bundle.
    Agreed,
}

/// A piece of evidence about one article.
#[derive(Debug, Clone)]
pub(crate) struct Passage {
    /// Article number, `preamble`, or `None` for unplaced text.
    pub article: Option<String>,
    pub origin: Origin,
    /// For a paragraph of an article's text: (index of the text, index of the paragraph), so
    /// that a statement can be anchored where it aligns.
    pub place: Option<(usize, usize)>,
    /// For a statement of the source being attributed that names its article: its index, so
    /// that it is not taken as agreeing with itself.
    pub statement: Option<usize>,
    pub tokens: Vec<Token>,
    pub weights: Vec<f32>,
}

/// All evidence about a document's articles, with the term weights computed over it.
pub(crate) struct Evidence {
    pub passages: Vec<Passage>,
    pub weights: Weights,
}

impl Evidence {
    /// The evidence for `document`: its texts and unplaced passages, `agreed` except what
    /// `source` itself says (a source never agrees with itself), and `own`: the statements of
    /// `source` that name one article, by index, as what the source itself says that article
    /// is about (an article it names in one sentence and describes again in another).
    pub fn new(
        document: &Document,
        catalog: &Catalog,
        agreed: &[Agreed],
        source: &str,
        own: &[(usize, Agreed)],
    ) -> Self {
        let read = |text: &str, language: &str| {
            let mentions = recognise(text, catalog, &document.id);
            tokens(text, language, &mentions, &document.id)
        };
        let mut passages = Vec::new();
        for provision in document.provisions() {
            let article = provision.key();
            for (t, text) in provision.texts.iter().enumerate() {
                for (p, paragraph) in text.paragraphs.iter().enumerate() {
                    if paragraph.gap {
                        continue;
                    }
                    passages.push(Passage {
                        article: Some(article.clone()),
                        origin: Origin::Text,
                        place: Some((t, p)),
                        statement: None,
                        tokens: read(&paragraph.text, &text.language),
                        weights: Vec::new(),
                    });
                }
            }
        }
        for passage in &document.unplaced {
            for paragraph in passage.text.paragraphs.iter().filter(|p| !p.gap) {
                passages.push(Passage {
                    article: None,
                    origin: Origin::Text,
                    place: None,
                    statement: None,
                    tokens: read(&paragraph.text, &passage.text.language),
                    weights: Vec::new(),
                });
            }
        }
        let others = agreed
            .iter()
            .filter(|a| a.source != source)
            .map(|a| (None, a));
        let own = own.iter().map(|(i, a)| (Some(*i), a));
        for (statement, a) in others.chain(own) {
            passages.push(Passage {
                article: Some(a.article.clone()),
                origin: Origin::Agreed,
                place: None,
                statement,
                tokens: read(&a.text, &a.language),
                weights: Vec::new(),
            });
        }
        let weights = Weights::new(
            passages.iter().map(|p| p.tokens.as_slice()),
            name_terms(document),
        );
        for p in &mut passages {
            p.weights = weights.of(&p.tokens);
        }
        Self { passages, weights }
    }
}

/// The terms of the document's names and of its parties' names, read as English, German and
/// (for Cyrillic words) Russian.
fn name_terms(document: &Document) -> HashSet<String> {
    let names = [&document.title, &document.short_title]
        .into_iter()
        .chain(&document.aliases)
        .chain(&document.parties);
    let mut out = HashSet::new();
    for name in names {
        for language in ["en", "de"] {
            for t in tokens(name, language, &[], &document.id) {
                if t.content {
                    out.extend(t.terms);
                }
            }
        }
    }
    out
}
