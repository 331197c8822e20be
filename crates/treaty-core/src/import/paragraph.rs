//! Paragraphs of provision text: printed paragraph numbers, gap markers and whether a
//! paragraph ends like a finished sentence. This is what makes gaps in a partial copy visible.

use super::blocks::Block;
use crate::model::Paragraph;

/// The gap paragraph appended where a copy breaks off without a marker of its own.
pub(crate) const BREAK_MARKER: &str = "[...]";

/// Characters a complete sentence (or a complete list item) ends with.
const TERMINAL: &[char] = &['.', ';', ':', '!', '?', '”', '"', '»', ')', ']'];

/// Whether a line is a gap marker: `[...]` or `[... what is missing ...]`.
pub(crate) fn is_gap_marker(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("[...") && line.ends_with("...]") && line.len() >= "[...]".len()
}

/// Whether the paragraph ends with terminal punctuation.
pub(crate) fn ends_like_a_sentence(text: &str) -> bool {
    text.trim_end().ends_with(TERMINAL)
}

/// A gap paragraph with the marker as its text.
pub(crate) fn gap(marker: &str) -> Paragraph {
    Paragraph {
        number: None,
        text: marker.trim().to_owned(),
        gap: true,
    }
}

/// The paragraphs of a block: lines joined with spaces, split at gap markers (a marker line of
/// its own, or one ending a line), each text paragraph with its printed number taken off.
pub(crate) fn paragraphs(block: &Block<'_>) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    for line in &block.lines {
        let text = line.text.trim();
        if is_gap_marker(text) {
            flush(&mut pending, &mut out);
            out.push(gap(text));
        } else if let Some((before, marker)) = split_trailing_marker(text) {
            pending.push(before);
            flush(&mut pending, &mut out);
            out.push(gap(marker));
        } else {
            pending.push(text);
        }
    }
    flush(&mut pending, &mut out);
    out
}

fn flush(pending: &mut Vec<&str>, out: &mut Vec<Paragraph>) {
    if pending.is_empty() {
        return;
    }
    let joined = pending.join(" ");
    pending.clear();
    let (number, text) = split_number(&joined);
    out.push(Paragraph {
        number,
        text: text.to_owned(),
        gap: false,
    });
}

/// "text [...]" → ("text", "[...]"), when the line ends with a marker after some text.
fn split_trailing_marker(line: &str) -> Option<(&str, &str)> {
    if !line.ends_with("...]") {
        return None;
    }
    let start = line.rfind("[...")?;
    let (before, marker) = line.split_at(start);
    let before = before.trim_end();
    (!before.is_empty() && is_gap_marker(marker)).then_some((before, marker))
}

/// Takes a printed paragraph number (`1.`, `a.`, `(a)`, `(iv)`) off the front of a paragraph.
pub(crate) fn split_number(text: &str) -> (Option<String>, &str) {
    let Some((first, rest)) = text.split_once(' ') else {
        return (None, text);
    };
    let rest = rest.trim_start();
    if rest.is_empty() || !is_paragraph_number(first) {
        return (None, text);
    }
    (Some(first.to_owned()), rest)
}

fn is_paragraph_number(token: &str) -> bool {
    if let Some(n) = token.strip_suffix('.') {
        return is_arabic(n) || is_lower_letter_or_roman(n);
    }
    if let Some(n) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        return is_arabic(n) || is_lower_letter_or_roman(n);
    }
    false
}

fn is_arabic(s: &str) -> bool {
    (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_lower_letter_or_roman(s: &str) -> bool {
    let lower = !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase());
    lower && (s.len() == 1 || crate::numbering::roman_value(s).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::blocks::blocks;

    #[test]
    fn printed_numbers_are_taken_off() {
        assert_eq!(
            split_number("1. To maintain"),
            (Some("1.".into()), "To maintain")
        );
        assert_eq!(
            split_number("a. to further"),
            (Some("a.".into()), "to further")
        );
        assert_eq!(
            split_number("(ii) on the forces"),
            (Some("(ii)".into()), "on the forces")
        );
        assert_eq!(split_number("(a) x"), (Some("(a)".into()), "x"));
        assert_eq!(split_number("e.g. this"), (None, "e.g. this"));
        assert_eq!(split_number("The Parties."), (None, "The Parties."));
        assert_eq!(split_number("(abc) x"), (None, "(abc) x"));
        assert_eq!(split_number("1."), (None, "1."));
    }

    #[test]
    fn gap_markers_split_blocks() {
        let b = blocks("one\n[...]\ntwo\nthree [... rest missing ...]", 1);
        let p = paragraphs(&b[0]);
        let texts: Vec<(&str, bool)> = p.iter().map(|p| (p.text.as_str(), p.gap)).collect();
        assert_eq!(
            texts,
            [
                ("one", false),
                ("[...]", true),
                ("two three", false),
                ("[... rest missing ...]", true)
            ]
        );
    }

    #[test]
    fn markers_are_recognised_only_whole() {
        assert!(is_gap_marker("[...]"));
        assert!(is_gap_marker(" [... names missing ...] "));
        assert!(!is_gap_marker("[..]"));
        assert!(!is_gap_marker("[...] and more"));
        assert_eq!(split_trailing_marker("[...]"), None);
        assert_eq!(split_trailing_marker("see [...] here"), None);
    }

    #[test]
    fn terminal_punctuation() {
        assert!(ends_like_a_sentence("done."));
        assert!(ends_like_a_sentence("said “so.”"));
        assert!(ends_like_a_sentence("as follows:"));
        assert!(!ends_like_a_sentence("without"));
        assert!(!ends_like_a_sentence("Korea,"));
    }
}
