//! The loaded library: a bundle plus the reference catalog built from it once.

use crate::storage::Stored;
use std::rc::Rc;
use treaty_core::bundle::Bundle;
use treaty_core::model::Document;
use treaty_core::refs::{self, Catalog, Mention};

/// Everything the pages read. Shared by `Rc` through a Yew context; equality is identity, so
/// components re-render only when a new library is loaded.
#[derive(Debug)]
pub struct Library {
    pub bundle: Bundle,
    catalog: Catalog,
    /// What the reader imported (kept on this device), one entry per stored record.
    pub imports: Vec<Import>,
    /// Problems with the reader's stored treaties, shown on the library page.
    pub notices: Vec<String>,
}

/// One stored import and the ids of what it added to the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// Its key in storage.
    pub key: String,
    pub documents: Vec<String>,
    pub sources: Vec<String>,
}

impl Library {
    pub fn new(bundle: Bundle) -> Rc<Self> {
        Self::with_imports(bundle, Vec::new(), Vec::new())
    }

    /// The shipped bundle with the reader's imported bundles added (never replacing a shipped
    /// document), and any problems reading them.
    pub fn with_imports(shipped: Bundle, stored: Vec<Stored>, notices: Vec<String>) -> Rc<Self> {
        let mut imports = Vec::new();
        let mut bundle = shipped;
        for Stored {
            key,
            bundle: import,
        } in stored
        {
            imports.push(Import {
                key,
                documents: import
                    .documents
                    .iter()
                    .filter(|d| bundle.document(&d.id).is_none())
                    .map(|d| d.id.clone())
                    .collect(),
                sources: import
                    .sources
                    .iter()
                    .filter(|s| bundle.source(&s.id).is_none())
                    .map(|s| s.id.clone())
                    .collect(),
            });
            bundle = bundle.merged(import);
        }
        let catalog = Catalog::from_bundles([&bundle]);
        Rc::new(Self {
            bundle,
            catalog,
            imports,
            notices,
        })
    }

    /// Whether the reader imported this document.
    pub fn is_imported(&self, document_id: &str) -> bool {
        self.imports
            .iter()
            .any(|i| i.documents.iter().any(|d| d == document_id))
    }

    /// Whether the reader imported this source.
    pub fn is_imported_source(&self, source_id: &str) -> bool {
        self.imports
            .iter()
            .any(|i| i.sources.iter().any(|s| s == source_id))
    }

    /// What deleting the imported document (or source) `id` removes: the stored imports that
    /// hold it, and every import of sources that are only about documents going with them.
    /// Empty for anything shipped with the app.
    pub fn deletion_of(&self, id: &str) -> Vec<&Import> {
        let mut doomed: Vec<&Import> = self
            .imports
            .iter()
            .filter(|i| i.documents.iter().chain(&i.sources).any(|x| x == id))
            .collect();
        let documents: Vec<&String> = doomed.iter().flat_map(|i| &i.documents).collect();
        let orphans: Vec<&Import> = self
            .imports
            .iter()
            .filter(|i| !doomed.contains(i) && i.documents.is_empty() && !i.sources.is_empty())
            .filter(|i| {
                i.sources.iter().all(|s| {
                    self.bundle
                        .source(s)
                        .is_some_and(|s| s.about.iter().all(|a| documents.contains(&a)))
                })
            })
            .collect();
        doomed.extend(orphans);
        doomed
    }

    /// The treaty opened first: the bundle's first document.
    pub fn default_document(&self) -> Option<&Document> {
        self.bundle.documents.first()
    }

    /// References and terms in `text`, read as part of (or about) `document_id`.
    pub fn mentions(&self, text: &str, document_id: &str) -> Vec<Mention> {
        refs::recognise(text, &self.catalog, document_id)
    }
}

/// The library as components receive it (context and props): behind an `Rc`, compared by
/// identity.
#[derive(Debug, Clone)]
pub struct LibraryContext(pub Rc<Library>);

impl PartialEq for LibraryContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for LibraryContext {
    type Target = Library;
    fn deref(&self) -> &Library {
        &self.0
    }
}

/// The loaded library, from the context the shell provides around every page.
#[yew::hook]
pub fn use_library() -> LibraryContext {
    yew::use_context::<LibraryContext>()
        .expect("pages are only rendered inside the shell, which provides the library")
}

/// Asks the app to load the library again (after an import), from the context the app
/// provides.
#[derive(Clone, PartialEq)]
pub struct ReloadLibrary(pub yew::Callback<()>);
