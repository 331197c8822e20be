//! Bullet lists of provisions: "Here are some key points of the agreement:" followed by lines
//! opening with "–", "•" or "1.", each a provision in the reporter's words.

use super::cues::is_treaty_noun;
use super::sentences::Span;
use super::words::words_in;

/// For each paragraph, the text of its item (without the bullet mark) if it is an item of a
/// list introduced by a line about the treaty that ends with a colon.
pub(crate) fn items(body: &str, paragraphs: &[Span]) -> Vec<Option<Span>> {
    let marks: Vec<Option<Span>> = paragraphs.iter().map(|p| item_text(body, *p)).collect();
    let mut out = vec![None; paragraphs.len()];
    let mut i = 0;
    while i < paragraphs.len() {
        if marks[i].is_none() {
            i += 1;
            continue;
        }
        let run_end = (i..paragraphs.len())
            .find(|&j| marks[j].is_none())
            .unwrap_or(paragraphs.len());
        let introduced = i
            .checked_sub(1)
            .is_some_and(|lead| is_lead_in(body, paragraphs[lead]));
        if introduced {
            out[i..run_end].copy_from_slice(&marks[i..run_end]);
        }
        i = run_end;
    }
    out
}

/// The item text of a paragraph opening with a bullet or an enumeration mark.
fn item_text(body: &str, p: Span) -> Option<Span> {
    let text = body.get(p.start..p.end)?;
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let mark_end = if matches!(
        first,
        '–' | '—' | '-' | '•' | '*' | '·' | '▪' | '►' | '○' | '●' | '◦'
    ) {
        first.len_utf8()
    } else {
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        let letter = usize::from(digits == 0 && first.is_ascii_lowercase());
        let n = digits + letter;
        let closer = text[n..].chars().next();
        if n == 0 || n > 2 || !matches!(closer, Some('.' | ')')) {
            return None;
        }
        n + 1
    };
    let rest = &text[mark_end..];
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let start = p.start + mark_end + (rest.len() - rest.trim_start().len());
    (start < p.end).then_some(Span { start, end: p.end })
}

/// A line ending with a colon that names the treaty or its points.
fn is_lead_in(body: &str, p: Span) -> bool {
    let Some(text) = body.get(p.start..p.end) else {
        return false;
    };
    text.trim_end().ends_with(':')
        && words_in(body, p.start, p.end).iter().any(|w| {
            is_treaty_noun(&w.lower)
                || matches!(
                    w.lower.as_str(),
                    "points"
                        | "highlights"
                        | "provisions"
                        | "пункты"
                        | "положения"
                        | "punkte"
                        | "eckpunkte"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::sentences::paragraphs;

    #[test]
    fn items_under_a_lead_in_about_the_treaty() {
        let body = "Intro.\nHere are key points of the agreement:\n\n– Develop a partnership.\n\n– Aim for stability.\nAfter.";
        let ps = paragraphs(body);
        let found: Vec<&str> = items(body, &ps)
            .into_iter()
            .flatten()
            .map(|s| &body[s.start..s.end])
            .collect();
        assert_eq!(found, ["Develop a partnership.", "Aim for stability."]);
    }

    #[test]
    fn lists_without_a_lead_in_are_not_provisions() {
        let body = "Photos:\n- one\n- two\nMenu\n1. Home";
        let ps = paragraphs(body);
        assert!(items(body, &ps).iter().all(Option::is_none));
    }
}
