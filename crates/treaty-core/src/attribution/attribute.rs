//! Attributing statements to articles: which article each statement renders, or none.
//!
//! Three kinds of evidence are combined for every article: the source names it (strong, when
//! the reference is to this treaty), the statement's words align with the article's text, and
//! the statement agrees with what other sources are attributed to say about it (the only
//! evidence for articles whose text is missing, besides a number). How much evidence is asked
//! for depends on how the source presents the statement: a sentence presented as the treaty's
//! ("Article 4 states", a list of provisions) needs little, an official's quoted remark needs
//! the article's number or its words, and agreement with other reporters alone never turns an
//! opinion into a provision. A statement that matches text no source places in an article, or
//! that cites another treaty's article, is not attributed.

use super::align::{align, Combined};
use super::anchor::selectors;
use super::changes::changes;
use super::compare::word_diff;
use super::continues::inherited_articles;
use super::evidence::{Agreed, Evidence, Origin, Passage};
use super::judge::{judge, primary, Anchoring};
use super::layout::Layout;
use super::region::aligned_region;
use super::terms::{tokens, Token};
use super::voice::{presentation, Presentation, Voice};
use super::{Anchor, Attribution, Basis, Candidate, Statement, Verdict};
use crate::bundle::Source;
use crate::model::{Document, Provision};
use crate::refs::{Catalog, Mention};
use std::collections::BTreeMap;

/// The weight of the source naming the article, as a probability-like score: alone it makes
/// an attribution, and text or agreement can still outweigh it when they point elsewhere.
const NAMED: f32 = 0.7;
/// The weight of the article a statement inherits by continuing the statement before it ("It
/// also says …"): enough to attribute it alone, less than an article's text or another
/// source's agreement pointing clearly elsewhere (a calibrated 0.55 is a similarity of about
/// 0.4), since "In addition, …" may move on to the next provision.
const INHERITED: f32 = 0.55;
/// A statement naming its article whose words match neither the article's text nor other
/// sources' reports of it by more than this (calibrated) only mentions the article ("the
/// treaty's provisions, including article 4 on mutual support, will be implemented"): it is
/// judged a mention, not a rendering.
const MENTION_BELOW: f32 = 0.2;
/// A report found whole in a statement counts less than a statement found whole in the
/// article's reports: a report's few words ("a multipolar world order") recur in commentary.
const REPORT_WITHIN: f32 = 0.8;
/// Agreement with another source counts a little less than the article's own text.
const AGREEMENT: f32 = 0.85;
/// Minimum scores to attribute a statement, by how the source presents it: what the source
/// presents as the treaty's needs only to point at one article, by its number or a fair
/// share of its words (a similarity of about 0.3 with its text or other sources' reports);
/// what it presents neither way (an unattributed quotation) needs twice that.
const ACCEPT_TREATY: f32 = 0.25;
const ACCEPT_UNKNOWN: f32 = 0.5;
/// A speaker's statement without an article number needs this much of the article's own text.
const ACCEPT_SPEAKER_TEXT: f32 = 0.7;
/// A named article whose text matches less than this, while another article's text matches
/// at least `CONTRADICTS_FROM`, is a wrong number ("Article 4" for the consultation clause).
const CONTRADICTED_BELOW: f32 = 0.3;
const CONTRADICTS_FROM: f32 = 0.8;
/// Candidates below this score are not listed.
const LIST: f32 = 0.15;
/// At most this many candidates are listed.
const MAX_CANDIDATES: usize = 4;

/// Attributes `statements` (found in `source`'s body) to articles of `document`. `agreed` is
/// what other sources say about its articles (see [`super::agreed_in`]); what `source` itself
/// says is ignored. `catalog` resolves references (it should hold `document`).
pub fn attribute(
    statements: &[Statement],
    source: &Source,
    document: &Document,
    catalog: &Catalog,
    agreed: &[Agreed],
) -> Vec<Attribution> {
    attribute_counting(statements, source, document, catalog, agreed, &mut |_| {})
}

