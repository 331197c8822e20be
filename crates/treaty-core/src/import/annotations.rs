//! W3C Web Annotations read back as statements on the articles they name: what Treaty Reader
//! exported (see [`crate::export::web_annotations`]), from this or another deployment of the
//! app, and what other tools made on the same pages (a Hypothesis highlight), so that a reader
//! can bring back their own statements or someone else's.
//!
//! Each annotation is placed in a source of the library by its target (the page's URL, or an
//! app link to the source), in the source's text by its selectors (the quote with its context,
//! else its position), and on an article by the body that identifies one; one without such a
//! body is attributed as the pipeline attributes a statement. Whatever cannot be placed is
//! skipped with a sentence saying why, never an error: an error is for a file that holds no
//! annotations at all. `docs/annotations.md` ("Importing annotations") describes the rules.

use super::format_error::TooLarge;
use super::limits::check_size;
use crate::attribution::anchor::{normalise_for_matching, original_span, search};
use crate::attribution::{agreeing_in, attribute_marks, Agreed, Attribution, Mark};
use crate::bundle::{Bundle, KeptStatement, Source};
use crate::model::PREAMBLE;
use crate::refs::Catalog;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

/// The most annotations read from one file; the rest are skipped. Far more than a reader
/// makes, and few enough that placing and judging them all stays a matter of seconds.
pub const MAX_ANNOTATIONS: usize = 5000;

/// The most characters of a quote's prefix or suffix compared with the text around a place
/// (the export writes 32, as Hypothesis does).
const MAX_CONTEXT: usize = 256;

/// The most pages of a collection followed (embedded `next` pages).
const MAX_PAGES: usize = 10_000;

/// What a file of Web Annotations gave: the statements it places in the library's sources, and
/// the annotations it could not place, each with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnnotationImport {
    /// In the order of the annotations in the file.
    pub statements: Vec<KeptStatement>,
    pub skipped: Vec<Skipped>,
}

/// An annotation that was not imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// The annotation's id, or `#n` (its place in the file, from 1) when it has none.
    pub annotation: String,
    /// Why, as a sentence for the reader.
    pub reason: String,
}

/// Why a file could not be read as Web Annotations at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnotationError {
    /// Not JSON; serde's message, with line and column.
    NotJson(String),
    /// JSON, but no annotation, page or collection of annotations in it.
    NoAnnotations,
    /// Larger than the import limit.
    TooLarge(TooLarge),
}

impl fmt::Display for AnnotationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(m) => write!(
                f,
                "The file is not JSON, so it cannot hold Web Annotations ({m})."
            ),
            Self::NoAnnotations => write!(
                f,
                "The file is JSON but holds no Web Annotations: expected an Annotation, an AnnotationPage, an AnnotationCollection or a list of annotations."
            ),
            Self::TooLarge(t) => {
                let mut sentence = t.to_string();
                if let Some(first) = sentence.get(..1) {
                    sentence.replace_range(..1, &first.to_uppercase());
                }
                write!(f, "{sentence}.")
            }
        }
    }
}

impl std::error::Error for AnnotationError {}

