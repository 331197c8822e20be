//! Ranking: BM25 over an entry's fields, weighted by field and by how a term matches, summed
//! over the query's words and phrases, with statistics combined across segments.

use super::entry::Target;
use super::index::{Facts, Field, Posting, FIELD_COUNT};
use super::query::{Match, Part, Query};
use super::segment::Segment;
use std::collections::{BTreeMap, HashMap};

/// BM25 term-frequency saturation: the usual value; paragraphs are short, so a term's second
/// and third occurrence still add a little.
pub const K1: f32 = 1.2;
/// BM25 length normalisation: the usual value, so a term in a short paragraph counts more than
/// in a long one.
pub const B: f32 = 0.75;

/// A term in the heading ("Article 16 — Sanctions") says what the whole provision is about.
pub const HEADING_WEIGHT: f32 = 2.0;
/// The paragraph's own words.
pub const TEXT_WEIGHT: f32 = 1.0;
/// Glossary definitions explain a term the paragraph uses: they find it, but below paragraphs
/// that say the words themselves.
pub const GLOSSARY_WEIGHT: f32 = 0.3;

/// A term the reader is still typing may not be the word they mean.
pub const PREFIX_WEIGHT: f32 = 0.6;
/// A term one edit away is a guess: below every exact and prefix hit of the same strength.
pub const TYPO_WEIGHT: f32 = 0.4;

/// Which entries a search keeps.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Only entries concerning this treaty (its provisions, the sources about it).
    pub treaty: Option<String>,
    pub scope: Scope,
    /// Only entries in this language (primary subtag compared: "de" keeps "de-CH").
    pub language: Option<String>,
}

/// Which kinds of entries a search keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    All,
    Treaties,
    Sources,
}

/// A matching entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index of its segment in the slice searched.
    pub segment: usize,
    /// Its entry number in that segment.
    pub entry: u32,
    pub score: f32,
    pub target: Target,
    pub language: String,
    /// The query's words (folded) that it matched.
    pub matched: Vec<String>,
}

impl Filter {
    fn keeps(&self, facts: &Facts) -> bool {
        let scope = matches!(
            (&facts.target, self.scope),
            (_, Scope::All)
                | (Target::Provision { .. }, Scope::Treaties)
                | (Target::Source { .. }, Scope::Sources)
        );
        scope
            && self
                .treaty
                .as_ref()
                .is_none_or(|t| facts.treaties.contains(t))
            && self
                .language
                .as_deref()
                .is_none_or(|l| primary(l).eq_ignore_ascii_case(primary(&facts.language)))
    }
}

fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// The dictionary terms (with how they match) of each word of each part of a query, in one
/// segment: indices into that segment's dictionary.
type Expansion = Vec<Vec<Vec<(usize, Match)>>>;

/// Entry count and summed field lengths of every segment, and each term's document frequency.
struct Stats {
    entries: f32,
    average: [f32; FIELD_COUNT],
    df: HashMap<String, f32>,
}

