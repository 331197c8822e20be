//! Changes of legal force: a modal verb of another strength, urgency, negation and scope,
//! found by the language layer's words in the passage and in the statement. They are compared
//! by presence and strength rather than word by word, so they hold across languages ("shall"
//! against "может") and wherever a paraphrase moves them.
//!
//! What the text has and the statement drops is looked for in the passage; what the statement
//! has and the text lacks, in the whole paragraph, since a paraphrase is aligned with the part
//! of it that shares its content words and may render the rest ("they will immediately
//! coordinate" for "the two sides shall immediately operate the channel").

use super::Compared;
use crate::attribution::judge::primary;
use crate::attribution::words::words;
use crate::attribution::{ForceKind, QuoteChange};
use crate::languages::{force_words, ForceWords, Strength};

/// One of a language's lists of words of force.
type WordList = fn(&ForceWords) -> &[&'static str];

/// The force changes of `c`, in the order modal, urgency, negation, scope.
pub(super) fn changes(c: &Compared) -> Vec<QuoteChange> {
    let text_force = force_words(c.text_language);
    let statement_force = force_words(c.statement_language);
    let passage = folded(c.matched);
    let paragraph = folded(c.paragraph);
    let statement = folded(c.statement);
    let mut out = Vec::new();
    out.extend(modal(c, text_force, statement_force));
    let lists: [(ForceKind, WordList); 3] = [
        (ForceKind::Urgency, |f| f.urgency),
        (ForceKind::Negation, |f| f.negation),
        (ForceKind::Scope, |f| f.scope),
    ];
    for (kind, list) in lists {
        let said = first(&statement, list(statement_force));
        match (first(&passage, list(text_force)), said) {
            (Some(from), None) => out.push(force(kind, from, "")),
            (None, Some(to)) if !c.cut_off && first(&paragraph, list(text_force)).is_none() => {
                out.push(force(kind, "", to));
            }
            _ => {}
        }
    }
    out
}

/// A modal of another strength, one the text has and a quote in its language drops, or one
/// the statement adds.
fn modal(c: &Compared, text: &ForceWords, statement: &ForceWords) -> Option<QuoteChange> {
    let said = main_modal(c.statement, statement);
    let same_language = primary(c.statement_language) == primary(c.text_language);
    match (main_modal(c.matched, text), said) {
        (Some((from, a)), Some((to, b))) if a != b => Some(force(ForceKind::Modal, from, to)),
        // A language may oblige without a modal (Russian treaties use the present tense), and a
        // report retells rather than quotes, so only a quote in the text's words drops one.
        (Some((from, _)), None) if same_language && !c.aligned => {
            Some(force(ForceKind::Modal, from, ""))
        }
        (None, Some((to, b))) => match main_modal(c.paragraph, text) {
            Some((from, a)) if a != b => Some(force(ForceKind::Modal, from, to)),
            None if !c.cut_off => Some(force(ForceKind::Modal, "", to)),
            _ => None,
        },
        _ => None,
    }
}

/// The first modal of `text` that governs a main clause: not one opening a sentence ("Should a
/// threat arise" is a condition) and not one ending a clause (German puts the verb of a
/// subordinate clause last: "…, die zu einer Aggression führen kann,").
fn main_modal<'f>(text: &str, force: &'f ForceWords) -> Option<(&'f str, Strength)> {
    let all = words(text);
    let lower: Vec<String> = all.iter().map(|w| w.lower.clone()).collect();
    (0..all.len()).find_map(|i| {
        let (phrase, strength) = force
            .modals
            .iter()
            .filter(|(m, _)| starts_at(&lower, i, m))
            .max_by_key(|(m, _)| m.len())?;
        let last = &all[i + phrase.split(' ').count() - 1];
        let before = text[..all[i].start].trim_end();
        let capitalised = text[all[i].start..].starts_with(char::is_uppercase);
        let opens = capitalised
            && (before.is_empty() || before.ends_with(['.', '!', '?', ';', ':', '–', '—']));
        let closes = text[last.end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')'));
        (!opens && !closes).then_some((*phrase, *strength))
    })
}

fn force(kind: ForceKind, from: &str, to: &str) -> QuoteChange {
    QuoteChange::Force {
        kind,
        from: from.to_owned(),
        to: to.to_owned(),
    }
}

/// The folded words of `text`.
pub(super) fn folded(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.lower).collect()
}

/// The phrase of `phrases` that occurs first in `words` (the longest where two start at the
/// same word).
pub(super) fn first<'p>(words: &[String], phrases: &[&'p str]) -> Option<&'p str> {
    (0..words.len()).find_map(|i| {
        phrases
            .iter()
            .filter(|p| starts_at(words, i, p))
            .max_by_key(|p| p.len())
            .copied()
    })
}

/// Whether the words of `phrase` occur in `words` from `i`.
pub(super) fn starts_at(words: &[String], i: usize, phrase: &str) -> bool {
    phrase
        .split(' ')
        .enumerate()
        .all(|(k, part)| words.get(i + k).map(String::as_str) == Some(part))
}