/// Reads W3C Web Annotations (`json`: an `AnnotationCollection` with its pages embedded, an
/// `AnnotationPage`, one `Annotation` or a JSON array of annotations) and places each as a
/// statement in a source of `library`, attributed to an article of the document the source is
/// about. See the module documentation and `docs/annotations.md`.
pub fn read_annotations(json: &str, library: &Bundle) -> Result<AnnotationImport, AnnotationError> {
    check_size(json.len()).map_err(AnnotationError::TooLarge)?;
    let value: Value =
        serde_json::from_str(json).map_err(|e| AnnotationError::NotJson(e.to_string()))?;
    let annotations = annotations_in(&value);
    if annotations.is_empty() {
        return Err(AnnotationError::NoAnnotations);
    }
    let mut skipped = Vec::new();
    let places = Places::new(library);
    let mut placed: Vec<Placed> = Vec::new();
    for (n, annotation) in annotations.iter().enumerate() {
        let name = annotation_id(annotation).map_or_else(|| format!("#{}", n + 1), str::to_owned);
        if n >= MAX_ANNOTATIONS {
            skipped.push(Skipped {
                annotation: name,
                reason: format!(
                    "The file holds more than {MAX_ANNOTATIONS} annotations; only the first {MAX_ANNOTATIONS} were read."
                ),
            });
            continue;
        }
        match places.place(annotation) {
            Ok((source, start, end, article)) => placed.push(Placed {
                n,
                name,
                origin: annotation_id(annotation).map(str::to_owned),
                source,
                start,
                end,
                article,
            }),
            Err(reason) => skipped.push(Skipped {
                annotation: name,
                reason,
            }),
        }
    }
    let attributed = attribute(library, &placed);
    let mut statements: Vec<(usize, KeptStatement)> = Vec::new();
    for (p, attribution) in placed.into_iter().zip(attributed) {
        let source = &library.sources[p.source];
        match attribution {
            Some(mut attribution) if !attribution.candidates.is_empty() => {
                // They count among the source's statements as extraction finds them, which the
                // source's attributions need not follow: an import does not carry them.
                attribution.statement.continues = None;
                attribution.statement.repeats = None;
                statements.push((
                    p.n,
                    KeptStatement {
                        source: source.id.clone(),
                        origin: p.origin,
                        attribution,
                    },
                ));
            }
            _ => skipped.push(Skipped {
                annotation: p.name,
                reason: format!(
                    "The annotation names no article, and Treaty Reader finds no article of {} that the words it marks in \"{}\" render.",
                    document_name(library, source),
                    source.title
                ),
            }),
        }
    }
    statements.sort_by_key(|(n, _)| *n);
    Ok(AnnotationImport {
        statements: statements.into_iter().map(|(_, k)| k).collect(),
        skipped,
    })
}

/// An annotation placed in a source: where, and on which article if it names one.
struct Placed {
    /// Its place among the file's annotations.
    n: usize,
    name: String,
    origin: Option<String>,
    /// Index into the library's sources.
    source: usize,
    start: usize,
    end: usize,
    /// The article's key, as the document prints its number.
    article: Option<String>,
}

/// The placed annotations attributed, each `None` where its source is about no document: as
/// a batch, the way new sources are (see [`crate::attribution::attribute_batch`]): first with
/// what the library says, then again with what the other sources' annotations were attributed
/// in that first pass, so that annotations of different sources agree with each other as the
/// statements of sources attributed together do.
fn attribute(library: &Bundle, placed: &[Placed]) -> Vec<Option<Attribution>> {
    let catalog = Catalog::from_bundles([library]);
    let mut by_source: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, p) in placed.iter().enumerate() {
        match by_source.iter_mut().find(|(s, _)| *s == p.source) {
            Some((_, list)) => list.push(i),
            None => by_source.push((p.source, vec![i])),
        }
    }
    let run = |extra: &[Agreed]| -> Vec<Vec<Attribution>> {
        by_source
            .iter()
            .map(|(s, list)| {
                let marks: Vec<Mark> = list
                    .iter()
                    .map(|&i| Mark {
                        start: placed[i].start,
                        end: placed[i].end,
                        article: placed[i].article.as_deref(),
                    })
                    .collect();
                attribute_marks(&library.sources[*s], library, &catalog, extra, &marks)
            })
            .collect()
    };
    let first = run(&[]);
    let extra: Vec<Agreed> = by_source
        .iter()
        .zip(&first)
        .flat_map(|((s, _), found)| agreeing_in(&library.sources[*s], found))
        .collect();
    let second = if extra.is_empty() { first } else { run(&extra) };
    let mut out: Vec<Option<Attribution>> = vec![None; placed.len()];
    for ((_, list), found) in by_source.iter().zip(second) {
        for (&i, attribution) in list.iter().zip(found) {
            out[i] = Some(attribution);
        }
    }
    out
}

/// "the UN Charter", or "the document it is about" when the library lacks it.
fn document_name(library: &Bundle, source: &Source) -> String {
    source
        .about
        .first()
        .and_then(|d| library.document(d))
        .map_or_else(
            || "the document it is about".to_owned(),
            |d| crate::export::the(&d.short_title),
        )
}

