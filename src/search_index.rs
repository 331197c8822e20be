//! The search index as the page holds it, and one search run over it. The shipped library's
//! index was built and split at build time (`treaty bundle`, Pagefind's way): its dictionary is
//! fetched on the first search, then only the postings chunks a query's words need and the
//! fragments (texts) of the results shown; all are kept for the page's life. Each of the
//! reader's imports has an index of its own, made by the background worker when it was added
//! and kept in IndexedDB beside it. A library opened whole (`?bundle=`) is indexed by the
//! worker at its first search, once.
//! The core decides what matches, how it ranks and how it groups; this module fetches, and
//! turns the core's targets into routes and labels.

use crate::library::{Library, LibraryContext};
use crate::route::Route;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use treaty_core::search::{
    self, Chunk, Filter, Fragment, Group, Hit, Index, Meta, Query, Segment, Shown, Snippet, Target,
};

/// Where the shipped index is, relative to the app's base URL (beside the library index).
const SHIPPED_DIR: &str = "bundles/search";
/// How many groups a search shows at first, and how many more each "More results" adds: each
/// shown group fetches the text its snippets are cut from, so a first screen of ten keeps a
/// first search small (Pagefind shows five, then loads more on request).
pub const GROUPS_PER_PAGE: usize = 10;
/// How long a snippet is, in characters: two lines of the results column.
const SNIPPET_CHARS: usize = 180;

/// What a search found, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// "Article 4" typed as a query: the article it names, and its label.
    pub jump: Option<(Route, String)>,
    pub groups: Vec<ShownGroup>,
    /// How many passages matched in all (more than are shown, sometimes).
    pub total: usize,
    /// How many places (articles, sources) matched in all; `groups` holds the first of them.
    pub places: usize,
    /// The languages the library's texts are in, for the language filter.
    pub languages: Vec<String>,
    /// False for a [`Pass::First`] that left something out: typos whose index chunks are not
    /// held, or texts of the hits shown (those have no snippet yet).
    pub complete: bool,
}

/// How much a search fetches before it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Only the index chunks of the words' exact and prefix matches: answer with the texts
    /// held, a hit whose text is not held yet without a snippet, and without the typos whose
    /// chunks are not held (they rank below).
    First,
    /// Everything: the typos' chunks and the texts of the results shown.
    Complete,
}

impl Found {
    /// "12 passages in 5 places".
    pub fn summary(&self) -> String {
        let places = self.places;
        format!(
            "{} passage{} in {places} place{}{}",
            self.total,
            if self.total == 1 { "" } else { "s" },
            if places == 1 { "" } else { "s" },
            if self.more() {
                format!(", the best {} shown", self.groups.len())
            } else {
                String::new()
            }
        )
    }

    /// Whether more places matched than are shown.
    pub fn more(&self) -> bool {
        self.places > self.groups.len()
    }
}

/// One treaty article, or one source, with its hits.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownGroup {
    /// `"provision"` or `"source"`, for styling.
    pub kind: &'static str,
    pub title: String,
    /// The treaty's or the outlet's name.
    pub context: Option<String>,
    pub to: Route,
    pub anchor: Option<String>,
    pub query: Option<String>,
    pub hits: Vec<ShownHit>,
}

/// One matching passage.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownHit {
    pub to: Route,
    /// The paragraph's or statement's element id on the page `to`.
    pub anchor: Option<String>,
    pub query: Option<String>,
    pub language: String,
    /// Where in the group ("Russian text, ¶ 2"), when the group has more than one text.
    pub place: Option<String>,
    /// `None` while its text is being fetched.
    pub snippet: Option<Snippet>,
    /// Why it matched when the words are not in it ("through the glossary term …").
    pub note: Option<String>,
}

/// The index parts fetched so far (shipped) and made so far (imports, whole libraries).
#[derive(Default)]
struct Held {
    meta: Option<Rc<Meta>>,
    /// The shipped chunks fetched, in the order fetched, and their numbers.
    chunks: Vec<Chunk>,
    chunk_numbers: Vec<usize>,
    fragments: HashMap<u32, Rc<Fragment>>,
    /// Each import's index, by storage key.
    imports: HashMap<String, Rc<Index>>,
    /// The index of a library opened whole, with the library it was made from.
    whole: Option<(std::rc::Weak<Library>, Rc<Index>)>,
}

thread_local! {
    static HELD: RefCell<Held> = RefCell::new(Held::default());
}

