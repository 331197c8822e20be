//! Finding the catalog's instrument names in a text ("UN Charter", "Charter of the United
//! Nations", "Устава ООН", "UN-Charta", and "the present Charter" inside the Charter itself).
//!
//! Names are compared word by word on their keys (see [`super::keys`]), so case, "U.N." against
//! "UN", hyphen against space and Russian or German case endings do not matter. The names are
//! indexed by their first and last word, so looking for a name at a position costs a hash lookup
//! and a check of the few names that start (or end) with that word.

use super::catalog::Catalog;
use super::scan::{gaps_agree, Words};
use std::collections::{HashMap, HashSet};

/// One name of one instrument, as the keys of its words and the separators between them.
struct Name {
    keys: Vec<String>,
    /// `gaps[l]` separates word `l - 1` from word `l`; `gaps[0]` is empty.
    gaps: Vec<String>,
    document: String,
}

/// The names a text may use for the catalog's instruments.
pub(super) struct Names {
    names: Vec<Name>,
    by_first: HashMap<String, Vec<usize>>,
    by_last: HashMap<String, Vec<usize>>,
    /// Word keys of the names of the text's own document (`document_id`).
    own_words: HashSet<String>,
    /// For each word key, the instruments having a name with that word.
    holders: HashMap<String, Vec<String>>,
    document_id: String,
}

impl Names {
    /// The names of every instrument, plus the names the document `document_id` uses for itself.
    pub fn new(catalog: &Catalog, document_id: &str) -> Self {
        let mut names = Self {
            names: Vec::new(),
            by_first: HashMap::new(),
            by_last: HashMap::new(),
            own_words: HashSet::new(),
            holders: HashMap::new(),
            document_id: document_id.to_owned(),
        };
        for instrument in &catalog.instruments {
            let own = instrument.id == document_id;
            for name in &instrument.names {
                names.add(name, &instrument.id, own, true);
            }
            if own {
                for name in &instrument.self_names {
                    names.add(name, &instrument.id, true, false);
                }
            }
        }
        names
    }

    fn add(&mut self, name: &str, document: &str, own: bool, public: bool) {
        let w = Words::new(name);
        let keys: Vec<String> = (0..w.len()).map(|i| w.key(i).to_owned()).collect();
        if keys.is_empty() || keys.iter().any(String::is_empty) {
            return;
        }
        let gaps = (0..w.len())
            .map(|i| match i {
                0 => String::new(),
                _ => w.gap(w.end(i - 1), i).unwrap_or_default().to_owned(),
            })
            .collect();
        for key in &keys {
            if own {
                self.own_words.insert(key.clone());
            }
            if public {
                let holders = self.holders.entry(key.clone()).or_default();
                if !holders.iter().any(|d| d == document) {
                    holders.push(document.to_owned());
                }
            }
        }
        let index = self.names.len();
        self.by_first
            .entry(keys[0].clone())
            .or_default()
            .push(index);
        self.by_last
            .entry(keys[keys.len() - 1].clone())
            .or_default()
            .push(index);
        self.names.push(Name {
            keys,
            gaps,
            document: document.to_owned(),
        });
    }

    fn matches(&self, w: &Words, start: usize, name: &Name) -> bool {
        start + name.keys.len() <= w.len()
            && name.keys.iter().enumerate().all(|(l, key)| {
                let i = start + l;
                w.key(i) == key
                    && (l == 0
                        || w.gap(w.end(i - 1), i)
                            .is_some_and(|g| gaps_agree(g, &name.gaps[l])))
            })
    }

    /// How good a match `name` is: longer names first, then the text's own document's; among
    /// equals the first in catalog order (callers iterate in reverse, `max_by_key` keeps the last).
    fn rank(&self, name: &Name) -> (usize, bool) {
        (name.keys.len(), name.document == self.document_id)
    }

    /// The longest name starting at word `start`: the index after its last word, and its
    /// document.
    pub fn longest_at(&self, w: &Words, start: usize) -> Option<(usize, &str)> {
        let candidates = self.by_first.get(w.key(start))?;
        candidates
            .iter()
            .map(|&n| &self.names[n])
            .rev()
            .filter(|name| self.matches(w, start, name))
            .max_by_key(|name| self.rank(name))
            .map(|name| (start + name.keys.len(), name.document.as_str()))
    }

