//! French: how it writes article numbers in words. Ordinals are stems that take "ième"
//! ("quatrième"), but the first, which French also puts after the article word ("l'article
//! premier").

use super::{
    Algorithm, ArticleWords, Cues, DivisionWords, Language, NumberWords, ReferenceWords, Script,
};

pub(super) const LANGUAGE: Language = Language {
    code: "fr",
    english_name: "French",
    native_name: "Français",
    script: Script::Latin,
    stemmer: Some(Algorithm::French),
    stop_words: STOP_WORDS,
    abbreviations: &["mm", "mme", "mmes", "art", "arts", "cf", "etc"],
    common_words: &["le", "la", "les", "et", "des", "est", "une"],
    article: &ARTICLE,
    divisions: &DivisionWords::NONE,
    cues: &Cues::NONE,
    references: &REFERENCES,
    numbers: Some(&NUMBERS),
};

/// Function words: they carry no content, so they never align on their own.
const STOP_WORDS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "et", "ou", "à",
    "en", "dans", "par", "pour", "sur", "avec", "sans", "sous", "entre", "que", "qu", "qui",
    "quoi", "dont", "où", "ce", "cet", "cette", "ces", "se", "s", "son", "sa", "ses", "leur",
    "leurs", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "lui", "y", "ne", "n",
    "pas", "plus", "est", "sont", "être", "été", "était", "a", "ont", "avoir", "aussi", "ainsi",
    "comme", "si",
];

/// The words its references are read with.
const REFERENCES: ReferenceWords = ReferenceWords {
    paragraph: &[],
    paragraph_abbreviations: &[],
    connectors: &["de", "du"],
    determiners: &["la", "le", "les"],
    possessive_determiners: &[],
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
};

pub(super) const NUMBERS: NumberWords = NumberWords {
    language: "fr",
    units: &[
        "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ],
    tens: &[
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante-dix",
        "quatre-vingt",
        "quatre-vingt-dix",
    ],
    ordinal_units: &[
        "premi", "deux", "trois", "quatr", "cinqu", "six", "sept", "huit", "neuv", "dix", "onz",
        "douz", "treiz", "quatorz", "quinz", "seiz", "dix-sept", "dix-huit", "dix-neuv",
    ],
    ordinal_tens: &[
        "vingt",
        "trent",
        "quarant",
        "cinquant",
        "soixant",
        "soixante-dix",
        "quatre-vingt",
        "quatre-vingt-dix",
    ],
    ordinal_endings: &["ième", "er", "ère"],
    compound_joiner: None,
    ordinal_after_article: true,
};

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["article", "art"],
    singular: &["article"],
    plural: &["articles"],
    abbreviations: &["art"],
};
