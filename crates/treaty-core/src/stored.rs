//! How the reader's imports are kept on a device: each under one key named by what it adds (its
//! first treaty's id, `source:` and its first source's id, or, for statements imported from
//! Web Annotations alone, `annotations:` and the id of the source the first is about). Keys are allocated where they are
//! written, and a key another tab took first moves the import to the next free one (`x-2`,
//! `x-3`, …, the rule [`Bundle::give_unique_ids`] follows), its ids and every reference to them
//! following, so that two imports of the same name made at the same moment are both kept.

use crate::bundle::Bundle;
use crate::collection::fresh_id;

const SOURCE_PREFIX: &str = "source:";
const ANNOTATIONS_PREFIX: &str = "annotations:";

/// What a storage key names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyed<'a> {
    /// An import of treaties, kept under its first treaty's id.
    Document(&'a str),
    /// An import of sources only, kept under its first source's id.
    Source(&'a str),
    /// An import of statements only (Web Annotations about sources of the library), kept under
    /// the id of the source its first statement is about, or, when that key was taken, that id
    /// with `-2`, `-3`, …: the name of the key only, never of a source (the statements keep
    /// pointing at the sources they are about).
    Annotations(&'a str),
}

/// What `key` names (see [`Bundle::storage_key`]).
pub fn keyed(key: &str) -> Keyed<'_> {
    if let Some(id) = key.strip_prefix(ANNOTATIONS_PREFIX) {
        return Keyed::Annotations(id);
    }
    match key.strip_prefix(SOURCE_PREFIX) {
        Some(id) => Keyed::Source(id),
        None => Keyed::Document(key),
    }
}

impl Bundle {
    /// The key this import is kept under: its first treaty's id, or `source:` and its first
    /// source's id, or, holding only statements imported from Web Annotations, `annotations:`
    /// and the id of the source the first is about; `None` when it adds none of these.
    pub fn storage_key(&self) -> Option<String> {
        let what = match (self.documents.first(), self.sources.first()) {
            (Some(d), _) => Keyed::Document(&d.id),
            (None, Some(s)) => Keyed::Source(&s.id),
            (None, None) => Keyed::Annotations(&self.statements.first()?.source),
        };
        Some(key_of(what))
    }

    /// Moves this import off its key, which was found taken (another tab kept something under
    /// it): its first treaty `x` (or, with none, its first source) takes the first of `x-2`,
    /// `x-3`, … whose key is not `taken` and that no other part of the import uses, and every
    /// reference to it follows. Called on the import as it was read, with every key found taken
    /// so far, so that each attempt counts on from the last. The new key, or `None` for an
    /// import that adds neither a treaty nor a source nor a statement.
    ///
    /// An import of statements only moves to `annotations:x-2`, `annotations:x-3`, … and
    /// changes nothing in it: its statements are about sources of the library, whose ids are
    /// not its own to change. Its key is then not [`Bundle::storage_key`]'s; it is kept with the
    /// record.
    pub fn take_next_key(&mut self, taken: impl Fn(&str) -> bool) -> Option<String> {
        let current = self.storage_key()?;
        let (old, source) = match keyed(&current) {
            Keyed::Document(id) => (id.to_owned(), false),
            Keyed::Source(id) => (id.to_owned(), true),
            Keyed::Annotations(id) => {
                let fresh = fresh_id(id, |id| taken(&key_of(Keyed::Annotations(id))));
                return Some(key_of(Keyed::Annotations(&fresh)));
            }
        };
        let key = |id: &str| {
            key_of(if source {
                Keyed::Source(id)
            } else {
                Keyed::Document(id)
            })
        };
        let in_use = |id: &str| match source {
            true => self.source(id).is_some(),
            false => self.document(id).is_some(),
        };
        let fresh = fresh_id(&old, |id| taken(&key(id)) || in_use(id));
        if source {
            self.rename_source(&old, &fresh);
        } else {
            self.rename_document(&old, &fresh);
        }
        self.storage_key()
    }

    /// Gives document `old` the id `new`, with the sources about it and the glossary entries
    /// that apply to it following.
    pub(crate) fn rename_document(&mut self, old: &str, new: &str) {
        for d in self.documents.iter_mut().filter(|d| d.id == old) {
            d.id = new.to_owned();
        }
        let references = self
            .sources
            .iter_mut()
            .flat_map(|s| s.about.iter_mut())
            .chain(
                self.glossary
                    .iter_mut()
                    .flat_map(|g| g.documents.iter_mut()),
            );
        for id in references.filter(|id| *id == old) {
            *id = new.to_owned();
        }
    }

    /// Gives source `old` the id `new`, with every report of it (in articles and annexes) and
    /// every statement imported about it (made against this bundle's copy) following.
    pub(crate) fn rename_source(&mut self, old: &str, new: &str) {
        for s in self.sources.iter_mut().filter(|s| s.id == old) {
            s.id = new.to_owned();
        }
        for k in self.statements.iter_mut().filter(|k| k.source == old) {
            k.source = new.to_owned();
        }
        let reports = self
            .documents
            .iter_mut()
            .flat_map(|d| {
                let annexed = d.annexes.iter_mut().flat_map(|a| a.articles.iter_mut());
                d.articles.iter_mut().chain(annexed)
            })
            .flat_map(|a| a.reports.iter_mut());
        for report in reports.filter(|r| r.source == old) {
            report.source = new.to_owned();
        }
    }
}

/// The key that names `what`.
fn key_of(what: Keyed<'_>) -> String {
    match what {
        Keyed::Document(id) => id.to_owned(),
        Keyed::Source(id) => format!("{SOURCE_PREFIX}{id}"),
        Keyed::Annotations(id) => format!("{ANNOTATIONS_PREFIX}{id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_documents_and_sources() {
        assert_eq!(keyed("local-pact"), Keyed::Document("local-pact"));
        assert_eq!(keyed("source:local-x"), Keyed::Source("local-x"));
        assert_eq!(key_of(keyed("source:local-x")), "source:local-x");
        assert_eq!(keyed("annotations:tass-1"), Keyed::Annotations("tass-1"));
        assert_eq!(key_of(keyed("annotations:tass-1")), "annotations:tass-1");
    }

    fn statements_about(sources: &[&str]) -> Bundle {
        use crate::attribution::{Attribution, Statement, StatementKind};
        let mut bundle = Bundle::new(Vec::new(), Vec::new(), Vec::new());
        for source in sources {
            bundle.statements.push(crate::bundle::KeptStatement {
                source: (*source).to_owned(),
                origin: None,
                attribution: Attribution {
                    statement: Statement {
                        start: 0,
                        end: 4,
                        kind: StatementKind::Reported,
                        speaker: None,
                        named_articles: Vec::new(),
                        continues: None,
                        repeats: None,
                    },
                    candidates: Vec::new(),
                    verdict: None,
                    anchor: None,
                    diff: Vec::new(),
                    changes: Vec::new(),
                },
            });
        }
        bundle
    }

    #[test]
    fn statements_alone_are_kept_under_their_first_source() {
        let bundle = statements_about(&["tass-1", "kcna-2"]);
        assert_eq!(bundle.storage_key().as_deref(), Some("annotations:tass-1"));
        // A treaty or a source names the import first.
        let mut with_source = bundle.clone();
        with_source.sources.push(crate::bundle::Source {
            id: "local-x".into(),
            outlet: String::new(),
            title: String::new(),
            byline: None,
            date: String::new(),
            date_note: None,
            stored: None,
            language: "en".into(),
            url: None,
            about: Vec::new(),
            body: String::new(),
            attributions: Vec::new(),
            statements_found: None,
        });
        assert_eq!(with_source.storage_key().as_deref(), Some("source:local-x"));
    }

    #[test]
    fn taken_annotation_keys_move_on_without_renaming_the_sources() {
        let read = statements_about(&["tass-1"]);
        let mut moved = read.clone();
        let taken = ["annotations:tass-1".to_owned()];
        let key = moved.take_next_key(|k| taken.iter().any(|t| t == k));
        assert_eq!(key.as_deref(), Some("annotations:tass-1-2"));
        assert_eq!(moved, read, "the statements still point at their source");
        // Counting on from every key found taken so far.
        let mut again = read.clone();
        let taken = ["annotations:tass-1", "annotations:tass-1-2"];
        let key = again.take_next_key(|k| taken.contains(&k));
        assert_eq!(key.as_deref(), Some("annotations:tass-1-3"));
        // A source id that happens to be taken as a key of another kind does not matter.
        let mut other = read.clone();
        let key = other.take_next_key(|k| k == "source:tass-1-2" || k == "annotations:tass-1");
        assert_eq!(key.as_deref(), Some("annotations:tass-1-2"));
        assert_eq!(
            Bundle::new(Vec::new(), Vec::new(), Vec::new()).take_next_key(|_| true),
            None
        );
    }
}
