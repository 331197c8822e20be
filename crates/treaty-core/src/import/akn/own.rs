//! Treaty Reader's own Akoma Ntoso export read back whole: the provenance it records in
//! `<proprietary source="#treatyreader">` (see `export::akoma_ntoso`), which the Akoma Ntoso
//! elements cannot carry, is put back on the document the walk over the body made.
//!
//! The body gives the text and its structure; the provenance says which paragraphs of each
//! article belong to which text (language, witness, completeness), the divisions' kinds as
//! printed, and the unplaced passages' notes. It is applied only where it agrees with what the
//! body gave (the same number of articles, of paragraphs in each): a file edited by hand after
//! the export keeps what its body says rather than provenance that no longer fits it.

use crate::export::PROVENANCE_NAMESPACE;
use crate::model::{
    Chapter, Completeness, Document, Paragraph, Passage, Provision, ProvisionText, Witness,
    WitnessKind,
};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;
use std::collections::HashMap;

/// One text as the export describes it.
struct OwnText {
    language: String,
    witness: String,
    completeness: Completeness,
    paragraphs: usize,
}

#[derive(Default)]
struct OwnProvision {
    eid: String,
    number: String,
    texts: Vec<OwnText>,
}

#[derive(Default)]
struct OwnAnnex {
    id: String,
    title: String,
    texts: Vec<OwnText>,
    divisions: Vec<Chapter>,
    provisions: Vec<OwnProvision>,
}

/// Everything the export's `tr:` elements say.
#[derive(Default)]
struct Own {
    short_title: Option<String>,
    completeness: Option<Completeness>,
    witnesses: HashMap<String, Witness>,
    divisions: Vec<Chapter>,
    provisions: Vec<OwnProvision>,
    passages: Vec<(String, Vec<OwnText>)>,
    annexes: Vec<OwnAnnex>,
}

/// Where the `tr:text` being read belongs.
enum Holder {
    Provision,
    Passage,
    Annex,
}

/// Whether the file is Treaty Reader's export: it declares the provenance namespace.
pub(super) fn is_own(xml: &str) -> bool {
    xml.contains(PROVENANCE_NAMESPACE)
}

/// Puts the provenance of Treaty Reader's own export back on `document`.
pub(super) fn restore(xml: &str, document: &mut Document) {
    if let Some(own) = read(xml) {
        apply(own, document);
    }
}

fn attributes(e: &BytesStart<'_>) -> HashMap<String, String> {
    e.attributes()
        .flatten()
        .filter_map(|a| {
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            let value = a.unescape_value().ok()?.into_owned();
            Some((key, value))
        })
        .collect()
}

fn completeness(name: Option<&String>) -> Option<Completeness> {
    match name?.as_str() {
        "not-available" => Some(Completeness::NotAvailable),
        "partial" => Some(Completeness::Partial),
        "complete" => Some(Completeness::Complete),
        _ => None,
    }
}

fn witness_kind(name: Option<&String>) -> Option<WitnessKind> {
    match name?.as_str() {
        "official" => Some(WitnessKind::Official),
        "translation" => Some(WitnessKind::Translation),
        "report" => Some(WitnessKind::Report),
        "reconstructed" => Some(WitnessKind::Reconstructed),
        "unstated" => Some(WitnessKind::Unstated),
        _ => None,
    }
}

