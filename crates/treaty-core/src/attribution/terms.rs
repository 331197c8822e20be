//! Comparison terms: what a word of a statement or of an article text is compared as.
//!
//! A word becomes its Snowball stem in its language ("attacked" and "attack" agree), or the
//! lexicon's concept when the lexicon lists it ("invasion", "нападение" and "Angriff" agree).
//! German compounds the lexicon does not list whole are split into known parts
//! ("Verteidigungsfähigkeit" reads as defence + capability). A resolved reference to another
//! instrument becomes one term ("Article 51 of the UN Charter", "статьей 51 Устава ООН" and
//! "Artikel 51 der UN-Charta" all read `ref:un-charter-1945:51`), so that two statements citing
//! the same provision agree whatever language they cite it in. References to the document's
//! own articles are left out: they are the source's naming, weighed separately, never text.

use super::words::{is_cyrillic, words, Word};
use crate::languages::{self, Script};
use crate::refs::{Mention, Target};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A word (or a reference) as compared.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    /// Byte offsets into the text it was read from.
    pub start: usize,
    pub end: usize,
    /// Concept, stem or reference keys; two tokens match when they share one.
    pub terms: Vec<String>,
    /// False for function words, which never seed or count in an alignment.
    pub content: bool,
}

impl Token {
    pub fn matches(&self, other: &Token) -> bool {
        self.terms.iter().any(|t| other.terms.contains(t))
    }
}

/// The comparison tokens of `text`, written in `language` (Cyrillic words are always read as
/// Russian). `mentions` are the recogniser's mentions in `text`, read as part of
/// `document_id`.
pub(crate) fn tokens(
    text: &str,
    language: &str,
    mentions: &[Mention],
    document_id: &str,
) -> Vec<Token> {
    let mut out = Vec::new();
    let all = words(text);
    let mut m = 0;
    for (i, w) in all.iter().enumerate() {
        while m < mentions.len() && mentions[m].end <= w.start {
            m += 1;
        }
        if let Some(mention) = mentions.get(m).filter(|x| x.start <= w.start) {
            if let Some(token) = reference(mention, document_id) {
                if out.last().is_none_or(|t: &Token| t.start != mention.start) {
                    out.push(token);
                }
            }
            if !matches!(mention.target, Target::Term { .. }) {
                continue;
            }
        }
        let previous = i.checked_sub(1).map(|p| all[p].lower.as_str());
        out.push(word_token(w, language, previous));
    }
    out
}

/// The token of a mention that stands for text of another instrument; `None` for the
/// document's own articles (names, not text) and for glossary terms (read as words).
fn reference(mention: &Mention, document_id: &str) -> Option<Token> {
    let key = match &mention.target {
        Target::Article {
            document, article, ..
        } if document != document_id => format!("ref:{document}:{article}"),
        Target::OtherInstrument {
            article,
            instrument,
        } => format!("other:{}:{article}", instrument.to_lowercase()),
        _ => return None,
    };
    Some(Token {
        start: mention.start,
        end: mention.end,
        terms: vec![key],
        content: true,
    })
}

fn word_token(w: &Word, language: &str, previous: Option<&str>) -> Token {
    let lang = word_language(&w.lower, language);
    let stop = w.lower.chars().all(|c| c.is_ascii_digit())
        || is_stop(lang, &w.lower)
        // "in order to" is not a world order.
        || (w.lower == "order" && previous == Some("in"));
    let terms = if stop {
        vec![format!("{lang}:{}", w.lower)]
    } else {
        terms_of(lang, &w.lower)
    };
    Token {
        start: w.start,
        end: w.end,
        terms,
        content: !stop,
    }
}

/// "ru" for Cyrillic words; for Latin words, the text's language where the language layer
/// stems it, else English.
fn word_language(lower: &str, language: &str) -> &'static str {
    if lower.chars().any(is_cyrillic) {
        return "ru";
    }
    languages::language(language)
        .filter(|l| l.script == Script::Latin && l.stemmer.is_some())
        .map_or("en", |l| l.code)
}

/// Concepts of the word, or of the parts of a German compound, else its stem.
fn terms_of(lang: &str, lower: &str) -> Vec<String> {
    let stemmed = stem(lang, &normalise(lang, lower));
    let table = lexicon();
    if let Some(concepts) = table.get(&(lang, stemmed.clone())) {
        return concepts.clone();
    }
    if lang == "de" {
        if let Some(parts) = compound(lower, table) {
            return parts;
        }
    }
    vec![format!("{lang}:{stemmed}")]
}