/// The indexes a search of `library` reads: the shipped one (split) or the whole library's,
/// then each import's.
#[derive(Clone)]
enum Part {
    Shipped(Rc<Meta>),
    Whole(Rc<Index>),
}

/// Searches `library` for `words`: the first `shown` places found, ready to show, or why the
/// index could not be had. A [`Pass::First`] answers as soon as the index chunks of its
/// words' exact and prefix matches are held, so that results follow the keys; a
/// [`Pass::Complete`] then fetches the rest (even on a fast connection, most of a keystroke's
/// time was those fetches: `scripts/benches/search.mjs`).
pub async fn run(
    words: &str,
    filter: &Filter,
    shown: usize,
    library: &LibraryContext,
    pass: Pass,
) -> Result<Found, String> {
    let query = Query::parse(words);
    let jump = search::article_jump(words, &library.index, filter.treaty.as_deref()).map(
        |(treaty, article)| {
            let label = library
                .index
                .treaty(&treaty)
                .map(|t| format!("Article {article} of the {}", t.short_title))
                .unwrap_or_else(|| format!("Article {article}"));
            (Route::provision(&treaty, Some(&article)), label)
        },
    );
    let (parts, typos_left_out) = parts(&query, library, pass).await?;
    let (total, places, groups) = HELD.with(|held| {
        let held = held.borrow();
        let segments = segments(&parts, &held);
        let hits = search::search(&query, &segments, filter);
        let mut groups: Vec<Group> = search::group(&hits);
        let places = groups.len();
        groups.truncate(shown);
        (hits.len(), places, groups)
    });
    // The texts of the shipped hits shown, fetched together.
    let wanted: Vec<u32> = groups
        .iter()
        .flat_map(|g| &g.hits)
        .filter_map(|hit| match parts.get(hit.segment)? {
            Part::Shipped(meta) => Some(meta.entries.get(hit.entry as usize)?.fragment),
            Part::Whole(_) => None,
        })
        .collect();
    if pass == Pass::Complete {
        fetch_fragments(&wanted).await?;
    }
    let shown: Vec<ShownGroup> = HELD.with(|held| {
        let held = held.borrow();
        groups
            .iter()
            .filter_map(|g| show_group(g, &parts, &held, &query, words, library))
            .collect()
    });
    let mut languages: Vec<String> = Vec::new();
    for part in &parts {
        let entries = match part {
            Part::Shipped(meta) => &meta.entries,
            Part::Whole(index) => &index.entries,
        };
        for entry in entries {
            if !languages.contains(&entry.language) {
                languages.push(entry.language.clone());
            }
        }
    }
    let waiting = shown
        .iter()
        .flat_map(|g: &ShownGroup| &g.hits)
        .any(|h| h.snippet.is_none());
    Ok(Found {
        complete: !typos_left_out && !waiting,
        jump,
        groups: shown,
        total,
        places,
        languages,
    })
}

/// The segments the core searches, over what is held.
fn segments<'a>(parts: &'a [Part], held: &'a Held) -> Vec<Segment<'a>> {
    parts
        .iter()
        .map(|part| match part {
            Part::Shipped(meta) => Segment::Split {
                meta,
                chunks: &held.chunks,
            },
            Part::Whole(index) => Segment::Whole(index),
        })
        .collect()
}

/// Everything the query needs, fetched or made: the shipped meta and the chunks the query's
/// words need (or the whole library's index), and each import's index.
async fn parts(
    query: &Query,
    library: &LibraryContext,
    pass: Pass,
) -> Result<(Vec<Part>, bool), String> {
    let mut parts = Vec::new();
    let mut left_out = false;
    if library.came_whole() {
        parts.push(Part::Whole(whole_index(library).await?));
    } else {
        let meta = meta().await?;
        let needed = match pass {
            Pass::First => {
                let first = query.chunks_needed_without_typos(&meta);
                left_out = query.chunks_needed(&meta).iter().any(|n| {
                    !first.contains(n) && HELD.with(|h| !h.borrow().chunk_numbers.contains(n))
                });
                first
            }
            Pass::Complete => query.chunks_needed(&meta),
        };
        let needed: Vec<usize> = needed
            .into_iter()
            .filter(|n| HELD.with(|h| !h.borrow().chunk_numbers.contains(n)))
            .collect();
        let fetched = futures::future::join_all(
            needed
                .iter()
                .map(|n| fetch_json::<Chunk>(format!("{SHIPPED_DIR}/terms-{n}.json"))),
        )
        .await;
        HELD.with(|held| -> Result<(), String> {
            let mut held = held.borrow_mut();
            for (n, chunk) in needed.into_iter().zip(fetched) {
                if !held.chunk_numbers.contains(&n) {
                    held.chunks.push(chunk?);
                    held.chunk_numbers.push(n);
                }
            }
            Ok(())
        })?;
        parts.push(Part::Shipped(meta));
    }
    for key in library.import_keys() {
        if let Some(index) = import_index(&key, library).await {
            parts.push(Part::Whole(index));
        }
    }
    Ok((parts, left_out))
}