/// The annotations in a Web Annotation document, in order: an annotation, a page's items, a
/// collection's embedded pages (its `first` and each embedded `next`), or an array of any of
/// these. Links to pages not embedded are not followed.
fn annotations_in(value: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    match value {
        Value::Array(items) => {
            for item in items {
                if is_annotation(item) {
                    out.push(item);
                } else if has_type(item, "AnnotationPage") || has_type(item, "AnnotationCollection")
                {
                    out.extend(annotations_in(item));
                }
            }
        }
        Value::Object(_) if has_type(value, "AnnotationCollection") => {
            if let Some(first) = value.get("first") {
                pages(first, &mut out);
            }
        }
        Value::Object(_) if has_type(value, "AnnotationPage") => pages(value, &mut out),
        Value::Object(_) if is_annotation(value) => out.push(value),
        _ => {}
    }
    out
}

/// The items of `page` and of the pages embedded as its `next`, one after the other.
fn pages<'a>(page: &'a Value, out: &mut Vec<&'a Value>) {
    let mut page = Some(page);
    let mut followed = 0;
    while let Some(p) = page.filter(|p| p.is_object()) {
        followed += 1;
        if followed > MAX_PAGES {
            break;
        }
        if let Some(items) = p.get("items").and_then(Value::as_array) {
            out.extend(items.iter().filter(|i| is_annotation(i)));
        }
        page = p.get("next");
    }
}

/// An object typed `Annotation` (or `oa:Annotation`), or untyped with a `target`.
fn is_annotation(value: &Value) -> bool {
    value.is_object()
        && (has_type(value, "Annotation")
            || (value.get("type").is_none()
                && value.get("@type").is_none()
                && value.get("target").is_some()))
}

/// Whether `value`'s `type` (or `@type`), a string or an array of them, is `name`, with or
/// without the `oa:` prefix.
fn has_type(value: &Value, name: &str) -> bool {
    let is = |v: &Value| {
        v.as_str()
            .is_some_and(|t| t == name || t.strip_prefix("oa:") == Some(name))
    };
    ["type", "@type"].iter().any(|key| match value.get(key) {
        Some(Value::Array(types)) => types.iter().any(is),
        Some(v) => is(v),
        None => false,
    })
}

/// The annotation's `id` (or `@id`), if it is a string.
fn annotation_id(annotation: &Value) -> Option<&str> {
    annotation
        .get("id")
        .or_else(|| annotation.get("@id"))
        .and_then(Value::as_str)
}

/// A string property, or the `id` of an object property.
fn iri(value: Option<&Value>) -> Option<&str> {
    match value? {
        Value::String(s) => Some(s),
        object @ Value::Object(_) => iri(object.get("id").or_else(|| object.get("@id"))),
        _ => None,
    }
}

/// `value` as a list: an array's items, or the value alone.
fn list(value: Option<&Value>) -> &[Value] {
    match value {
        Some(Value::Array(items)) => items,
        Some(v) => std::slice::from_ref(v),
        None => &[],
    }
}

/// The library's sources looked up by URL, prepared once for every annotation.
struct Places<'a> {
    library: &'a Bundle,
    by_url: HashMap<String, usize>,
}

impl<'a> Places<'a> {
    fn new(library: &'a Bundle) -> Self {
        let mut by_url = HashMap::new();
        for (i, s) in library.sources.iter().enumerate() {
            if let Some(url) = s.url.as_deref().and_then(normalised_url) {
                by_url.entry(url).or_insert(i);
            }
        }
        Self { library, by_url }
    }

    /// The source (an index into the library's sources) a target address names: its page's
    /// URL, or the app's link to it (`…/source/{id}`, under any base).
    fn source_at(&self, address: &str) -> Option<usize> {
        if let Some(&i) = normalised_url(address).and_then(|u| self.by_url.get(&u)) {
            return Some(i);
        }
        let id = app_link(address, "source")?;
        let [id] = id.as_slice() else {
            return None;
        };
        self.library.sources.iter().position(|s| &s.id == id)
    }

