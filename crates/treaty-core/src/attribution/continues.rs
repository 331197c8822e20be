//! Statements that go on about the provision the statement before them named: "Article 4
//! provides for assistance. It also says …", "In Artikel 3 heißt es … Außerdem …". Reporters
//! name an article once and describe the rest of it without the number; such a statement is
//! linked to the one before, and attribution takes the article named there as evidence (see
//! [`inherited_articles`]).

use super::layout::Layout;
use super::sentences::Span;
use super::Statement;
use crate::languages::opens_continuation;

/// Links each statement that continues the statement right before it: it names no article
/// itself, its sentence follows that statement's sentence directly, opens as a continuation
/// ("It also …", "Außerdem", "Кроме того", "The article further …"), and the statement before
/// names an article or continues one that does.
pub(crate) fn link_continuations(layout: &Layout, statements: &mut [Statement]) {
    for i in 1..statements.len() {
        let (before, rest) = statements.split_at_mut(i);
        let (previous, statement) = (&before[i - 1], &mut rest[0]);
        let previous_names = !previous.named_articles.is_empty() || previous.continues.is_some();
        if !statement.named_articles.is_empty() || !previous_names {
            continue;
        }
        let (Some(here), Some(there)) = (sentence_of(layout, statement.start, statement.end), {
            sentence_of(layout, previous.start, previous.end).map(|(p, s)| {
                let last = layout.hosts(p, span(previous)).last().copied().unwrap_or(s);
                (p, last)
            })
        }) else {
            continue;
        };
        if follows(layout, there, here) && opens(layout, here) {
            statement.continues = Some(i - 1);
        }
    }
}

/// The articles statement `i` of `statements` inherits by continuing earlier ones: those the
/// nearest statement up its chain of continuations names; empty when it continues none.
pub(crate) fn inherited_articles(statements: &[Statement], i: usize) -> Vec<String> {
    let mut at = i;
    while let Some(previous) = statements.get(at).and_then(|s| s.continues) {
        // Links point backwards; anything else (a hand-edited bundle) ends the chain.
        if previous >= at {
            break;
        }
        let named = &statements[previous].named_articles;
        if !named.is_empty() {
            return named.clone();
        }
        at = previous;
    }
    Vec::new()
}

fn span(statement: &Statement) -> Span {
    Span {
        start: statement.start,
        end: statement.end,
    }
}

/// (paragraph, sentence) of the first sentence holding `start..end`.
fn sentence_of(layout: &Layout, start: usize, end: usize) -> Option<(usize, usize)> {
    let p = layout.paragraph_at(start)?;
    let s = *layout.hosts(p, Span { start, end }).first()?;
    Some((p, s))
}

/// Whether sentence `here` comes right after sentence `there`, in the same paragraph or as
/// the first of the next.
fn follows(layout: &Layout, there: (usize, usize), here: (usize, usize)) -> bool {
    let last_of = |p: usize| layout.paragraphs[p].sentences.len().saturating_sub(1);
    (there.0 == here.0 && there.1 + 1 == here.1)
        || (there.0 + 1 == here.0 && here.1 == 0 && there.1 == last_of(there.0))
}

fn opens(layout: &Layout, (p, s): (usize, usize)) -> bool {
    let sentence = layout.paragraphs[p].sentences[s];
    let words: Vec<&str> = layout
        .words_in(sentence)
        .iter()
        .map(|w| w.lower.as_str())
        .collect();
    opens_continuation(&words)
}
