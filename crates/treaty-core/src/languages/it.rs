//! Italian: the words that open an article heading in a treaty file (its references and numbers
//! in words are not read yet).

use super::ArticleWords;

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["articolo"],
    singular: &[],
    plural: &[],
    abbreviations: &[],
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
