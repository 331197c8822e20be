//! How the reader's imports are kept on a device: each under one key named by what it adds (its
//! first treaty's id, or `source:` and its first source's id). Keys are allocated where they are
//! written, and a key another tab took first moves the import to the next free one (`x-2`,
//! `x-3`, …, the rule [`Bundle::give_unique_ids`] follows), its ids and every reference to them
//! following, so that two imports of the same name made at the same moment are both kept.

use crate::bundle::Bundle;
use crate::collection::fresh_id;

const SOURCE_PREFIX: &str = "source:";

/// What a storage key names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyed<'a> {
    /// An import of treaties, kept under its first treaty's id.
    Document(&'a str),
    /// An import of sources only, kept under its first source's id.
    Source(&'a str),
}

/// What `key` names (see [`Bundle::storage_key`]).
pub fn keyed(key: &str) -> Keyed<'_> {
    match key.strip_prefix(SOURCE_PREFIX) {
        Some(id) => Keyed::Source(id),
        None => Keyed::Document(key),
    }
}

impl Bundle {
    /// The key this import is kept under: its first treaty's id, or `source:` and its first
    /// source's id; `None` when it adds neither.
    pub fn storage_key(&self) -> Option<String> {
        self.documents.first().map(|d| d.id.clone()).or_else(|| {
            self.sources
                .first()
                .map(|s| format!("{SOURCE_PREFIX}{}", s.id))
        })
    }

    /// Moves this import off its key, which was found taken (another tab kept something under
    /// it): its first treaty `x` (or, with none, its first source) takes the first of `x-2`,
    /// `x-3`, … whose key is not `taken` and that no other part of the import uses, and every
    /// reference to it follows. Called on the import as it was read, with every key found taken
    /// so far, so that each attempt counts on from the last. The new key, or `None` for an
    /// import that adds neither a treaty nor a source.
    pub fn take_next_key(&mut self, taken: impl Fn(&str) -> bool) -> Option<String> {
        let current = self.storage_key()?;
        let (old, source) = match keyed(&current) {
            Keyed::Document(id) => (id.to_owned(), false),
            Keyed::Source(id) => (id.to_owned(), true),
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

    /// Gives source `old` the id `new`, with every report of it (in articles and annexes)
    /// following.
    pub(crate) fn rename_source(&mut self, old: &str, new: &str) {
        for s in self.sources.iter_mut().filter(|s| s.id == old) {
            s.id = new.to_owned();
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
    }
}
