//! Splits a text into runs of plain text and recognised mentions, the shape a renderer needs:
//! it can emit each run as a text node or a link without ever slicing strings itself.

use crate::refs::Mention;

/// A run of text, plain or covered by one mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub mention: Option<&'a Mention>,
}

/// Cuts `text` at the mentions' boundaries. Mentions must be sorted by start; any mention that
/// overlaps an earlier one or falls outside the text or off a character boundary is skipped
/// (shown as plain text), so a faulty recogniser can never make the renderer panic.
pub fn segments<'a>(text: &'a str, mentions: &'a [Mention]) -> Vec<Segment<'a>> {
    let mut out = Vec::with_capacity(mentions.len() * 2 + 1);
    let mut at = 0;
    for m in mentions {
        let valid = m.start >= at
            && m.start < m.end
            && m.end <= text.len()
            && text.is_char_boundary(m.start)
            && text.is_char_boundary(m.end);
        if !valid {
            continue;
        }
        if m.start > at {
            out.push(Segment {
                text: &text[at..m.start],
                mention: None,
            });
        }
        out.push(Segment {
            text: &text[m.start..m.end],
            mention: Some(m),
        });
        at = m.end;
    }
    if at < text.len() {
        out.push(Segment {
            text: &text[at..],
            mention: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::Target;

    fn term(start: usize, end: usize) -> Mention {
        Mention {
            start,
            end,
            target: Target::Term { id: "t".into() },
        }
    }

    #[test]
    fn segments_concatenate_to_the_text() {
        let text = "see Article 4 and DPRK";
        let mentions = [term(4, 13), term(18, 22)];
        let segs = segments(text, &mentions);
        let joined: String = segs.iter().map(|s| s.text).collect();
        assert_eq!(joined, text);
        assert_eq!(segs.len(), 4);
        assert_eq!(segs[1].text, "Article 4");
        assert!(segs[1].mention.is_some());
    }

    #[test]
    fn overlapping_and_out_of_range_mentions_are_shown_as_text() {
        let text = "статья 4";
        let mentions = [term(0, 3), term(2, 100), term(4, 2)];
        let segs = segments(text, &mentions);
        let joined: String = segs.iter().map(|s| s.text).collect();
        assert_eq!(joined, text);
        assert!(segs.iter().all(|s| s.mention.is_none()));
    }
}