/// [`attribute`], calling `done` with the number of statements attributed so far after each
/// one, so that a caller can show progress on a long source.
pub fn attribute_counting(
    statements: &[Statement],
    source: &Source,
    document: &Document,
    catalog: &Catalog,
    agreed: &[Agreed],
    done: &mut dyn FnMut(usize),
) -> Vec<Attribution> {
    let layout = Layout::new(&source.body, catalog, &document.id);
    let own = named_in_source(statements, source, document);
    let evidence = Evidence::new(document, catalog, agreed, &source.id, &own);
    let anchoring = Anchoring::new(document);
    statements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let around = Around {
                itself: same_statement(statements, i),
                inherited: inherited_articles(statements, i),
            };
            let found = attribute_one(
                s,
                &around,
                &layout,
                &source.language,
                document,
                &anchoring,
                &evidence,
            );
            done(i + 1);
            found
        })
        .collect()
}

/// What the evidence says about one article.
#[derive(Debug, Clone, Default)]
struct Support {
    named: bool,
    /// Named by the statement this one continues.
    inherited: bool,
    /// Similarity with the article's text, and share of the statement's content found in it.
    text: f32,
    coverage: f32,
    /// Similarity with what other sources say about the article.
    agreement: f32,
}

impl Support {
    /// Evidence of the article's own text, 0..1.
    fn text_score(&self) -> f32 {
        calibrate(self.text)
    }

    fn agreement_score(&self) -> f32 {
        AGREEMENT * calibrate(self.agreement)
    }

    fn inherited_score(&self) -> f32 {
        if self.inherited {
            INHERITED
        } else {
            0.0
        }
    }

    fn score(&self) -> f32 {
        let named = if self.named { NAMED } else { 0.0 };
        1.0 - (1.0 - named)
            * (1.0 - self.inherited_score())
            * (1.0 - self.text_score())
            * (1.0 - self.agreement_score())
    }

    fn basis(&self) -> Vec<Basis> {
        let named = if self.named { NAMED } else { 0.0 };
        let mut parts = vec![
            (named, Basis::Named),
            (self.inherited_score(), Basis::Continued),
            (self.text_score(), Basis::Text),
            (self.agreement_score(), Basis::Agreement),
        ];
        parts.retain(|(v, _)| *v > 0.0);
        parts.sort_by(|a, b| b.0.total_cmp(&a.0));
        parts.into_iter().map(|(_, b)| b).collect()
    }
}

/// Alignment similarity to a probability-like score: below 0.15 shared content is chance
/// (function-like words of treaty language), from 0.6 it is the same provision.
fn calibrate(similarity: f32) -> f32 {
    ((similarity - 0.15) / 0.45).clamp(0.0, 1.0)
}

/// What the rest of its source says about a statement.
struct Around {
    /// The statement's own index and those of its repeats: no agreement with itself.
    itself: Vec<usize>,
    /// The articles it inherits by going on from the statement before.
    inherited: Vec<String>,
}

/// The evidence for every article a statement may render, best first.
struct Ranking {
    shown: Presentation,
    tokens: Vec<Token>,
    /// Articles with their support, the best first (a named article first unless the
    /// statement's words contradict its number).
    ranked: Vec<(String, Support)>,
    /// The source's article numbers for the statement contradict its words.
    named_conflicts: bool,
    /// The document's spelling of the articles the statement names.
    named: Vec<String>,
    /// Similarity with the document's passages placed in no article.
    unplaced: f32,
}

