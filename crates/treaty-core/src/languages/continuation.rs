//! How a language says that a sentence goes on about the provision the sentence before it
//! named: "It also says …", "The article further provides …", "Außerdem …", "Кроме того, …".
//! Reporters name an article once and then describe the rest of it without repeating the
//! number, so such a sentence inherits the article.

use super::{de, en, fr, ru};

/// A language's ways of continuing.
pub struct Continuations {
    /// Phrases that open a sentence adding to the one before, lower case ("in addition",
    /// "außerdem", "кроме того").
    pub openers: &'static [&'static str],
    /// Words that stand for the provision just named as a sentence's first word ("it", "она",
    /// "darin"); the sentence must present treaty content for it to count.
    pub pronouns: &'static [&'static str],
    /// Phrases naming the provision just named without its number, within a sentence's first
    /// words ("the article", "данная статья", "dieser Artikel", "cet article").
    pub back_references: &'static [&'static str],
}

/// Every language's ways of continuing; a source's words are read with all of them, since a
/// source's language tag is not always right and the phrases do not collide.
const CONTINUATIONS: &[&Continuations] = &[
    &en::CONTINUATIONS,
    &ru::CONTINUATIONS,
    &de::CONTINUATIONS,
    &fr::CONTINUATIONS,
];

/// How many of a sentence's first words may hold a back reference ("In the same article, …",
/// "В этой же статье также …").
const BACK_REFERENCE_REACH: usize = 5;

/// Whether a sentence whose lower-case words are `words` opens as a continuation of the
/// sentence before it.
pub fn opens_continuation(words: &[&str]) -> bool {
    let starts_with = |phrase: &str, at: usize| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        words.get(at..at + parts.len()) == Some(&parts[..])
    };
    CONTINUATIONS.iter().any(|c| {
        c.openers.iter().any(|o| starts_with(o, 0))
            || words.first().is_some_and(|w| c.pronouns.contains(w))
            || c.back_references.iter().any(|r| {
                (0..BACK_REFERENCE_REACH).any(|at| {
                    starts_with(r, at) && !is_number_word(words.get(at + r.split(' ').count()))
                })
            })
    })
}

/// "the article 4": a back reference followed by a number is a new reference, not a
/// continuation.
fn is_number_word(word: Option<&&str>) -> bool {
    word.is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::opens_continuation;

    fn opens(sentence: &str) -> bool {
        let lower = sentence.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        opens_continuation(&words)
    }

    #[test]
    fn continuations_in_each_language() {
        for s in [
            "It also says that the parties shall cooperate.",
            "In addition, the sides will cooperate at the UN.",
            "The article further provides for consultations.",
            "Außerdem verpflichten sich beide Seiten, zusammenzuarbeiten.",
            "Darin heißt es weiter, beide Seiten würden kooperieren.",
            "Dieser Artikel sieht auch Konsultationen vor.",
            "Кроме того, стороны обязуются сотрудничать.",
            "Также в статье говорится о сотрудничестве.",
            "В этой же статье говорится о консультациях.",
            "En outre, les parties coopèrent.",
            "Cet article prévoit aussi des consultations.",
        ] {
            assert!(opens(s), "{s}");
        }
    }

    #[test]
    fn new_references_and_other_openings_are_not_continuations() {
        for s in [
            "The article 5 says the parties shall not join alliances.",
            "Article 5 says the parties shall not join alliances.",
            "The sides pledged not to join alliances.",
            "Putin called the treaty a breakthrough.",
            "Стороны обязуются не вступать в союзы.",
            "Beide Seiten verpflichten sich, keine Bündnisse einzugehen.",
        ] {
            assert!(!opens(s), "{s}");
        }
    }
}