    /// The longest name whose last word is word `end - 1`: the index of its first word, and
    /// its document.
    pub fn longest_ending_at(&self, w: &Words, end: usize) -> Option<(usize, &str)> {
        let last = end.checked_sub(1)?;
        let candidates = self.by_last.get(w.key(last))?;
        candidates
            .iter()
            .map(|&n| &self.names[n])
            .rev()
            .filter(|name| name.keys.len() <= end && self.matches(w, end - name.keys.len(), name))
            .max_by_key(|name| self.rank(name))
            .map(|name| (end - name.keys.len(), name.document.as_str()))
    }

    /// The instrument a bare noun such as "the Charter" means: the text's own document if one
    /// of its names has that word, else the only instrument with a name having it.
    pub fn resolve_noun(&self, key: &str) -> Option<&str> {
        if self.own_words.contains(key) {
            return Some(&self.document_id);
        }
        match self.holders.get(key).map(Vec::as_slice) {
            Some([only]) => Some(only),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::test_catalog::catalog;

    fn at(names: &Names, text: &str, start: usize) -> Option<(usize, String)> {
        let w = Words::new(text);
        names
            .longest_at(&w, start)
            .map(|(end, d)| (end, d.to_owned()))
    }

    #[test]
    fn names_match_across_spelling_variants() {
        let names = Names::new(&catalog(), "rus-dprk-2024");
        for text in [
            "UN Charter",
            "U.N. Charter",
            "un charter",
            "UN-Charta",
            "UN Charta",
            "Charter of the United Nations",
            "Устава ООН",
            "Уставом ООН",
            "Уставе Организации Объединённых Наций",
        ] {
            let (end, document) = at(&names, text, 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(document, "un-charter-1945", "{text}");
            assert_eq!(end, Words::new(text).len(), "{text}");
        }
    }

    #[test]
    fn the_longest_name_wins() {
        let names = Names::new(&catalog(), "x");
        let text = "Charter of the United Nations";
        assert_eq!(at(&names, text, 0), Some((5, "un-charter-1945".to_owned())));
        let w = Words::new("the UN Charter Article");
        assert_eq!(names.longest_ending_at(&w, 3), Some((1, "un-charter-1945")));
        assert_eq!(names.longest_ending_at(&w, 0), None);
    }

    #[test]
    fn equal_names_prefer_the_own_document_then_catalog_order() {
        let mut catalog = catalog();
        for instrument in &mut catalog.instruments {
            instrument.names.push("the Pact".to_owned());
        }
        let first = &catalog.instruments[0].id;
        let names = Names::new(&catalog, "x");
        assert_eq!(at(&names, "the Pact", 0), Some((2, first.clone())));
        let names = Names::new(&catalog, "rus-dprk-2024");
        assert_eq!(
            at(&names, "the Pact", 0),
            Some((2, "rus-dprk-2024".to_owned()))
        );
        let w = Words::new("the Pact");
        assert_eq!(names.longest_ending_at(&w, 2), Some((0, "rus-dprk-2024")));
    }

    #[test]
    fn separators_must_agree() {
        let names = Names::new(&catalog(), "x");
        assert_eq!(at(&names, "UN, Charter", 0), None);
        assert_eq!(at(&names, "UN Charterhouse", 0), None);
    }

    #[test]
    fn self_names_belong_only_to_their_own_document() {
        let inside = Names::new(&catalog(), "un-charter-1945");
        assert!(at(&inside, "the present Charter", 0).is_some());
        let outside = Names::new(&catalog(), "rus-dprk-2024");
        assert!(at(&outside, "the present Charter", 0).is_none());
    }

    #[test]
    fn bare_nouns_resolve_to_the_own_document_or_a_unique_holder() {
        let names = Names::new(&catalog(), "rus-dprk-2024");
        assert_eq!(names.resolve_noun("chart"), Some("un-charter-1945"));
        assert_eq!(names.resolve_noun("treaty"), Some("rus-dprk-2024"));
        let names = Names::new(&catalog(), "un-charter-1945");
        assert_eq!(names.resolve_noun("treaty"), None);
    }
}
