//! Who a quotation is attributed to: the speech tag after it (`"…," Rudenko said`, `», —
//! отметил Вячеслав Володин`) or the lead-in before it (`Putin noted: “…”`, `according to a
//! statement issued by the NATO Council, “…”`).
//!
//! When the "speaker" is the treaty itself ("the agreement's second article said"), the words
//! are the treaty's, not a person's: that is reported as such, so that attribution can tell an
//! official's remark from the treaty's text.

use super::cues::is_treaty_noun;
use super::layout::Layout;
use super::sentences::Span;
use super::words::{is_capitalised, is_relative, Word};
use crate::languages;

/// Who says the quoted words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Said {
    /// The treaty or one of its articles.
    Treaty,
    /// A person or body, as the source names them ("Rudenko", "the Russian diplomat"), or a
    /// pronoun ("she") to be resolved by the caller.
    By(String),
}

/// The speaker of a quotation, from the tag after it (`tag`: the closing mark to the end of
/// its sentence) or else the lead-in before it (`lead`: the start of its sentence to the
/// opening mark).
pub(crate) fn speaker(layout: &Layout, lead: Span, tag: Span) -> Option<Said> {
    from_tag(layout, tag).or_else(|| from_lead(layout, lead))
}

/// Whether a speaker is a pronoun that refers back to someone named earlier.
pub(crate) fn is_pronoun(who: &str) -> bool {
    languages::is_cue(&who.to_lowercase(), |c| &c.pronouns)
}

/// "Andrey Rudenko" for "Rudenko" when the body names him in full before `before`.
pub(crate) fn full_name(layout: &Layout, who: &str, before: usize) -> String {
    // A single capitalised word, not an acronym ("KCNA").
    let single = !who.contains(' ')
        && who.chars().next().is_some_and(char::is_uppercase)
        && who.chars().skip(1).any(char::is_lowercase);
    if !single {
        return who.to_owned();
    }
    let lower = who.to_lowercase();
    let words = layout.words_in(Span {
        start: 0,
        end: before,
    });
    words
        .windows(2)
        .rev()
        .find(|pair| {
            pair[1].lower == lower
                && is_capitalised(layout.body, &pair[0])
                && layout
                    .text(span_between(&pair[0], &pair[1]))
                    .trim()
                    .is_empty()
                && !is_treaty_noun(&pair[0].lower)
        })
        .map_or_else(
            || who.to_owned(),
            |pair| {
                layout
                    .text(Span {
                        start: pair[0].start,
                        end: pair[1].end,
                    })
                    .to_owned()
            },
        )
}

fn span_between(a: &Word, b: &Word) -> Span {
    Span {
        start: a.end,
        end: b.start.max(a.end),
    }
}

/// `," Rudenko said`, `, said Rudenko`, `— отметил Председатель … Володин`.
fn from_tag(layout: &Layout, tag: Span) -> Option<Said> {
    let words = layout.words_in(tag);
    let verb = (0..words.len().min(8)).find(|&i| is_speech_verb(&words[i].lower, i))?;
    if verb > 0 {
        return phrase(layout, &words[..verb]);
    }
    // "said Rudenko at a plenary session", "sagte Kim bei der Zeremonie": the name ends
    // before the circumstances.
    let mut end = 2;
    while end < words.len()
        && end < 9
        && !punctuated(layout, &words[end - 1], &words[end])
        && !is_circumstance(&words[end].lower)
    {
        end += 1;
    }
    phrase(layout, &words[1..end.min(words.len())])
}

/// Words that open the circumstances of speaking after a speaker's name.
fn is_circumstance(w: &str) -> bool {
    languages::is_cue(w, |c| &c.circumstances)
}

/// `Putin noted: “`, `Kim stated that his "`, `according to a statement by X, “`.
fn from_lead(layout: &Layout, lead: Span) -> Option<Said> {
    let words = layout.words_in(lead);
    let n = words.len();
    if let Some(verb) = (n.saturating_sub(4)..n)
        .rev()
        .find(|&i| is_speech_verb(&words[i].lower, 1))
    {
        let boundaries: Vec<usize> = (0..verb)
            .rev()
            .filter(|&i| punctuated(layout, &words[i], &words[i + 1]))
            .map(|i| i + 1)
            .collect();
        // "Article 8, which states that": the relative clause speaks for its antecedent.
        let relative = |at: usize| words.get(at).is_some_and(|w| is_relative(&w.lower));
        let clause_start = match boundaries[..] {
            [first, second, ..] if relative(first) => second,
            [first, ..] if relative(first) => 0,
            [first, ..] => first,
            [] => 0,
        };
        return phrase(layout, &words[clause_start..verb]);
    }
    let to = (1..n)
        .rev()
        .find(|&i| words[i].lower == "to" && words[i - 1].lower == "according")?;
    let mut end = to + 1;
    while end < n && (end == to + 1 || !punctuated(layout, &words[end - 1], &words[end])) {
        end += 1;
    }
    phrase(layout, &words[to + 1..end])
}

/// Whether punctuation separates two neighbouring words.
fn punctuated(layout: &Layout, a: &Word, b: &Word) -> bool {
    layout
        .text(span_between(a, b))
        .contains([',', ';', ':', '.', '(', '—', '–'])
}

/// The speaker named by `words`, if they are a short phrase.
fn phrase(layout: &Layout, words: &[Word]) -> Option<Said> {
    let (first, last) = (words.first()?, words.last()?);
    if words.len() > 8 {
        return None;
    }
    let clause = layout.clause(Span {
        start: first.start,
        end: last.end,
    });
    if clause.mentions_treaty() {
        return Some(Said::Treaty);
    }
    let text = layout.text(Span {
        start: first.start,
        end: last.end,
    });
    Some(Said::By(text.to_owned()))
}

/// Verbs that attribute words to a speaker; `position` 0 allows the German ", so Putin".
fn is_speech_verb(w: &str, position: usize) -> bool {
    languages::is_cue(w, |c| &c.speech_verbs) || (w == "so" && position == 0)
}
