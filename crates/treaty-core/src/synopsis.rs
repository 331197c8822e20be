//! The synoptic view of one article: every rendering of it (the texts we hold and what sources
//! quote) compared with one base text, so a reader sees where the renderings agree and where
//! they differ, which is how Article 4 of the Russia–DPRK treaty can be read at all without
//! its official text.

use crate::attribution::compare::word_diff;
use crate::attribution::{Change, DiffPart};

/// A word of the base text and how many renderings contain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportedWord {
    /// The word as written, with the whitespace that follows it.
    pub text: String,
    /// How many renderings contain the word (compared case-insensitively); `None` for words
    /// too common to count (articles, prepositions) and for punctuation.
    pub support: Option<usize>,
}

/// The comparison of every rendering with the base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synopsis {
    pub base: Vec<SupportedWord>,
    /// One word diff per rendering, in the order given: `Same` = agrees with the base,
    /// `Added` = the rendering's own words, `Missing` = base words it lacks.
    pub renderings: Vec<Vec<DiffPart>>,
}

/// Words not worth counting as agreement, in the three languages of the corpus.
const COMMON: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "its", "it",
    "is", "be", "as", "that", "this", "any", "from", "и", "в", "на", "с", "по", "к", "о", "или",
    "der", "die", "das", "und", "oder", "zu", "in", "im", "von", "mit", "den", "dem", "des", "ein",
    "eine", "einer",
];

fn key(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Compares every rendering with `base`.
pub fn synopsis(base: &str, renderings: &[&str]) -> Synopsis {
    let rendering_words: Vec<std::collections::HashSet<String>> = renderings
        .iter()
        .map(|r| {
            r.split_whitespace()
                .map(key)
                .filter(|k| !k.is_empty())
                .collect()
        })
        .collect();
    let mut words = Vec::new();
    let mut rest = base;
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let space_end = rest[word_end..]
            .find(|c: char| !c.is_whitespace())
            .map_or(rest.len(), |i| word_end + i);
        let k = key(&rest[..word_end]);
        let support = (!k.is_empty() && !COMMON.contains(&k.as_str())).then(|| {
            rendering_words
                .iter()
                .filter(|set| set.contains(&k))
                .count()
        });
        words.push(SupportedWord {
            text: rest[..space_end].to_owned(),
            support,
        });
        rest = &rest[space_end..];
    }
    Synopsis {
        base: words,
        renderings: renderings.iter().map(|r| word_diff(r, base)).collect(),
    }
}

impl Synopsis {
    /// Share of a rendering's words that agree with the base (0..1), for ordering and labels.
    pub fn agreement(&self, rendering: usize) -> f32 {
        let Some(parts) = self.renderings.get(rendering) else {
            return 0.0;
        };
        let count = |change: Change| -> usize {
            parts
                .iter()
                .filter(|p| p.change == change)
                .map(|p| p.text.split_whitespace().count())
                .sum()
        };
        let (same, added) = (count(Change::Same), count(Change::Added));
        if same + added == 0 {
            0.0
        } else {
            same as f32 / (same + added) as f32
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_words_count_the_renderings_that_share_them() {
        let s = synopsis(
            "the other side shall provide military assistance",
            &[
                "provide military and other assistance",
                "render military aid",
            ],
        );
        let support: Vec<(&str, Option<usize>)> =
            s.base.iter().map(|w| (w.text.trim(), w.support)).collect();
        assert_eq!(
            support,
            vec![
                ("the", None),
                ("other", Some(1)),
                ("side", Some(0)),
                ("shall", Some(0)),
                ("provide", Some(1)),
                ("military", Some(2)),
                ("assistance", Some(1)),
            ]
        );
        let joined: String = s.base.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(joined, "the other side shall provide military assistance");
        assert_eq!(s.renderings.len(), 2);
        assert!(s.agreement(0) > s.agreement(1));
    }

    #[test]
    fn empty_inputs_give_empty_synopses() {
        let s = synopsis("", &[]);
        assert!(s.base.is_empty() && s.renderings.is_empty());
        assert_eq!(s.agreement(3), 0.0);
    }
}