/// British and American spellings read alike ("organisation", "organization").
fn normalise(lang: &str, lower: &str) -> String {
    if lang != "en" {
        return lower.to_owned();
    }
    for (from, to) in [
        ("isations", "izations"),
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
    ] {
        if let Some(root) = lower.strip_suffix(from) {
            if root.chars().count() >= 3 {
                return format!("{root}{to}");
            }
        }
    }
    lower.to_owned()
}

type Table = HashMap<(&'static str, String), Vec<String>>;

/// Concepts of a German compound: its head (last part) with, if known, its first part; failing
/// a known head, a known first part with the head's stem. A linking "s" is dropped
/// ("Kriegs|verhütung").
fn compound(lower: &str, table: &Table) -> Option<Vec<String>> {
    let bounds: Vec<usize> = lower.char_indices().map(|(i, _)| i).collect();
    let splits = || (3..bounds.len().saturating_sub(3)).map(|k| lower.split_at(bounds[k]));
    let first_part = |head: &str| {
        let head = head
            .strip_suffix('s')
            .filter(|h| h.len() >= 3)
            .unwrap_or(head);
        table.get(&("de", stem("de", head)))
    };
    for (head, tail) in splits() {
        if let Some(tail_concepts) = table.get(&("de", stem("de", tail))) {
            let mut terms = tail_concepts.clone();
            if let Some(first) = first_part(head) {
                terms.extend(first.iter().filter(|c| !tail_concepts.contains(c)).cloned());
            }
            return Some(terms);
        }
    }
    let (head, tail) = splits()
        .rev()
        .find(|(head, _)| first_part(head).is_some())?;
    let mut terms = first_part(head)?.clone();
    terms.push(format!("de:{}", stem("de", tail)));
    Some(terms)
}

fn stem(lang: &str, lower: &str) -> String {
    let algorithm = languages::language(lang)
        .and_then(|l| l.stemmer)
        .unwrap_or(Algorithm::English);
    Stemmer::create(algorithm).stem(lower).into_owned()
}

/// (language, stem) → concepts, built once from the language layer's lexicon.
fn lexicon() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Table = HashMap::new();
        for concept in languages::lexicon() {
            for (lang, list) in &concept.words {
                for word in list {
                    let lower = super::words::fold(word);
                    let key = (*lang, stem(lang, &normalise(lang, &lower)));
                    let entry = table.entry(key).or_default();
                    let name = format!("c:{}", concept.name);
                    if !entry.contains(&name) {
                        entry.push(name);
                    }
                }
            }
        }
        table
    })
}

/// Function words: they carry no content of a provision, so they never align on their own.
fn is_stop(lang: &str, lower: &str) -> bool {
    let list = languages::language(lang).map_or(&[][..], |l| l.stop_words);
    lower.chars().count() < 2 || list.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, lang: &str) -> Vec<Vec<String>> {
        tokens(text, lang, &[], "doc")
            .into_iter()
            .filter(|t| t.content)
            .map(|t| t.terms)
            .collect()
    }

    #[test]
    fn translations_share_concepts() {
        let en = keys("armed attack", "en");
        let ru = keys("вооруженному нападению", "ru");
        let de = keys("bewaffneten Angriff", "de");
        assert_eq!(en, ru);
        assert_eq!(en, de);
        // French puts the adjective after its noun.
        let mut fr = keys("attaque armée", "fr");
        fr.reverse();
        assert_eq!(en, fr);
        let mut fr = keys("l'assistance militaire", "fr");
        fr.reverse();
        assert_eq!(fr, keys("military assistance", "en"));
        assert_eq!(keys("invasion", "en"), keys("aggression", "en"));
    }

    #[test]
    fn german_compounds_split_into_known_parts() {
        let parts = &keys("Verteidigungsfähigkeit", "de")[0];
        assert!(parts.contains(&"c:defence".to_owned()), "{parts:?}");
        assert!(parts.contains(&"c:capability".to_owned()), "{parts:?}");
        let parts = &keys("Kriegszustand", "de")[0];
        assert_eq!(parts[0], "c:war");
    }

    #[test]
    fn function_words_are_not_content() {
        assert!(keys("the of and in order to", "en").is_empty());
        assert_eq!(keys("organisation", "en"), keys("organization", "en"));
    }
}