    /// Where `annotation` goes: its source (index), the span of its words in the source's
    /// body (UTF-8 bytes) and the article it names, if it names one; or why it goes nowhere.
    fn place(&self, annotation: &Value) -> Result<(usize, usize, usize, Option<String>), String> {
        let targets = list(annotation.get("target"));
        if targets.is_empty() {
            return Err("The annotation has no target: it does not say what it annotates.".into());
        }
        let mut reason = None;
        for target in targets {
            let addresses = target_addresses(target);
            let Some(source) = addresses.iter().find_map(|a| self.source_at(a)) else {
                continue;
            };
            let body = &self.library.sources[source].body;
            match span(body, target) {
                Ok((start, end)) => {
                    let article = self.article(annotation, &self.library.sources[source])?;
                    return Ok((source, start, end, article));
                }
                Err(why) => {
                    reason.get_or_insert(format!(
                        "{why} in \"{}\".",
                        self.library.sources[source].title
                    ));
                }
            }
        }
        Err(reason.unwrap_or_else(|| {
            let named = targets
                .iter()
                .flat_map(target_addresses)
                .next()
                .map_or_else(String::new, |a| format!(" ({})", shortened(a)));
            format!(
                "The annotation is about a page that is not among the library's sources{named}."
            )
        }))
    }

    /// The article an annotation names in a body identifying a treaty's article or preamble by
    /// its app link (under any base), as the document prints its number; `None` when no body
    /// names one. The document must be the one `source` is about first, and hold the article.
    fn article(&self, annotation: &Value, source: &Source) -> Result<Option<String>, String> {
        let bodies = list(annotation.get("body"));
        let linked = bodies.iter().find_map(|body| {
            let address = match body {
                Value::String(s) => Some(s.as_str()),
                Value::Object(_) => iri(body.get("source")).or_else(|| iri(Some(body))),
                _ => None,
            }?;
            let parts = app_link(address, "treaty")?;
            match parts.as_slice() {
                [doc, article, n] if article == "article" => Some((doc.clone(), n.clone())),
                [doc, preamble] if preamble == PREAMBLE => Some((doc.clone(), PREAMBLE.to_owned())),
                _ => None,
            }
        });
        let Some((doc, number)) = linked else {
            return Ok(None);
        };
        let label = if number == PREAMBLE {
            "the preamble".to_owned()
        } else {
            format!("Article {number}")
        };
        if source.about.first() != Some(&doc) {
            let about = document_name(self.library, source);
            return Err(match self.library.document(&doc) {
                Some(d) => format!(
                    "The annotation places its words in {label} of {}, but \"{}\" is about {about}.",
                    crate::export::the(&d.short_title),
                    source.title
                ),
                None => format!(
                    "The annotation places its words in {label} of a treaty the library does not hold (\"{}\"); \"{}\" is about {about}.",
                    shortened(&doc),
                    source.title
                ),
            });
        }
        let document = self.library.document(&doc).ok_or_else(|| {
            format!(
                "The annotation places its words in a treaty the library does not hold (\"{}\").",
                shortened(&doc)
            )
        })?;
        match document.provision(Some(&number)) {
            Some(p) => Ok(Some(p.key())),
            None => Err(format!(
                "The annotation places its words in {label} of {}, which has no such {}.",
                crate::export::the(&document.short_title),
                if number == PREAMBLE {
                    "preamble"
                } else {
                    "article"
                }
            )),
        }
    }
}

/// The addresses a target gives for its resource: the target itself when it is an IRI, else
/// its `source` (or `id`) and its states' `cached` copies.
fn target_addresses(target: &Value) -> Vec<&str> {
    match target {
        Value::String(s) => vec![s.as_str()],
        Value::Object(_) => {
            let mut out: Vec<&str> = Vec::new();
            out.extend(iri(target.get("source")));
            if target.get("source").is_none() {
                out.extend(iri(Some(target)));
            }
            for state in list(target.get("state")) {
                out.extend(
                    list(state.get("cached"))
                        .iter()
                        .filter_map(|c| iri(Some(c))),
                );
            }
            out
        }
        _ => Vec::new(),
    }
}

