//! Seed-and-extend local alignment of a statement with a passage, on comparison terms.
//!
//! Seeds are the places where a content term of the statement recurs in the passage. They are
//! chained into the best local alignment: a run of seeds in the same order on both sides, each
//! step allowed to skip words on either side (a paraphrase inserts, drops and substitutes
//! words) at a cost per skipped content word, and a chain is cut where skipping costs more than
//! the seeds gained (the local part of "local alignment"). A translation also reorders words
//! (German puts the verb last), so besides the ordered chain the alignment reports how much of
//! the statement's content recurs anywhere in the passage.

use super::terms::Token;
use std::collections::{HashMap, HashSet};

/// Cost of skipping one content word on either side between two seeds, relative to the weight
/// of a seed (about 1).
const GAP: f32 = 0.12;
/// Seeds further apart than this many words are never chained directly.
const REACH: usize = 24;

/// How a statement aligns with a passage.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Alignment {
    /// Share of the statement's content weight in the best ordered chain.
    pub chain: f32,
    /// Which statement tokens recur anywhere in the passage.
    pub matched: Vec<bool>,
}

/// What several passages about one article say together: an article is reported in pieces
/// (one source gives the clause on third countries, another the clause on territory), so a
/// statement is compared with the best ordered chain in any one passage and with the words
/// of all of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Combined {
    chain: f32,
    matched: Vec<bool>,
}

impl Combined {
    pub fn add(&mut self, a: &Alignment) {
        self.chain = self.chain.max(a.chain);
        if self.matched.len() < a.matched.len() {
            self.matched.resize(a.matched.len(), false);
        }
        for (m, n) in self.matched.iter_mut().zip(&a.matched) {
            *m |= *n;
        }
    }

    /// Share of the statement's content weight found in any of the passages, in any order.
    pub fn coverage(&self, weights: &[f32]) -> f32 {
        let total: f32 = weights.iter().sum();
        if total <= 0.0 {
            return 0.0;
        }
        self.found(weights) / total
    }

    fn found(&self, weights: &[f32]) -> f32 {
        self.matched
            .iter()
            .zip(weights)
            .filter(|(m, _)| **m)
            .map(|(_, w)| w)
            .sum()
    }

    /// One similarity in 0..1: mostly order-aware, partly order-free, and discounted when
    /// fewer than [`ENOUGH`] content words are shared, since two or three common words
    /// ("international cooperation") are found in many provisions. `weights` are the
    /// statement's token weights.
    pub fn similarity(&self, weights: &[f32]) -> f32 {
        let total: f32 = weights.iter().sum();
        if total <= 0.0 {
            return 0.0;
        }
        let words = self
            .matched
            .iter()
            .zip(weights)
            .filter(|(m, w)| **m && **w >= SIGNIFICANT)
            .count();
        let confidence = (words as f32 / ENOUGH).min(1.0);
        ((0.6 * self.chain + 0.4 * self.found(weights) / total) * confidence).min(1.0)
    }
}

/// Shared words from which a similarity is taken at face value.
const ENOUGH: f32 = 4.0;
/// Words weighing less than this (the document's own names) do not count as shared words.
const SIGNIFICANT: f32 = 0.3;

/// Term weights: rarer terms among the passages count more (an inverse document frequency),
/// so that "sovereignty" outweighs "party" and an unknown word weighs most. Terms of the
/// document's own names ("Comprehensive Strategic Partnership", "Russian Federation") are
/// dampened: every report names the treaty and its parties, whatever provision it is about.
#[derive(Debug, Clone, Default)]
pub(crate) struct Weights {
    df: HashMap<String, usize>,
    passages: usize,
    names: HashSet<String>,
}

/// The weight left to a term of the document's names.
const NAME_WEIGHT: f32 = 0.2;

impl Weights {
    /// Counts the terms of `passages`; `names` are the terms of the document's names.
    pub fn new<'a>(
        passages: impl IntoIterator<Item = &'a [Token]>,
        names: HashSet<String>,
    ) -> Self {
        let mut w = Self {
            names,
            ..Self::default()
        };
        for tokens in passages {
            w.passages += 1;
            let mut seen: Vec<&String> = tokens
                .iter()
                .filter(|t| t.content)
                .flat_map(|t| &t.terms)
                .collect();
            seen.sort();
            seen.dedup();
            for term in seen {
                *w.df.entry(term.clone()).or_default() += 1;
            }
        }
        w
    }

    /// The weight of each token (0 for function words).
    pub fn of(&self, tokens: &[Token]) -> Vec<f32> {
        let n = self.passages as f32;
        let top = (1.0 + (n + 1.0)).ln();
        tokens
            .iter()
            .map(|t| {
                if !t.content {
                    return 0.0;
                }
                let idf = t
                    .terms
                    .iter()
                    .map(|term| {
                        let df = self.df.get(term).copied().unwrap_or(0) as f32;
                        (1.0 + (n + 1.0) / (df + 1.0)).ln() / top
                    })
                    .fold(0.0, f32::max);
                if t.terms.iter().all(|term| self.names.contains(term)) {
                    idf * NAME_WEIGHT
                } else {
                    idf
                }
            })
            .collect()
    }
}

