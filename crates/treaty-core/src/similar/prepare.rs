//! A provision's texts as the comparison reads them: per language, its best text's content
//! tokens (concept or stem keys from the attribution's comparison terms, function words out),
//! with where each token is in which paragraph.

use crate::attribution::terms::tokens;
use crate::model::{Document, Provision, ProvisionText};
use std::collections::HashMap;

/// Term strings as small numbers, so that vectors and matches compare integers.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    pub fn id(&mut self, term: String) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        *self.ids.entry(term).or_insert(next)
    }
}

/// One content word: its terms and where it is.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub terms: Vec<u32>,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

impl Tok {
    pub fn matches(&self, other: &Tok) -> bool {
        self.terms.iter().any(|t| other.terms.contains(t))
    }
}

/// The text of one language of a provision, ready to compare.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    /// Primary language subtag, lower case.
    pub language: String,
    /// Index of the text among the provision's texts.
    pub text: usize,
    pub tokens: Vec<Tok>,
    /// The heading's tokens ("Entry into force", "Depositary"), and its chapter's title's: they
    /// name what the provision is about, so they count in its vector, but they are not text to
    /// align or show.
    pub heading: Vec<Tok>,
}

/// The best text of each language of `provision` (texts are stored best witness first), in the
/// order the languages first appear; texts without a content word are left out.
pub(crate) fn prepare(
    document: &Document,
    provision: &Provision,
    interner: &mut Interner,
) -> Vec<Prepared> {
    let mut out: Vec<Prepared> = Vec::new();
    for (index, text) in provision.texts.iter().enumerate() {
        let language = primary(&text.language);
        if out.iter().any(|p| p.language == language) {
            continue;
        }
        let tokens = content_tokens(text, &document.id, interner);
        if !tokens.is_empty() {
            let heading = provision
                .heading
                .as_deref()
                .into_iter()
                .chain(chapter_title(document, provision))
                .flat_map(|h| tokens_of_words(h, &text.language, &document.id, interner))
                .collect();
            out.push(Prepared {
                language,
                text: index,
                tokens,
                heading,
            });
        }
    }
    out
}

/// The title of the chapter (part, section) an article is in: "Amendments", "Ratification and
/// signature", "Final provisions". Treaties that head chapters rather than articles (the UN
/// Charter) say there what kind of clause their articles are.
fn chapter_title<'d>(document: &'d Document, provision: &Provision) -> Option<&'d str> {
    let at = document
        .articles
        .iter()
        .position(|a| std::ptr::eq(a, provision))?;
    document.articles[..=at]
        .iter()
        .rev()
        .find_map(|a| document.chapter_opening(a.number.as_deref()?))
        .map(|c| c.title.as_str())
}

/// The content tokens of a text's paragraphs, gaps left out.
pub(crate) fn content_tokens(
    text: &ProvisionText,
    document_id: &str,
    interner: &mut Interner,
) -> Vec<Tok> {
    let mut out = Vec::new();
    for (p, paragraph) in text.paragraphs.iter().enumerate() {
        if paragraph.gap {
            continue;
        }
        for token in tokens(&paragraph.text, &text.language, &[], document_id) {
            if !token.content {
                continue;
            }
            out.push(Tok {
                terms: token.terms.into_iter().map(|t| interner.id(t)).collect(),
                paragraph: p,
                start: token.start,
                end: token.end,
            });
        }
    }
    out
}

/// The content tokens of a line of words (paragraph index `usize::MAX`: in no paragraph).
fn tokens_of_words(
    line: &str,
    language: &str,
    document_id: &str,
    interner: &mut Interner,
) -> Vec<Tok> {
    tokens(line, language, &[], document_id)
        .into_iter()
        .filter(|t| t.content)
        .map(|t| Tok {
            terms: t.terms.into_iter().map(|term| interner.id(term)).collect(),
            paragraph: usize::MAX,
            start: t.start,
            end: t.end,
        })
        .collect()
}

/// "de-CH" → "de".
pub(crate) fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .trim()
        .to_lowercase()
}

/// Which texts two provisions are compared in: the first language of `a` that `b` also has,
/// else each its best text. Indexes into the two lists; `None` when either has none.
pub(crate) fn pick(a: &[Prepared], b: &[Prepared]) -> Option<(usize, usize)> {
    a.iter()
        .enumerate()
        .find_map(|(i, x)| {
            b.iter()
                .position(|y| y.language == x.language)
                .map(|j| (i, j))
        })
        .or_else(|| (!a.is_empty() && !b.is_empty()).then_some((0, 0)))
}

/// The words of `text` between two tokens' places, paragraph by paragraph, joined with a
/// space where the passage runs over a paragraph's end.
pub(crate) fn passage(text: &ProvisionText, tokens: &[Tok]) -> String {
    tokens
        .chunk_by(|a, b| a.paragraph == b.paragraph)
        .filter_map(|run| {
            let (first, last) = (run.first()?, run.last()?);
            let paragraph = text.paragraphs.get(first.paragraph)?;
            paragraph.text.get(first.start..last.end)
        })
        .collect::<Vec<_>>()
        .join(" ")
}
