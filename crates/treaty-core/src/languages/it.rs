//! Italian: the words that open an article heading in a treaty file (its references and numbers
//! in words are not read yet).

use super::{Algorithm, ArticleWords, Cues, DivisionWords, Language, ReferenceWords, Script};

pub(super) const LANGUAGE: Language = Language {
    code: "it",
    english_name: "Italian",
    native_name: "Italiano",
    script: Script::Latin,
    stemmer: Some(Algorithm::Italian),
    stop_words: STOP_WORDS,
    abbreviations: &["sig", "art", "artt"],
    common_words: &["il", "della", "delle", "degli", "che", "per", "sono"],
    article: &ARTICLE,
    divisions: &DivisionWords {
        preamble: &["preambolo"],
        chapter: &[],
        divisions: &["sezione", "capo", "titolo"],
        annex: &["allegato"],
        schedule: &[],
        repealed: &["(abrogato)"],
    },
    cues: &Cues::NONE,
    references: &ReferenceWords::NONE,
    numbers: None,
};

/// Function words: they carry no content, so they never align on their own.
const STOP_WORDS: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "del", "della", "dei", "degli",
    "delle", "a", "al", "alla", "ai", "agli", "alle", "da", "dal", "dalla", "in", "nel", "nella",
    "su", "sul", "sulla", "con", "per", "tra", "fra", "e", "o", "che", "chi", "cui", "si", "suo",
    "sua", "suoi", "sue", "è", "sono", "era", "essere", "ha", "hanno", "non", "come", "più",
];

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["articolo"],
    singular: &[],
    plural: &[],
    abbreviations: &[],
    first: &[],
    joiners: &["e"],
};

/// What Italian-language news sites' furniture is made of (see [`super::SiteFurniture`]).
pub(super) const SITE_FURNITURE: super::SiteFurniture = super::SiteFurniture {
    photo: &["foto", "immagine", "credito"],
    notices: &[
        "utilizza cookie",
        "utilizziamo cookie",
        "accetta i cookie",
        "informativa sulla privacy",
        "tutti i diritti riservati",
        "iscriviti",
        "pubblicità",
        "leggi anche",
        "leggi di più",
        "accedi",
    ],
    buttons: &[
        "condividi",
        "stampa",
        "copia",
        "link",
        "commenti",
        "salva",
        "segui",
    ],
    navigation: &[
        "home", "notizie", "politica", "economia", "mondo", "esteri", "sport", "cultura",
        "società", "opinioni", "video", "menu", "cerca", "contatti",
    ],
    bylines: &["di"],
    mastheads: &["direttore", "direttrice", "caporedattore"],
    dates: &[
        "data",
        "pubblicato",
        "aggiornato",
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "ore",
        "fa",
    ],
};
