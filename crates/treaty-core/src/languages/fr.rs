//! French: how it writes article numbers in words. Ordinals are stems that take "ième"
//! ("quatrième"), but the first, which French also puts after the article word ("l'article
//! premier").

use super::{ArticleWords, Continuations, NumberWords};

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

pub(super) const CONTINUATIONS: Continuations = Continuations {
    openers: &[
        "en outre",
        "de plus",
        "par ailleurs",
        "en plus",
        "également",
        "aussi",
        "il prévoit aussi",
        "il prévoit également",
    ],
    pronouns: &["il", "elle"],
    back_references: &[
        "cet article",
        "le même article",
        "même article",
        "cette disposition",
        "la même disposition",
        "cette clause",
    ],
};
