//! Attribution of whole sources against a bundle: the entry points the app and the CLI call.
//!
//! A source is attributed to the first document it is about. Besides the document's texts, the
//! evidence is what the bundle's other sources say: its reports and the statements attributed
//! in its sources. New sources are attributed as a batch, in two passes, so that they can agree
//! with each other without the result depending on their order: the first pass uses the bundle
//! alone, the second adds what the other new sources were attributed in the first. Only
//! attributions resting on an article number or on the article's text count as agreement, so
//! that agreement never feeds on agreement.

use super::attribute::{attribute, attribute_marked, same_statement, Marked};
use super::cap::{first_statements, Attributed};
use super::continues::inherited_articles;
use super::evidence::Agreed;
use super::{Attribution, Basis, Statement, StatementKind};
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
            // What a reader's annotation names counts by the evidence behind it, as if the
            // pipeline had chosen the article: agreement still never feeds on agreement.
            let mut basis = best.basis.iter().filter(|b| **b != Basis::Annotated);
            let grounded = best.basis.contains(&Basis::Named) || basis.next() == Some(&Basis::Text);
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

/// A span of a source's body (UTF-8 bytes, on character boundaries) that a reader marked as a
/// statement, and the article they say it renders, if they say.
pub(crate) struct Mark<'a> {
    pub start: usize,
    pub end: usize,
    pub article: Option<&'a str>,
}

/// The spans the reader marked in `source` (see [`Mark`]), attributed against its first
/// `about` document of `bundle` as the pipeline attributes a statement: to the article the
/// reader names, judged against its text, or, where they name none, to the article the
/// evidence points to (with no candidates when it points nowhere). `extra` is agreement
/// beyond what `bundle` holds (the other statements of an import). A span that is one of the
/// statements extraction finds is that statement (its kind, speaker and numbers); another span
/// takes them from the statement it overlaps most, if any. One attribution per mark, in
/// order; empty when the source is about no document of the bundle.
pub(crate) fn attribute_marks(
    source: &Source,
    bundle: &Bundle,
    catalog: &Catalog,
    extra: &[Agreed],
    marks: &[Mark<'_>],
) -> Vec<Attribution> {
    let Some(document) = document_of(source, bundle) else {
        return Vec::new();
    };
    let mut agreed = agreed_in(bundle, document, &source.id);
    agreed.extend(extra.iter().filter(|a| a.source != source.id).cloned());
    let (statements, _) = first_statements(source, catalog, &document.id);
    let marked: Vec<Marked> = marks
        .iter()
        .map(|m| {
            let overlap = |s: &Statement| m.end.min(s.end).saturating_sub(m.start.max(s.start));
            if let Some(i) = statements
                .iter()
                .position(|s| s.start == m.start && s.end == m.end)
            {
                return Marked {
                    statement: statements[i].clone(),
                    itself: same_statement(&statements, i),
                    inherited: inherited_articles(&statements, i),
                    article: m.article,
                };
            }
            let itself: Vec<usize> = (0..statements.len())
                .filter(|&i| overlap(&statements[i]) > 0)
                .collect();
            let nearest = itself
                .iter()
                .copied()
                .max_by_key(|&i| overlap(&statements[i]))
                .map(|i| &statements[i]);
            let quoted = source
                .body
                .get(..m.start)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| matches!(c, '"' | '“' | '«' | '„' | '‘' | '\''));
            let statement = Statement {
                start: m.start,
                end: m.end,
                kind: nearest.map_or(
                    if quoted {
                        StatementKind::DirectQuote
                    } else {
                        StatementKind::Reported
                    },
                    |s| s.kind,
                ),
                speaker: nearest.and_then(|s| s.speaker.clone()),
                named_articles: nearest
                    .map(|s| s.named_articles.clone())
                    .unwrap_or_default(),
                continues: None,
                repeats: None,
            };
            Marked {
                statement,
                itself,
                inherited: Vec::new(),
                article: m.article,
            }
        })
        .collect();
    attribute_marked(&marked, &statements, source, document, catalog, &agreed)
}

/// What the `attributions` of `source` say as agreement (see [`agreed_in`]).
pub(crate) fn agreeing_in(source: &Source, attributions: &[Attribution]) -> Vec<Agreed> {
    agreeing(source, attributions)
}
