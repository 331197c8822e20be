//! The words reference recognition is built from, in every language of the layer: how a text
//! names paragraphs, joins an article to its instrument ("of", "der", "de"), marks the present
//! instrument ("this", "настоящего", "présent") and names instruments ("treaty", "Устав",
//! "Charte"). The grammar that reads them is `refs`; supporting another phrasing ("Absatzes",
//! "частью", "alinéa") is a change to a list, not to the rules. Every list holds folded words:
//! lower case, "ё" as "е".

use super::LANGUAGES;

/// A language's words for references.
pub struct ReferenceWords {
    /// Words that introduce a paragraph number ("paragraph", "пункта", "Absatz").
    pub paragraph: &'static [&'static str],
    /// Abbreviations of them that need their dot ("para.", "п.", "Abs.").
    pub paragraph_abbreviations: &'static [&'static str],
    /// Words joining an article number to the instrument it belongs to ("of", "der", "de").
    pub connectors: &'static [&'static str],
    /// Articles before an instrument noun ("the", "der", "la").
    pub determiners: &'static [&'static str],
    /// Determiners that may stand before a possessor's article ("the", "its").
    pub possessive_determiners: &'static [&'static str],
    /// Pronouns by which an instrument named before owns an article ("its", "seinem", "son",
    /// "своей").
    pub possessive_pronouns: &'static [&'static str],
    /// Words that make an instrument noun the present instrument ("this", "настоящего").
    pub self_markers: &'static [&'static str],
    /// Modifiers that leave an instrument noun the document a news text is about ("new",
    /// "signed", "подписанного").
    pub neutral: &'static [&'static str],
    /// Words that end the search for an instrument after an article (verbs, relatives).
    pub stops: &'static [&'static str],
    /// Words that continue a list or a range of article numbers ("and", "to", "bis", "и").
    pub list_words: &'static [&'static str],
    /// Month names, so that "4 April" is a date, not an article.
    pub months: &'static [&'static str],
    /// Weekday names, likewise.
    pub weekdays: &'static [&'static str],
    /// Words for "year" after a year ("1961 года").
    pub year_words: &'static [&'static str],
    /// Prepositions that qualify an instrument noun ("between", "über", "между").
    pub qualifying_prepositions: &'static [&'static str],
    /// Prepositions before a year that dates an instrument ("of 1961", "von 1961").
    pub year_prepositions: &'static [&'static str],
    /// Endings of genitive modifiers before an instrument noun ("советского договора").
    pub genitive_endings: &'static [&'static str],
    /// Generic instrument nouns: bare, they mean the document a news text is about.
    pub generic_nouns: &'static [&'static str],
    /// Nouns naming particular kinds of instrument ("Charter", "Protocol", "Устав").
    pub specific_nouns: &'static [&'static str],
    /// Heads of compounds that name an instrument ("Partnerschaftsvertrags").
    pub compound_heads: &'static [&'static str],
    /// Inflectional endings a name's words are compared without ("Устава" as "Устав",
    /// "Vertrags" as "Vertrag"): removed from any word in the language's script.
    pub name_endings: &'static [&'static str],
}

impl ReferenceWords {
    /// A language whose references are not read.
    pub const NONE: ReferenceWords = ReferenceWords {
        paragraph: &[],
        paragraph_abbreviations: &[],
        connectors: &[],
        determiners: &[],
        possessive_determiners: &[],
        possessive_pronouns: &[],
        self_markers: &[],
        neutral: &[],
        stops: &[],
        list_words: &[],
        months: &[],
        weekdays: &[],
        year_words: &[],
        qualifying_prepositions: &[],
        year_prepositions: &[],
        genitive_endings: &[],
        generic_nouns: &[],
        specific_nouns: &[],
        compound_heads: &[],
        name_endings: &[],
    };
}

/// Whether `lower` is, in any language, one of the words `list` picks.
pub fn is_reference_word(lower: &str, list: impl Fn(&ReferenceWords) -> &[&str]) -> bool {
    LANGUAGES
        .iter()
        .any(|l| list(l.references).contains(&lower))
}

/// Every language's words of the list `list` picks.
pub fn reference_words(
    list: impl Fn(&'static ReferenceWords) -> &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    LANGUAGES
        .iter()
        .flat_map(move |l| list(l.references))
        .copied()
}