fn rank(
    statement: &Statement,
    around: &Around,
    layout: &Layout,
    language: &str,
    document: &Document,
    evidence: &Evidence,
) -> Ranking {
    let shown = presentation(layout, statement);
    let tokens = statement_tokens(layout, statement, language);
    let weights = evidence.weights.of(&tokens);
    let mut texts: BTreeMap<Option<&str>, Combined> = BTreeMap::new();
    let mut agreed: BTreeMap<&str, Combined> = BTreeMap::new();
    let mut reported_within: BTreeMap<&str, f32> = BTreeMap::new();
    let not_itself = |p: &&Passage| p.statement.is_none_or(|i| !around.itself.contains(&i));
    for passage in evidence.passages.iter().filter(not_itself) {
        let a = align(&tokens, &weights, &passage.tokens, &passage.weights);
        let article = passage.article.as_deref();
        match (&passage.origin, article) {
            (Origin::Agreed, Some(article)) => {
                agreed.entry(article).or_default().add(&a);
                let within = report_within(&tokens, &weights, passage);
                let best = reported_within.entry(article).or_default();
                *best = best.max(within);
            }
            _ => texts.entry(article).or_default().add(&a),
        }
    }
    let unplaced = texts.get(&None).map_or(0.0, |c| c.similarity(&weights));
    let mut support: BTreeMap<String, Support> = BTreeMap::new();
    for (article, combined) in &texts {
        if let Some(article) = article {
            let entry = support.entry((*article).to_owned()).or_default();
            entry.text = combined.similarity(&weights);
            entry.coverage = combined.coverage(&weights);
        }
    }
    for (article, combined) in &agreed {
        let within = reported_within.get(article).copied().unwrap_or(0.0);
        support.entry((*article).to_owned()).or_default().agreement =
            combined.similarity(&weights).max(REPORT_WITHIN * within);
    }
    let named: Vec<String> = statement
        .named_articles
        .iter()
        .filter_map(|n| printed_number(document, n))
        .collect();
    for n in &named {
        support.entry(n.clone()).or_default().named = true;
    }
    for n in around
        .inherited
        .iter()
        .filter_map(|n| printed_number(document, n))
    {
        support.entry(n).or_default().inherited = true;
    }
    let mut ranked: Vec<(String, Support)> = support.into_iter().collect();
    ranked.sort_by(|a, b| b.1.score().total_cmp(&a.1.score()));
    let named_conflicts = put_named_first(&mut ranked, document);
    Ranking {
        shown,
        tokens,
        ranked,
        named_conflicts,
        named,
        unplaced,
    }
}

fn attribute_one(
    statement: &Statement,
    around: &Around,
    layout: &Layout,
    language: &str,
    document: &Document,
    anchoring: &Anchoring,
    evidence: &Evidence,
) -> Attribution {
    let ranking = rank(statement, around, layout, language, document, evidence);
    let shown = ranking.shown;
    let Some((top, top_support)) = ranking.ranked.first().cloned() else {
        return rejected(statement);
    };
    let accepted = match shown.voice {
        _ if shown.other_treaty => top_support.text_score() >= ACCEPT_SPEAKER_TEXT,
        Voice::Treaty => top_support.score() >= ACCEPT_TREATY,
        Voice::Unknown => top_support.score() >= ACCEPT_UNKNOWN,
        // A speaker's remark needs its own number or the article's words; going on from
        // a numbered statement is not enough to make an opinion a provision.
        Voice::Speaker => top_support.named || top_support.text_score() >= ACCEPT_SPEAKER_TEXT,
    };
    let unplaced_wins = !(top_support.named || top_support.inherited)
        && calibrate(ranking.unplaced)
            > top_support.text_score().max(top_support.agreement_score());
    if !accepted || unplaced_wins {
        return rejected(statement);
    }
    let candidates: Vec<Candidate> = ranking
        .ranked
        .iter()
        .enumerate()
        .filter(|(i, (_, s))| *i == 0 || s.score() >= LIST)
        .map(|(_, ranked)| ranked)
        .take(MAX_CANDIDATES)
        .map(|(article, s)| Candidate {
            article: article.clone(),
            score: s.score(),
            basis: s.basis(),
        })
        .collect();
    let judging = Judging {
        layout,
        language,
        document,
        anchoring,
        evidence,
    };
    judging.finish(
        statement,
        &top,
        &top_support,
        candidates,
        ranking.named_conflicts,
        shown.voice,
        &ranking.tokens,
    )
}

