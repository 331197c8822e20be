//! The compare view: two or more provisions side by side, each aligned with the first, their
//! shared passages cut out as spans with the same id on every side, so that the app marks and
//! lines them up without any text algorithm of its own; and what differs, in words.

use super::align::Alignment;
use super::prepare::{pick, primary, Interner, Prepared, Tok};
use super::{align_tokens, ProvisionRef};
use crate::bundle::Bundle;
use crate::languages::{force_words, ForceWords, Strength};
use crate::model::{Document, Provision, ProvisionText};
use serde::{Deserialize, Serialize};

/// Provisions side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The first side is the one every other is aligned with.
    pub sides: Vec<Side>,
    pub differences: Vec<Difference>,
}

/// One provision in the comparison, in the text compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    pub target: ProvisionRef,
    /// "Article 5".
    pub label: String,
    /// The treaty's short title.
    pub treaty_title: String,
    /// BCP 47 tag of the text shown.
    pub language: String,
    /// The text's paragraphs, each cut into spans whose texts, joined, are the paragraph's
    /// text exactly.
    pub paragraphs: Vec<Vec<Span>>,
}

/// A piece of a paragraph: a shared passage (with its id, the same on every side that shares
/// it) or text between passages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    pub shared: Option<usize>,
}

/// What kind of difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DifferenceKind {
    /// A modal of another strength: "shall" against "will".
    Modal,
    /// "immediately" against "forthwith", or urgency only one has.
    Urgency,
    /// "all" (the means) only one has.
    Scope,
    /// A condition ("if", "in case", "at the request") only one has.
    Condition,
    /// Inside a shared passage, one word said with another.
    Wording,
}

/// One difference between the first provision and another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    pub kind: DifferenceKind,
    /// Index of the other side in [`Comparison::sides`].
    pub side: usize,
    /// The first provision's words ("" where it has none).
    pub left: String,
    /// The other provision's words ("" where it has none).
    pub right: String,
    /// In words: "“forthwith” in Article 5 where Article 1 says “immediately”".
    pub text: String,
}

/// The provisions `refs` names side by side, each aligned with the first; `None` unless the
/// first and at least one other are in the library with text (those that are not are left
/// out).
pub fn compare(library: &Bundle, refs: &[ProvisionRef]) -> Option<Comparison> {
    let mut interner = Interner::default();
    let found: Vec<(&Document, &Provision, Vec<Prepared>)> = refs
        .iter()
        .filter_map(|r| {
            let document = library.documents.iter().find(|d| d.id == r.treaty)?;
            let provision = document.provision(Some(r.article.trim())).or_else(|| {
                r.article
                    .eq_ignore_ascii_case(crate::model::PREAMBLE)
                    .then_some(document.preamble.as_ref())
                    .flatten()
            })?;
            let prepared = super::prepare::prepare(document, provision, &mut interner);
            (!prepared.is_empty()).then_some((document, provision, prepared))
        })
        .collect();
    let (first, others) = found.split_first()?;
    if others.is_empty() || first.0.id != refs.first()?.treaty {
        return None;
    }
    // The first side's text: the first of its languages the second also has, else its best;
    // every other side in that language where it has it, else its best.
    let (i0, _) = pick(&first.2, &others[0].2)?;
    let left = &first.2[i0];
    let mut pairs: Vec<(usize, Vec<Alignment>)> = Vec::new();
    let mut chosen: Vec<&Prepared> = vec![left];
    for (k, other) in others.iter().enumerate() {
        let right = other
            .2
            .iter()
            .find(|p| p.language == left.language)
            .unwrap_or(&other.2[0]);
        chosen.push(right);
        pairs.push((k + 1, align_tokens(&left.tokens, &right.tokens)));
    }
    // Ids: the first side's passages, merged where two sides share overlapping words, in
    // reading order.
    let mut groups: Vec<(usize, usize)> = pairs
        .iter()
        .flat_map(|(_, alignments)| alignments.iter().map(|a| (a.a.start, a.a.end)))
        .collect();
    groups.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in groups {
        match merged.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let id_of = |a: &Alignment| {
        merged
            .iter()
            .position(|(s, e)| a.a.start >= *s && a.a.end <= *e)
    };
    let all: Vec<(&Document, &Provision, &Prepared)> = found
        .iter()
        .zip(&chosen)
        .map(|((d, p, _), c)| (*d, *p, *c))
        .collect();
    let mut sides = Vec::new();
    let first_ranges: Vec<(usize, std::ops::Range<usize>)> = merged
        .iter()
        .enumerate()
        .map(|(id, (s, e))| (id, *s..*e))
        .collect();
    sides.push(side(all[0], &first_ranges));
    for (k, alignments) in &pairs {
        let ranges: Vec<(usize, std::ops::Range<usize>)> = alignments
            .iter()
            .filter_map(|a| Some((id_of(a)?, a.b.clone())))
            .collect();
        sides.push(side(all[*k], &ranges));
    }
    let mut differences = Vec::new();
    for (k, alignments) in &pairs {
        differences.extend(wording(&all[0], &all[*k], alignments, *k));
        differences.extend(force(&all[0], &all[*k], *k));
    }
    Some(Comparison { sides, differences })
}

type Chosen<'a> = (&'a Document, &'a Provision, &'a Prepared);

