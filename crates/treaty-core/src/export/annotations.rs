//! The attributions of a treaty as a W3C Web Annotation collection (JSON-LD): each statement a
//! news source makes about the treaty, anchored in the source's text, identified with the
//! article it renders and classified by how faithfully it renders it.

use super::{article_url, normalised_base, path_segment, source_url};
use crate::attribution::anchor::selectors;
use crate::attribution::utf16::utf16_to_byte;
use crate::attribution::{change_sentence, Attribution};
use crate::bundle::{Bundle, Source};
use crate::dates::{date_time_span, moment_span};
use crate::model::{Document, Provision};
use serde_json::{json, Map, Value};

/// The JSON-LD context of the W3C Web Annotation model: required on every annotation document,
/// and what tools that read the model look for.
pub const ANNOTATION_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The version of Treaty Reader that made an export (every crate of the workspace shares it),
/// named in the `generator` so that a reader can tell which rules found the statements.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// One attributed statement on its way into the collection.
struct Item<'a> {
    source: &'a Source,
    /// Index into `source.attributions`, as in the app's statement links.
    index: usize,
    attribution: &'a Attribution,
    /// The article as the attribution names it.
    article: &'a str,
    /// The provision it names, if the document has it.
    provision: Option<&'a Provision>,
    /// Reading-order position of that provision; unknown provisions sort last.
    order: usize,
}

/// The attributions of `document_id` (all of them, or those of one `article`) as a W3C
/// `AnnotationCollection` whose first (and only) page embeds one `Annotation` per attributed
/// statement (a collection without statements has no page), so that tools reading the W3C
/// model can load what Treaty Reader found without knowing its bundle format.
///
/// Statements come from the sources whose first `about` is the document (attributions are made
/// against that document), attributed to an article; ordered by article in reading order, then
/// source date (oldest first), then position in the source. A statement whose span does not fit
/// its source's body (a bundle edited by hand) is left out: no valid selector can be made.
///
/// `app_base` is where the reader app is published (e.g. `https://example.org/reader/`): the
/// IRIs of annotations, articles and sources without a URL of their own are its deep links.
/// `None` when there is no such document, or no such article in it (matched by value, so "IV"
/// finds Article 4; "preamble" the preamble).
pub fn web_annotations(
    bundle: &Bundle,
    document_id: &str,
    article: Option<&str>,
    app_base: &str,
) -> Option<Value> {
    let document = bundle.document(document_id)?;
    let wanted = match article {
        Some(a) => Some(document.provision(Some(a))?),
        None => None,
    };
    let mut items = statements(bundle, document, wanted);
    items.sort_by(|a, b| {
        a.order
            .cmp(&b.order)
            .then_with(|| a.article.cmp(b.article))
            .then_with(|| a.source.date.cmp(&b.source.date))
            .then_with(|| a.source.id.cmp(&b.source.id))
            .then_with(|| {
                a.attribution
                    .statement
                    .start
                    .cmp(&b.attribution.statement.start)
            })
            .then_with(|| a.index.cmp(&b.index))
    });
    let annotations: Vec<Value> = items
        .iter()
        .map(|item| annotation(document, item, app_base))
        .collect();

    let subject = match wanted {
        Some(p) => provision_label(document, p.number.as_deref(), Some(p)),
        None => the(&document.short_title),
    };
    let home = article_url(app_base, &document.id, wanted.map(|p| p.key()).as_deref());
    let id = format!("{home}#annotations");
    let mut collection = json!({
        "@context": ANNOTATION_CONTEXT,
        "id": id,
        "type": "AnnotationCollection",
        "label": format!("Statements in news sources attributed to {subject}, as found by Treaty Reader"),
        "creator": software(app_base),
        "total": annotations.len(),
    });
    // One page holds every annotation; a collection with none has no page, because the model
    // wants each page to hold at least one (5.2).
    if !annotations.is_empty() {
        let page = format!("{home}#annotations-page-1");
        collection["first"] = json!({
            "id": page,
            "type": "AnnotationPage",
            "partOf": id,
            "startIndex": 0,
            "items": annotations,
        });
        collection["last"] = json!(page);
    }
    Some(collection)
}

