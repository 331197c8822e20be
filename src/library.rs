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
    /// Ids of the documents the reader imported (kept on this device).
    pub imported: Vec<String>,
    /// Problems with the reader's stored treaties, shown on the library page.
    pub notices: Vec<String>,
}

impl Library {
    pub fn new(bundle: Bundle) -> Rc<Self> {
        Self::with_imports(bundle, Vec::new(), Vec::new())
    }

    /// The shipped bundle with the reader's imported bundles added (never replacing a shipped
    /// document), and any problems reading them.
    pub fn with_imports(shipped: Bundle, imports: Vec<Bundle>, notices: Vec<String>) -> Rc<Self> {
        let mut imported = Vec::new();
        let mut bundle = shipped;
        for import in imports {
            imported.extend(
                import
                    .documents
                    .iter()
                    .filter(|d| bundle.document(&d.id).is_none())
                    .map(|d| d.id.clone()),
            );
            bundle = bundle.merged(import);
        }
        let catalog = Catalog::from_bundles([&bundle]);
        Rc::new(Self {
            bundle,
            catalog,
            imported,
            notices,
        })
    }

    /// Whether the reader imported this document.
    pub fn is_imported(&self, document_id: &str) -> bool {
        self.imported.iter().any(|id| id == document_id)
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
