//! What kind of clause a provision is (collective defence, consultation, withdrawal,
//! depositary…), read from the phrases of the language layer's clause table
//! (`languages::clause_kinds`) in its heading, its chapter's title and its text.
//!
//! Two clauses of one kind are often drafted in different words ("any Party may cease to be a
//! Party one year after its notice of denunciation" against "Each State Party shall … have the
//! right to withdraw"), and two clauses of different kinds often share the furniture of final
//! clauses ("instruments of ratification" is in the ratification, entry-into-force and
//! depositary clauses alike). Word overlap cannot tell them apart; the kind can.

use super::prepare::{Interner, Prepared, Tok};
use crate::attribution::terms::tokens;
use crate::languages::clause_kinds;
use std::collections::HashMap;

/// What a phrase in the provision's heading (or its chapter's title: the UN Charter's
/// "Amendments") counts for, against a text's first phrase of a kind (which counts ln 2, its
/// later ones less: see `strengths`). A heading names what the provision is for; its text may
/// mention other kinds in passing ("… shall come into force when ratified").
const HEADING: f32 = 2.0;

/// How strong a reading is certain: a provision's kind vector is its strengths over this (or
/// over their norm, if greater). A heading that names the kind is certain; one phrase of it in
/// a text ("… shall come into force when ratified", "the rules may be amended") is a third of
/// that, so that a provision that mentions a kind once, in passing, is not taken for a clause
/// of that kind as surely as one headed by it or saying it several times.
const CERTAIN: f32 = HEADING;

/// One phrase: a sequence of token term sets, as `prepare` reads text.
type Phrase = Vec<Vec<u32>>;

/// The clause table's phrases, read as comparison terms, per language.
#[derive(Debug, Default)]
pub(crate) struct KindCues {
    /// The kinds' names, in the table's order.
    names: Vec<&'static str>,
    /// Language tag → (kind, phrase) for every phrase of that language's column.
    phrases: HashMap<&'static str, Vec<(usize, Phrase)>>,
}

impl KindCues {
    pub fn new(interner: &mut Interner) -> Self {
        let mut cues = Self::default();
        for (kind, row) in clause_kinds().iter().enumerate() {
            cues.names.push(row.name);
            for (language, phrases) in &row.words {
                for phrase in phrases {
                    let terms: Phrase = tokens(phrase, language, &[], "")
                        .into_iter()
                        .filter(|t| t.content)
                        .map(|t| t.terms.into_iter().map(|term| interner.id(term)).collect())
                        .collect();
                    if !terms.is_empty() {
                        cues.phrases
                            .entry(language)
                            .or_default()
                            .push((kind, terms));
                    }
                }
            }
        }
        cues
    }

    pub fn name(&self, kind: usize) -> &'static str {
        self.names.get(kind).copied().unwrap_or("")
    }

    /// A provision's kinds as a vector (kind, strength) of length at most 1, sorted by kind:
    /// per kind, the strongest reading over its languages, over `CERTAIN`.
    pub fn kinds_of(&self, texts: &[Prepared]) -> Vec<(usize, f32)> {
        let mut best = vec![0.0f32; self.names.len()];
        for text in texts {
            let Some(phrases) = self.phrases.get(text.language.as_str()) else {
                continue;
            };
            let strengths = strengths(phrases, &text.heading, &text.tokens, self.names.len());
            for (b, s) in best.iter_mut().zip(strengths) {
                *b = b.max(s);
            }
        }
        let norm = best.iter().map(|s| s * s).sum::<f32>().sqrt();
        best.into_iter()
            .enumerate()
            .filter(|(_, s)| *s > 0.0)
            .map(|(k, s)| (k, s / norm.max(CERTAIN)))
            .collect()
    }
}

/// Per kind: `HEADING` if a phrase of it is in the heading, plus ln(1 + n) for its n phrases
/// in the text (a run of overlapping or adjacent phrases counting once), so that a text that
/// is about a thing, and says it three times, is not three times as much that kind as one
/// that says it once.
fn strengths(phrases: &[(usize, Phrase)], heading: &[Tok], text: &[Tok], kinds: usize) -> Vec<f32> {
    let in_heading = runs(phrases, heading, kinds);
    let in_text = runs(phrases, text, kinds);
    in_heading
        .iter()
        .zip(&in_text)
        .map(|(&h, &t)| if h > 0 { HEADING } else { 0.0 } + (1.0 + t as f32).ln())
        .collect()
}

/// Per kind, how many separate runs of `tokens` its phrases cover. A phrase found inside a
/// longer phrase of another kind is that kind's word, not its own: "the English text
/// prevails" is an authentic-text clause, though "prevail" alone is the mark of a clause on
/// other commitments.
fn runs(phrases: &[(usize, Phrase)], tokens: &[Tok], kinds: usize) -> Vec<usize> {
    let found: Vec<(usize, std::ops::Range<usize>)> = phrases
        .iter()
        .flat_map(|(kind, phrase)| {
            (0..tokens.len().saturating_sub(phrase.len() - 1))
                .filter(|&start| {
                    phrase
                        .iter()
                        .zip(&tokens[start..])
                        .all(|(terms, token)| token.terms.iter().any(|t| terms.contains(t)))
                })
                .map(move |start| (*kind, start..start + phrase.len()))
        })
        .collect();
    let inside_another = |(kind, span): &(usize, std::ops::Range<usize>)| {
        found.iter().any(|(k, s)| {
            k != kind && s.start <= span.start && span.end <= s.end && s.len() > span.len()
        })
    };
    let mut covered = vec![vec![false; tokens.len()]; kinds];
    for (kind, span) in found.iter().filter(|f| !inside_another(f)) {
        covered[*kind][span.clone()].fill(true);
    }
    covered
        .iter()
        .map(|c| {
            c.iter()
                .enumerate()
                .filter(|&(i, &on)| on && (i == 0 || !c[i - 1]))
                .count()
        })
        .collect()
}

/// The dot product of two kind vectors, and the kind they share most.
pub(crate) fn shared(a: &[(usize, f32)], b: &[(usize, f32)]) -> (f32, Option<usize>) {
    let mut sum = 0.0;
    let mut top: Option<(usize, f32)> = None;
    for &(kind, x) in a {
        if let Some(&(_, y)) = b.iter().find(|(k, _)| *k == kind) {
            sum += x * y;
            if top.is_none_or(|(_, best)| x * y > best) {
                top = Some((kind, x * y));
            }
        }
    }
    (sum, top.map(|(k, _)| k))
}
