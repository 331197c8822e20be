//! Evaluation of "similar provisions elsewhere" on hand labels: precision at 3 of the method
//! and of the shingle-Jaccard baseline, computed in the same run on the same library.
//!
//! Precision at 3 here is capped by the number of relevant provisions (an R-precision-capped
//! P@3): for a query, the relevant provisions among the first 3 listed divided by
//! min(3, number of relevant provisions), so that a query with one relevant provision scores 1
//! when it is listed in the top 3. The figure reported is the mean over the queries.

use super::{ProvisionRef, ShingleIndex, SimilarIndex};
use crate::bundle::Bundle;
use serde::{Deserialize, Serialize};

/// How many listed provisions are judged.
pub const AT: usize = 3;

/// The labels file (TOML): one `[[query]]` table per query provision.
#[derive(Debug, Clone, Deserialize)]
pub struct Labels {
    pub query: Vec<Label>,
}

/// A query provision and the provisions truly similar to it.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub treaty: String,
    pub article: String,
    /// "treaty-id:article", e.g. "north-atlantic-treaty-1949:5".
    pub relevant: Vec<String>,
    /// Why these are similar, in one line.
    pub reason: String,
}

impl Labels {
    pub fn from_toml(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }
}

/// One query's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct QueryResult {
    pub query: ProvisionRef,
    pub relevant: Vec<ProvisionRef>,
    pub method: Vec<ProvisionRef>,
    pub baseline: Vec<ProvisionRef>,
    pub method_p3: f32,
    pub baseline_p3: f32,
}

/// The outcome of a label set.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub queries: Vec<QueryResult>,
    /// Labels not evaluated, with why (a treaty not in the library, no text).
    pub skipped: Vec<String>,
    pub method_p3: f32,
    pub baseline_p3: f32,
}

/// Capped precision at 3: relevant among the first 3 of `ranked` over min(3, |relevant|);
/// 0 when nothing is relevant.
pub fn precision_at_3(ranked: &[ProvisionRef], relevant: &[ProvisionRef]) -> f32 {
    let denominator = relevant.len().min(AT);
    if denominator == 0 {
        return 0.0;
    }
    let hits = ranked
        .iter()
        .take(AT)
        .filter(|r| relevant.contains(r))
        .count();
    hits as f32 / denominator as f32
}

/// `treaty:article` as written in a label.
fn parse_ref(text: &str) -> Option<ProvisionRef> {
    let (treaty, article) = text.rsplit_once(':')?;
    Some(ProvisionRef::new(treaty.trim(), article.trim()))
}

/// The provision's key as the library prints it, when it is there with text ("2" → "II").
fn resolve(library: &Bundle, r: &ProvisionRef) -> Option<ProvisionRef> {
    let document = library.documents.iter().find(|d| d.id == r.treaty)?;
    let article = r.article.trim();
    let provision = if article.eq_ignore_ascii_case(crate::model::PREAMBLE) {
        document.preamble.as_ref()
    } else {
        document
            .articles
            .iter()
            .find(|a| a.number.as_deref() == Some(article))
            .or_else(|| document.article(article))
    }?;
    provision
        .texts
        .iter()
        .any(|t| {
            t.paragraphs
                .iter()
                .any(|p| !p.gap && !p.text.trim().is_empty())
        })
        .then(|| ProvisionRef::new(&document.id, provision.key()))
}

/// Runs the method and the baseline on every label whose query and at least one relevant
/// provision are in `library` with text.
pub fn evaluate(library: &Bundle, labels: &Labels) -> Evaluation {
    let index = SimilarIndex::new(library);
    let shingles = ShingleIndex::new(library);
    let mut queries = Vec::new();
    let mut skipped = Vec::new();
    for label in &labels.query {
        let asked = ProvisionRef::new(&label.treaty, &label.article);
        let Some(query) = resolve(library, &asked) else {
            skipped.push(format!("{asked}: not in the library with text"));
            continue;
        };
        let relevant: Vec<ProvisionRef> = label
            .relevant
            .iter()
            .filter_map(|r| parse_ref(r).and_then(|r| resolve(library, &r)))
            .collect();
        if relevant.is_empty() {
            skipped.push(format!("{asked}: no relevant provision in the library"));
            continue;
        }
        let method: Vec<ProvisionRef> = index
            .similar_to(&query, AT)
            .into_iter()
            .map(|s| s.target)
            .collect();
        let baseline: Vec<ProvisionRef> = shingles
            .similar_to(&query, AT)
            .into_iter()
            .map(|(r, _)| r)
            .collect();
        queries.push(QueryResult {
            method_p3: precision_at_3(&method, &relevant),
            baseline_p3: precision_at_3(&baseline, &relevant),
            query,
            relevant,
            method,
            baseline,
        });
    }
    let mean = |f: fn(&QueryResult) -> f32| {
        if queries.is_empty() {
            0.0
        } else {
            queries.iter().map(f).sum::<f32>() / queries.len() as f32
        }
    };
    Evaluation {
        method_p3: mean(|q| q.method_p3),
        baseline_p3: mean(|q| q.baseline_p3),
        queries,
        skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(t: &str, a: &str) -> ProvisionRef {
        ProvisionRef::new(t, a)
    }

    #[test]
    fn precision_at_3_is_capped_by_the_relevant_count() {
        let ranked = [r("a", "1"), r("b", "2"), r("c", "3"), r("d", "4")];
        assert_eq!(precision_at_3(&ranked, &[r("b", "2")]), 1.0);
        assert_eq!(precision_at_3(&ranked, &[r("d", "4")]), 0.0);
        assert_eq!(precision_at_3(&ranked, &[r("a", "1"), r("z", "9")]), 0.5);
        let four = [r("a", "1"), r("b", "2"), r("z", "8"), r("z", "9")];
        assert!((precision_at_3(&ranked, &four) - 2.0 / 3.0).abs() < 1e-6);
        assert_eq!(precision_at_3(&ranked, &[]), 0.0);
        assert_eq!(precision_at_3(&[], &[r("a", "1")]), 0.0);
    }

    #[test]
    fn labels_read_from_toml() {
        let labels = Labels::from_toml(
            "[[query]]\ntreaty = \"x\"\narticle = \"4\"\nrelevant = [\"y:1\"]\nreason = \"r\"\n",
        )
        .unwrap();
        assert_eq!(labels.query[0].relevant, ["y:1"]);
        assert_eq!(
            parse_ref("north-atlantic-treaty-1949:5"),
            Some(r("north-atlantic-treaty-1949", "5"))
        );
        assert!(Labels::from_toml("query = 3").is_err());
    }
}