/// The shipped dictionary and entry facts, fetched on the first search.
async fn meta() -> Result<Rc<Meta>, String> {
    if let Some(meta) = HELD.with(|h| h.borrow().meta.clone()) {
        return Ok(meta);
    }
    let meta = Rc::new(fetch_json::<Meta>(format!("{SHIPPED_DIR}/meta.json")).await?);
    HELD.with(|h| h.borrow_mut().meta = Some(meta.clone()));
    Ok(meta)
}

/// The shipped fragments `numbers` not fetched yet, fetched together.
async fn fetch_fragments(numbers: &[u32]) -> Result<(), String> {
    let mut missing: Vec<u32> = numbers
        .iter()
        .copied()
        .filter(|n| HELD.with(|h| !h.borrow().fragments.contains_key(n)))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    let fetched = futures::future::join_all(
        missing
            .iter()
            .map(|n| fetch_json::<Fragment>(format!("{SHIPPED_DIR}/fragments-{n}.json"))),
    )
    .await;
    for (n, fragment) in missing.into_iter().zip(fetched) {
        let fragment = Rc::new(fragment?);
        HELD.with(|h| h.borrow_mut().fragments.insert(n, fragment));
    }
    Ok(())
}

/// The index of the import kept under `key`: held, else kept on the device, else made now (by
/// the worker, from its record) and kept. `None` when none can be had (the import is left out
/// of the search rather than failing it).
async fn import_index(key: &str, library: &LibraryContext) -> Option<Rc<Index>> {
    if let Some(index) = HELD.with(|h| h.borrow().imports.get(key).cloned()) {
        return Some(index);
    }
    let json = match crate::storage::search_index(key).await.ok().flatten() {
        Some(json) => json,
        None => {
            let stored = crate::storage::read(key).await.ok()?;
            let json = crate::work::search_index(stored.bundle.to_json(), library)
                .await
                .ok()?;
            crate::storage::keep_search_index(key, &json).await.ok();
            json
        }
    };
    let index = Rc::new(Index::from_json(&json)?);
    HELD.with(|h| h.borrow_mut().imports.insert(key.to_owned(), index.clone()));
    Some(index)
}

/// The index of a library opened whole (`?bundle=`), made by the worker once per library.
async fn whole_index(library: &LibraryContext) -> Result<Rc<Index>, String> {
    let held = HELD.with(|h| {
        h.borrow()
            .whole
            .as_ref()
            .filter(|(of, _)| of.upgrade().is_some_and(|l| Rc::ptr_eq(&l, &library.0)))
            .map(|(_, index)| index.clone())
    });
    if let Some(index) = held {
        return Ok(index);
    }
    let json = crate::work::search_index(library.without_imports().to_json_compact(), library)
        .await
        .map_err(|f| f.to_string())?;
    let index =
        Rc::new(Index::from_json(&json).ok_or("the library's search index could not be read")?);
    HELD.with(|h| h.borrow_mut().whole = Some((Rc::downgrade(&library.0), index.clone())));
    Ok(index)
}

/// Fetches `path` (under the app's base) and reads it as JSON.
async fn fetch_json<T: serde::de::DeserializeOwned>(path: String) -> Result<T, String> {
    let text = crate::loader::fetch_text(&path)
        .await
        .map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| format!("{path} could not be read ({e})"))
}

/// The text of hit `hit` as held.
fn shown_text<'a>(hit: &Hit, parts: &'a [Part], held: &'a Held) -> Option<&'a Shown> {
    match parts.get(hit.segment)? {
        Part::Shipped(meta) => {
            let fragment = meta.entries.get(hit.entry as usize)?.fragment;
            held.fragments.get(&fragment)?.text(hit.entry)
        }
        Part::Whole(index) => index.text(hit.entry),
    }
}