/// `statement` attributed to `article` because the reader says it renders that article (an
/// annotation naming it): the article first, certain, on the basis of the annotation and of
/// whatever evidence the pipeline finds for it, then the other articles the evidence points
/// to; judged against the article's text exactly as an attribution the pipeline makes.
#[allow(clippy::too_many_arguments)]
fn annotated_one(
    statement: &Statement,
    around: &Around,
    layout: &Layout,
    language: &str,
    document: &Document,
    anchoring: &Anchoring,
    evidence: &Evidence,
    article: &str,
) -> Attribution {
    let ranking = rank(statement, around, layout, language, document, evidence);
    let support = ranking
        .ranked
        .iter()
        .find(|(a, _)| a == article)
        .map(|(_, s)| s.clone())
        .unwrap_or_default();
    // As the pipeline decides it: the source numbers the statement, but not as this article.
    let named_conflicts = !ranking.named.is_empty() && !ranking.named.iter().any(|n| n == article);
    let mut basis = vec![Basis::Annotated];
    basis.extend(support.basis());
    let mut candidates = vec![Candidate {
        article: article.to_owned(),
        score: 1.0,
        basis,
    }];
    candidates.extend(
        ranking
            .ranked
            .iter()
            .filter(|(a, s)| a != article && s.score() >= LIST)
            .take(MAX_CANDIDATES - 1)
            .map(|(a, s)| Candidate {
                article: a.clone(),
                score: s.score(),
                basis: s.basis(),
            }),
    );
    let judging = Judging {
        layout,
        language,
        document,
        anchoring,
        evidence,
    };
    judging.finish(
        statement,
        article,
        &support,
        candidates,
        named_conflicts,
        ranking.shown.voice,
        &ranking.tokens,
    )
}

/// What judging a statement against its article needs, prepared once per source.
struct Judging<'a> {
    layout: &'a Layout<'a>,
    language: &'a str,
    document: &'a Document,
    anchoring: &'a Anchoring<'a>,
    evidence: &'a Evidence,
}

impl Judging<'_> {
    /// The attribution of `statement` to `top` (supported by `top_support`), with its
    /// `candidates`: a mention when it only names the article, else judged against the
    /// article's text (anchor, diff, verdict) with what it changed of it.
    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        statement: &Statement,
        top: &str,
        top_support: &Support,
        candidates: Vec<Candidate>,
        named_conflicts: bool,
        voice: Voice,
        tokens: &[Token],
    ) -> Attribution {
        let Self {
            layout,
            language,
            document,
            anchoring,
            evidence,
        } = *self;
        // The link to the statement before is shown only where the article came from it.
        let statement = &Statement {
            continues: statement.continues.filter(|_| top_support.inherited),
            ..statement.clone()
        };
        if mentions_only(voice, top_support, has_text(document, top)) {
            return Attribution {
                statement: statement.clone(),
                candidates,
                verdict: Some(Verdict::Mention),
                anchor: None,
                diff: Vec::new(),
                changes: Vec::new(),
            };
        }
        let mut judged = judge(
            statement,
            layout.body,
            language,
            anchoring,
            top,
            named_conflicts,
            top_support.coverage,
        );
        if judged.anchor.is_none() {
            if let Some(anchor) = aligned_anchor(tokens, evidence, document, top) {
                let words = layout
                    .body
                    .get(statement.start..statement.end)
                    .unwrap_or("");
                let text_language = document
                    .provision(Some(top))
                    .and_then(|p| p.texts.get(anchor.text))
                    .map(|t| t.language.as_str());
                if text_language.map(primary) == Some(primary(language)) {
                    judged.diff = word_diff(words, &anchor.quote.exact);
                }
                judged.anchor = Some(anchor);
            }
        }
        let words = layout
            .body
            .get(statement.start..statement.end)
            .unwrap_or("");
        let changes = judged
            .anchor
            .as_ref()
            .map(|anchor| changes(words, language, document, anchor, &judged.diff))
            .unwrap_or_default();
        Attribution {
            statement: statement.clone(),
            candidates,
            verdict: Some(judged.verdict),
            anchor: judged.anchor,
            diff: judged.diff,
            changes,
        }
    }
}

