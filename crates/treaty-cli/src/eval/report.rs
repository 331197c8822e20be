//! The evaluation's output: one JSON object, or a table for people.

use super::score::{Outcome, Rates};
use serde_json::{json, Value};

/// The JSON object: the method's rates, the per-label outcomes and the baseline's rates.
pub fn to_json(method: &Rates, baseline: &Rates, outcomes: &[Outcome]) -> Value {
    let mut object = serde_json::to_value(method).unwrap_or_else(|_| json!({}));
    if let Value::Object(map) = &mut object {
        map.insert("labels".to_owned(), json!(outcomes));
        map.insert("baseline".to_owned(), json!(baseline));
    }
    object
}

/// Both methods' rates side by side, then one line per label.
pub fn table(method: &Rates, baseline: &Rates, outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<22} {:>10} {:>10} {:>7}\n",
        "", "pipeline", "baseline", "labels"
    ));
    let rows = [
        ("top1", method.top1, baseline.top1, method.positives),
        (
            "negatives_rejected",
            method.negatives_rejected,
            baseline.negatives_rejected,
            method.negatives,
        ),
        (
            "charter_refs_found",
            method.charter_refs_found,
            baseline.charter_refs_found,
            method.charter_refs,
        ),
        (
            "inferred_top1",
            method.inferred_top1,
            baseline.inferred_top1,
            method.inferred,
        ),
    ];
    for (name, m, b, n) in rows {
        out.push_str(&format!("{name:<22} {m:>10.3} {b:>10.3} {n:>7}\n"));
    }
    out.push('\n');
    out.push_str(&format!(
        "{:<8} {:<10} {:<14} {:<14} {:>6} {:<10}\n",
        "label", "expected", "predicted", "verdict", "score", "baseline"
    ));
    for o in outcomes {
        let predicted = if o.predicted.is_empty() {
            "none".to_owned()
        } else {
            o.predicted.join(",")
        };
        let verdict = o.verdict.map_or("-", |v| v.label());
        let score = o
            .score
            .map_or_else(|| "-".to_owned(), |s| format!("{s:.2}"));
        let baseline = o.baseline.clone().unwrap_or_else(|| "none".to_owned());
        out.push_str(&format!(
            "{:<8} {:<10} {predicted:<14} {verdict:<14} {score:>6} {baseline:<10}\n",
            o.id, o.expected
        ));
    }
    out
}