/// A long address or id cut to a readable length for a message.
fn shortened(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// `url` compared as the same page: scheme and host lower-cased, the fragment dropped, a
/// trailing slash of the path dropped. `None` for something that is not an absolute URL.
pub(crate) fn normalised_url(url: &str) -> Option<String> {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or_default();
    let (scheme, rest) = url.split_once("://")?;
    let valid_scheme = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !valid_scheme {
        return None;
    }
    let split = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(split);
    if authority.is_empty() {
        return None;
    }
    let (path, query) = match tail.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (tail, None),
    };
    let path = path.trim_end_matches('/');
    let mut out = format!(
        "{}://{}{path}",
        scheme.to_ascii_lowercase(),
        authority.to_lowercase()
    );
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    Some(out)
}

/// The path segments (percent-decoded) after the last `/{route}/` of an app link, under any
/// base (`https://other.org/reader/source/tass%2D1` → `["tass-1"]` for `source`); `None` when
/// the address has no such route, or a segment does not decode to UTF-8 text.
pub(crate) fn app_link(address: &str, route: &str) -> Option<Vec<String>> {
    let address = address.split(['#', '?']).next().unwrap_or_default();
    let marker = format!("/{route}/");
    let at = address.rfind(&marker)? + marker.len();
    let rest = address[at..].trim_end_matches('/');
    if rest.is_empty() {
        return None;
    }
    rest.split('/').map(percent_decode).collect()
}

/// `text` with its `%XX` escapes decoded; `None` when the result is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h)? * 16 + hex(l)?) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A `TextQuoteSelector`: the words, with the context that tells repeats apart.
struct Quote<'a> {
    exact: &'a str,
    prefix: &'a str,
    suffix: &'a str,
}

/// Where `target`'s selectors put its words in `body`, as a UTF-8 byte span: by its
/// `TextQuoteSelector`, the context (and the position, if given) choosing among repeats, else
/// by its `TextPositionSelector` (in code points), which must select the quote's words when
/// both are given. What is wrong otherwise, as the start of a sentence.
fn span(body: &str, target: &Value) -> Result<(usize, usize), String> {
    let selectors = list(target.get("selector"));
    let quote = selectors
        .iter()
        .filter(|s| has_type(s, "TextQuoteSelector"))
        .find_map(|s| {
            Some(Quote {
                exact: s.get("exact")?.as_str()?,
                prefix: s.get("prefix").and_then(Value::as_str).unwrap_or(""),
                suffix: s.get("suffix").and_then(Value::as_str).unwrap_or(""),
            })
        });
    let position = selectors
        .iter()
        .filter(|s| has_type(s, "TextPositionSelector"))
        .find_map(|s| Some((s.get("start")?.as_u64()?, s.get("end")?.as_u64()?)));
    let positioned = position.and_then(|(start, end)| code_point_span(body, start, end));
    match (quote, positioned) {
        (Some(q), _) if q.exact.trim().is_empty() => Err("The annotation quotes no words".into()),
        (Some(q), hint) => match find_quote(body, &q, hint.map(|(s, _)| s)) {
            Some(found) => Ok(found),
            None => match hint {
                Some((s, e)) if same_words(&body[s..e], q.exact) => Ok((s, e)),
                Some(_) => Err(format!(
                    "The words the annotation quotes (\"{}\") are not in the text, and its position selects other words",
                    shortened(q.exact)
                )),
                None => Err(format!(
                    "The words the annotation quotes (\"{}\") are not in the text",
                    shortened(q.exact)
                )),
            },
        },
        (None, Some(span)) => Ok(span),
        (None, None) if position.is_some() => {
            Err("The annotation's position is not within the text".into())
        }
        (None, None) => Err(
            "The annotation selects no words (it has neither a TextQuoteSelector nor a TextPositionSelector)".into(),
        ),
    }
}

/// The UTF-8 span of code points `start..end` of `text`; `None` when it is empty or runs past
/// the end.
fn code_point_span(text: &str, start: u64, end: u64) -> Option<(usize, usize)> {
    if start >= end {
        return None;
    }
    let mut boundaries = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let start = usize::try_from(start).ok()?;
    let length = usize::try_from(end).ok()? - start;
    let from = boundaries.nth(start)?;
    let to = boundaries.nth(length - 1)?;
    Some((from, to))
}