/// Treaty Reader as the W3C model's `Software` agent: the creator of every annotation (the
/// statements are found and attributed by it, not by a person) and the generator of the file,
/// named with its version.
fn software(app_base: &str) -> Value {
    json!({
        "id": normalised_base(app_base),
        "type": "Software",
        "name": format!("Treaty Reader {VERSION}"),
        "homepage": normalised_base(app_base),
    })
}

/// The attributed statements about `document`, of the `wanted` provision if given, unsorted.
fn statements<'a>(
    bundle: &'a Bundle,
    document: &'a Document,
    wanted: Option<&'a Provision>,
) -> Vec<Item<'a>> {
    let reading_order: Vec<&Provision> = document.provisions().collect();
    let mut items = Vec::new();
    let about = bundle
        .sources
        .iter()
        .filter(|s| s.about.first() == Some(&document.id));
    for source in about {
        for (index, attribution) in source.attributions.iter().enumerate() {
            let Some(article) = attribution.article() else {
                continue;
            };
            let provision = document.provision(Some(article));
            if let Some(w) = wanted {
                if !provision.is_some_and(|p| std::ptr::eq(p, w)) {
                    continue;
                }
            }
            if source.statement_text(attribution).is_empty() {
                continue;
            }
            let order = provision
                .and_then(|p| reading_order.iter().position(|q| std::ptr::eq(*q, p)))
                .unwrap_or(usize::MAX);
            items.push(Item {
                source,
                index,
                attribution,
                article,
                provision,
                order,
            });
        }
    }
    items
}

/// One statement as a W3C `Annotation`.
fn annotation(document: &Document, item: &Item<'_>, app_base: &str) -> Value {
    let Item {
        source,
        index,
        attribution,
        ..
    } = *item;
    let base = normalised_base(app_base);
    let stored = source_url(app_base, &source.id);
    let statement = &attribution.statement;
    let (quote, position) = selectors(&source.body, statement.start, statement.end);
    let creator = software(app_base);
    // When the statement was found: Treaty Reader attributes a copy of a page when the copy is
    // stored (imported, or added to the corpus), and the same text always gives the same
    // attributions. Only a copy dated to the second gives a `created`; a day is not a time.
    let created = source.stored.as_deref().filter(|s| s.contains('T'));

    let mut target = Map::new();
    target.insert("type".into(), json!("SpecificResource"));
    target.insert(
        "source".into(),
        json!(source.url.clone().unwrap_or_else(|| stored.clone())),
    );
    // The selected words are the stored copy's plain text, in the source's language.
    target.insert("format".into(), json!("text/plain"));
    target.insert("language".into(), json!(source.language));
    if let (Some(_), Some((start, end))) = (&source.url, copy_time(source)) {
        // The selectors count in the text as Treaty Reader stores it, which is not the page's
        // own text (markup, navigation, later edits): point at that copy, the page as it was
        // when the copy was taken.
        let mut state = json!({ "type": "TimeState", "cached": stored });
        if start == end {
            state["sourceDate"] = json!(start);
        } else {
            state["sourceDateStart"] = json!(start);
            state["sourceDateEnd"] = json!(end);
        }
        target.insert("state".into(), state);
    }
    target.insert(
        "selector".into(),
        json!([
            {
                "type": "TextQuoteSelector",
                "exact": quote.exact,
                "prefix": quote.prefix,
                "suffix": quote.suffix,
            },
            {
                "type": "TextPositionSelector",
                "start": code_points(&source.body, position.start),
                "end": code_points(&source.body, position.end),
            },
        ]),
    );

    let number = item.provision.map_or(item.article, |p| {
        p.number.as_deref().unwrap_or(crate::model::PREAMBLE)
    });
    let mut article = json!({
        "id": article_url(app_base, &document.id, Some(number)),
        "type": "Text",
        "format": "text/html",
        "label": provision_label(document, Some(number), item.provision),
    });
    let shown = item.provision.and_then(|p| p.texts.first());
    if let Some(text) = shown {
        article["language"] = json!(text.language);
    }
    let mut body = vec![json!({
        "type": "SpecificResource",
        "purpose": "identifying",
        "source": article,
    })];
    if let Some(verdict) = attribution.verdict {
        body.push(json!({
            "type": "TextualBody",
            "purpose": "classifying",
            "format": "text/plain",
            "language": "en",
            "value": serde_json::to_value(verdict).unwrap_or_else(|_| json!(verdict.label().to_lowercase())),
        }));
    }
    if let Some((named, attributed)) = attribution.numbering_conflict() {
        let named = named
            .iter()
            .map(|n| format!("Article {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        body.push(json!({
            "type": "TextualBody",
            "purpose": "describing",
            "format": "text/plain",
            "language": "en",
            "value": format!("The source numbers this {named}; its content was attributed to {}.", label_of(attributed)),
        }));
    }
    if !attribution.changes.is_empty() {
        // What the statement changed of the text, one sentence a line, as the app lists it.
        let sentences: Vec<String> = attribution.changes.iter().map(change_sentence).collect();
        body.push(json!({
            "type": "TextualBody",
            "purpose": "describing",
            "format": "text/plain",
            "language": "en",
            "value": sentences.join("\n"),
        }));
    }

    for body in &mut body {
        body["creator"] = creator.clone();
        if let Some(created) = created {
            body["created"] = json!(created);
        }
    }
    let mut annotation = json!({
        "@context": ANNOTATION_CONTEXT,
        "id": format!("{base}source/{}/statement/{index}", path_segment(&source.id)),
        "type": "Annotation",
        "motivation": "identifying",
        "creator": creator,
        "generator": software(app_base),
        "body": body,
        "target": target,
    });
    if let Some(created) = created {
        annotation["created"] = json!(created);
    }
    annotation
}

