//! Scoring by the evaluation protocol (`crates/treaty-core/tests/fixtures/eval-dev/README.md`):
//! each label is matched with the statement overlapping its span the most, and the rates are
//! counted over the labels that have an answer of each kind.

use super::labels::{split_reference, Label};
use serde::Serialize;
use treaty_core::attribution::{Attribution, Verdict};
use treaty_core::numbering::article_value;
use treaty_core::refs::{recognise, Catalog, Target};

/// What was predicted for one label.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    /// Candidate articles of the matched statement, best first; empty for "none".
    pub predicted: Vec<String>,
    pub verdict: Option<Verdict>,
    /// The best candidate's score, to four decimals.
    pub score: Option<f64>,
    /// The baseline's article, if it predicts one.
    pub baseline: Option<String>,
    /// The label's answer, for the table: articles, "~" inferred ones, or "negative".
    #[serde(skip)]
    pub expected: String,
    #[serde(skip)]
    pub charter_found: bool,
    #[serde(skip)]
    pub baseline_charter_found: bool,
}

/// The protocol's figures for one method.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Rates {
    pub top1: f64,
    pub positives: usize,
    pub negatives_rejected: f64,
    pub negatives: usize,
    pub charter_refs_found: f64,
    pub charter_refs: usize,
    pub inferred_top1: f64,
    pub inferred: usize,
}

/// `x` to four decimals, so that the JSON shows 0.8333 rather than binary noise.
pub fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The statement overlapping `start..end` the most (the first of equals), if any overlaps.
pub fn matched(attributions: &[Attribution], start: usize, end: usize) -> Option<&Attribution> {
    let overlap = |a: &&Attribution| {
        a.statement
            .end
            .min(end)
            .saturating_sub(a.statement.start.max(start))
    };
    attributions
        .iter()
        .filter(|a| overlap(a) > 0)
        .fold(None, |best: Option<&Attribution>, a| match best {
            Some(b) if overlap(&b) >= overlap(&a) => Some(b),
            _ => Some(a),
        })
}

/// Whether the recogniser finds every Charter reference of `label` inside `start..end`.
pub fn charter_found(
    label: &Label,
    body: &str,
    start: usize,
    end: usize,
    catalog: &Catalog,
    document: &str,
) -> bool {
    let mentions = recognise(body, catalog, document);
    label.charter_refs.iter().all(|reference| {
        let Some((instrument, article)) = resolve(reference, catalog) else {
            return false;
        };
        mentions.iter().any(|m| match &m.target {
            Target::Article {
                document: d,
                article: a,
                ..
            } => {
                d == instrument
                    && article_value(a) == article_value(article)
                    && start <= m.start
                    && m.end <= end
            }
            _ => false,
        })
    })
}

/// The baseline's Charter check: the span contains one of the instrument's names and the
/// article number as a word, literally (case aside).
pub fn charter_found_literally(label: &Label, span: &str, catalog: &Catalog) -> bool {
    let lower = span.to_lowercase();
    label.charter_refs.iter().all(|reference| {
        let Some((id, article)) = resolve(reference, catalog) else {
            return false;
        };
        let names = catalog
            .instruments
            .iter()
            .filter(|i| i.id == id)
            .flat_map(|i| &i.names);
        let named = names.clone().any(|n| lower.contains(&n.to_lowercase()));
        named
            && lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == article)
    })
}

/// "UN Charter Art. 51" → (the catalog id of "UN Charter", "51").
fn resolve<'a>(reference: &'a str, catalog: &'a Catalog) -> Option<(&'a str, &'a str)> {
    let (name, article) = split_reference(reference)?;
    let instrument = catalog
        .instruments
        .iter()
        .find(|i| i.names.iter().any(|n| n.eq_ignore_ascii_case(name)))?;
    Some((instrument.id.as_str(), article))
}

/// Whether a predicted article is one of the label's (0 is the preamble).
pub fn is_hit(predicted: Option<&str>, expected: &[u32]) -> bool {
    predicted.is_some_and(|p| {
        expected.iter().any(|&n| match n {
            0 => p == "preamble",
            n => article_value(p) == Some(n),
        })
    })
}

/// The rates over `labels` of the predictions `predict` gives, with Charter references found
/// as `found` says.
pub fn rates<'a>(
    labels: &'a [Label],
    predict: impl Fn(usize) -> Option<&'a str>,
    found: impl Fn(usize) -> bool,
) -> Rates {
    let share = |hits: usize, of: usize| {
        if of == 0 {
            0.0
        } else {
            round(hits as f64 / of as f64)
        }
    };

    let mut r = Rates::default();
    let (mut top1, mut rejected, mut charter, mut inferred) = (0, 0, 0, 0);
    for (i, l) in labels.iter().enumerate() {
        if !l.articles.is_empty() {
            r.positives += 1;
            top1 += usize::from(is_hit(predict(i), &l.articles));
        } else if !l.articles_inferred.is_empty() {
            r.inferred += 1;
            inferred += usize::from(is_hit(predict(i), &l.articles_inferred));
        }
        if l.negative {
            r.negatives += 1;
            rejected += usize::from(predict(i).is_none());
        }
        if !l.charter_refs.is_empty() {
            r.charter_refs += 1;
            charter += usize::from(found(i));
        }
    }
    r.top1 = share(top1, r.positives);
    r.negatives_rejected = share(rejected, r.negatives);
    r.charter_refs_found = share(charter, r.charter_refs);
    r.inferred_top1 = share(inferred, r.inferred);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_compare_article_values_and_the_preamble() {
        assert!(is_hit(Some("4"), &[4]));
        assert!(is_hit(Some("IV"), &[4]));
        assert!(is_hit(Some("preamble"), &[0]));
        assert!(!is_hit(Some("3"), &[4]));
        assert!(!is_hit(None, &[4]));
    }
}
