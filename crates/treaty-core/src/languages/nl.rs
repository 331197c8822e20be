//! Dutch: the words that open an article heading in a treaty file (its references and numbers
//! in words are not read yet).

use super::{Algorithm, ArticleWords, Cues, DivisionWords, Language, ReferenceWords, Script};

pub(super) const LANGUAGE: Language = Language {
    code: "nl",
    english_name: "Dutch",
    native_name: "Nederlands",
    script: Script::Latin,
    stemmer: Some(Algorithm::Dutch),
    stop_words: STOP_WORDS,
    abbreviations: &["art", "dhr", "mevr", "nr", "bijv", "enz"],
    common_words: &["het", "een", "van", "niet", "zijn", "wordt", "voor"],
    article: &ARTICLE,
    divisions: &DivisionWords {
        preamble: &["preambule"],
        chapter: &[],
        divisions: &["deel", "titel", "hoofdstuk", "afdeling", "afdeeling"],
        annex: &["bijlage"],
        schedule: &["lijst"],
        repealed: &["(vervallen)", "vervallen."],
    },
    cues: &Cues::NONE,
    references: &ReferenceWords::NONE,
    numbers: None,
};

/// Function words (the usual Dutch stop list, with the old spellings of the 1907 translations:
/// "zoo", "eene", "den", "der"): they carry no content, so they never align on their own.
const STOP_WORDS: &[&str] = &[
    "de", "het", "een", "en", "of", "van", "in", "op", "te", "aan", "met", "voor", "door", "bij",
    "uit", "over", "tot", "als", "dat", "die", "dit", "deze", "is", "zijn", "was", "waren",
    "wordt", "worden", "werd", "niet", "geen", "ook", "er", "zij", "hij", "ze", "wij", "zich",
    "om", "ik", "je", "u", "me", "mij", "mijn", "ons", "onze", "uw", "hun", "haar", "hem", "men",
    "iets", "iemand", "niets", "alles", "maar", "dan", "zo", "zoo", "want", "dus", "toch", "nog",
    "al", "reeds", "nu", "toen", "daar", "hier", "hoe", "wie", "wat", "waar", "zal", "zullen",
    "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "mag", "mogen", "mocht",
    "wil", "willen", "heeft", "hebben", "had", "hadden", "heb", "ben", "wezen", "geweest", "den",
    "der", "des", "ten", "ter", "eene", "welke", "welk", "waarop", "waarin", "waarbij", "daarbij",
    "daarin", "daarvan", "hierbij", "na", "naar", "onder", "tegen", "zonder", "omdat", "doch",
    "nadat", "elk", "elke", "ieder", "iedere", "alle", "andere", "ander", "indien", "doen", "doet",
];

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["artikel"],
    singular: &[],
    plural: &[],
    abbreviations: &[],
    first: &[],
    joiners: &["en"],
};

/// What Dutch-language news sites' furniture is made of (see [`super::SiteFurniture`]).
pub(super) const SITE_FURNITURE: super::SiteFurniture = super::SiteFurniture {
    photo: &["foto", "beeld", "afbeelding"],
    notices: &[
        "gebruikt cookies",
        "maakt gebruik van cookies",
        "cookies accepteren",
        "alles accepteren",
        "privacybeleid",
        "alle rechten voorbehouden",
        "abonneer",
        "advertentie",
        "lees ook",
        "lees meer",
        "inloggen",
    ],
    buttons: &[
        "delen",
        "printen",
        "afdrukken",
        "kopiëren",
        "link",
        "reacties",
        "opslaan",
        "volgen",
    ],
    navigation: &[
        "home",
        "nieuws",
        "politiek",
        "economie",
        "buitenland",
        "binnenland",
        "sport",
        "cultuur",
        "opinie",
        "video",
        "menu",
        "zoeken",
        "contact",
    ],
    bylines: &["door"],
    mastheads: &["hoofdredacteur", "redacteur"],
    dates: &[
        "datum",
        "gepubliceerd",
        "bijgewerkt",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "om",
        "uur",
        "geleden",
    ],
};
