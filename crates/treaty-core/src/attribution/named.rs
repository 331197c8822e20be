//! The article numbers a source itself gives for a statement.
//!
//! Most come from the reference recogniser, which already tells "Article 4" of the treaty from
//! "Article 51 of the UN Charter" and "Artikel 1 des 1961 … Vertrags". Two ways of naming a
//! provision are added here because reporters use them for treaties without the word
//! "article": a numbered point or clause of the document ("В пункте 4 подписанного документа",
//! "clause 4 of the treaty", "Punkt 4 des Abkommens"), and the preamble, which has no number
//! (named `preamble`, as in [`crate::attribution::Candidate::article`]).

use super::cues::is_treaty_noun;
use super::layout::Layout;
use super::sentences::Span;
use crate::languages;
use crate::refs::Target;

/// Article numbers of the document named inside `spans`, in order of first mention, without
/// repeats.
pub(crate) fn named_articles(layout: &Layout, spans: &[Span]) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for span in spans {
        for m in &layout.mentions {
            if let Target::Article {
                document, article, ..
            } = &m.target
            {
                if document == layout.document_id && span.start <= m.start && m.end <= span.end {
                    found.push((m.start, article.clone()));
                }
            }
        }
        found.extend(points(layout, *span));
        found.extend(preamble(layout, *span));
    }
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<String> = Vec::new();
    for (_, a) in found {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// "пункт 4 документа", "clause 4 of the treaty": a point word, a number, and a treaty noun
/// within the next three words; not inside a recognised reference, and not followed by an
/// article reference (then it is that article's paragraph).
fn points(layout: &Layout, span: Span) -> Vec<(usize, String)> {
    let words = layout.words_in(span);
    let clause = layout.clause(span);
    let mut out = Vec::new();
    for i in 0..words.len().saturating_sub(1) {
        let w = &words[i];
        let is_point = languages::is_cue(&w.lower, |c| &c.point_words);
        let in_mention = layout
            .mentions
            .iter()
            .any(|m| m.start <= w.start && w.end <= m.end);
        let number = &words[i + 1].lower;
        if !is_point || in_mention || !number.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let reach = (i + 5).min(words.len());
        // "Clause 2 of Article 3", "Punkt 1 des Artikels 4": a paragraph of an article the
        // recogniser already names, not a point of the treaty.
        let of_article = layout.mentions.iter().any(|m| {
            matches!(m.target, Target::Article { .. })
                && words[i + 1].end <= m.start
                && m.start < words[reach - 1].end
        });
        if !of_article && (i + 2..reach).any(|j| clause.is_treaty_noun(j)) {
            out.push((w.start, number.clone()));
        }
    }
    out
}

/// "the agreement's preamble", "the preamble to the treaty", "преамбула договора"; not "the
/// preamble of the UN Charter".
fn preamble(layout: &Layout, span: Span) -> Vec<(usize, String)> {
    let words = layout.words_in(span);
    let clause = layout.clause(span);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let is_preamble = languages::is_cue(&w.lower, |c| &c.preamble_words);
        if !is_preamble {
            continue;
        }
        let next = words.get(i + 1).map_or("", |n| n.lower.as_str());
        let of_another = languages::is_cue(next, |c| &c.preamble_links)
            && !(i + 2..(i + 5).min(words.len())).any(|j| clause.is_treaty_noun(j));
        let genitive_other = w.lower.starts_with("преамбул")
            && words
                .get(i + 1)
                .is_some_and(|n| !is_treaty_noun(&n.lower) && n.lower.starts_with("устав"));
        if !of_another && !genitive_other {
            out.push((w.start, "preamble".to_owned()));
        }
    }
    out
}