/// A span of a source the reader marked as a statement (a Web Annotation), to be attributed by
/// [`attribute_marked`].
pub(crate) struct Marked<'a> {
    /// The statement at the span: one extraction found there, or one made for the span.
    pub statement: Statement,
    /// Indices among the source's statements of the statement itself, its repeats and the
    /// statements it overlaps: what it may not agree with.
    pub itself: Vec<usize>,
    /// The articles it inherits by going on from the statement before.
    pub inherited: Vec<String>,
    /// The article the reader says it renders, if the annotation names one.
    pub article: Option<&'a str>,
}

/// The statements the reader `marked` in `source` (whose statements, as extraction finds them,
/// are `statements`), attributed to articles of `document` as [`attribute`] attributes a
/// statement, one attribution each in order: to the article the reader names (see
/// [`annotated_one`]), or, where they name none, to what the evidence says (rejected, with no
/// candidates, when it points nowhere).
pub(crate) fn attribute_marked(
    marked: &[Marked<'_>],
    statements: &[Statement],
    source: &Source,
    document: &Document,
    catalog: &Catalog,
    agreed: &[Agreed],
) -> Vec<Attribution> {
    let layout = Layout::new(&source.body, catalog, &document.id);
    let own = named_in_source(statements, source, document);
    let evidence = Evidence::new(document, catalog, agreed, &source.id, &own);
    let anchoring = Anchoring::new(document);
    marked
        .iter()
        .map(|m| {
            let around = Around {
                itself: m.itself.clone(),
                inherited: m.inherited.clone(),
            };
            let (s, language) = (&m.statement, source.language.as_str());
            match m.article {
                Some(article) => annotated_one(
                    s, &around, &layout, language, document, &anchoring, &evidence, article,
                ),
                None => attribute_one(
                    s, &around, &layout, language, document, &anchoring, &evidence,
                ),
            }
        })
        .collect()
}

/// Statement `i` and the statements it repeats or that repeat it: what it may not agree with.
pub(crate) fn same_statement(statements: &[Statement], i: usize) -> Vec<usize> {
    let first = statements[i].repeats.unwrap_or(i);
    (0..statements.len())
        .filter(|&j| j == first || statements[j].repeats == Some(first))
        .collect()
}

/// How much of another source's report of an article a statement says, seen from the report:
/// a short report ("Article six … a multipolar world order") is all in a longer statement of
/// the same provision that shares only a small part of its own words with it.
fn report_within(tokens: &[Token], weights: &[f32], report: &Passage) -> f32 {
    let reverse = align(&report.tokens, &report.weights, tokens, weights);
    let mut combined = Combined::default();
    combined.add(&reverse);
    combined.similarity(&report.weights)
}

/// The statements of `source` that name exactly one article of `document` and repeat no
/// earlier one, as agreement for its other statements: a source that says "according to
/// Article 22 … when the instruments were exchanged" tells what Article 22 is about for its
/// later "… on the date of the instruments' exchange".
fn named_in_source(
    statements: &[Statement],
    source: &Source,
    document: &Document,
) -> Vec<(usize, Agreed)> {
    statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.repeats.is_none())
        .filter_map(|(i, s)| {
            let [named] = s.named_articles.as_slice() else {
                return None;
            };
            let article = printed_number(document, named)?;
            Some((
                i,
                Agreed {
                    source: source.id.clone(),
                    article,
                    text: source.body.get(s.start..s.end)?.to_owned(),
                    language: source.language.clone(),
                },
            ))
        })
        .collect()
}