/// The time the stored copy shows the page at, as a TimeState's first and last second (the
/// same second when the copy's time is known to it): when the copy was taken, or, for a copy
/// from before copies were dated, the period of the page's publication date, the best known.
fn copy_time(source: &Source) -> Option<(String, String)> {
    match &source.stored {
        Some(stored) => moment_span(stored),
        None => date_time_span(&source.date),
    }
}

/// A UTF-16 offset into `text` (as the selectors count, for browsers) as the W3C model counts
/// a `TextPositionSelector`: in Unicode code points, which differ as soon as a character lies
/// outside the Basic Multilingual Plane (an emoji, a rare CJK character).
fn code_points(text: &str, utf16: u32) -> usize {
    let byte = utf16_to_byte(text, utf16).unwrap_or(text.len());
    text[..byte].chars().count()
}

/// "Article 4 of the Russia–DPRK Treaty (2024)", "Preamble of the UN Charter".
fn provision_label(
    document: &Document,
    number: Option<&str>,
    provision: Option<&Provision>,
) -> String {
    let label = match provision {
        Some(p) => p.label(),
        None => label_of(number.unwrap_or(crate::model::PREAMBLE)),
    };
    format!("{label} of {}", the(&document.short_title))
}

/// "the UN Charter", but "The Hague Convention" unchanged: a title that brings its own article.
pub(crate) fn the(short_title: &str) -> String {
    let has_article = short_title
        .get(..4)
        .is_some_and(|s| s.eq_ignore_ascii_case("the "));
    if has_article {
        short_title.to_owned()
    } else {
        format!("the {short_title}")
    }
}

/// "Article 4", or "Preamble" for the preamble's key.
fn label_of(article: &str) -> String {
    if article == crate::model::PREAMBLE {
        "Preamble".to_owned()
    } else {
        format!("Article {article}")
    }
}
