//! German: how it writes article numbers in words. Ordinals are stems that take the endings
//! of every gender and case ("der dritte Artikel", "im dritten Artikel"); compounds are one
//! word, the unit first ("einundzwanzigste").

use super::{ArticleWords, NumberWords};

pub(super) const NUMBERS: NumberWords = NumberWords {
    language: "de",
    units: &[
        "ein",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ],
    tens: &[
        "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
    ],
    ordinal_units: &[
        "erst",
        "zweit",
        "dritt",
        "viert",
        "fünft",
        "sechst",
        "siebt",
        "acht",
        "neunt",
        "zehnt",
        "elft",
        "zwölft",
        "dreizehnt",
        "vierzehnt",
        "fünfzehnt",
        "sechzehnt",
        "siebzehnt",
        "achtzehnt",
        "neunzehnt",
    ],
    ordinal_tens: &[
        "zwanzigst",
        "dreißigst",
        "vierzigst",
        "fünfzigst",
        "sechzigst",
        "siebzigst",
        "achtzigst",
        "neunzigst",
    ],
    ordinal_endings: &["e", "en", "er", "es", "em"],
    ordinal_after_article: false,
    compound_joiner: Some("und"),
};

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["artikel", "art"],
    singular: &[],
    plural: &["artikel", "artikels", "artikeln"],
    abbreviations: &["art"],
};
