//! What references can resolve to: the instruments of the loaded bundles and their glossary.

use crate::bundle::Bundle;

/// The instruments and glossary terms a recogniser knows, built once per loaded library.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    pub instruments: Vec<Instrument>,
    pub terms: Vec<Term>,
}

/// A document that references can name.
#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    /// [`crate::model::Document::id`].
    pub id: String,
    /// Names other texts use for it: title, short title and aliases.
    pub names: Vec<String>,
    /// Names it uses for itself ("the present Charter").
    pub self_names: Vec<String>,
}

/// A glossary term and the forms it is recognised in.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// [`crate::bundle::GlossaryEntry::id`].
    pub id: String,
    pub forms: Vec<String>,
    /// Documents whose texts and sources the term applies to; empty means all.
    pub documents: Vec<String>,
}

impl Catalog {
    /// The catalog of a library index: every treaty it lists and its glossary, so references
    /// resolve before any treaty's own file is loaded.
    pub fn from_index(index: &crate::index::LibraryIndex) -> Self {
        Self {
            instruments: index
                .treaties
                .iter()
                .map(|t| {
                    let mut names = vec![t.title.clone(), t.short_title.clone()];
                    names.extend(t.aliases.iter().cloned());
                    Instrument {
                        id: t.id.clone(),
                        names,
                        self_names: t.self_references.clone(),
                    }
                })
                .collect(),
            terms: index
                .glossary
                .iter()
                .map(|g| Term {
                    id: g.id.clone(),
                    forms: g.forms.clone(),
                    documents: g.documents.clone(),
                })
                .collect(),
        }
    }

    /// The catalog of everything in `bundles`.
    pub fn from_bundles<'a>(bundles: impl IntoIterator<Item = &'a Bundle>) -> Self {
        let mut catalog = Catalog::default();
        for bundle in bundles {
            for d in &bundle.documents {
                let mut names = vec![d.title.clone(), d.short_title.clone()];
                names.extend(d.aliases.iter().cloned());
                catalog.instruments.push(Instrument {
                    id: d.id.clone(),
                    names,
                    self_names: d.self_references.clone(),
                });
            }
            for g in &bundle.glossary {
                catalog.terms.push(Term {
                    id: g.id.clone(),
                    forms: g.forms.clone(),
                    documents: g.documents.clone(),
                });
            }
        }
        catalog
    }
}
