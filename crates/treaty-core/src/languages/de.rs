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

use super::force::{ForceWords, Strength};

/// Its words of legal force.
pub(super) const FORCE: ForceWords = ForceWords {
    language: "de",
    modals: &[
        ("verpflichtet", Strength::Obligation),
        ("verpflichten", Strength::Obligation),
        ("muss", Strength::Obligation),
        ("müssen", Strength::Obligation),
        ("soll", Strength::Obligation),
        ("sollen", Strength::Obligation),
        ("wird", Strength::Future),
        ("werden", Strength::Future),
        ("sollte", Strength::Recommendation),
        ("sollten", Strength::Recommendation),
        ("kann", Strength::Permission),
        ("können", Strength::Permission),
        ("darf", Strength::Permission),
        ("dürfen", Strength::Permission),
    ],
    urgency: &[
        "unverzüglich",
        "unverzügliche",
        "unverzüglichen",
        "sofort",
        "sofortige",
        "sofortigen",
        "sofortiger",
        "umgehend",
        "ohne verzug",
    ],
    negation: &[
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
        "weder", "nichts",
    ],
    scope: &[
        "alle",
        "allen",
        "aller",
        "alles",
        "sämtliche",
        "sämtlichen",
        "jede",
        "jeder",
        "jedes",
        "jeden",
        "jedem",
    ],
    condition: &[
        "falls",
        "wenn",
        "sofern",
        "im falle",
        "auf ersuchen",
        "auf antrag",
    ],
};