/// Whether a statement names its article without restating it: not presented as what the
/// treaty says, and sharing next to nothing with the article's text or other sources' reports
/// of it. Only told where the article has text: without it, a statement restating the
/// article shares nothing with it either, and is left unverifiable.
fn mentions_only(voice: Voice, support: &Support, text_available: bool) -> bool {
    text_available
        && support.named
        && voice != Voice::Treaty
        && support.text_score() < MENTION_BELOW
        && support.agreement_score() < MENTION_BELOW
}

/// Puts the best named article first unless the statement's words contradict the number:
/// every named article has text, none of it matches, and another article's text matches
/// well. Returns whether they contradict (the source numbers the provision wrongly).
fn put_named_first(ranked: &mut [(String, Support)], document: &Document) -> bool {
    let Some(best_named) = ranked.iter().position(|(_, s)| s.named) else {
        return false;
    };
    if best_named == 0 {
        return false;
    }
    let contradicted = ranked
        .iter()
        .filter(|(_, s)| s.named)
        .all(|(a, s)| has_text(document, a) && s.text_score() < CONTRADICTED_BELOW)
        && ranked[0].1.text_score() >= CONTRADICTS_FROM;
    if !contradicted {
        ranked[..=best_named].rotate_right(1);
    }
    contradicted
}

/// For a statement that copies no words of its article (a paraphrase, a translation): the
/// stretch of the article's text where its content terms cluster, if one does.
fn aligned_anchor(
    tokens: &[Token],
    evidence: &Evidence,
    document: &Document,
    article: &str,
) -> Option<Anchor> {
    let provision = document.provision(Some(article))?;
    let ((t, p), (start, end, _)) = evidence
        .passages
        .iter()
        .filter(|passage| {
            passage.origin == Origin::Text && passage.article.as_deref() == Some(article)
        })
        .filter_map(|passage| Some((passage.place?, aligned_region(tokens, &passage.tokens)?)))
        .max_by_key(|(_, (_, _, shared))| *shared)?;
    let paragraph = &provision.texts.get(t)?.paragraphs.get(p)?.text;
    let (quote, position) = selectors(paragraph, start, end);
    Some(Anchor {
        article: article.to_owned(),
        text: t,
        paragraph: p,
        quote,
        position,
        errors: 0,
        aligned: true,
    })
}

/// Whether the document holds text of `article`.
fn has_text(document: &Document, article: &str) -> bool {
    document
        .provision(Some(article))
        .is_some_and(|p| !p.texts.is_empty())
}

fn rejected(statement: &Statement) -> Attribution {
    Attribution {
        statement: Statement {
            continues: None,
            ..statement.clone()
        },
        candidates: Vec::new(),
        verdict: None,
        anchor: None,
        diff: Vec::new(),
        changes: Vec::new(),
    }
}

/// The document's own spelling of an article number ("6" for "six", "II" for "2"), or
/// `preamble`; `None` when the document has no such article.
fn printed_number(document: &Document, named: &str) -> Option<String> {
    document.provision(Some(named)).map(Provision::key)
}

/// The statement's comparison tokens, with the references the body's recogniser found in it.
fn statement_tokens(layout: &Layout, statement: &Statement, language: &str) -> Vec<Token> {
    let Some(text) = layout.body.get(statement.start..statement.end) else {
        return Vec::new();
    };
    let mentions: Vec<Mention> = layout
        .mentions
        .iter()
        .filter(|m| statement.start <= m.start && m.end <= statement.end)
        .map(|m| Mention {
            start: m.start - statement.start,
            end: m.end - statement.start,
            target: m.target.clone(),
        })
        .collect();
    tokens(text, language, &mentions, layout.document_id)
}
