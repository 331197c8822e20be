//! A search query: its words and phrases, and the dictionary terms each word stands for (its
//! stems, the terms it begins while the reader types, the terms one typing slip away).

use super::edit::within_one_edit;
use super::split::Meta;
use super::tokens::{all_stemmers, stem, tokens};

/// Words after this many are ignored: a search box holds a few words, and each word costs a
/// pass over the dictionary for typos, so a pasted page must not cost thousands.
pub const MAX_QUERY_WORDS: usize = 32;

/// Query words shorter than this (in letters, folded) match no terms one edit away: "mer" and
/// "war" are one edit from too many other words to be typos of them.
pub const MIN_TYPO_CHARS: usize = 5;

/// The last word is read as a prefix only from this many letters: one or two letters begin too
/// many words to say anything, and searching them was the dearest key of all (on the shipped
/// library "ar" took 6.8 ms natively, as it stands for "article" and its forms, in every
/// provision; "arm" 0.1 ms: `cargo bench -p treaty-core -- search/keystroke`). Shorter words
/// are still looked up whole ("UN", "EU").
pub const MIN_PREFIX_CHARS: usize = 3;

/// At most this many dictionary terms a prefix stands for (the first in order): enough for the
/// forms of a word being typed, without a short prefix dragging in a tenth of the dictionary.
pub const MAX_PREFIX_TERMS: usize = 64;

/// Marks that open or close a phrase: straight quotes, English curly quotes, guillemets and
/// German low quotes.
const QUOTES: &[char] = &['"', '“', '”', '«', '»', '„'];

/// How a dictionary term matches a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// The word itself or one of its stems: ranked first.
    Exact,
    /// A term the last word begins (the reader is still typing it).
    Prefix,
    /// A term one edit away from the word or a stem of it.
    Typo,
}

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word folded.
    pub folded: String,
    /// The folded word and its stem in every language the registry stems, each once: the
    /// query's language is unknown.
    pub forms: Vec<String>,
    /// The reader may still be typing it: it also matches terms it begins.
    pub prefix: bool,
}

impl Word {
    fn new(folded: String, prefix: bool) -> Self {
        let mut forms = vec![folded.clone()];
        for algorithm in all_stemmers() {
            let stemmed = stem(&folded, Some(algorithm));
            if !forms.contains(&stemmed) {
                forms.push(stemmed);
            }
        }
        Self {
            folded,
            forms,
            prefix,
        }
    }

    /// Whether typos of it are looked for.
    pub fn typo_tolerant(&self) -> bool {
        self.folded.chars().count() >= MIN_TYPO_CHARS
    }

    fn prefix_tolerant(&self) -> bool {
        self.prefix && self.folded.chars().count() >= MIN_PREFIX_CHARS
    }

    /// How `term`, a word of a text folded and stemmed in its language (`folded` before
    /// stemming), matches this word, if it does.
    pub fn matches(&self, term: &str, folded: &str) -> Option<Match> {
        if self.forms.iter().any(|f| f == term || f == folded) {
            Some(Match::Exact)
        } else if self.prefix_tolerant()
            && (folded.starts_with(&self.folded) || term.starts_with(&self.folded))
        {
            Some(Match::Prefix)
        } else if self.typo_tolerant() && self.forms.iter().any(|f| within_one_edit(f, term)) {
            Some(Match::Typo)
        } else {
            None
        }
    }

    /// The dictionary terms (indices into `terms`, sorted) this word stands for, with how they
    /// match.
    pub fn expand(&self, terms: &[String]) -> Vec<(usize, Match)> {
        let mut out: Vec<(usize, Match)> = Vec::new();
        for form in &self.forms {
            if let Ok(i) = terms.binary_search(form) {
                out.push((i, Match::Exact));
            }
        }
        if self.prefix_tolerant() {
            let from = terms.partition_point(|t| t.as_str() < self.folded.as_str());
            let begun = terms[from..]
                .iter()
                .take_while(|t| t.starts_with(&self.folded))
                .take(MAX_PREFIX_TERMS);
            out.extend((from..).zip(begun).map(|(i, _)| (i, Match::Prefix)));
        }
        if self.typo_tolerant() {
            for (i, term) in terms.iter().enumerate() {
                if self.forms.iter().any(|f| within_one_edit(f, term)) {
                    out.push((i, Match::Typo));
                }
            }
        }
        // Keep each term once, with its best way of matching.
        out.sort();
        out.dedup_by_key(|(i, _)| *i);
        out
    }
}

/// A run of words that must match together: one word, or a quoted phrase whose words must
/// stand next to each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub words: Vec<Word>,
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub parts: Vec<Part>,
}