/// The `tr:` elements, or `None` if the file is not well-formed there (the walk has already
/// read the body, so nothing is lost by ignoring them).
fn read(xml: &str) -> Option<Own> {
    let mut reader = NsReader::from_str(xml);
    let mut own = Own::default();
    let mut holders: Vec<Holder> = Vec::new();
    loop {
        let (namespace, event) = reader.read_resolved_event().ok()?;
        let ours = matches!(namespace, ResolveResult::Bound(ns) if ns.as_ref() == PROVENANCE_NAMESPACE.as_bytes());
        let (e, empty) = match event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                if ours
                    && matches!(
                        e.local_name().as_ref(),
                        b"provision" | b"passage" | b"annex"
                    )
                {
                    holders.pop();
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        if !ours {
            continue;
        }
        let a = attributes(&e);
        let get = |key: &str| a.get(key).cloned().unwrap_or_default();
        let opt = |key: &str| a.get(key).cloned();
        let annex = matches!(holders.last(), Some(Holder::Annex))
            || holders.len() > 1 && matches!(holders.first(), Some(Holder::Annex));
        match e.local_name().as_ref() {
            b"treaty" => {
                own.short_title = opt("shortTitle");
                own.completeness = completeness(a.get("completeness"));
            }
            b"witness" => {
                let kind = witness_kind(a.get("kind"))?;
                own.witnesses.insert(
                    get("eId"),
                    Witness {
                        kind,
                        publisher: opt("publisher"),
                        url: opt("url"),
                        date: opt("date"),
                        note: opt("note"),
                    },
                );
            }
            b"division" => {
                let chapter = Chapter {
                    number: get("number"),
                    kind: opt("kind"),
                    title: get("title"),
                    first_article: get("firstArticle"),
                };
                match (annex, own.annexes.last_mut()) {
                    (true, Some(a)) => a.divisions.push(chapter),
                    _ => own.divisions.push(chapter),
                }
            }
            b"provision" => {
                let provision = OwnProvision {
                    eid: get("eId"),
                    number: get("number"),
                    texts: Vec::new(),
                };
                match (annex, own.annexes.last_mut()) {
                    (true, Some(a)) => a.provisions.push(provision),
                    _ => own.provisions.push(provision),
                }
                if !empty {
                    holders.push(Holder::Provision);
                }
            }
            b"passage" => {
                own.passages.push((get("note"), Vec::new()));
                if !empty {
                    holders.push(Holder::Passage);
                }
            }
            b"annex" => {
                own.annexes.push(OwnAnnex {
                    id: get("id"),
                    title: get("title"),
                    ..OwnAnnex::default()
                });
                if !empty {
                    holders.push(Holder::Annex);
                }
            }
            b"text" => {
                let text = OwnText {
                    language: get("language"),
                    witness: get("witness").trim_start_matches('#').to_owned(),
                    completeness: completeness(a.get("completeness"))?,
                    paragraphs: get("paragraphs").parse().ok()?,
                };
                let texts = match holders.last()? {
                    Holder::Provision => match (annex, own.annexes.last_mut()) {
                        (true, Some(a)) => &mut a.provisions.last_mut()?.texts,
                        _ => &mut own.provisions.last_mut()?.texts,
                    },
                    Holder::Passage => &mut own.passages.last_mut()?.1,
                    Holder::Annex => &mut own.annexes.last_mut()?.texts,
                };
                texts.push(text);
            }
            _ => {}
        }
    }
    Some(own)
}

fn apply(own: Own, document: &mut Document) {
    if let Some(short_title) = own.short_title {
        document.short_title = short_title;
    }
    if let Some(completeness) = own.completeness {
        document.completeness = completeness;
    }
    restore_divisions(&mut document.chapters, own.divisions);
    let mut provisions = own.provisions;
    let preamble = provisions
        .first()
        .is_some_and(|p| p.eid == "preamble")
        .then(|| provisions.remove(0));
    if let (Some(own_preamble), Some(preamble)) = (preamble, document.preamble.as_mut()) {
        restore_texts(&mut preamble.texts, &own_preamble.texts, &own.witnesses);
    }
    restore_articles(&mut document.articles, &provisions, &own.witnesses);
    restore_passages(&mut document.unplaced, own.passages, &own.witnesses);
    if own.annexes.len() == document.annexes.len() {
        for (annex, own_annex) in document.annexes.iter_mut().zip(own.annexes) {
            annex.id = own_annex.id;
            annex.title = own_annex.title;
            restore_texts(&mut annex.texts, &own_annex.texts, &own.witnesses);
            restore_divisions(&mut annex.chapters, own_annex.divisions);
            restore_articles(&mut annex.articles, &own_annex.provisions, &own.witnesses);
        }
    }
}

/// The divisions as recorded (kind as printed, or none), where the body gave as many.
fn restore_divisions(chapters: &mut Vec<Chapter>, recorded: Vec<Chapter>) {
    if chapters.len() == recorded.len() {
        *chapters = recorded;
    }
}

/// Each article's number as printed and its texts, where the body gave as many articles.
fn restore_articles(
    articles: &mut [Provision],
    recorded: &[OwnProvision],
    witnesses: &HashMap<String, Witness>,
) {
    if articles.len() != recorded.len() {
        return;
    }
    for (article, own) in articles.iter_mut().zip(recorded) {
        if !own.number.is_empty() {
            article.number = Some(own.number.clone());
        }
        restore_texts(&mut article.texts, &own.texts, witnesses);
    }
}

/// Splits the paragraphs the body gave into the recorded texts, in order, with their language,
/// witness and completeness; only when the counts agree.
fn restore_texts(
    texts: &mut Vec<ProvisionText>,
    recorded: &[OwnText],
    witnesses: &HashMap<String, Witness>,
) {
    let paragraphs: Vec<Paragraph> = texts.iter().flat_map(|t| t.paragraphs.clone()).collect();
    if let Some(split) = split(paragraphs, recorded, witnesses) {
        *texts = split;
    }
}

fn split(
    paragraphs: Vec<Paragraph>,
    recorded: &[OwnText],
    witnesses: &HashMap<String, Witness>,
) -> Option<Vec<ProvisionText>> {
    let total: usize = recorded.iter().map(|t| t.paragraphs).sum();
    if total != paragraphs.len() {
        return None;
    }
    let mut rest = paragraphs.into_iter();
    recorded
        .iter()
        .map(|own| {
            Some(ProvisionText {
                language: own.language.clone(),
                witness: witnesses.get(&own.witness)?.clone(),
                completeness: own.completeness,
                paragraphs: rest.by_ref().take(own.paragraphs).collect(),
            })
        })
        .collect()
}

/// The unplaced passages as recorded (each its note and one text), where the body's unplaced
/// paragraphs are as many as theirs.
fn restore_passages(
    unplaced: &mut Vec<Passage>,
    recorded: Vec<(String, Vec<OwnText>)>,
    witnesses: &HashMap<String, Witness>,
) {
    if recorded.is_empty() {
        return;
    }
    let paragraphs: Vec<Paragraph> = unplaced
        .iter()
        .flat_map(|p| p.text.paragraphs.clone())
        .collect();
    let texts: Vec<OwnText> = recorded
        .iter()
        .flat_map(|(_, texts)| texts.iter())
        .map(|t| OwnText {
            language: t.language.clone(),
            witness: t.witness.clone(),
            completeness: t.completeness,
            paragraphs: t.paragraphs,
        })
        .collect();
    let one_text_each = recorded.iter().all(|(_, texts)| texts.len() == 1);
    if !one_text_each {
        return;
    }
    if let Some(split) = split(paragraphs, &texts, witnesses) {
        *unplaced = recorded
            .into_iter()
            .zip(split)
            .map(|((note, _), text)| Passage { text, note })
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use crate::import::import_akoma_ntoso;

    const NESTED: &str = r#"<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
        <part><num>PART XI</num><heading>The Area</heading>
          <chapter><num>SECTION 1</num><heading>General</heading>
            <article eId="art_133"><num>Article 133</num><paragraph><content><p>Use of terms.</p></content></paragraph></article>
          </chapter>
        </part>
        <chapter><num>Empty</num></chapter>
        <chapter><num>II</num><heading>Next</heading>
          <article eId="art_134"><num>Article 134</num></article>
        </chapter>
      </body></act></akomaNtoso>"#;

    #[test]
    fn nested_divisions_all_open_at_their_first_article() {
        let document = import_akoma_ntoso("x", NESTED).unwrap();
        let labels: Vec<(String, &str)> = document
            .chapters
            .iter()
            .map(|c| (c.label(), c.first_article.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                ("Part XI — The Area".to_owned(), "133"),
                ("Section 1 — General".to_owned(), "133"),
                ("Chapter II — Next".to_owned(), "134"),
            ]
        );
    }

    #[test]
    fn recorded_provenance_that_no_longer_fits_the_body_is_ignored() {
        let mut document = import_akoma_ntoso("x", NESTED).unwrap();
        document.articles[0].texts[0].witness.kind = crate::model::WitnessKind::Report;
        let xml = crate::export::akoma_ntoso(&document, "https://e.org/");
        let back = import_akoma_ntoso("x", &xml).unwrap();
        assert_eq!(back.articles[0].texts, document.articles[0].texts);
        // A paragraph added by hand: the body's text stands, with the caller's provenance.
        let edited = xml.replacen(
            "<p>Use of terms.</p>",
            "<p>Use of terms.</p></content></paragraph><paragraph><content><p>Added.</p>",
            1,
        );
        let back = import_akoma_ntoso("x", &edited).unwrap();
        let text = &back.articles[0].texts[0];
        assert_eq!(text.paragraphs.len(), 2);
        assert_eq!(text.witness.kind, crate::model::WitnessKind::Official);
    }
}
