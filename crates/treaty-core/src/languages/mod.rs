//! Languages as a reader sees them: their names, and which of a provision's texts a reader's
//! choice of language shows. A file may hold a treaty and its translation, so a provision can
//! have one text per language; the reader reads one of them, or all side by side.

mod articles;
mod clauses;
mod continuation;
mod cues;
mod de;
mod en;
mod es;
mod force;
mod fr;
mod furniture;
mod it;
mod lexicon;
mod nl;
mod numbers;
mod pt;
mod references;
mod ru;

pub use articles::{
    article_word, article_words_of, division_words, is_chapter_word, is_heading_word,
    is_preamble_word, ArticleWord, ArticleWords, DivisionWords,
};
pub use clauses::clause_kinds;
pub use continuation::{opens_continuation, Continuations};
pub use cues::{is_cue, Cues, Words};
pub use furniture::{SiteFurniture, SITE_FURNITURE};
pub use lexicon::{concepts as lexicon, Concept};

pub use numbers::{ordinal_after_article, ordinal_pair, ordinal_word};
pub use references::{is_reference_word, reference_words, ReferenceWords};

pub use force::{ForceWords, Strength};

/// Every language's words of legal force, English first.
pub const FORCE_WORDS: &[ForceWords] = &[en::FORCE, ru::FORCE, de::FORCE, fr::FORCE];

/// The words of legal force of the language tagged `tag` ("de-CH" reads as "de"); English for a
/// language the layer does not list, as the comparison reads its words.
pub fn force_words(tag: &str) -> &'static ForceWords {
    let primary = tag.split(['-', '_']).next().unwrap_or(tag);
    FORCE_WORDS
        .iter()
        .find(|f| f.language.eq_ignore_ascii_case(primary))
        .unwrap_or(&FORCE_WORDS[0])
}

/// How a language writes numbers in words, for articles named so ("Article six", "the fifth
/// article", "пятая статья", "der dritte Artikel"). A language adds its own in its module.
pub struct NumberWords {
    /// BCP 47 tag.
    pub language: &'static str,
    /// Cardinals one to nineteen.
    pub units: &'static [&'static str],
    /// Cardinals twenty to ninety.
    pub tens: &'static [&'static str],
    /// Ordinals first to nineteenth: whole words, or stems that take `ordinal_endings`.
    pub ordinal_units: &'static [&'static str],
    /// Ordinals twentieth to ninetieth, the same way.
    pub ordinal_tens: &'static [&'static str],
    /// The endings an ordinal stem takes ("" for English's whole words).
    pub ordinal_endings: &'static [&'static str],
    /// How a compound ordinal joins a unit to tens: `" "` for two words ("двадцать первая"),
    /// a word for one ("einundzwanzigste"); `None` where the tens come first with a hyphen.
    pub compound_joiner: Option<&'static str>,
    /// The language may put an ordinal after the article word ("l'article premier").
    pub ordinal_after_article: bool,
}

/// Every language's number words, English first.
pub fn number_words() -> impl Iterator<Item = &'static NumberWords> {
    LANGUAGES.iter().filter_map(|l| l.numbers)
}

/// English number words (what "Article six" and "the fourth article" are read with).
pub fn english_numbers() -> &'static NumberWords {
    &en::NUMBERS
}

use crate::model::ProvisionText;
pub use rust_stemmers::Algorithm;

/// Everything the core knows of one language: its names, how its words are stemmed, and the
/// words its rules read (function words, abbreviations, the words for "article", numbers). The
/// rules stay where they are used (reference recognition, attribution, import); only the words
/// live here, so adding a language is one module, one lexicon column and its tests.
pub struct Language {
    /// BCP 47 primary subtag ("ru").
    pub code: &'static str,
    /// Its name in English ("Russian"), for labels in the app's own language.
    pub english_name: &'static str,
    /// Its name in itself ("Русский"), for the choice of the language a text is read in.
    pub native_name: &'static str,
    /// The letters it is written in.
    pub script: Script,
    /// The Snowball stemmer its words are compared with; `None` where there is none.
    pub stemmer: Option<Algorithm>,
    /// Function words: they carry no content, so they never align on their own.
    pub stop_words: &'static [&'static str],
    /// Abbreviations whose dot does not end a sentence ("Mr.", "Art.", "ст."), lower case.
    pub abbreviations: &'static [&'static str],
    /// Very common words that tell a text in this language from others in its script.
    pub common_words: &'static [&'static str],
    /// The words for "article".
    pub article: &'static ArticleWords,
    /// Words that head a treaty file's preamble and its chapters ("Preamble", "Глава").
    pub divisions: &'static DivisionWords,
    /// The words with which texts in it report what a treaty or a person says.
    pub cues: &'static Cues,
    /// The words its references to articles and instruments are read with.
    pub references: &'static ReferenceWords,
    /// How it writes numbers in words, where the layer reads them.
    pub numbers: Option<&'static NumberWords>,
}