impl Query {
    /// Reads what the reader typed: words, phrases in quotes (an unclosed quote runs to the
    /// end), the last word as a prefix unless the query ends with a space or a closing quote.
    pub fn parse(text: &str) -> Query {
        let mut parts: Vec<Part> = Vec::new();
        let mut count = 0;
        for (i, piece) in text.split(QUOTES).enumerate() {
            let quoted = i % 2 == 1;
            let mut words: Vec<Word> = Vec::new();
            for token in tokens(piece, "") {
                if count == MAX_QUERY_WORDS {
                    break;
                }
                count += 1;
                words.push(Word::new(token.folded, false));
            }
            if quoted && words.len() > 1 {
                parts.push(Part { words });
            } else {
                parts.extend(words.into_iter().map(|w| Part { words: vec![w] }));
            }
        }
        let typing = text
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || crate::text::is_combining(c));
        if typing {
            if let Some(last) = parts.last_mut().and_then(|p| p.words.last_mut()) {
                last.prefix = true;
            }
        }
        Query { parts }
    }

    /// Whether there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// Every word, phrases' words included, in order.
    pub fn words(&self) -> impl Iterator<Item = &Word> {
        self.parts.iter().flat_map(|p| p.words.iter())
    }

    /// The dictionary terms of `meta` the query's words stand for, sorted, each once.
    pub fn terms_needed(&self, meta: &Meta) -> Vec<String> {
        self.term_indices(&meta.terms)
            .into_iter()
            .filter_map(|i| meta.terms.get(i).cloned())
            .collect()
    }

    /// The chunks of `meta` that hold the postings of those terms, ascending: the only ones a
    /// search needs fetched.
    pub fn chunks_needed(&self, meta: &Meta) -> Vec<usize> {
        let mut chunks: Vec<usize> = self
            .term_indices(&meta.terms)
            .into_iter()
            .map(|i| meta.chunk_of(i))
            .collect();
        chunks.dedup();
        chunks
    }

    /// The chunks holding the postings of the terms the words match exactly or as a prefix:
    /// what a first answer needs while the reader types. Typos rank below those matches, and a
    /// typo of a word of five letters can be anywhere in the dictionary (an edit of its first
    /// letter), so their chunks, most of a typed word's fetches, can follow.
    pub fn chunks_needed_without_typos(&self, meta: &Meta) -> Vec<usize> {
        let mut chunks: Vec<usize> = self
            .words()
            .flat_map(|w| w.expand(&meta.terms))
            .filter(|(_, how)| *how != Match::Typo)
            .map(|(i, _)| meta.chunk_of(i))
            .collect();
        chunks.sort_unstable();
        chunks.dedup();
        chunks
    }

    fn term_indices(&self, terms: &[String]) -> Vec<usize> {
        let mut all: Vec<usize> = self
            .words()
            .flat_map(|w| w.expand(terms))
            .map(|(i, _)| i)
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(q: &Query) -> Vec<Vec<(String, bool)>> {
        q.parts
            .iter()
            .map(|p| {
                p.words
                    .iter()
                    .map(|w| (w.folded.clone(), w.prefix))
                    .collect()
            })
            .collect()
    }

    fn w(word: &str, prefix: bool) -> (String, bool) {
        (word.to_owned(), prefix)
    }

    #[test]
    fn words_phrases_and_the_word_being_typed() {
        let q = Query::parse("“Armed Attack” Coerc");
        assert_eq!(
            shape(&q),
            [
                vec![w("armed", false), w("attack", false)],
                vec![w("coerc", true)]
            ]
        );
        let q = Query::parse("coercive measures ");
        assert_eq!(
            shape(&q),
            [vec![w("coercive", false)], vec![w("measures", false)]]
        );
        let q = Query::parse("«принудительные меры»");
        assert_eq!(
            shape(&q),
            [vec![w("принудительные", false), w("меры", false)]]
        );
        let q = Query::parse("\"armed attack");
        assert_eq!(shape(&q), [vec![w("armed", false), w("attack", true)]]);
    }

    #[test]
    fn a_word_has_its_stems_in_every_language() {
        let word = Word::new("меры".to_owned(), false);
        assert!(word.forms.contains(&"мер".to_owned()), "{:?}", word.forms);
        let word = Word::new("attacked".to_owned(), false);
        assert!(word.forms.contains(&"attack".to_owned()));
    }

    #[test]
    fn typos_only_for_long_words_prefixes_only_while_typing() {
        let terms: Vec<String> = ["coerciv", "war", "ware", "wars"]
            .iter()
            .map(|t| (*t).to_owned())
            .collect();
        let coersive = Word::new("coersive".to_owned(), false);
        assert_eq!(coersive.expand(&terms), [(0, Match::Typo)]);
        let wa = Word::new("wat".to_owned(), false);
        assert!(wa.expand(&terms).is_empty());
        let two_letters = Word::new("wa".to_owned(), true);
        assert!(
            two_letters.expand(&terms).is_empty(),
            "two letters: no prefix"
        );
        let typing = Word::new("war".to_owned(), true);
        assert_eq!(
            typing.expand(&terms),
            [(1, Match::Exact), (2, Match::Prefix), (3, Match::Prefix)]
        );
    }

    #[test]
    fn hostile_queries_parse() {
        for text in ["", "\"", "\"\"\"", "«»“”", "\u{0}\u{7}\n\t", " ", "\u{301}"] {
            let _ = Query::parse(text);
        }
        assert!(Query::parse("\"\"").is_empty());
        let long = "word ".repeat(2_000);
        assert_eq!(Query::parse(&long).words().count(), MAX_QUERY_WORDS);
    }
}