/// Aligns `statement` (with weights `sw`) to `passage` (weights `pw`).
pub(crate) fn align(statement: &[Token], sw: &[f32], passage: &[Token], pw: &[f32]) -> Alignment {
    let total_s: f32 = sw.iter().sum();
    if total_s <= 0.0 || pw.iter().sum::<f32>() <= 0.0 {
        return Alignment {
            chain: 0.0,
            matched: vec![false; statement.len()],
        };
    }
    let mut seeds: Vec<(usize, usize)> = Vec::new();
    let mut matched = vec![false; statement.len()];
    for (i, s) in statement.iter().enumerate() {
        if !s.content {
            continue;
        }
        for (j, p) in passage.iter().enumerate() {
            if p.content && s.matches(p) {
                seeds.push((i, j));
                matched[i] = true;
            }
        }
    }
    let content_before = |tokens: &[Token]| -> Vec<usize> {
        let mut acc = 0;
        tokens
            .iter()
            .map(|t| {
                let here = acc;
                acc += usize::from(t.content);
                here
            })
            .collect()
    };
    let (cs, cp) = (content_before(statement), content_before(passage));
    // best[k]: score of the best chain ending in seed k.
    let mut best: Vec<f32> = Vec::with_capacity(seeds.len());
    let mut prev: Vec<Option<usize>> = vec![None; seeds.len()];
    for (k, &(i, j)) in seeds.iter().enumerate() {
        let gain = (sw[i] + pw[j]) / 2.0;
        let mut score = gain;
        for (q, &(pi, pj)) in seeds[..k].iter().enumerate().rev() {
            if i - pi > REACH {
                break;
            }
            if pi >= i || pj >= j || j - pj > REACH {
                continue;
            }
            let skipped = (cs[i] - cs[pi] - 1) + (cp[j] - cp[pj] - 1);
            let chained = best[q] - GAP * skipped as f32 + gain;
            if chained > score {
                score = chained;
                prev[k] = Some(q);
            }
        }
        best.push(score);
    }
    let Some(end) = (0..best.len()).max_by(|a, b| best[*a].total_cmp(&best[*b])) else {
        return Alignment {
            chain: 0.0,
            matched,
        };
    };
    let mut chained = sw[seeds[end].0];
    let mut at = end;
    while let Some(q) = prev[at] {
        chained += sw[seeds[q].0];
        at = q;
    }
    Alignment {
        chain: chained / total_s,
        matched,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::terms::tokens;

    fn sim(a: &str, b: &str) -> f32 {
        let (ta, tb) = (tokens(a, "en", &[], "d"), tokens(b, "en", &[], "d"));
        let w = Weights::new([ta.as_slice(), tb.as_slice()], HashSet::new());
        let sw = w.of(&ta);
        let mut c = Combined::default();
        c.add(&align(&ta, &sw, &tb, &w.of(&tb)));
        c.similarity(&sw)
    }

    #[test]
    fn identical_text_aligns_fully() {
        let s = sim(
            "the parties shall provide military assistance without delay",
            "the parties shall provide military assistance without delay",
        );
        assert!((s - 1.0).abs() < 1e-5, "{s}");
    }

    #[test]
    fn paraphrase_aligns_partly_and_unrelated_text_not_at_all() {
        let s = sim(
            "put in a state of war by an armed invasion, the other side shall provide military assistance",
            "subjected to an armed attack and in a state of war, the other party will provide military aid",
        );
        assert!(s > 0.5, "{s}");
        assert_eq!(
            sim(
                "the weather was fine in Moscow",
                "the other party will provide military aid"
            ),
            0.0
        );
    }

    #[test]
    fn pieces_of_an_article_add_up() {
        let (st, a, b) = (
            tokens(
                "not to sign treaties against the other, nor lend territory against it",
                "en",
                &[],
                "d",
            ),
            tokens("not to sign treaties against the other", "en", &[], "d"),
            tokens("nor lend territory against it", "en", &[], "d"),
        );
        let w = Weights::new([st.as_slice(), a.as_slice(), b.as_slice()], HashSet::new());
        let sw = w.of(&st);
        let mut one = Combined::default();
        one.add(&align(&st, &sw, &a, &w.of(&a)));
        let mut both = one.clone();
        both.add(&align(&st, &sw, &b, &w.of(&b)));
        assert!(both.similarity(&sw) > one.similarity(&sw));
    }
}