/// Whether two texts are the same words, typography and spacing aside.
fn same_words(a: &str, b: &str) -> bool {
    normalise_for_matching(a.trim()).0 == normalise_for_matching(b.trim()).0
}

/// The best place of `quote` in `body` (UTF-8 span): among the places its exact words occur,
/// else the places they occur with typography, case and spacing aside, else the places that
/// match them best with a few characters' edits, the one whose surroundings agree most with
/// the quote's prefix and suffix (and, on a tie, starts nearest `near`, else first).
fn find_quote(body: &str, quote: &Quote<'_>, near: Option<usize>) -> Option<(usize, usize)> {
    let mut places: Vec<(usize, usize)> = body
        .match_indices(quote.exact)
        .map(|(at, m)| (at, at + m.len()))
        .collect();
    if places.is_empty() {
        places = loose_places(body, quote.exact);
    }
    places.into_iter().max_by(|a, b| {
        let key = |&(start, end): &(usize, usize)| {
            let context = agreement(&body[..start], quote.prefix, true)
                + agreement(&body[end..], quote.suffix, false);
            let distance = near.map_or(0, |n| n.abs_diff(start));
            (
                context,
                std::cmp::Reverse(distance),
                std::cmp::Reverse(start),
            )
        };
        key(a).cmp(&key(b))
    })
}

/// Where `exact` occurs in `body` with typography, case and spacing aside, or, failing that,
/// with the fewest character edits (at most a fifth of its length): UTF-8 spans of the body.
fn loose_places(body: &str, exact: &str) -> Vec<(usize, usize)> {
    let (text, map) = normalise_for_matching(body);
    let (pattern, _) = normalise_for_matching(exact.trim());
    if pattern.is_empty() {
        return Vec::new();
    }
    // Byte offsets of the normalised text → its character indices, which the map counts.
    let chars: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let index = |byte: usize| chars.partition_point(|&b| b < byte);
    let to_body = |start: usize, end: usize| original_span(body, &map, index(start), index(end));
    let exact_places: Vec<(usize, usize)> = text
        .match_indices(pattern.as_str())
        .map(|(at, m)| to_body(at, at + m.len()))
        .collect();
    if !exact_places.is_empty() {
        return exact_places;
    }
    let length = pattern.chars().count();
    if length < 8 {
        return Vec::new();
    }
    search(&text, &pattern, (length / 5).min(256))
        .into_iter()
        .map(|m| to_body(m.start, m.end))
        .filter(|(s, e)| s < e)
        .collect()
}

