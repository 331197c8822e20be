//! The inverted index: for each term, the entries and fields it occurs in, with its positions
//! (for phrases). Built on the device for the reader's imports, at build time for the shipped
//! library (then split for the web, see [`super::split`]).

use super::entry::{Entry, GroupKey, Target, GLOSSARY_LANGUAGE};
use super::tokens::tokens;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The fields of an entry, in the order of [`Facts::lengths`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Text = 0,
    Heading = 1,
    Glossary = 2,
}

/// How many fields an entry has.
pub const FIELD_COUNT: usize = 3;

impl Field {
    pub const ALL: [Field; FIELD_COUNT] = [Field::Text, Field::Heading, Field::Glossary];

    /// The field of a stored number; `None` for one this build does not know.
    pub fn from_number(n: u8) -> Option<Self> {
        Self::ALL.get(usize::from(n)).copied()
    }
}

/// One term's occurrences in one field of one entry: `(entry, field, positions)`, an array in
/// JSON. Positions are word numbers in the field, ascending; their count is the term frequency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posting(pub u32, pub u8, pub Vec<u32>);

impl Posting {
    pub fn entry(&self) -> u32 {
        self.0
    }

    pub fn field(&self) -> Option<Field> {
        Field::from_number(self.1)
    }

    pub fn positions(&self) -> &[u32] {
        &self.2
    }
}

/// What ranking, filtering and grouping need of an entry, without its text (written as a
/// table, see [`super::table`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub target: Target,
    pub language: String,
    /// Words per field, in the order of [`Field`].
    pub lengths: [u32; FIELD_COUNT],
    pub treaties: Vec<String>,
    /// The fragment holding its text (one per provision or source).
    pub fragment: u32,
}

/// An entry's text as snippets are cut from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    #[serde(rename = "h")]
    pub heading: String,
    #[serde(rename = "x")]
    pub text: String,
}

/// A whole index: what the device keeps for the reader's imports (one record per import).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    #[serde(rename = "e", with = "super::table")]
    pub entries: Vec<Facts>,
    /// The dictionary, sorted, without duplicates.
    #[serde(rename = "w")]
    pub terms: Vec<String>,
    /// The postings of `terms[i]` at `i`, by entry.
    #[serde(rename = "p")]
    pub postings: Vec<Vec<Posting>>,
    /// The entries' texts, by entry.
    #[serde(rename = "x")]
    pub texts: Vec<Shown>,
}

impl Index {
    /// The index of `entries`; entry `i` of the index is `entries[i]`.
    pub fn build(entries: &[Entry]) -> Self {
        let mut dictionary: BTreeMap<String, Vec<Posting>> = BTreeMap::new();
        let mut fragments: HashMap<GroupKey, u32> = HashMap::new();
        let mut facts = Vec::with_capacity(entries.len());
        for (id, entry) in (0u32..).zip(entries) {
            let fields = [
                (&entry.text, entry.language.as_str()),
                (&entry.heading, entry.language.as_str()),
                (&entry.glossary, GLOSSARY_LANGUAGE),
            ];
            let mut lengths = [0u32; FIELD_COUNT];
            for (f, (text, language)) in (0u8..).zip(fields) {
                let words = tokens(text, language);
                lengths[usize::from(f)] = u32::try_from(words.len()).unwrap_or(u32::MAX);
                let mut positions: BTreeMap<String, Vec<u32>> = BTreeMap::new();
                for (p, token) in (0u32..).zip(words) {
                    positions.entry(token.term).or_default().push(p);
                }
                for (term, at) in positions {
                    dictionary.entry(term).or_default().push(Posting(id, f, at));
                }
            }
            let next = u32::try_from(fragments.len()).unwrap_or(u32::MAX);
            let fragment = *fragments.entry(entry.target.group_key()).or_insert(next);
            facts.push(Facts {
                target: entry.target.clone(),
                language: entry.language.clone(),
                lengths,
                treaties: entry.treaties.clone(),
                fragment,
            });
        }
        let (terms, postings) = dictionary.into_iter().unzip();
        Self {
            entries: facts,
            terms,
            postings,
            texts: entries
                .iter()
                .map(|e| Shown {
                    heading: e.heading.clone(),
                    text: e.text.clone(),
                })
                .collect(),
        }
    }

    /// Compact JSON, as the device stores it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads an index stored by [`Index::to_json`]; `None` for anything else.
    pub fn from_json(json: &str) -> Option<Self> {
        let index: Self = serde_json::from_str(json).ok()?;
        index.is_consistent().then_some(index)
    }

    /// Whether the parts agree, so that a search never indexes out of range: terms sorted and
    /// one postings list each, postings naming existing entries, one text per entry.
    pub fn is_consistent(&self) -> bool {
        let n = self.entries.len();
        self.terms.len() == self.postings.len()
            && self.texts.len() == n
            && self.terms.windows(2).all(|w| w[0] < w[1])
            && self
                .postings
                .iter()
                .flatten()
                .all(|p| usize::try_from(p.0).is_ok_and(|e| e < n))
    }

    /// The text of entry `entry`.
    pub fn text(&self, entry: u32) -> Option<&Shown> {
        self.texts.get(usize::try_from(entry).ok()?)
    }
}
