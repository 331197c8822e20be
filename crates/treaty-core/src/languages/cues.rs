//! The words with which news and documents report speech, in every language of the layer:
//! attribution's rules (`attribution::cues`, `attribution::speaker`) read them here.

use super::LANGUAGES;

/// A list of words and how a word is matched against it: whole, by a stem it begins with
/// (Russian inflects the end: "договор", "договора", "договором"), or by an ending (German
/// compounds end in their head: "Freundschaftsvertrag").
#[derive(Debug, Clone, Copy)]
pub enum Words {
    Whole(&'static [&'static str]),
    Prefixes(&'static [&'static str]),
    Suffixes(&'static [&'static str]),
}

impl Words {
    /// Whether `lower` is one of these words.
    pub fn matches(&self, lower: &str) -> bool {
        match self {
            Words::Whole(words) => words.contains(&lower),
            Words::Prefixes(stems) => stems.iter().any(|s| lower.starts_with(s)),
            Words::Suffixes(ends) => ends.iter().any(|e| lower.ends_with(e)),
        }
    }
}

/// How a language reports what a treaty or a person says.
pub struct Cues {
    /// Words naming a treaty or a part of it ("treaty", "статья", "Vertrag").
    pub treaty_nouns: Words,
    /// Verbs with which a document says or provides something ("stipulates", "гласит").
    pub content_verbs: Words,
    /// Verbs of commitment: the parties vow, pledge, agree, undertake.
    pub commitment_verbs: Words,
    /// Modal and future forms with which obligations are restated ("will", "окажет").
    pub modal_verbs: Words,
    /// Verbs that attribute words to a speaker ("said", "заявил", "sagte").
    pub speech_verbs: Words,
    /// Words before a party noun that make it the parties ("both", "обе", "beide").
    pub party_determiners: Words,
    /// Nouns for the parties ("sides", "стороны", "Staaten").
    pub party_nouns: Words,
    /// Pronouns that refer back to a speaker named earlier ("he", "она", "sie").
    pub pronouns: Words,
    /// Words that open the circumstances of speaking after a speaker's name ("at", "на").
    pub circumstances: Words,
    /// Relative pronouns: a clause they open describes the word before it ("which").
    pub relatives: Words,
    /// Prepositions that make a treaty noun after them the source of what follows ("under", "согласно", "gemäß").
    pub source_prepositions: Words,
    /// Prepositions that place words in a treaty or article ("in", "в"; German "in" is English's).
    pub location_prepositions: Words,
    /// Words that open a condition ("if", "если", "falls").
    pub conditionals: Words,
    /// Words between a subject and its verb that add to what was said ("also", "также").
    pub additives: Words,
    /// Pronouns that may stand for the treaty as a subject ("it", "он", "er").
    pub document_pronouns: Words,
    /// The word joining two names ("and", "и", "und").
    pub conjunctions: Words,
    /// Words that name the parties by themselves ("стороны", "Vertragsparteien").
    pub party_names: Words,
    /// Words for a numbered point of a treaty, which news uses for articles ("clause 4", "пункт 4").
    pub point_words: Words,
    /// Words for the preamble ("preamble", "преамбула", "Präambel").
    pub preamble_words: Words,
    /// Words after "preamble" that join it to an instrument ("of", "к", "der").
    pub preamble_links: Words,
    /// Verbs with which a treaty enters into force ("enters", "вступит", "tritt", "entre").
    pub entry_verbs: Words,
    /// The noun of "into force" ("force", "силу", "Kraft", "vigueur"), near an entry verb.
    pub force_nouns: Words,
    /// Words with which a treaty ends or stops applying ("invalid", "terminates", "утрачивает",
    /// "außer"): a treaty's final clauses, reported as what happens to it.
    pub ending_words: Words,
}

impl Cues {
    /// A language whose reporting words are not read.
    pub const NONE: Cues = Cues {
        treaty_nouns: Words::Whole(&[]),
        content_verbs: Words::Whole(&[]),
        commitment_verbs: Words::Whole(&[]),
        modal_verbs: Words::Whole(&[]),
        speech_verbs: Words::Whole(&[]),
        party_determiners: Words::Whole(&[]),
        party_nouns: Words::Whole(&[]),
        pronouns: Words::Whole(&[]),
        circumstances: Words::Whole(&[]),
        relatives: Words::Whole(&[]),
        source_prepositions: Words::Whole(&[]),
        location_prepositions: Words::Whole(&[]),
        conditionals: Words::Whole(&[]),
        additives: Words::Whole(&[]),
        document_pronouns: Words::Whole(&[]),
        conjunctions: Words::Whole(&[]),
        party_names: Words::Whole(&[]),
        point_words: Words::Whole(&[]),
        preamble_words: Words::Whole(&[]),
        preamble_links: Words::Whole(&[]),
        entry_verbs: Words::Whole(&[]),
        force_nouns: Words::Whole(&[]),
        ending_words: Words::Whole(&[]),
    };
}

/// Whether `lower` is, in any language, one of the words `list` picks from its cues.
pub fn is_cue(lower: &str, list: impl Fn(&Cues) -> &Words) -> bool {
    LANGUAGES.iter().any(|l| list(l.cues).matches(lower))
}
