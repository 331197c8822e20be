//! The loaded library: the index of every treaty, the treaties loaded so far (with their
//! sources) and the reader's imports, and the reference catalog built from the index once.
//! Shipped treaty files and imports alike are parts read when a page needs them: a start reads
//! the shipped index and each import's summary, and a page waits for the parts of the treaties
//! it shows (see [`Library::missing_for`]).

use crate::route::Route;
use crate::storage::{Stored, Summary};
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
    /// The treaties whose pages show something of it: those it holds and those its sources
    /// are about.
    pub touches: Vec<String>,
    /// Whether its record is read into [`Library::bundle`].
    pub loaded: bool,
}

/// Parts read for pages: shipped treaty files, the records of imports (by key) and why any of
/// those could not be read (it is then left out, and the reader told on the library page).
#[derive(Debug, Clone, Default)]
pub struct Parts {
    pub bundles: Vec<Bundle>,
    /// The imports read, or given up on (those in `problems`).
    pub imports: Vec<String>,
    pub problems: Vec<String>,
}

impl From<Vec<Bundle>> for Parts {
    fn from(bundles: Vec<Bundle>) -> Self {
        Self {
            bundles,
            ..Self::default()
        }
    }
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

    /// The shipped library with the reader's imports added by their summaries (never replacing
    /// a shipped document; their records are parts, read when a page needs them), and any
    /// problems reading them.
    pub fn with_imports(
        shipped: Shipped,
        summaries: Vec<Summary>,
        notices: Vec<String>,
    ) -> Rc<Self> {
        let (mut index, bundle, index_url) = match shipped {
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
        for summary in summaries {
            add_import(&mut index, &mut imports, summary);
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
    /// `new` ones added, by their summaries, and the `kept` ones, read (this tab kept them);
    /// keys it has not (or already has) are passed over, so that a change heard twice (from this
    /// tab and from storage) is applied once. `None` when nothing changes.
    pub fn updated(
        &self,
        gone: &[String],
        new: Vec<Summary>,
        kept: Vec<Stored>,
    ) -> Option<Rc<Self>> {
        let has = |key: &str| self.imports.iter().any(|i| i.key == key);
        let new: Vec<Summary> = new.into_iter().filter(|s| !has(&s.key)).collect();
        let kept: Vec<Stored> = kept.into_iter().filter(|s| !has(&s.key)).collect();
        if new.is_empty() && kept.is_empty() && !gone.iter().any(|key| has(key)) {
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
        for summary in new {
            add_import(&mut index, &mut imports, summary);
        }
        for Stored { key, bundle: read } in kept {
            let summary = Summary {
                key,
                index: LibraryIndex::of(&read),
            };
            add_import(&mut index, &mut imports, summary);
            if let Some(added) = imports.last_mut() {
                added.loaded = true;
            }
            bundle = bundle.merged(read);
        }
        Some(self.changed(index, bundle, imports))
    }

    /// This library made to hold exactly the imports `stored` (all that storage holds now, as
    /// another tab left it, by their summaries), those `read` with their records; `None` when
    /// it holds them already.
    pub fn synced(&self, stored: Vec<Summary>, read: Vec<Stored>) -> Option<Rc<Self>> {
        let gone: Vec<String> = self
            .imports
            .iter()
            .filter(|i| !stored.iter().any(|s| s.key == i.key))
            .map(|i| i.key.clone())
            .collect();
        let listed = stored
            .into_iter()
            .filter(|s| !read.iter().any(|r| r.key == s.key))
            .collect();
        self.updated(&gone, listed, read)
    }

    /// Of the imports `stored`, the keys of those this library has not and the page at `route`
    /// shows (holding its treaty or a source about it, or the source it is about).
    pub fn new_imports_shown(&self, stored: &[Summary], route: Option<&Route>) -> Vec<String> {
        let Some(route) = route else {
            return Vec::new();
        };
        let mut shown = treaties_shown(&self.index, route);
        if let Route::Source { id } | Route::Statement { id, .. } | Route::Quote { id, .. } = route
        {
            shown.push(id.clone());
        }
        stored
            .iter()
            .filter(|s| !self.imports.iter().any(|i| i.key == s.key))
            .filter(|s| {
                let sources = s.index.sources.iter().map(|source| &source.id);
                annotations(&s.key)
                    || touched_by(&s.index)
                        .chain(sources)
                        .any(|id| shown.contains(id))
            })
            .map(|s| s.key.clone())
            .collect()
    }

    /// Whether the library in memory has the treaty or source a storage key names, or, for
    /// imported annotations (which name no treaty or source of their own), an import kept under
    /// it (a key an import must not move to).
    pub fn holds_key(&self, key: &str) -> bool {
        match keyed(key) {
            Keyed::Document(id) => self.index.treaty(id).is_some(),
            Keyed::Source(id) => self.index.source(id).is_some(),
            Keyed::Annotations(_) => self.imports.iter().any(|i| i.key == key),
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

    /// This library with more parts read: shipped treaty files and imports' records.
    pub fn with_parts(&self, parts: Parts) -> Rc<Self> {
        let mut imports = self.imports.clone();
        for import in imports
            .iter_mut()
            .filter(|i| parts.imports.contains(&i.key))
        {
            import.loaded = true;
        }
        let mut notices = self.notices.clone();
        notices.extend(parts.problems);
        Rc::new(Self {
            index: self.index.clone(),
            bundle: parts
                .bundles
                .into_iter()
                .fold(self.bundle.clone(), Bundle::merged),
            index_url: self.index_url.clone(),
            catalog: self.catalog.clone(),
            imports,
            notices,
        })
    }

    /// Of the treaties `ids`, those a page cannot show yet: listed by the index without their
    /// file loaded, or shown with something of an import not read yet (its own treaty, or
    /// sources about a shipped one).
    pub fn missing_for(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .filter(|id| {
                let shipped_unread = !self.is_imported(id)
                    && self.index.treaty(id).is_some()
                    && self.bundle.document(id).is_none();
                // An import's own treaty is missing until its record is read, or given up on (a
                // record that no longer reads is named on the library page, and its treaty is
                // then not found rather than loading for ever).
                shipped_unread || self.unread_touching(id).next().is_some()
            })
            .cloned()
            .collect()
    }

    /// Every treaty whose parts are not all read yet (for whole-library work: export, fitting
    /// an import in).
    pub fn missing(&self) -> Vec<String> {
        let all: Vec<String> = self.index.treaties.iter().map(|t| t.id.clone()).collect();
        self.missing_for(&all)
    }

    /// The keys of the imports not read yet that the pages of the treaties `ids` show.
    pub fn imports_for(&self, ids: &[String]) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for import in ids.iter().flat_map(|id| self.unread_touching(id)) {
            if !keys.contains(&import.key) {
                keys.push(import.key.clone());
            }
        }
        keys
    }

    /// Whether the whole library came in one bundle (`?bundle=`): it has no search index built
    /// with the app, so it is indexed on the device.
    pub fn came_whole(&self) -> bool {
        self.index_url.is_none()
    }

    /// The library's own treaties and sources as loaded, without the reader's imports.
    pub fn without_imports(&self) -> Bundle {
        let mut own = self.bundle.clone();
        own.documents.retain(|d| !self.is_imported(&d.id));
        own.sources.retain(|s| !self.is_imported_source(&s.id));
        own
    }

    /// Whether the reader imported any treaty (not only sources).
    pub fn has_imported_treaties(&self) -> bool {
        self.imports.iter().any(|i| !i.documents.is_empty())
    }

    /// The storage key of every import.
    pub fn import_keys(&self) -> Vec<String> {
        self.imports.iter().map(|i| i.key.clone()).collect()
    }

    /// The keys of every import not read yet.
    pub fn unread_imports(&self) -> Vec<String> {
        self.imports
            .iter()
            .filter(|i| !i.loaded)
            .map(|i| i.key.clone())
            .collect()
    }

    fn unread_touching<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Import> {
        self.imports.iter().filter(move |i| {
            !i.loaded && (i.touches.iter().any(|t| t == id) || annotations(&i.key))
        })
    }

    /// The address of treaty `id`'s file, if it is one to load: shipped, and not loaded yet.
    pub fn part_url(&self, id: &str) -> Option<String> {
        if self.is_imported(id) || self.bundle.document(id).is_some() {
            return None;
        }
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
                    self.index
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

/// Adds one stored import by its summary: what it holds that the library has not (an import
/// never replaces a shipped treaty), its record of what it added and which treaties' pages
/// show it. Its record is not read.
fn add_import(index: &mut LibraryIndex, imports: &mut Vec<Import>, summary: Summary) {
    let Summary { key, index: added } = summary;
    // Sets, not searches of the index: an import of 50,000 sources is added on every start.
    let treaties: HashSet<&str> = index.treaties.iter().map(|t| t.id.as_str()).collect();
    let sources: HashSet<&str> = index.sources.iter().map(|s| s.id.as_str()).collect();
    let mut touches: Vec<String> = Vec::new();
    for id in touched_by(&added) {
        if !touches.contains(id) {
            touches.push(id.clone());
        }
    }
    imports.push(Import {
        key,
        documents: added
            .treaties
            .iter()
            .filter(|t| !treaties.contains(t.id.as_str()))
            .map(|t| t.id.clone())
            .collect(),
        sources: added
            .sources
            .iter()
            .filter(|s| !sources.contains(s.id.as_str()))
            .map(|s| s.id.clone())
            .collect(),
        touches,
        loaded: false,
    });
    let empty = LibraryIndex::of(&Bundle::new(Vec::new(), Vec::new(), Vec::new()));
    *index = std::mem::replace(index, empty).merged(added);
}

/// Whether `key` holds imported annotations: statements about sources of any treaty, which
/// its summary cannot name (they name only sources), small enough to read for every page.
fn annotations(key: &str) -> bool {
    matches!(keyed(key), Keyed::Annotations(_))
}

/// The treaties whose pages show something of an import with index `index`: those it holds
/// and those its sources are about (with repeats).
fn touched_by(index: &LibraryIndex) -> impl Iterator<Item = &String> {
    let treaties = index.treaties.iter().map(|t| &t.id);
    treaties.chain(index.sources.iter().flat_map(|s| &s.about))
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
        Route::Compare { provisions } => {
            let mut treaties: Vec<String> = Vec::new();
            for (treaty, _) in Route::compared(provisions) {
                if !treaties.contains(&treaty) {
                    treaties.push(treaty);
                }
            }
            treaties
        }
        Route::Library | Route::Search | Route::NotFound => Vec::new(),
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
    /// An import was saved under `key`: its bundle as stored.
    Kept { key: String, bundle: Bundle },
    /// The imports under these keys were deleted.
    Deleted(Vec<String>),
}

/// Tells the app of a [`Change`] once storage has committed it, so the library in memory
/// follows without loading everything again; from the context the app provides.
#[derive(Clone, PartialEq)]
pub struct LibraryChanges(pub yew::Callback<Change>);

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLE: &str = include_str!("../tests/fixtures/mini-bundle.json");

    fn shipped() -> Bundle {
        Bundle::from_json(BUNDLE).unwrap()
    }

    /// An import of one source, `id`, about the shipped test treaty.
    fn source_import(id: &str) -> Bundle {
        let mut source = shipped().sources[0].clone();
        source.id = id.to_owned();
        Bundle::new(Vec::new(), vec![source], Vec::new())
    }

    /// An import of one treaty, `id` (a copy of the shipped Charter).
    fn treaty_import(id: &str) -> Bundle {
        let mut document = shipped().documents[1].clone();
        document.id = id.to_owned();
        Bundle::new(vec![document], Vec::new(), Vec::new())
    }

    fn summary(key: &str, bundle: &Bundle) -> Summary {
        Summary {
            key: key.to_owned(),
            index: LibraryIndex::of(bundle),
        }
    }

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| id.to_string()).collect()
    }

    fn library() -> Rc<Library> {
        Library::with_imports(
            Shipped::Whole(shipped()),
            vec![
                summary("source:local-wire", &source_import("local-wire")),
                summary("local-pact", &treaty_import("local-pact")),
            ],
            Vec::new(),
        )
    }

    #[test]
    fn every_page_waits_for_imported_annotations() {
        let mut annotated = Bundle::new(Vec::new(), Vec::new(), Vec::new());
        let mut statement = shipped().sources[0].clone();
        statement.attributions.truncate(1);
        annotated.statements = statement
            .attributions
            .iter()
            .map(|a| treaty_core::bundle::KeptStatement {
                source: statement.id.clone(),
                origin: None,
                attribution: a.clone(),
            })
            .collect();
        let library = Library::with_imports(
            Shipped::Whole(shipped()),
            vec![summary("annotations:x", &annotated)],
            Vec::new(),
        );
        // Its summary names no treaty: the statements may be about any, so any page reads it.
        for treaty in ["un-charter-1945", "test-treaty"] {
            assert_eq!(
                library.imports_for(&ids(&[treaty])),
                ids(&["annotations:x"])
            );
        }
        let route = Route::Treaty {
            id: "un-charter-1945".into(),
        };
        let other_tab = summary("annotations:y", &annotated);
        assert_eq!(
            library.new_imports_shown(&[other_tab], Some(&route)),
            ids(&["annotations:y"])
        );
    }

    #[test]
    fn a_start_lists_imports_without_reading_them() {
        let library = library();
        assert!(library.index.treaty("local-pact").is_some());
        assert!(library.index.source("local-wire").is_some());
        assert!(library.bundle.document("local-pact").is_none());
        assert!(library.bundle.source("local-wire").is_none());
        assert_eq!(library.unread_imports().len(), 2);
        // The library page needs nothing read; the Charter, which no import touches, neither.
        assert!(library.missing_for(&ids(&["un-charter-1945"])).is_empty());
    }

    #[test]
    fn a_page_waits_for_the_imports_it_shows() {
        let library = library();
        // The shipped treaty is loaded, but an import's source about it is not read yet.
        assert_eq!(
            library.missing_for(&ids(&["test-treaty"])),
            ids(&["test-treaty"])
        );
        assert_eq!(
            library.imports_for(&ids(&["test-treaty"])),
            ids(&["source:local-wire"])
        );
        assert_eq!(library.part_url("test-treaty"), None);
        assert_eq!(
            library.imports_for(&ids(&["local-pact"])),
            ids(&["local-pact"])
        );
        assert_eq!(library.part_url("local-pact"), None, "imports have no file");

        let read = library.with_parts(Parts {
            bundles: vec![source_import("local-wire")],
            imports: ids(&["source:local-wire"]),
            problems: Vec::new(),
        });
        assert!(read.missing_for(&ids(&["test-treaty"])).is_empty());
        assert!(read.bundle.source("local-wire").is_some());
        assert_eq!(read.unread_imports(), ids(&["local-pact"]));
    }

    #[test]
    fn an_import_that_does_not_read_is_named_and_not_waited_for() {
        let read = library().with_parts(Parts {
            bundles: Vec::new(),
            imports: ids(&["local-pact"]),
            problems: vec!["a saved item (local-pact) could not be read: broken.".to_owned()],
        });
        assert!(read.missing_for(&ids(&["local-pact"])).is_empty());
        assert!(read.bundle.document("local-pact").is_none());
        assert_eq!(read.notices.len(), 1);
    }

    #[test]
    fn this_tabs_import_is_read_and_another_tabs_is_listed() {
        let library = Library::with_imports(Shipped::Whole(shipped()), Vec::new(), Vec::new());
        let kept = library
            .updated(
                &[],
                Vec::new(),
                vec![Stored {
                    key: "local-pact".to_owned(),
                    bundle: treaty_import("local-pact"),
                }],
            )
            .unwrap();
        assert!(kept.bundle.document("local-pact").is_some());
        assert!(kept.missing_for(&ids(&["local-pact"])).is_empty());

        let synced = kept
            .synced(
                vec![
                    summary("local-pact", &treaty_import("local-pact")),
                    summary("source:local-wire", &source_import("local-wire")),
                ],
                Vec::new(),
            )
            .unwrap();
        assert_eq!(synced.unread_imports(), ids(&["source:local-wire"]));
        assert!(
            synced.bundle.document("local-pact").is_some(),
            "kept as read"
        );
        // Deleted in the other tab: gone from the index, the parts and the list.
        let deleted = synced.synced(Vec::new(), Vec::new()).unwrap();
        assert!(deleted.index.treaty("local-pact").is_none());
        assert!(deleted.bundle.document("local-pact").is_none());
        assert!(deleted.imports.is_empty());
    }

    #[test]
    fn another_tabs_import_the_page_shows_is_read_with_the_change() {
        let library = Library::with_imports(Shipped::Whole(shipped()), Vec::new(), Vec::new());
        let stored = vec![
            summary("source:local-wire", &source_import("local-wire")),
            summary("local-pact", &treaty_import("local-pact")),
        ];
        let article = Route::Article {
            id: "test-treaty".to_owned(),
            number: "1".to_owned(),
        };
        assert_eq!(
            library.new_imports_shown(&stored, Some(&article)),
            ids(&["source:local-wire"])
        );
        assert!(library
            .new_imports_shown(&stored, Some(&Route::Library))
            .is_empty());
        let read = vec![Stored {
            key: "source:local-wire".to_owned(),
            bundle: source_import("local-wire"),
        }];
        let synced = library.synced(stored, read).unwrap();
        assert!(synced.missing_for(&ids(&["test-treaty"])).is_empty());
        assert_eq!(synced.unread_imports(), ids(&["local-pact"]));
    }

    #[test]
    fn deleting_a_treaty_takes_the_unread_sources_only_about_it() {
        let mut about_pact = source_import("local-note");
        about_pact.sources[0].about = ids(&["local-pact"]);
        let library = Library::with_imports(
            Shipped::Whole(shipped()),
            vec![
                summary("local-pact", &treaty_import("local-pact")),
                summary("source:local-note", &about_pact),
                summary("source:local-wire", &source_import("local-wire")),
            ],
            Vec::new(),
        );
        let doomed: Vec<&str> = library
            .deletion_of("local-pact")
            .iter()
            .map(|i| i.key.as_str())
            .collect();
        assert_eq!(doomed, vec!["local-pact", "source:local-note"]);
    }
}
