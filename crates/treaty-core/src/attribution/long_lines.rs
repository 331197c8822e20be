//! Paragraphs of a sane size from a body whose lines may not be. A page pasted as one line (a
//! megabyte, tens of thousands of sentences) is not one paragraph: read as one, every quotation
//! and cue in it would be a neighbour of every other, and the reader's page would show it as a
//! single block. Such a line is cut into pieces of whole sentences before anything is read
//! from it; the body itself is never changed.

use super::sentences::{sentences, trim, Span};

/// The longest line kept as one paragraph, in bytes. The longest paragraph of the corpus's and
/// the test sets' news sources is 1,858 characters (under 4 KB even in Cyrillic), so no real
/// paragraph is cut; a longer line is several run together.
pub const MAX_PARAGRAPH_BYTES: usize = 8 * 1024;

/// What the pieces of a long line aim at: about a news paragraph's size, in whole sentences.
const PIECE_BYTES: usize = 1024;

/// The sentence splitter holds a paragraph's characters (16 bytes each): a 20 MB line is read
/// a window of this size at a time, so that memory stays small.
const WINDOW_BYTES: usize = 64 * 1024;

/// `line` (a trimmed, non-empty span of `body`) as paragraphs: itself if it is no longer than
/// [`MAX_PARAGRAPH_BYTES`], else pieces of whole sentences of about [`PIECE_BYTES`] (a sentence
/// longer than the maximum is cut at white space), in order, trimmed, covering the line with
/// nothing but white space between them.
pub(crate) fn split_long_line(body: &str, line: Span) -> Vec<Span> {
    if line.end - line.start <= MAX_PARAGRAPH_BYTES {
        return vec![line];
    }
    let mut out = Vec::new();
    for window in cut(body, line, WINDOW_BYTES) {
        let mut piece: Option<Span> = None;
        for sentence in sentences(body, window) {
            for part in cut(body, sentence, MAX_PARAGRAPH_BYTES) {
                piece = match piece {
                    Some(p) if part.end - p.start <= PIECE_BYTES => Some(Span {
                        start: p.start,
                        end: part.end,
                    }),
                    Some(p) => {
                        out.push(p);
                        Some(part)
                    }
                    None => Some(part),
                };
            }
        }
        out.extend(piece);
    }
    out
}

/// `span` in consecutive trimmed parts of at most `max` bytes, each ending in its second half
/// after what looks like a sentence's end if there is one, else at white space, else at a
/// character boundary.
fn cut(body: &str, span: Span, max: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    while span.end - start > max {
        let mut limit = start + max;
        while !body.is_char_boundary(limit) {
            limit -= 1;
        }
        let text = &body[start..limit];
        let sentence_end = ["! ", "? ", ". "]
            .iter()
            .filter_map(|end| text.rfind(end).map(|at| at + 1))
            .max();
        let end = match sentence_end
            .filter(|at| *at >= max / 2)
            .or_else(|| text.rfind(char::is_whitespace))
        {
            Some(at) if at >= max / 2 => start + at,
            _ => limit,
        };
        out.push(trim(body, Span { start, end }));
        start = end;
    }
    out.push(trim(
        body,
        Span {
            start,
            end: span.end,
        },
    ));
    out.retain(|s| s.start < s.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(body: &str) -> Vec<&str> {
        let line = trim(
            body,
            Span {
                start: 0,
                end: body.len(),
            },
        );
        split_long_line(body, line)
            .into_iter()
            .map(|s| &body[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_line_of_normal_length_stays_whole() {
        let body = "One sentence. Another one.";
        assert_eq!(pieces(body), [body]);
    }

    #[test]
    fn a_long_line_is_cut_between_sentences() {
        let body = "The treaty was signed in June. ".repeat(1000);
        let found = pieces(&body);
        assert!(found.len() > 10);
        for piece in &found {
            assert!(piece.len() <= PIECE_BYTES, "{}", piece.len());
            assert!(piece.starts_with("The treaty") && piece.ends_with("June."));
        }
        assert_eq!(found.concat().len() + found.len() - 1, body.trim().len());
    }

    #[test]
    fn a_line_without_sentences_or_spaces_is_cut_at_characters() {
        let body = "ж".repeat(20_000);
        let found = pieces(&body);
        assert!(found.iter().all(|p| p.len() <= MAX_PARAGRAPH_BYTES));
        assert_eq!(found.concat(), body);
    }
}
