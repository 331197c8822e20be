//! The loaded library: the index of every treaty, the treaties loaded so far (with their
//! sources) and the reader's imports, and the reference catalog built from the index once.

use crate::route::Route;
use crate::storage::Stored;
use std::collections::HashSet;
use std::rc::Rc;
use treaty_core::bundle::Bundle;
use treaty_core::index::LibraryIndex;
use treaty_core::refs::{self, Catalog, Mention};
use treaty_core::stored::{keyed, Keyed};

/// Everything the pages read. Shared by `Rc` through a Yew context; equality is identity, so
/// components re-render only when the library changes.
#[derive(Debug)]
pub struct Library {
    /// Every treaty and source of the library, without texts: lists, facts, references.
    pub index: LibraryIndex,
    /// The treaties whose files are loaded, with their sources, and everything imported. A
    /// page is shown once the treaties it needs are here (see [`Library::missing_for`]).
    pub bundle: Bundle,
    /// Where the index is (treaty files are relative to it); `None` when the whole library
    /// came in one bundle.
    index_url: Option<String>,
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

/// The shipped library as it was fetched.
#[derive(Debug, Clone)]
pub enum Shipped {
    /// A whole bundle (`?bundle=`, the web component, the prerenderer).
    Whole(Bundle),
    /// The index at `url` and the treaty files loaded with it.
    Indexed {
        url: String,
        index: LibraryIndex,
        parts: Vec<Bundle>,
    },
}

impl Library {
    /// The library of one whole bundle.
    pub fn new(bundle: Bundle) -> Rc<Self> {
        Self::with_imports(Shipped::Whole(bundle), Vec::new(), Vec::new())
    }

    /// The library of an index with no treaty file loaded yet.
    pub fn new_indexed(url: String, index: LibraryIndex) -> Rc<Self> {
        Self::with_imports(
            Shipped::Indexed {
                url,
                index,
                parts: Vec::new(),
            },
            Vec::new(),
            Vec::new(),
        )
    }

    /// The shipped library with the reader's imported bundles added (never replacing a shipped
    /// document), and any problems reading them.
    pub fn with_imports(shipped: Shipped, stored: Vec<Stored>, notices: Vec<String>) -> Rc<Self> {
        let (mut index, mut bundle, index_url) = match shipped {
            Shipped::Whole(bundle) => (LibraryIndex::of(&bundle), bundle, None),
            Shipped::Indexed { url, index, parts } => {
                let bundle = parts.into_iter().fold(
                    Bundle::new(Vec::new(), Vec::new(), Vec::new()),
                    Bundle::merged,
                );
                (index, bundle, Some(url))
            }
        };
        let mut imports = Vec::new();
        for stored in stored {
            add_import(&mut index, &mut bundle, &mut imports, stored);
        }
        let catalog = Catalog::from_index(&index);
        Rc::new(Self {
            index,
            bundle,
            index_url,
            catalog,
            imports,
            notices,
        })
    }

    /// This library with the imports kept under `gone` taken out (and what they added), and the
    /// `new` ones added; keys it has not (or already has) are passed over, so that a change heard
    /// twice (from this tab and from storage) is applied once. `None` when nothing changes.
    pub fn updated(&self, gone: &[String], new: Vec<Stored>) -> Option<Rc<Self>> {
        let has = |key: &str| self.imports.iter().any(|i| i.key == key);
        let new: Vec<Stored> = new.into_iter().filter(|s| !has(&s.key)).collect();
        if new.is_empty() && !gone.iter().any(|key| has(key)) {
            return None;
        }
        let (gone, mut imports): (Vec<Import>, Vec<Import>) = self
            .imports
            .iter()
            .cloned()
            .partition(|i| gone.contains(&i.key));
        let documents: HashSet<&String> = gone.iter().flat_map(|i| &i.documents).collect();
        let sources: HashSet<&String> = gone.iter().flat_map(|i| &i.sources).collect();
        let mut index = self.index.clone();
        index.treaties.retain(|t| !documents.contains(&t.id));
        index.sources.retain(|s| !sources.contains(&s.id));
        let mut bundle = self.bundle.clone();
        bundle.documents.retain(|d| !documents.contains(&d.id));
        bundle.sources.retain(|s| !sources.contains(&s.id));
        for stored in new {
            add_import(&mut index, &mut bundle, &mut imports, stored);
        }
        Some(self.changed(index, bundle, imports))
    }

    /// This library made to hold exactly the imports `stored` (all that storage holds now, as
    /// another tab left it); `None` when it holds them already.
    pub fn synced(&self, stored: Vec<Stored>) -> Option<Rc<Self>> {
        let gone: Vec<String> = self
            .imports
            .iter()
            .filter(|i| !stored.iter().any(|s| s.key == i.key))
            .map(|i| i.key.clone())
            .collect();
        self.updated(&gone, stored)
    }

