//! French: how it writes article numbers in words. Ordinals are stems that take "ième"
//! ("quatrième"), but the first, which French also puts after the article word ("l'article
//! premier").

use super::{ArticleWords, NumberWords};

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

use super::force::{ForceWords, Strength};

/// Its words of legal force.
pub(super) const FORCE: ForceWords = ForceWords {
    language: "fr",
    modals: &[
        ("doit", Strength::Obligation),
        ("doivent", Strength::Obligation),
        ("s engage", Strength::Obligation),
        ("s engagent", Strength::Obligation),
        ("est tenu", Strength::Obligation),
        ("sont tenus", Strength::Obligation),
        ("devrait", Strength::Recommendation),
        ("devraient", Strength::Recommendation),
        ("peut", Strength::Permission),
        ("peuvent", Strength::Permission),
        ("pourra", Strength::Permission),
        ("pourront", Strength::Permission),
    ],
    urgency: &[
        "immédiatement",
        "sans délai",
        "sans retard",
        "sans tarder",
        "aussitôt",
    ],
    negation: &[
        "ne",
        "n",
        "pas",
        "jamais",
        "ni",
        "aucun",
        "aucune",
        "nullement",
    ],
    scope: &["tous", "toutes", "tout", "toute", "chaque"],
    condition: &[
        "si",
        "s il",
        "s ils",
        "en cas",
        "au cas",
        "à la demande",
        "sous réserve",
    ],
};