impl Stats {
    fn of(segments: &[Segment<'_>], expansions: &[Expansion]) -> Self {
        let mut entries = 0usize;
        let mut total = [0f64; FIELD_COUNT];
        let mut df: HashMap<String, f32> = HashMap::new();
        for (segment, expansion) in segments.iter().zip(expansions) {
            entries += segment.entries().len();
            for facts in segment.entries() {
                for (sum, n) in total.iter_mut().zip(facts.lengths) {
                    *sum += f64::from(n);
                }
            }
            let mut seen: Vec<usize> = expansion.iter().flatten().flatten().map(|t| t.0).collect();
            seen.sort_unstable();
            seen.dedup();
            for term in seen {
                let mut distinct: Vec<u32> =
                    segment.postings(term).iter().map(Posting::entry).collect();
                distinct.dedup();
                if let Some(name) = segment.terms().get(term) {
                    *df.entry(name.clone()).or_default() += distinct.len() as f32;
                }
            }
        }
        let n = entries.max(1) as f64;
        Self {
            entries: entries as f32,
            average: total.map(|t| ((t / n) as f32).max(1.0)),
            df,
        }
    }

    fn idf(&self, term: &str) -> f32 {
        let df = self.df.get(term).copied().unwrap_or(0.0);
        (1.0 + (self.entries - df + 0.5) / (df + 0.5)).ln()
    }

    fn bm25(&self, tf: f32, length: u32, field: Field) -> f32 {
        let average = self.average[field as usize];
        let norm = 1.0 - B + B * length as f32 / average;
        tf * (K1 + 1.0) / (tf + K1 * norm)
    }
}

fn field_weight(field: Field) -> f32 {
    match field {
        Field::Text => TEXT_WEIGHT,
        Field::Heading => HEADING_WEIGHT,
        Field::Glossary => GLOSSARY_WEIGHT,
    }
}

fn match_weight(m: Match) -> f32 {
    match m {
        Match::Exact => 1.0,
        Match::Prefix => PREFIX_WEIGHT,
        Match::Typo => TYPO_WEIGHT,
    }
}

/// One word's evidence in one entry: its score and, per field, the positions of its terms.
#[derive(Default)]
struct WordHit {
    score: f32,
    positions: [Vec<u32>; FIELD_COUNT],
}

/// Every entry of `segment` that `filter` keeps where the word whose terms are `terms` occurs.
fn word_hits(
    segment: &Segment<'_>,
    terms: &[(usize, Match)],
    stats: &Stats,
    filter: &Filter,
) -> BTreeMap<u32, WordHit> {
    let mut by_entry: BTreeMap<u32, WordHit> = BTreeMap::new();
    for &(term, how) in terms {
        let Some(name) = segment.terms().get(term) else {
            continue;
        };
        let idf = stats.idf(name);
        let mut term_scores: BTreeMap<u32, f32> = BTreeMap::new();
        for posting in segment.postings(term) {
            let (Some(facts), Some(field)) = (segment.facts(posting.entry()), posting.field())
            else {
                continue;
            };
            if !filter.keeps(facts) {
                continue;
            }
            let tf = posting.positions().len() as f32;
            let score = match_weight(how)
                * field_weight(field)
                * idf
                * stats.bm25(tf, facts.lengths[field as usize], field);
            *term_scores.entry(posting.entry()).or_default() += score;
            let hit = by_entry.entry(posting.entry()).or_default();
            hit.positions[field as usize].extend_from_slice(posting.positions());
        }
        // A word counts once however many of its forms an entry has: its best term.
        for (entry, score) in term_scores {
            let hit = by_entry.entry(entry).or_default();
            hit.score = hit.score.max(score);
        }
    }
    for hit in by_entry.values_mut() {
        for positions in &mut hit.positions {
            positions.sort_unstable();
            positions.dedup();
        }
    }
    by_entry
}

/// Whether some field has the words' positions one after another.
fn consecutive(words: &[&WordHit]) -> bool {
    (0..FIELD_COUNT).any(|f| {
        let Some(first) = words.first() else {
            return false;
        };
        first.positions[f].iter().any(|&p| {
            words.iter().zip(0u32..).skip(1).all(|(w, i)| {
                p.checked_add(i)
                    .is_some_and(|q| w.positions[f].binary_search(&q).is_ok())
            })
        })
    })
}

/// The entries of `segment` matching `part` (all its words, consecutive if a phrase), with
/// their scores.
fn part_hits(
    segment: &Segment<'_>,
    part: &Part,
    expansion: &[Vec<(usize, Match)>],
    stats: &Stats,
    filter: &Filter,
) -> BTreeMap<u32, f32> {
    let words: Vec<BTreeMap<u32, WordHit>> = expansion
        .iter()
        .map(|terms| word_hits(segment, terms, stats, filter))
        .collect();
    let Some((first, rest)) = words.split_first() else {
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for (entry, hit) in first {
        let mut all = vec![hit];
        all.extend(rest.iter().filter_map(|w| w.get(entry)));
        if all.len() != part.words.len() || (all.len() > 1 && !consecutive(&all)) {
            continue;
        }
        out.insert(*entry, all.iter().map(|h| h.score).sum());
    }
    out
}

/// The entries of every segment matching `query` that `filter` keeps, best first.
///
/// An entry must match every word and phrase. Only when no entry does are entries matching some
/// of them returned, scaled by the share they match: a reader who typed one word too many
/// still sees the nearest results rather than none.
pub fn search(query: &Query, segments: &[Segment<'_>], filter: &Filter) -> Vec<Hit> {
    if query.is_empty() {
        return Vec::new();
    }
    let expansions: Vec<Expansion> = segments
        .iter()
        .map(|s| {
            let terms = s.terms();
            query
                .parts
                .iter()
                .map(|p| p.words.iter().map(|w| w.expand(terms)).collect())
                .collect()
        })
        .collect();
    let stats = Stats::of(segments, &expansions);
    let mut all = collect(query, segments, &expansions, &stats, filter, true);
    if all.is_empty() && query.parts.len() > 1 {
        all = collect(query, segments, &expansions, &stats, filter, false);
    }
    all.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.segment.cmp(&b.segment))
            .then(a.entry.cmp(&b.entry))
    });
    all
}

fn collect(
    query: &Query,
    segments: &[Segment<'_>],
    expansions: &[Expansion],
    stats: &Stats,
    filter: &Filter,
    every_part: bool,
) -> Vec<Hit> {
    let parts = query.parts.len();
    let mut hits = Vec::new();
    for (s, (segment, expansion)) in segments.iter().zip(expansions).enumerate() {
        let mut found: BTreeMap<u32, (f32, Vec<String>)> = BTreeMap::new();
        let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
        for (part, terms) in query.parts.iter().zip(expansion) {
            for (entry, score) in part_hits(segment, part, terms, stats, filter) {
                let slot = found.entry(entry).or_default();
                slot.0 += score;
                slot.1.extend(part.words.iter().map(|w| w.folded.clone()));
                *counts.entry(entry).or_default() += 1;
            }
        }
        for (entry, (score, mut matched)) in found {
            let count = counts.get(&entry).copied().unwrap_or(0);
            if every_part && count < parts {
                continue;
            }
            let Some(facts) = segment.facts(entry) else {
                continue;
            };
            matched.dedup();
            hits.push(Hit {
                segment: s,
                entry,
                score: score * count as f32 / parts as f32,
                target: facts.target.clone(),
                language: facts.language.clone(),
                matched,
            });
        }
    }
    hits
}
