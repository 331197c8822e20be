//! Splits a text into runs of plain text and recognised mentions, the shape a renderer needs:
//! it can emit each run as a text node or a link without ever slicing strings itself.

use crate::refs::Mention;

/// A run of text, plain or covered by one mention, and the marks that cover it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub mention: Option<&'a Mention>,
    /// Ids of the [`Mark`]s covering this run, in the order the marks were given.
    pub marks: Vec<usize>,
}

/// A highlighted range laid over the text (a quoted passage, a search hit), independent of
/// mentions: marks may overlap each other and cross mention boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// UTF-8 byte range.
    pub start: usize,
    pub end: usize,
    /// The caller's id for the mark, reported back in [`Segment::marks`].
    pub id: usize,
}

/// Cuts `text` at the boundaries of mentions and marks. Mentions must be sorted by start; any
/// mention that overlaps an earlier one, and any mention or mark that falls outside the text or
/// off a character boundary, is ignored, so faulty input can never make the renderer panic.
/// A mention crossed by a mark boundary comes out as consecutive segments with that mention.
pub fn segments<'a>(text: &'a str, mentions: &'a [Mention], marks: &[Mark]) -> Vec<Segment<'a>> {
    let in_text = |start: usize, end: usize| {
        start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    let mut valid_mentions: Vec<&Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        let after_previous = valid_mentions.last().is_none_or(|p| m.start >= p.end);
        if after_previous && in_text(m.start, m.end) {
            valid_mentions.push(m);
        }
    }
    let valid_marks: Vec<&Mark> = marks.iter().filter(|m| in_text(m.start, m.end)).collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    cuts.extend(valid_mentions.iter().flat_map(|m| [m.start, m.end]));
    cuts.extend(valid_marks.iter().flat_map(|m| [m.start, m.end]));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Segment<'a>> = Vec::with_capacity(cuts.len());
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let mention = valid_mentions
            .iter()
            .find(|m| m.start <= a && b <= m.end)
            .copied();
        let covering: Vec<usize> = valid_marks
            .iter()
            .filter(|m| m.start <= a && b <= m.end)
            .map(|m| m.id)
            .collect();
        out.push(Segment {
            text: &text[a..b],
            mention,
            marks: covering,
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
        let segs = segments(text, &mentions, &[]);
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
        let segs = segments(
            text,
            &mentions,
            &[Mark {
                start: 1,
                end: 4,
                id: 0,
            }],
        );
        let joined: String = segs.iter().map(|s| s.text).collect();
        assert_eq!(joined, text);
        assert!(segs
            .iter()
            .all(|s| s.mention.is_none() && s.marks.is_empty()));
    }

    #[test]
    fn marks_cut_across_mentions_and_overlap_each_other() {
        let text = "see Article 4 and DPRK";
        let mentions = [term(4, 13)];
        let marks = [
            Mark {
                start: 0,
                end: 8,
                id: 7,
            },
            Mark {
                start: 6,
                end: 22,
                id: 9,
            },
        ];
        let segs = segments(text, &mentions, &marks);
        let joined: String = segs.iter().map(|s| s.text).collect();
        assert_eq!(joined, text);
        let view: Vec<(&str, bool, Vec<usize>)> = segs
            .iter()
            .map(|s| (s.text, s.mention.is_some(), s.marks.clone()))
            .collect();
        assert_eq!(
            view,
            vec![
                ("see ", false, vec![7]),
                ("Ar", true, vec![7]),
                ("ti", true, vec![7, 9]),
                ("cle 4", true, vec![9]),
                (" and DPRK", false, vec![9]),
            ]
        );
    }
}
