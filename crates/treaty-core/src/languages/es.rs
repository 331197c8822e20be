//! Spanish: the words that open an article heading in a treaty file (its references and numbers
//! in words are not read yet).

use super::{Algorithm, ArticleWords, Cues, DivisionWords, Language, ReferenceWords, Script};

pub(super) const LANGUAGE: Language = Language {
    code: "es",
    english_name: "Spanish",
    native_name: "Español",
    script: Script::Latin,
    stemmer: Some(Algorithm::Spanish),
    stop_words: STOP_WORDS,
    abbreviations: &["sr", "sra", "art", "arts", "núm"],
    common_words: &["los", "las", "del", "por", "para", "y", "una"],
    article: &ARTICLE,
    divisions: &DivisionWords {
        preamble: &["preámbulo"],
        chapter: &[],
        divisions: &["sección", "capítulo", "título"],
        annex: &["anexo"],
        schedule: &[],
        repealed: &["(derogado)"],
    },
    cues: &Cues::NONE,
    references: &ReferenceWords::NONE,
    numbers: None,
};

/// Function words: they carry no content, so they never align on their own.
const STOP_WORDS: &[&str] = &[
    "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "a", "en",
    "por", "para", "con", "sin", "sobre", "entre", "y", "e", "o", "u", "que", "quien", "cual",
    "se", "su", "sus", "es", "son", "fue", "ser", "está", "están", "ha", "han", "no", "ni", "como",
    "más",
];

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["artículo", "articulo"],
    singular: &[],
    plural: &[],
    abbreviations: &[],
    first: &[],
    joiners: &["y"],
};