/// How many characters of `context` agree with the text next to a place: the end of `before`
/// (a prefix) or the start of `after` (a suffix), compared after normalisation. At most
/// [`MAX_CONTEXT`] characters of context count, so that a quote found in many places costs
/// little per place whatever context a file gives.
fn agreement(text: &str, context: &str, before: bool) -> usize {
    if context.is_empty() {
        return 0;
    }
    let (near, context) = if before {
        let from = |s: &str, n: usize| {
            s.char_indices()
                .rev()
                .nth(n.saturating_sub(1))
                .map_or(0, |(b, _)| b)
        };
        let context = &context[from(context, MAX_CONTEXT)..];
        let wanted = context.chars().count();
        (&text[from(text, wanted)..], context)
    } else {
        let to = |s: &str, n: usize| s.char_indices().nth(n).map_or(s.len(), |(b, _)| b);
        let context = &context[..to(context, MAX_CONTEXT)];
        let wanted = context.chars().count();
        (&text[..to(text, wanted)], context)
    };
    let (near, _) = normalise_for_matching(near);
    let (context, _) = normalise_for_matching(context);
    if before {
        near.chars()
            .rev()
            .zip(context.chars().rev())
            .take_while(|(a, b)| a == b)
            .count()
    } else {
        near.chars()
            .zip(context.chars())
            .take_while(|(a, b)| a == b)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_compare_without_case_of_host_trailing_slash_or_fragment() {
        let same = normalised_url("https://tass.com/politics/1861381");
        assert!(same.is_some());
        for url in [
            "HTTPS://TASS.com/politics/1861381/",
            "https://tass.COM/politics/1861381#para-3",
            " https://tass.com/politics/1861381 ",
        ] {
            assert_eq!(normalised_url(url), same, "{url}");
        }
        assert_ne!(normalised_url("https://tass.com/Politics/1861381"), same);
        assert_ne!(normalised_url("http://tass.com/politics/1861381"), same);
        assert_eq!(
            normalised_url("https://e.org/a/?b=1#c").as_deref(),
            Some("https://e.org/a?b=1")
        );
        assert_eq!(
            normalised_url("https://E.org").as_deref(),
            Some("https://e.org")
        );
        for not_url in ["tass.com/x", "://x", "1http://x", "https://", "", "#"] {
            assert_eq!(normalised_url(not_url), None, "{not_url}");
        }
    }

    #[test]
    fn app_links_are_read_under_any_base() {
        assert_eq!(
            app_link("https://other.org/reader/source/tass%2D2024%2F1", "source"),
            Some(vec!["tass-2024/1".to_owned()])
        );
        assert_eq!(app_link("/source/x/", "source"), Some(vec!["x".to_owned()]));
        assert_eq!(
            app_link(
                "https://e.org/treaty/un-charter/article/51#annotations",
                "treaty"
            ),
            Some(vec!["un-charter".into(), "article".into(), "51".into()])
        );
        assert_eq!(app_link("https://e.org/sources/x", "source"), None);
        assert_eq!(app_link("https://e.org/source/", "source"), None);
        assert_eq!(app_link("https://e.org/source/%FF", "source"), None);
        assert_eq!(
            app_link("https://e.org/source/%4", "source"),
            Some(vec!["%4".into()])
        );
    }

    #[test]
    fn code_points_are_counted_in_characters() {
        let text = "a😀é b";
        assert_eq!(code_point_span(text, 1, 3), Some((1, 7)));
        assert_eq!(code_point_span(text, 0, 5), Some((0, text.len())));
        assert_eq!(code_point_span(text, 0, 6), None);
        assert_eq!(code_point_span(text, 3, 3), None);
        assert_eq!(code_point_span(text, u64::MAX - 1, u64::MAX), None);
    }

    #[test]
    fn context_chooses_among_repeats() {
        let body = "The Parties shall consult. Later: the Parties shall consult again.";
        let quote = |prefix, suffix| Quote {
            exact: "shall consult",
            prefix,
            suffix,
        };
        assert_eq!(
            find_quote(body, &quote("Parties ", "."), None),
            Some((12, 25))
        );
        assert_eq!(
            find_quote(body, &quote("the Parties ", " again"), None),
            Some((46, 59))
        );
        // The position decides when the context does not.
        assert_eq!(find_quote(body, &quote("", ""), Some(40)), Some((46, 59)));
        // Only the context's end (a prefix) or start (a suffix) next to the place counts.
        let long = format!("{} the Parties ", "é".repeat(100_000));
        assert_eq!(find_quote(body, &quote(&long, ""), None), Some((46, 59)));
        let long = format!(".{}", "é".repeat(100_000));
        assert_eq!(find_quote(body, &quote("", &long), None), Some((12, 25)));
    }

    #[test]
    fn quotes_are_found_despite_typography_and_small_edits() {
        let body = "He said: \u{201C}the  Parties shall\u{00A0}render assistance\u{201D}.";
        let q = Quote {
            exact: "the Parties shall render assistance",
            prefix: "",
            suffix: "",
        };
        let (s, e) = find_quote(body, &q, None).unwrap();
        assert_eq!(&body[s..e], "the  Parties shall\u{00A0}render assistance");
        let q = Quote {
            exact: "the Parties shal render assistence",
            prefix: "",
            suffix: "",
        };
        let (s, e) = find_quote(body, &q, None).unwrap();
        assert!(body[s..e].starts_with("the"), "{}", &body[s..e]);
        let q = Quote {
            exact: "nothing like it at all here",
            prefix: "",
            suffix: "",
        };
        assert_eq!(find_quote(body, &q, None), None);
    }
}