impl Language {
    /// A language the core only names: no words of it are read.
    const fn named(
        code: &'static str,
        english_name: &'static str,
        native_name: &'static str,
        script: Script,
    ) -> Self {
        Language {
            code,
            english_name,
            native_name,
            script,
            stemmer: None,
            stop_words: &[],
            abbreviations: &[],
            common_words: &[],
            article: &ArticleWords::NONE,
            divisions: &DivisionWords::NONE,
            cues: &Cues::NONE,
            references: &ReferenceWords::NONE,
            numbers: None,
        }
    }
}

/// The letters a language is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    /// Any other (Arabic, Chinese, Japanese, Korean…).
    Other,
}

/// Every language the core knows, those whose words it reads first (in the order the language
/// guess prefers them on a tie, English first).
const LANGUAGES: &[Language] = &[
    en::LANGUAGE,
    ru::LANGUAGE,
    de::LANGUAGE,
    fr::LANGUAGE,
    nl::LANGUAGE,
    es::LANGUAGE,
    it::LANGUAGE,
    pt::LANGUAGE,
    Language::named("ar", "Arabic", "العربية", Script::Other),
    Language::named("ja", "Japanese", "日本語", Script::Other),
    Language::named("ko", "Korean", "한국어", Script::Other),
    Language::named("pl", "Polish", "Polski", Script::Latin),
    Language::named("uk", "Ukrainian", "Українська", Script::Cyrillic),
    Language::named("zh", "Chinese", "中文", Script::Other),
];

/// Every language the core knows.
pub fn all() -> &'static [Language] {
    LANGUAGES
}

/// The language of a BCP 47 tag ("ru", "zh-Hant", "de_AT"), by its primary subtag.
pub fn language(tag: &str) -> Option<&'static Language> {
    let primary = tag.split(['-', '_']).next().unwrap_or(tag).trim();
    LANGUAGES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(primary))
}

/// Whether `lower` is an abbreviation whose dot does not end a sentence, in any language.
pub fn is_abbreviation(lower: &str) -> bool {
    LANGUAGES.iter().any(|l| l.abbreviations.contains(&lower))
}

/// Whether `lower` is a function word of any language.
pub fn is_stop_word(lower: &str) -> bool {
    LANGUAGES.iter().any(|l| l.stop_words.contains(&lower))
}

/// The languages a reader may say a text is in, as (tag, English name), in the order of their
/// English names: what an import form offers.
pub fn choices() -> Vec<(&'static str, &'static str)> {
    let mut choices: Vec<_> = LANGUAGES.iter().map(|l| (l.code, l.english_name)).collect();
    choices.sort_by_key(|(_, name)| *name);
    choices
}

/// The language's name in English ("ru" → "Russian"), for labels in the app's own language;
/// an unknown tag is shown as written.
pub fn english_name(tag: &str) -> String {
    language(tag).map_or_else(|| tag.to_owned(), |l| l.english_name.to_owned())
}

/// The language's name in itself ("nl" → "Nederlands"), for the choice of the language a text
/// is read in; an unknown tag is shown as written.
pub fn endonym(tag: &str) -> String {
    language(tag).map_or_else(|| tag.to_owned(), |l| l.native_name.to_owned())
}

/// Which language a reader reads a document in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum LanguageChoice {
    /// Every text of every provision (also what a document in one language shows).
    #[default]
    All,
    /// The texts in this language (a tag among the document's languages).
    Only(String),
}

/// The address parameter that carries the choice from page to page: `?lang=nl`.
pub const PARAM: &str = "lang";

/// The address parameter's value for [`LanguageChoice::All`].
const ALL: &str = "all";

impl LanguageChoice {
    /// What a document in these languages (in order of appearance) shows unasked: its first
    /// language.
    pub fn default_for(languages: &[String]) -> Self {
        languages
            .first()
            .map_or(Self::All, |first| Self::Only(first.clone()))
    }