/// The title of the source of hit `hit`: the heading its first paragraph's passage carries
/// (the index gives it to that passage only).
fn source_title(hit: &Hit, parts: &[Part], held: &Held) -> Option<String> {
    let Target::Source { source, .. } = &hit.target else {
        return None;
    };
    let titled = |shown: &Shown| (!shown.heading.is_empty()).then(|| shown.heading.clone());
    match parts.get(hit.segment)? {
        Part::Shipped(meta) => {
            let fragment = meta.entries.get(hit.entry as usize)?.fragment;
            held.fragments
                .get(&fragment)?
                .entries
                .iter()
                .find_map(|(_, shown)| titled(shown))
        }
        Part::Whole(index) => index
            .entries
            .iter()
            .zip(&index.texts)
            .filter(|(facts, _)| {
                matches!(&facts.target, Target::Source { source: s, .. } if s == source)
            })
            .find_map(|(_, shown)| titled(shown)),
    }
}

/// A group as the page shows it: its title and link, and its hits with their snippets.
fn show_group(
    group: &Group,
    parts: &[Part],
    held: &Held,
    query: &Query,
    words: &str,
    library: &LibraryContext,
) -> Option<ShownGroup> {
    let first = group.hits.first()?;
    let shown: Vec<ShownHit> = group
        .hits
        .iter()
        .map(|hit| show_hit(hit, shown_text(hit, parts, held), query, words))
        .collect();
    match &first.target {
        Target::Provision {
            treaty, article, ..
        } => {
            let entry = library.index.treaty(treaty);
            let label = if article == treaty_core::model::PREAMBLE {
                "Preamble".to_owned()
            } else {
                format!("Article {article}")
            };
            Some(ShownGroup {
                kind: "provision",
                title: label,
                context: entry.map(|t| t.short_title.clone()),
                to: Route::provision(treaty, Some(article)),
                anchor: None,
                query: None,
                hits: shown,
            })
        }
        Target::Source { source, .. } => {
            let title = source_title(first, parts, held).unwrap_or_else(|| source.clone());
            Some(ShownGroup {
                kind: "source",
                title,
                context: Some("News source".to_owned()),
                to: Route::Source { id: source.clone() },
                anchor: None,
                query: None,
                hits: shown,
            })
        }
    }
}

/// One hit as the page shows it: its snippet, and a link to its paragraph (with the query's
/// words marked there) or to its statement.
fn show_hit(hit: &Hit, text: Option<&Shown>, query: &Query, words: &str) -> ShownHit {
    let snippet = text.map(|t| search::snippet(&t.text, &hit.language, query, SNIPPET_CHARS));
    let marked = treaty_core::share::query_pair(HIGHLIGHT_PARAM, words.trim());
    let (to, anchor, query, place) = match &hit.target {
        Target::Provision {
            treaty,
            article,
            text: t,
            paragraph,
        } => {
            let anchor = format!(
                "{}-p{}-{}",
                if article == treaty_core::model::PREAMBLE {
                    "preamble".to_owned()
                } else {
                    format!("art-{article}")
                },
                t + 1,
                paragraph + 1
            );
            // The paragraph's own language, so that the page shows its text.
            let language =
                treaty_core::share::query_pair(treaty_core::languages::PARAM, &hit.language);
            let query = [marked, language];
            (
                Route::provision(treaty, Some(article)),
                Some(anchor),
                Some(query.join("&")),
                Some(format!(
                    "{} ¶ {}",
                    crate::components::language_name(&hit.language),
                    paragraph + 1
                )),
            )
        }
        Target::Source {
            source, statement, ..
        } => match statement {
            Some(at) => (
                Route::Quote {
                    id: source.clone(),
                    at: *at,
                },
                None,
                None,
                None,
            ),
            None => (Route::Source { id: source.clone() }, None, None, None),
        },
    };
    ShownHit {
        to,
        anchor,
        query,
        language: hit.language.clone(),
        place,
        // The words matched elsewhere than in the passage's text: in its heading, or in the
        // glossary entry of a term it uses.
        note: snippet.as_ref().filter(|s| s.marks.is_empty()).map(|_| {
            "Found through its heading or a glossary term it uses, whose explanation has these words."
                .to_owned()
        }),
        snippet,
    }
}

/// The query parameter that carries the words to mark in the paragraph a result opens.
pub const HIGHLIGHT_PARAM: &str = "hl";