fn text_of<'a>(c: &Chosen<'a>) -> &'a ProvisionText {
    &c.1.texts[c.2.text]
}

/// A side, its paragraphs cut at the token ranges given with their ids.
fn side(c: Chosen, ranges: &[(usize, std::ops::Range<usize>)]) -> Side {
    let text = text_of(&c);
    // (paragraph, start, end, id) pieces, one per paragraph a passage touches.
    let mut pieces: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (id, range) in ranges {
        let Some(tokens) = c.2.tokens.get(range.clone()) else {
            continue;
        };
        for run in tokens.chunk_by(|a, b| a.paragraph == b.paragraph) {
            if let (Some(first), Some(last)) = (run.first(), run.last()) {
                pieces.push((first.paragraph, first.start, last.end, *id));
            }
        }
    }
    pieces.sort_unstable();
    let paragraphs = text
        .paragraphs
        .iter()
        .enumerate()
        .map(|(p, paragraph)| {
            let mut spans = Vec::new();
            let mut at = 0;
            for (_, start, end, id) in pieces.iter().filter(|x| x.0 == p) {
                let (Some(before), Some(shared)) = (
                    paragraph.text.get(at..*start),
                    paragraph.text.get(*start..*end),
                ) else {
                    continue;
                };
                if !before.is_empty() {
                    spans.push(Span {
                        text: before.to_owned(),
                        shared: None,
                    });
                }
                spans.push(Span {
                    text: shared.to_owned(),
                    shared: Some(*id),
                });
                at = *end;
            }
            if let Some(rest) = paragraph.text.get(at..).filter(|r| !r.is_empty()) {
                spans.push(Span {
                    text: rest.to_owned(),
                    shared: None,
                });
            }
            spans
        })
        .collect();
    Side {
        target: ProvisionRef::new(&c.0.id, c.1.key()),
        label: c.1.label(),
        treaty_title: c.0.short_title.clone(),
        language: text.language.clone(),
        paragraphs,
    }
}

fn word(c: &Chosen, t: &Tok) -> String {
    text_of(c)
        .paragraphs
        .get(t.paragraph)
        .and_then(|p| p.text.get(t.start..t.end))
        .unwrap_or_default()
        .to_owned()
}

/// Inside the shared passages, the words said differently at the same place.
fn wording(
    left: &Chosen,
    right: &Chosen,
    alignments: &[Alignment],
    side: usize,
) -> Vec<Difference> {
    let mut out: Vec<Difference> = Vec::new();
    for alignment in alignments {
        for &(i, j, matched) in &alignment.pairs {
            if matched {
                continue;
            }
            let (Some(a), Some(b)) = (left.2.tokens.get(i), right.2.tokens.get(j)) else {
                continue;
            };
            let (from, to) = (word(left, a), word(right, b));
            if out.iter().any(|d| d.left == from && d.right == to) {
                continue;
            }
            out.push(Difference {
                kind: DifferenceKind::Wording,
                side,
                text: says(&to, &right.1.label(), &from, &left.1.label()),
                left: from,
                right: to,
            });
        }
    }
    out
}

/// The quote comparison's wording, naming both provisions.
fn says(to: &str, right: &str, from: &str, left: &str) -> String {
    format!("“{to}” in {right} where {left} says “{from}”")
}