    /// The choice an address's `lang` parameter asks for: `all`, or one of the document's
    /// languages (case does not matter); anything else, or nothing, is the default.
    pub fn from_param(param: Option<&str>, languages: &[String]) -> Self {
        let param = param.map(str::trim).unwrap_or_default();
        if param.eq_ignore_ascii_case(ALL) {
            return Self::All;
        }
        languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(param))
            .map_or_else(|| Self::default_for(languages), |l| Self::Only(l.clone()))
    }

    /// The `lang` parameter that asks for this choice; `None` for the default, so that the
    /// plain address stays the one to share.
    pub fn param(&self, languages: &[String]) -> Option<String> {
        if *self == Self::default_for(languages) {
            return None;
        }
        Some(match self {
            Self::All => ALL.to_owned(),
            Self::Only(tag) => tag.clone(),
        })
    }

    /// The query (without `?`) of an address that asks for this choice, `lang=nl`, encoded;
    /// `None` for the default.
    pub fn query(&self, languages: &[String]) -> Option<String> {
        self.param(languages).map(|value| {
            format!(
                "{PARAM}={}",
                crate::percent::percent_encode(&value, b"-._~")
            )
        })
    }

    /// What the reader is offered: each language by its own name, then all of them ("Both"
    /// for two). Empty for a document in fewer than two languages: there is nothing to choose.
    pub fn options(languages: &[String]) -> Vec<(LanguageChoice, String)> {
        if languages.len() < 2 {
            return Vec::new();
        }
        let all = if languages.len() == 2 { "Both" } else { "All" };
        languages
            .iter()
            .map(|l| (Self::Only(l.clone()), endonym(l)))
            .chain([(Self::All, all.to_owned())])
            .collect()
    }
}

/// The texts of a provision (or an annex) a choice shows.
#[derive(Debug, PartialEq)]
pub struct Shown<'a> {
    /// Each with its index among all the texts, which names its paragraphs in links and
    /// anchors statements, so it stays the same whatever is shown.
    pub texts: Vec<(usize, &'a ProvisionText)>,
    /// The chosen language has no text here, so every text is shown rather than none.
    pub fallback: bool,
}

/// The texts `choice` shows: those in the chosen language, or all of them when there is none in
/// it (a provision the translation leaves out is still read, and said to be in another
/// language).
pub fn texts_shown<'a>(texts: &'a [ProvisionText], choice: &LanguageChoice) -> Shown<'a> {
    let all = || texts.iter().enumerate().collect::<Vec<_>>();
    match choice {
        LanguageChoice::All => Shown {
            texts: all(),
            fallback: false,
        },
        LanguageChoice::Only(tag) => {
            let chosen: Vec<_> = texts
                .iter()
                .enumerate()
                .filter(|(_, t)| t.language.eq_ignore_ascii_case(tag))
                .collect();
            if chosen.is_empty() && !texts.is_empty() {
                Shown {
                    texts: all(),
                    fallback: true,
                }
            } else {
                Shown {
                    texts: chosen,
                    fallback: false,
                }
            }
        }
    }
}

