//! The runs of words a same-language quote leaves out, adds or substitutes, from the word-level
//! diff. A run is reported whole ("in accordance with Article 51 of the UN Charter"), runs
//! separated by a word or two of glue ("and", "of the") are one run, and what says nothing is
//! not reported: a run of function words, a word the quote only moved or rendered by a synonym
//! (the lexicon's concept), or a word of legal force, which [`super::force`] reports. Only what
//! differs between the first and the last content word the two share is a change: before and
//! after, the quote is longer or shorter than the passage (a reporter's framing, the rest of a
//! sentence, an anchor's loose edge), which says nothing about how it renders the text.

use super::force::{first, folded};
use super::Compared;
use crate::attribution::terms::{tokens, Token};
use crate::attribution::words::fold;
use crate::attribution::{Change, DiffPart, ForceKind, QuoteChange};
use crate::languages::force_words;

/// Same words between two changed runs that are at most this many function words join them.
const GLUE_WORDS: usize = 2;

/// A stretch where the quote and the text differ: the text's words, the quote's words.
#[derive(Debug, Default)]
struct Hunk {
    from: String,
    to: String,
    /// Before the first shared content word, or after the last.
    edge: bool,
}

/// The word-run changes of `c`, in the order of the text.
pub(super) fn changes(c: &Compared) -> Vec<QuoteChange> {
    let text_tokens = tokens(c.matched, c.text_language, &[], "");
    let statement_tokens = tokens(c.statement, c.statement_language, &[], "");
    hunks(c)
        .into_iter()
        .filter(|hunk| !hunk.edge)
        .filter_map(|hunk| {
            let from = said(&hunk.from, c.text_language, &statement_tokens);
            let to = said(&hunk.to, c.statement_language, &text_tokens);
            classify(from, to, c)
        })
        .collect()
}

/// The change a hunk makes: a condition left out or added is a change of legal force, and
/// words the other side has elsewhere (moved, or said with a synonym) are no change unless the
/// other side says something new in their place.
fn classify(from: Said, to: Said, c: &Compared) -> Option<QuoteChange> {
    if !from.new && !to.new {
        return None;
    }
    let opens_condition = |text: &str, language: &str| {
        first(&folded(text), force_words(language).condition).is_some()
    };
    let (from, to) = (from.text, to.text);
    if opens_condition(&from, c.text_language)
        || (from.is_empty() && opens_condition(&to, c.statement_language))
    {
        return Some(QuoteChange::Force {
            kind: ForceKind::Condition,
            from,
            to,
        });
    }
    match (from.is_empty(), to.is_empty()) {
        (false, false) => Some(QuoteChange::Substitutes { from, to }),
        (false, true) => Some(QuoteChange::LeavesOut { text: from }),
        (true, false) => Some(QuoteChange::Adds { text: to }),
        (true, true) => None,
    }
}

/// The diff's changed stretches, joined across glue.
fn hunks(c: &Compared) -> Vec<Hunk> {
    // Where the two share content: a function word in common ("is", "of") is no common ground.
    let shared = |p: &DiffPart| p.change == Change::Same && !is_function_run(&p.text, c);
    let first_same = c.diff.iter().position(shared);
    let last_same = c.diff.iter().rposition(shared);
    let mut out: Vec<Hunk> = Vec::new();
    let mut open: Option<Hunk> = None;
    let mut glue: Option<&str> = None;
    for (i, part) in c.diff.iter().enumerate() {
        let edge = first_same.is_none_or(|f| i < f) || last_same.is_none_or(|l| i > l);
        match part.change {
            Change::Same => {
                if let Some(hunk) = open.take() {
                    out.push(hunk);
                }
                glue = is_glue(&part.text, c.statement_language).then_some(part.text.as_str());
            }
            Change::Missing | Change::Added => {
                let hunk = open.get_or_insert_with(|| match (glue.take(), out.pop()) {
                    (Some(glue), Some(mut previous)) if !previous.edge && !edge => {
                        // Onto the sides that changed; the other side starts afresh.
                        for side in [&mut previous.from, &mut previous.to] {
                            if !side.is_empty() {
                                side.push_str(glue);
                            }
                        }
                        previous
                    }
                    (_, previous) => {
                        out.extend(previous);
                        Hunk {
                            edge,
                            ..Hunk::default()
                        }
                    }
                });
                let side = if part.change == Change::Missing {
                    &mut hunk.from
                } else {
                    &mut hunk.to
                };
                side.push_str(&part.text);
            }
        }
    }
    out.extend(open);
    out
}

/// A short run of function words that joins two changed runs.
fn is_glue(text: &str, language: &str) -> bool {
    let found = tokens(text, language, &[], "");
    !found.is_empty() && found.len() <= GLUE_WORDS && found.iter().all(|t| !t.content)
}

fn is_function_run(text: &str, c: &Compared) -> bool {
    tokens(text, c.statement_language, &[], "")
        .iter()
        .all(|t| !t.content)
}

/// One side of a hunk as reported: its words without the words of force at its edges and
/// the function words at its end ("in accordance with Article 51 of the UN Charter" keeps its
/// opening words), and whether any of its content words is missing from the other text.
struct Said {
    text: String,
    new: bool,
}

fn said(side: &str, language: &str, other: &[Token]) -> Said {
    let found = tokens(side, language, &[], "");
    let force = force_words(language);
    let forceful = |t: &Token| {
        let word = fold(&side[t.start..t.end]);
        [force.urgency, force.negation, force.scope]
            .iter()
            .flat_map(|list| list.iter())
            .chain(force.modals.iter().map(|(m, _)| m))
            .any(|phrase| phrase.split(' ').any(|p| p == word))
    };
    let content: Vec<&Token> = found.iter().filter(|t| t.content && !forceful(t)).collect();
    let new = content
        .iter()
        .any(|t| !other.iter().any(|o| o.content && o.matches(t)));
    let start = found.iter().find(|t| !forceful(t)).map(|t| t.start);
    let text = match (start, content.last()) {
        (Some(start), Some(end)) if start < end.end => side[start..end.end].to_owned(),
        _ => String::new(),
    };
    Said { text, new }
}
