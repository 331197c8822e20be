//! Attribution of whole sources against a bundle: the entry points the app and the CLI call.
//!
//! A source is attributed to the first document it is about. Besides the document's texts, the
//! evidence is what the bundle's other sources say: its reports and the statements attributed
//! in its sources. New sources are attributed as a batch, in two passes, so that they can agree
//! with each other without the result depending on their order: the first pass uses the bundle
//! alone, the second adds what the other new sources were attributed in the first. Only
//! attributions resting on an article number or on the article's text count as agreement, so
//! that agreement never feeds on agreement.

use super::attribute::attribute;
use super::cap::{first_statements, Attributed};
use super::evidence::Agreed;
use super::{Attribution, Basis};
use crate::bundle::{Bundle, Source};
use crate::model::Document;
use crate::refs::Catalog;

/// The statements of `source` attributed to articles of its first `about` document, with
/// what `bundle`'s other sources say as agreement (the first
/// [`MAX_STATEMENTS_PER_SOURCE`](super::MAX_STATEMENTS_PER_SOURCE) at most). Empty when the
/// source is about no document of the bundle.
pub fn attribute_source(source: &Source, bundle: &Bundle) -> Vec<Attribution> {
    let catalog = Catalog::from_bundles([bundle]);
    let Some(document) = document_of(source, bundle) else {
        return Vec::new();
    };
    let agreed = agreed_in(bundle, document, &source.id);
    run(source, document, &catalog, &agreed).attributions
}

/// Attributes `sources`, new to `bundle`, as a batch (see the module documentation): one list
/// of attributions per source, in order.
pub fn attribute_batch(bundle: &Bundle, sources: &[Source]) -> Vec<Vec<Attribution>> {
    batch(bundle, sources)
        .into_iter()
        .map(|a| a.attributions)
        .collect()
}

/// [`attribute_batch`], with each source's count of statements when it had too many.
fn batch(bundle: &Bundle, sources: &[Source]) -> Vec<Attributed> {
    let catalog = Catalog::from_bundles([bundle]);
    let first: Vec<Vec<Attribution>> = sources
        .iter()
        .map(|s| match document_of(s, bundle) {
            Some(d) => run(s, d, &catalog, &agreed_in(bundle, d, &s.id)).attributions,
            None => Vec::new(),
        })
        .collect();
    sources
        .iter()
        .map(|s| {
            let Some(document) = document_of(s, bundle) else {
                return Attributed {
                    attributions: Vec::new(),
                    statements_found: None,
                };
            };
            let mut agreed = agreed_in(bundle, document, &s.id);
            for (other, found) in sources.iter().zip(&first) {
                if other.id != s.id && other.about.first() == Some(&document.id) {
                    agreed.extend(agreeing(other, found));
                }
            }
            run(s, document, &catalog, &agreed)
        })
        .collect()
}

/// Recomputes the attributions of every source of `bundle`, as `treaty bundle` does at build
/// time: the sources are a batch new to the bundle's documents and reports.
pub fn attribute_all(bundle: &mut Bundle) {
    for s in &mut bundle.sources {
        s.attributions.clear();
    }
    let sources = bundle.sources.clone();
    let found = batch(bundle, &sources);
    for (s, attributed) in bundle.sources.iter_mut().zip(found) {
        s.set_attributions(attributed);
    }
}

/// What `bundle` says about `document`'s articles apart from the source `except`: the reports
/// on its provisions and the attributions of its other sources.
pub fn agreed_in(bundle: &Bundle, document: &Document, except: &str) -> Vec<Agreed> {
    let mut out = Vec::new();
    for provision in document.provisions() {
        let article = provision.key();
        for r in provision.reports.iter().filter(|r| r.source != except) {
            let language = bundle
                .source(&r.source)
                .map_or_else(|| "en".to_owned(), |s| s.language.clone());
            out.push(Agreed {
                source: r.source.clone(),
                article: article.clone(),
                text: r.quote.clone(),
                language,
            });
        }
    }
    for s in &bundle.sources {
        if s.id != except && s.about.first() == Some(&document.id) {
            out.extend(agreeing(s, &s.attributions));
        }
    }
    out
}

/// The attributions of `source` that can serve as agreement: those resting on a number or on
/// the article's text.
fn agreeing(source: &Source, attributions: &[Attribution]) -> Vec<Agreed> {
    attributions
        .iter()
        .filter_map(|a| {
            let best = a.candidates.first()?;
            let grounded =
                best.basis.contains(&Basis::Named) || best.basis.first() == Some(&Basis::Text);
            let text = source.body.get(a.statement.start..a.statement.end)?;
            grounded.then(|| Agreed {
                source: source.id.clone(),
                article: best.article.clone(),
                text: text.to_owned(),
                language: source.language.clone(),
            })
        })
        .collect()
}

pub(super) fn document_of<'a>(source: &Source, bundle: &'a Bundle) -> Option<&'a Document> {
    bundle.document(source.about.first()?)
}

fn run(source: &Source, document: &Document, catalog: &Catalog, agreed: &[Agreed]) -> Attributed {
    let (statements, statements_found) = first_statements(source, catalog, &document.id);
    Attributed {
        attributions: attribute(&statements, source, document, catalog, agreed),
        statements_found,
    }
}