/// The distinct languages of some texts, in order: more than one makes a provision worth
/// reading side by side.
pub fn languages_of(texts: &[ProvisionText]) -> Vec<&str> {
    let mut languages: Vec<&str> = Vec::new();
    for text in texts {
        if !languages.contains(&text.language.as_str()) {
            languages.push(&text.language);
        }
    }
    languages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Completeness, Paragraph, Witness, WitnessKind};

    fn text(language: &str, words: &str) -> ProvisionText {
        ProvisionText {
            language: language.to_owned(),
            witness: Witness::new(WitnessKind::Unstated),
            completeness: Completeness::Complete,
            paragraphs: vec![Paragraph {
                number: None,
                text: words.to_owned(),
                gap: false,
            }],
        }
    }

    fn tags(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| (*t).to_owned()).collect()
    }

    #[test]
    fn languages_are_named_in_themselves_and_in_english() {
        assert_eq!(endonym("nl"), "Nederlands");
        assert_eq!(endonym("fr"), "Français");
        assert_eq!(endonym("zh-Hant"), "中文");
        assert_eq!(endonym("RU"), "Русский");
        assert_eq!(english_name("ru"), "Russian");
        assert_eq!(endonym("tlh"), "tlh");
        assert_eq!(english_name("x-klingon"), "x-klingon");
    }

    #[test]
    fn the_registry_finds_a_language_by_any_tag_and_holds_its_words() {
        for code in ["en", "ru", "de", "fr", "es", "it", "pt", "nl"] {
            let found = language(code).unwrap();
            assert_eq!(found.code, code);
            assert!(found.stemmer.is_some(), "{code}");
            assert!(!found.stop_words.is_empty(), "{code}");
            assert!(!found.article.heading.is_empty(), "{code}");
        }
        assert!(matches!(
            language("fr-CA").and_then(|l| l.stemmer),
            Some(Algorithm::French)
        ));
        assert!(language("zh-Hant").unwrap().stemmer.is_none());
        assert!(language("tlh").is_none());
        assert!(is_abbreviation("ст") && is_abbreviation("art") && !is_abbreviation("treaty"));
        assert!(is_stop_word("the") && is_stop_word("und") && is_stop_word("les"));
        let choices = choices();
        assert!(choices.contains(&("fr", "French")));
        assert!(choices.windows(2).all(|w| w[0].1 < w[1].1));
    }

    #[test]
    fn the_default_is_the_first_language_and_the_address_names_only_other_choices() {
        let languages = tags(&["fr", "nl"]);
        let default = LanguageChoice::from_param(None, &languages);
        assert_eq!(default, LanguageChoice::Only("fr".to_owned()));
        assert_eq!(default.param(&languages), None);
        let dutch = LanguageChoice::from_param(Some("NL"), &languages);
        assert_eq!(dutch, LanguageChoice::Only("nl".to_owned()));
        assert_eq!(dutch.param(&languages).as_deref(), Some("nl"));
        let all = LanguageChoice::from_param(Some("all"), &languages);
        assert_eq!(all, LanguageChoice::All);
        assert_eq!(all.param(&languages).as_deref(), Some("all"));
        assert_eq!(dutch.query(&languages).as_deref(), Some("lang=nl"));
        assert_eq!(default.query(&languages), None);
        let odd = tags(&["en", "x&y"]);
        assert_eq!(
            LanguageChoice::Only("x&y".to_owned())
                .query(&odd)
                .as_deref(),
            Some("lang=x%26y")
        );
        assert_eq!(LanguageChoice::from_param(Some("de"), &languages), default);
        assert_eq!(
            LanguageChoice::from_param(Some("nl"), &[]),
            LanguageChoice::All
        );
    }

    #[test]
    fn the_options_name_each_language_then_both_or_all() {
        let labels = |languages: &[&str]| -> Vec<String> {
            LanguageChoice::options(&tags(languages))
                .into_iter()
                .map(|(_, label)| label)
                .collect()
        };
        assert_eq!(labels(&["fr", "nl"]), ["Français", "Nederlands", "Both"]);
        assert_eq!(
            labels(&["en", "zh", "xx"]),
            ["English", "中文", "xx", "All"]
        );
        assert!(labels(&["en"]).is_empty());
    }

    #[test]
    fn a_choice_shows_the_texts_in_its_language_keeping_their_places() {
        let texts = [text("fr", "Article premier"), text("nl", "Artikel 1")];
        let shown = texts_shown(&texts, &LanguageChoice::Only("nl".to_owned()));
        assert_eq!(shown.texts, vec![(1, &texts[1])]);
        assert!(!shown.fallback);
        let shown = texts_shown(&texts, &LanguageChoice::All);
        assert_eq!(shown.texts.len(), 2);
        assert!(!shown.fallback);
    }

    #[test]
    fn a_provision_without_text_in_the_chosen_language_shows_what_it_has() {
        let texts = [text("en", "Only in English")];
        let shown = texts_shown(&texts, &LanguageChoice::Only("ru".to_owned()));
        assert_eq!(shown.texts, vec![(0, &texts[0])]);
        assert!(shown.fallback);
        let none = texts_shown(&[], &LanguageChoice::Only("ru".to_owned()));
        assert!(none.texts.is_empty());
        assert!(!none.fallback);
    }

    #[test]
    fn the_languages_of_texts_are_listed_once_in_order() {
        let texts = [text("ru", "a"), text("en", "b"), text("ru", "c")];
        assert_eq!(languages_of(&texts), ["ru", "en"]);
    }
}