/// One of a language's lists of words of force.
type WordList = fn(&ForceWords) -> &[&'static str];

/// Changes of legal force between the two texts, read with each text's language's words of
/// force: a modal of another strength, urgency, scope, a condition only one has.
fn force(left: &Chosen, right: &Chosen, side: usize) -> Vec<Difference> {
    let (lt, rt) = (text_of(left), text_of(right));
    let (lw, rw) = (folded(lt), folded(rt));
    let (lf, rf) = (force_words(&lt.language), force_words(&rt.language));
    let (ll, rl) = (left.1.label(), right.1.label());
    let same_language = primary(&lt.language) == primary(&rt.language);
    let mut out = Vec::new();
    let mut push = |kind, from: &str, to: &str, text: String| {
        out.push(Difference {
            kind,
            side,
            left: from.to_owned(),
            right: to.to_owned(),
            text,
        });
    };
    if let (Some((a, sa)), Some((b, sb))) = (modal(&lw, lf), modal(&rw, rf)) {
        if sa != sb {
            push(DifferenceKind::Modal, a, b, says(b, &rl, a, &ll));
        }
    }
    let lists: [(DifferenceKind, WordList); 3] = [
        (DifferenceKind::Urgency, |f| f.urgency),
        (DifferenceKind::Scope, |f| f.scope),
        (DifferenceKind::Condition, |f| f.condition),
    ];
    for (kind, list) in lists {
        let a = first(&lw, list(lf));
        let b = first(&rw, list(rf));
        match (a, b) {
            (Some((a, _)), Some((b, _)))
                if same_language && a != b && kind != DifferenceKind::Condition =>
            {
                push(kind, a, b, says(b, &rl, a, &ll));
            }
            (Some(_), Some(_)) => {}
            (Some((a, at)), None) => {
                let words = if kind == DifferenceKind::Condition {
                    clause(&lw, at)
                } else {
                    a.to_owned()
                };
                push(kind, &words, "", absent(kind, &words, &ll, &rl));
            }
            (None, Some((b, at))) => {
                let words = if kind == DifferenceKind::Condition {
                    clause(&rw, at)
                } else {
                    b.to_owned()
                };
                push(kind, "", &words, absent(kind, &words, &rl, &ll));
            }
            _ => {}
        }
    }
    out
}

fn absent(kind: DifferenceKind, words: &str, has: &str, lacks: &str) -> String {
    if kind == DifferenceKind::Condition {
        format!("a condition present in {has} and absent in {lacks}: “{words}”")
    } else {
        format!("“{words}” in {has}, which {lacks} does not have")
    }
}

/// The text's words, folded, with a mark where a sentence or clause ends (",", ";", ".").
fn folded(text: &ProvisionText) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in text.paragraphs.iter().filter(|p| !p.gap) {
        let mut word = String::new();
        for c in paragraph.text.chars() {
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
                continue;
            }
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            if matches!(c, ',' | ';' | '.' | ':') {
                out.push(c.to_string());
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
        out.push(".".to_owned());
    }
    out
}

fn starts_at(words: &[String], i: usize, phrase: &str) -> bool {
    phrase
        .split(' ')
        .enumerate()
        .all(|(k, part)| words.get(i + k).map(String::as_str) == Some(part))
}

/// The first phrase of `phrases` in `words`, with where it starts.
fn first<'p>(words: &[String], phrases: &[&'p str]) -> Option<(&'p str, usize)> {
    (0..words.len()).find_map(|i| {
        phrases
            .iter()
            .filter(|p| starts_at(words, i, p))
            .max_by_key(|p| p.len())
            .map(|p| (*p, i))
    })
}

/// The first modal of the words, with its strength.
fn modal<'f>(words: &[String], force: &'f ForceWords) -> Option<(&'f str, Strength)> {
    (0..words.len()).find_map(|i| {
        force
            .modals
            .iter()
            .filter(|(m, _)| starts_at(words, i, m))
            .max_by_key(|(m, _)| m.len())
            .map(|(m, s)| (*m, *s))
    })
}

/// The words from `at` to the end of the clause, at most a dozen.
fn clause(words: &[String], at: usize) -> String {
    words[at..]
        .iter()
        .take_while(|w| !matches!(w.as_str(), "," | ";" | "." | ":"))
        .take(12)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}
