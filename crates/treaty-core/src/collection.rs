//! The reader's own collection, built on bundles: the shipped library plus imports, one treaty
//! cut out with everything it needs (for export), and an import fitted into a library so that
//! it adds what is new without replacing or duplicating what is there.

use crate::bundle::{Bundle, KeptStatement, Source};
use std::collections::{HashMap, HashSet};

impl Bundle {
    /// This bundle with `other`'s documents, sources and glossary entries added, except those
    /// whose ids are already taken: the shipped library plus the reader's own imports, where an
    /// import can never replace a shipped treaty.
    ///
    /// The statements imported from Web Annotations, `other`'s and those this bundle still
    /// holds, are then applied: each is appended to its source's `attributions` (never
    /// inserted, so that the indices statement links use stay put) unless the source already
    /// has an attribution of the same span to the same article, which makes merging the same
    /// import twice, or a library with its own imports again, add nothing. An applied statement
    /// is not kept in the result's `statements` (it is in its source now, and a bundle written
    /// from the result holds it there); one whose source the result does not hold stays in
    /// `statements`, to be applied when a later merge brings the source; one whose span does
    /// not fit its source's body is dropped.
    pub fn merged(mut self, other: Bundle) -> Bundle {
        append_new(&mut self.documents, other.documents, |d| &d.id);
        append_new(&mut self.sources, other.sources, |s| &s.id);
        append_new(&mut self.glossary, other.glossary, |g| &g.id);
        let pending = std::mem::take(&mut self.statements);
        if pending.is_empty() && other.statements.is_empty() {
            return self;
        }
        let at: HashMap<String, usize> = self
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        for kept in pending.into_iter().chain(other.statements) {
            let Some(&i) = at.get(&kept.source) else {
                if !self.statements.contains(&kept) {
                    self.statements.push(kept);
                }
                continue;
            };
            let source = &mut self.sources[i];
            if source.statement_text(&kept.attribution).is_empty() || holds(source, &kept) {
                continue;
            }
            source.attributions.push(kept.attribution);
        }
        self
    }

    /// Renames documents whose ids `taken` reports as in use (`x` becomes `x-2`, `x-3`, …),
    /// updating the sources that are about them and the glossary entries that apply to them, so
    /// an import sits beside a treaty with the same name instead of being dropped by [`Bundle::merged`].
    pub fn give_unique_ids(&mut self, taken: impl Fn(&str) -> bool) {
        for i in 0..self.documents.len() {
            let old = self.documents[i].id.clone();
            if !taken(&old) {
                continue;
            }
            // Nor the id of another document of this bundle: an export holding "x" and "x-2",
            // imported beside another "x", would otherwise hold two "x-2", and merging it would
            // drop one of them (the fuzz targets' check on imports caught it).
            let fresh = fresh_id(&old, |id| {
                taken(id) || self.documents.iter().any(|d| d.id == id)
            });
            self.rename_document(&old, &fresh);
        }
    }

    /// The part of this bundle that is new to `library`, ready to be kept beside it: documents
    /// and sources identical to the library's are dropped (re-importing an exported library
    /// adds nothing), and the others whose ids are taken get fresh ids, with every reference to
    /// them (a source's `about`, an article's reports) following. Glossary entries already in
    /// the library are dropped. A source identical to the library's that a kept document's
    /// report cites stays, as it is: the import is stored and read back on its own, and a
    /// report citing a source it does not hold would make it unreadable; merging skips it.
    pub fn fitted_into(mut self, library: &Bundle) -> Bundle {
        self.documents
            .retain(|d| library.document(&d.id).is_none_or(|known| known != d));
        let cited: std::collections::HashSet<String> = self
            .documents
            .iter()
            .flat_map(|d| {
                let annexed = d.annexes.iter().flat_map(|a| &a.articles);
                d.provisions().chain(annexed)
            })
            .flat_map(|p| &p.reports)
            .map(|r| r.source.clone())
            .collect();
        let (shared, sources) = std::mem::take(&mut self.sources)
            .into_iter()
            .partition::<Vec<_>, _>(|s| library.source(&s.id) == Some(s));
        self.sources = sources;
        self.glossary
            .retain(|g| !library.glossary.iter().any(|e| e.id == g.id));
        // Imported statements the library holds already (in its source, or still waiting for
        // it) add nothing.
        self.statements.retain(|k| {
            let applied = library.source(&k.source).is_some_and(|s| holds(s, k));
            !applied && !library.statements.contains(k)
        });
        self.give_unique_ids(|id| library.document(id).is_some());
        let taken = |id: &str| library.source(id).is_some();
        for i in 0..self.sources.len() {
            let old = self.sources[i].id.clone();
            if !taken(&old) {
                continue;
            }
            let fresh = fresh_id(&old, |id| {
                taken(id) || self.sources.iter().any(|s| s.id == id)
            });
            self.rename_source(&old, &fresh);
        }
        self.sources
            .extend(shared.into_iter().filter(|s| cited.contains(&s.id)));
        self
    }

    /// Whether the bundle holds nothing at all (an import that added nothing new).
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
            && self.sources.is_empty()
            && self.glossary.is_empty()
            && self.statements.is_empty()
    }

    /// One document with everything needed to read it elsewhere: its sources (those about it and
    /// those its reports cite) and the glossary entries that apply to it. `None` if the bundle
    /// has no such document. The result passes [`Bundle::check`] whenever this bundle does.
    pub fn for_document(&self, id: &str) -> Option<Bundle> {
        let document = self.document(id)?.clone();
        let cited: Vec<&str> = document
            .articles
            .iter()
            .flat_map(|a| &a.reports)
            .map(|r| r.source.as_str())
            .collect();
        let sources = self
            .sources
            .iter()
            .filter(|s| s.about.iter().any(|a| a == id) || cited.contains(&s.id.as_str()))
            .cloned()
            .collect();
        let glossary = self
            .glossary
            .iter()
            .filter(|g| g.documents.is_empty() || g.documents.iter().any(|d| d == id))
            .cloned()
            .collect();
        Some(Bundle::new(vec![document], sources, glossary))
    }
}

/// Whether `source` has an attribution of `kept`'s span to `kept`'s article already.
pub(crate) fn holds(source: &Source, kept: &KeptStatement) -> bool {
    let s = &kept.attribution.statement;
    source.attributions.iter().any(|a| {
        a.statement.start == s.start
            && a.statement.end == s.end
            && a.article() == kept.attribution.article()
    })
}

/// `id-2`, `id-3`, … : the first not `taken`.
pub(crate) fn fresh_id(id: &str, taken: impl Fn(&str) -> bool) -> String {
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or_default()
}

/// Appends to `into` the items of `from` whose ids (`id`) it does not hold yet, the first of
/// each id winning. Looks ids up in a set: a library of imports with 50,000 sources merged by
/// searching the list for each one cost seconds on every start.
pub(crate) fn append_new<T>(into: &mut Vec<T>, from: Vec<T>, id: impl Fn(&T) -> &str) {
    let mut held: HashSet<String> = into.iter().map(|item| id(item).to_owned()).collect();
    for item in from {
        if held.insert(id(&item).to_owned()) {
            into.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::append_new;

    #[test]
    fn appending_keeps_the_first_of_each_id_in_order() {
        let mut held = vec![("a", 1), ("b", 1)];
        append_new(
            &mut held,
            vec![("b", 2), ("c", 2), ("c", 3), ("d", 2)],
            |(id, _)| id,
        );
        assert_eq!(held, vec![("a", 1), ("b", 1), ("c", 2), ("d", 2)]);
    }
}
