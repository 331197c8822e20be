//! Combining the texts of one document from several corpus files (KCNA's English report, a
//! translation of fragments, the Russian quotations) into one set of provisions, best witness
//! first, and listing the articles no file holds.

use crate::model::{Document, Provision};
use crate::numbering::article_value;
use std::cmp::Reverse;

/// Adds the provisions, chapters and unplaced passages of `imported` to `doc`, matching
/// articles by number value ("2" and "II" are one article).
pub(crate) fn merge(doc: &mut Document, imported: Document) {
    if let Some(preamble) = imported.preamble {
        let target = doc.preamble.get_or_insert_with(|| empty(None));
        merge_provision(target, preamble);
    }
    for article in imported.articles {
        let value = article.number.as_deref().and_then(article_value);
        let existing = doc
            .articles
            .iter_mut()
            .find(|a| a.number.as_deref().and_then(article_value) == value);
        match existing {
            Some(target) => merge_provision(target, article),
            None => doc.articles.push(article),
        }
    }
    if doc.chapters.is_empty() {
        doc.chapters = imported.chapters;
    }
    doc.unplaced.extend(imported.unplaced);
}

fn merge_provision(target: &mut Provision, other: Provision) {
    target.heading = target.heading.take().or(other.heading);
    target.texts.extend(other.texts);
}

/// A provision without text, so that the table of contents lists it.
pub(crate) fn empty(number: Option<String>) -> Provision {
    Provision {
        number,
        heading: None,
        texts: Vec::new(),
        reports: Vec::new(),
    }
}

/// Lists articles 1..=count that no file holds, then puts every article in number order.
pub(crate) fn fill_articles(doc: &mut Document, count: u32) {
    for n in 1..=count {
        if doc.article(&n.to_string()).is_none() {
            doc.articles.push(empty(Some(n.to_string())));
        }
    }
    doc.articles
        .sort_by_key(|a| a.number.as_deref().and_then(article_value));
}

/// Puts each provision's best text first: the most complete, then the most authoritative
/// witness; ties keep manifest order.
pub(crate) fn order_texts(doc: &mut Document) {
    let provisions = doc.preamble.iter_mut().chain(doc.articles.iter_mut());
    for p in provisions {
        p.texts
            .sort_by_key(|t| (Reverse(t.completeness), t.witness.kind));
    }
}
