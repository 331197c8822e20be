//! Whose words a statement is, read from the sentence around it: the treaty's (a reporting cue
//! such as "the treaty states", or an item of a list of provisions), a speaker's (an official
//! quoted by name), or not said.
//!
//! Attribution asks for more evidence the less the source presents a statement as treaty
//! content: an official's opinion may share every word with a provision ("a multipolar world
//! order based on justice") without being one.

use super::layout::Layout;
use super::sentences::Span;
use super::{Statement, StatementKind};
use crate::refs::Target;

/// How the source presents a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Voice {
    /// As what the treaty says.
    Treaty,
    /// As what a named person or body says.
    Speaker,
    /// Without saying.
    Unknown,
}

/// What the sentence around a statement says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Presentation {
    pub voice: Voice,
    /// The sentence cites an article of another treaty and none of this one.
    pub other_treaty: bool,
}

/// Reads how `layout`'s source presents `statement`.
pub(crate) fn presentation(layout: &Layout, statement: &Statement) -> Presentation {
    let span = Span {
        start: statement.start,
        end: statement.end,
    };
    let Some(p) = layout.paragraph_at(statement.start) else {
        return Presentation {
            voice: Voice::Unknown,
            other_treaty: false,
        };
    };
    let hosts = layout.hosts(p, span);
    let sentences = &layout.paragraphs[p].sentences;
    let context = match (hosts.first(), hosts.last()) {
        (Some(a), Some(b)) => Span {
            start: sentences[*a].start.min(span.start),
            end: sentences[*b].end.max(span.end),
        },
        _ => span,
    };
    let listed = layout.paragraphs[p].item.is_some();
    // A quotation's own words do not make it the treaty's ("… this is when the treaty will
    // take effect," Zakharova added): only the words around it do.
    let cued = match statement.kind {
        StatementKind::DirectQuote => [
            Span {
                start: context.start,
                end: span.start,
            },
            Span {
                start: span.end,
                end: context.end,
            },
        ]
        .iter()
        .any(|around| layout.clause(*around).cue(false).is_some()),
        StatementKind::Reported => hosts
            .first()
            .is_some_and(|h| layout.sentence_cue(p, *h).is_some()),
    };
    let voice = if listed || cued {
        Voice::Treaty
    } else if statement.speaker.is_some() {
        Voice::Speaker
    } else {
        Voice::Unknown
    };
    let other_treaty = statement.named_articles.is_empty()
        && layout.mentions.iter().any(|m| {
            matches!(m.target, Target::OtherInstrument { .. })
                && context.start <= m.start
                && m.end <= context.end
        });
    Presentation {
        voice,
        other_treaty,
    }
}
