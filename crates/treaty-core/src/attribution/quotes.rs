//! Quotations in a paragraph: “…”, "…", «…», „…“, ‚…‘, ‘…’ and '…', nested or not.
//!
//! Each mark is read as opening or closing from its neighbours, as a reader would: a straight
//! or single mark opens at the start of a word and closes at the end of one, so the apostrophes
//! of "North Korea’s" and "countries’ laws" are never taken for quotation marks. A closing mark
//! that matches an opening one deeper in the stack closes it and discards the unclosed ones
//! inside, so one stray mark cannot swallow the rest of the paragraph. Only outermost quotations
//! are returned: "based on 'good faith' cooperation" is part of the quotation around it.

use super::sentences::Span;

/// An outermost quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    /// From the opening mark to past the closing mark (or the paragraph end).
    pub outer: Span,
    /// The quoted words, trimmed, without the marks.
    pub inner: Span,
}

/// Kinds of opening mark, by the closing marks they accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// “ closes with ”.
    Curly,
    /// „ closes with “ or ”.
    Low,
    /// « closes with », » closes with «.
    Guillemet(char),
    /// ‘ closes with ’, ‚ closes with ‘ or ’.
    Single(char),
    Straight,
    StraightSingle,
}

/// The outermost quotations of `body[paragraph]`, in order.
pub(crate) fn quotes(body: &str, paragraph: Span) -> Vec<Quote> {
    let Some(text) = body.get(paragraph.start..paragraph.end) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut stack: Vec<(Opener, usize)> = Vec::new();
    let mut out = Vec::new();
    for k in 0..chars.len() {
        let (at, c) = chars[k];
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|x| x.1);
        let opens = word_start(prev, next);
        let closes = word_end(prev, next);
        let closing = match c {
            '”' => find(&stack, |o| matches!(o, Opener::Curly | Opener::Low)),
            '“' => find(&stack, |o| o == Opener::Low),
            '»' => find(&stack, |o| o == Opener::Guillemet('«')),
            '«' => find(&stack, |o| o == Opener::Guillemet('»')),
            '’' if closes => find(&stack, |o| matches!(o, Opener::Single(_))),
            '‘' if closes => find(&stack, |o| o == Opener::Single('‚')),
            '"' if closes || !opens => find(&stack, |o| o == Opener::Straight),
            '\'' if closes => find(&stack, |o| o == Opener::StraightSingle),
            _ => None,
        };
        if let Some(depth) = closing {
            let open = stack[depth].1;
            stack.truncate(depth);
            if depth == 0 {
                let end = at + c.len_utf8();
                out.push(quote(body, paragraph.start, open, at, end));
            }
            continue;
        }
        let opener = match c {
            '“' => Some(Opener::Curly),
            '„' => Some(Opener::Low),
            '«' | '»' => Some(Opener::Guillemet(c)),
            '‘' | '‚' if opens => Some(Opener::Single(c)),
            '"' if opens => Some(Opener::Straight),
            '\'' if opens => Some(Opener::StraightSingle),
            _ => None,
        };
        if let Some(o) = opener {
            stack.push((o, at));
        }
    }
    if let Some(&(o, open)) = stack.first() {
        if !matches!(o, Opener::Single(_) | Opener::StraightSingle) {
            out.push(quote(body, paragraph.start, open, text.len(), text.len()));
        }
    }
    out.retain(|q| q.inner.start < q.inner.end);
    out
}

/// Index in the stack of the innermost opener accepted by a closing mark.
fn find(stack: &[(Opener, usize)], accepts: impl Fn(Opener) -> bool) -> Option<usize> {
    stack.iter().rposition(|(o, _)| accepts(*o))
}

/// A mark at the start of a word: nothing or a space or an opening bracket before it, a
/// non-space after it.
fn word_start(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '—' | '–' | '-' | '/' | ':' | '"' | '“' | '«' | '„'
            )
    }) && next.is_some_and(|n| !n.is_whitespace())
}

/// A mark at the end of a word: a non-space before it, and nothing after it that continues a
/// word (so "Korea’s" is an apostrophe).
fn word_end(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}

/// The quotation from the opening mark at `open` to the closing mark at `close..end` (offsets
/// in the paragraph starting at `base`).
fn quote(body: &str, base: usize, open: usize, close: usize, end: usize) -> Quote {
    let mark = body[base + open..].chars().next().map_or(1, char::len_utf8);
    let raw = &body[base + open + mark..base + close];
    let lead = raw.len() - raw.trim_start().len();
    let inner_start = base + open + mark + lead;
    let inner_end = (base + open + mark + raw.trim_end().len()).max(inner_start);
    Quote {
        outer: Span {
            start: base + open,
            end: base + end,
        },
        inner: Span {
            start: inner_start,
            end: inner_end,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::sentences::paragraphs;

    fn found(text: &str) -> Vec<&str> {
        paragraphs(text)
            .into_iter()
            .flat_map(|p| quotes(text, p))
            .map(|q| &text[q.inner.start..q.inner.end])
            .collect()
    }

    #[test]
    fn finds_quotes_in_every_style() {
        assert_eq!(found("He said “yes, we will” and left."), ["yes, we will"]);
        assert_eq!(
            found("Er sagte „ja, wir werden“ und ging."),
            ["ja, wir werden"]
        );
        assert_eq!(found("Он сказал «да, мы будем» и ушёл."), ["да, мы будем"]);
        assert_eq!(
            found("It said \"a 'good faith' order\" too."),
            ["a 'good faith' order"]
        );
        assert_eq!(
            found("It called it ‘an alliance’, he said."),
            ["an alliance"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(found("North Korea’s leaders and both countries’ laws").is_empty());
        assert!(found("Russia's and the parties' interests").is_empty());
    }

    #[test]
    fn nested_guillemets_stay_inside() {
        assert_eq!(
            found("«И «Единая Россия», и КПРФ делают», — отметил он"),
            ["И «Единая Россия», и КПРФ делают"]
        );
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end() {
        let text = "Article 16 states: \"The Parties shall oppose the use of \nNext";
        let paragraph = paragraphs(text)[0];
        let q = quotes(text, paragraph);
        assert_eq!(
            &text[q[0].inner.start..q[0].inner.end],
            "The Parties shall oppose the use of"
        );
    }
}