    /// Whether the library in memory has the treaty or source a storage key names (a key an
    /// import must not move to).
    pub fn holds_key(&self, key: &str) -> bool {
        match keyed(key) {
            Keyed::Document(id) => self.index.treaty(id).is_some(),
            Keyed::Source(id) => self.index.source(id).is_some(),
        }
    }

    /// This library with another index, bundle and imports (the catalog follows the index).
    fn changed(&self, index: LibraryIndex, bundle: Bundle, imports: Vec<Import>) -> Rc<Self> {
        let catalog = Catalog::from_index(&index);
        Rc::new(Self {
            index,
            bundle,
            index_url: self.index_url.clone(),
            catalog,
            imports,
            notices: self.notices.clone(),
        })
    }

    /// This library with more treaty files loaded.
    pub fn with_parts(&self, parts: Vec<Bundle>) -> Rc<Self> {
        Rc::new(Self {
            index: self.index.clone(),
            bundle: parts.into_iter().fold(self.bundle.clone(), Bundle::merged),
            index_url: self.index_url.clone(),
            catalog: self.catalog.clone(),
            imports: self.imports.clone(),
            notices: self.notices.clone(),
        })
    }

    /// Of the treaties `ids`, those the index lists but whose files are not loaded yet.
    pub fn missing_for(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .filter(|id| self.index.treaty(id).is_some() && self.bundle.document(id).is_none())
            .cloned()
            .collect()
    }

    /// Every treaty whose file is not loaded yet (for whole-library work: export, fitting an
    /// import in).
    pub fn missing(&self) -> Vec<String> {
        let all: Vec<String> = self.index.treaties.iter().map(|t| t.id.clone()).collect();
        self.missing_for(&all)
    }

    /// The address of treaty `id`'s file, if it is one to load.
    pub fn part_url(&self, id: &str) -> Option<String> {
        let base = self.index_url.as_deref()?;
        let file = &self.index.treaty(id)?.file;
        let dir = base.rfind('/').map_or("", |slash| &base[..=slash]);
        Some(format!("{dir}{file}"))
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

    /// References and terms in `text`, read as part of (or about) `document_id`.
    pub fn mentions(&self, text: &str, document_id: &str) -> Vec<Mention> {
        refs::recognise(text, &self.catalog, document_id)
    }
}

/// Adds one stored import: what it holds that the library has not (an import never replaces a
/// shipped treaty), and its record of what it added.
fn add_import(
    index: &mut LibraryIndex,
    bundle: &mut Bundle,
    imports: &mut Vec<Import>,
    Stored {
        key,
        bundle: import,
    }: Stored,
) {
    // Sets, not searches of the index: an import of 50,000 sources is added on every start.
    let treaties: HashSet<&str> = index.treaties.iter().map(|t| t.id.as_str()).collect();
    let sources: HashSet<&str> = index.sources.iter().map(|s| s.id.as_str()).collect();
    imports.push(Import {
        key,
        documents: import
            .documents
            .iter()
            .filter(|d| !treaties.contains(d.id.as_str()))
            .map(|d| d.id.clone())
            .collect(),
        sources: import
            .sources
            .iter()
            .filter(|s| !sources.contains(s.id.as_str()))
            .map(|s| s.id.clone())
            .collect(),
    });
    let empty = || Bundle::new(Vec::new(), Vec::new(), Vec::new());
    *index = std::mem::replace(index, LibraryIndex::of(&empty())).merged(LibraryIndex::of(&import));
    *bundle = std::mem::replace(bundle, empty()).merged(import);
}

/// The treaties a page shows: the one it names, or those its source is about.
pub fn treaties_shown(index: &LibraryIndex, route: &Route) -> Vec<String> {
    match route {
        Route::Treaty { id }
        | Route::Preamble { id }
        | Route::Article { id, .. }
        | Route::Synoptic { id, .. }
        | Route::EmbedArticle { id, .. }
        | Route::EmbedPreamble { id } => vec![id.clone()],
        Route::Source { id } | Route::Statement { id, .. } | Route::Quote { id, .. } => index
            .source(id)
            .map(|s| s.about.clone())
            .unwrap_or_default(),
        Route::Library | Route::NotFound => Vec::new(),
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

/// A change the reader made to what is kept on this device.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// An import was saved under `key`; `json` is its bundle as stored.
    Kept { key: String, json: String },
    /// The imports under these keys were deleted.
    Deleted(Vec<String>),
}

/// Tells the app of a [`Change`] once storage has committed it, so the library in memory
/// follows without loading everything again; from the context the app provides.
#[derive(Clone, PartialEq)]
pub struct LibraryChanges(pub yew::Callback<Change>);
