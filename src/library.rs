//! The loaded library: a bundle plus the reference catalog built from it once.

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
}

impl Library {
    pub fn new(bundle: Bundle) -> Rc<Self> {
        let catalog = Catalog::from_bundles([&bundle]);
        Rc::new(Self { bundle, catalog })
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
