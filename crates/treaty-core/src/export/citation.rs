//! Citations of a treaty or one of its articles, in plain text for people and CSL-JSON for
//! reference managers, that say which text Treaty Reader shows: for many treaties it is a news
//! agency's report or a translation, not the authentic text, and a citation must not pass it
//! off as one. [`Cited`] is what every citation format (these two, BibTeX, RIS) takes its parts
//! from.

use super::article_url;
use crate::bundle::Bundle;
use crate::dates::{date_parts, human_date};
use crate::model::{Document, Provision, ProvisionText, PREAMBLE};
use serde_json::{json, Map, Value};

/// What a citation cites: the whole treaty or one provision of it.
pub(super) struct Cited<'a> {
    pub(super) document: &'a Document,
    pub(super) provision: Option<&'a Provision>,
}

impl<'a> Cited<'a> {
    /// `None` when there is no such document or provision.
    pub(super) fn find(
        bundle: &'a Bundle,
        document_id: &str,
        article: Option<&str>,
    ) -> Option<Self> {
        let document = bundle.document(document_id)?;
        let provision = match article {
            Some(a) => Some(document.provision(Some(a))?),
            None => None,
        };
        Some(Self {
            document,
            provision,
        })
    }

    /// "art. 4", "preamble"; `None` for the whole treaty.
    pub(super) fn section(&self) -> Option<String> {
        self.provision.map(|p| match &p.number {
            Some(n) => format!("art. {n}"),
            None => PREAMBLE.to_owned(),
        })
    }

    /// The app's link to what is cited, with the article number as the document prints it.
    pub(super) fn url(&self, app_base: &str) -> String {
        article_url(
            app_base,
            &self.document.id,
            self.provision.map(Provision::key).as_deref(),
        )
    }

    /// The id of the item: the treaty id, plus `-art-4` or `-preamble` for a provision, so that
    /// it is unique within a library.
    pub(super) fn item_id(&self) -> String {
        match self.provision {
            Some(p) => format!("{}-{}", self.document.id, p.anchor()),
            None => self.document.id.clone(),
        }
    }

    /// "Signed at Pyongyang, 19 June 2024.", "Signed 19 June 2024." or "Signed at Moscow.":
    /// the signature as a sentence, for formats with no field for its place.
    pub(super) fn signed_sentence(&self) -> Option<String> {
        let signed = self.document.signed.as_ref()?;
        let place = signed
            .place
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        let date = Some(human_date(&signed.date)).filter(|d| !d.is_empty());
        match (place, date) {
            (Some(p), Some(d)) => Some(format!("Signed at {p}, {d}.")),
            (Some(p), None) => Some(format!("Signed at {p}.")),
            (None, Some(d)) => Some(format!("Signed {d}.")),
            (None, None) => None,
        }
    }

    /// "Pyongyang, 19 June 2024": where and when the treaty was signed, as far as known.
    pub(super) fn signing(&self) -> Option<String> {
        let signed = self.document.signed.as_ref()?;
        let date = human_date(&signed.date);
        let parts: Vec<&str> = [signed.place.as_deref(), Some(date.as_str())]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// Which text Treaty Reader shows, e.g. "Text shown (partial): News agency report from
    /// KCNA.": for an article its first (best) text and that text's completeness;
    /// for the whole treaty every kind of text it holds, most authoritative first, and the
    /// completeness of the whole.
    pub(super) fn provenance(&self) -> String {
        let (texts, completeness): (Vec<&ProvisionText>, _) = match self.provision {
            Some(p) => (
                p.texts.first().into_iter().collect(),
                p.texts.first().map(|t| t.completeness),
            ),
            None => {
                let mut texts: Vec<&ProvisionText> = self
                    .document
                    .provisions()
                    .flat_map(|p| &p.texts)
                    .chain(self.document.unplaced.iter().map(|u| &u.text))
                    .collect();
                // Most authoritative kind first; first occurrence within a kind.
                texts.sort_by_key(|t| t.witness.kind);
                (texts, Some(self.document.completeness))
            }
        };
        let mut witnesses: Vec<String> = Vec::new();
        for w in texts.into_iter().map(witness) {
            if !witnesses.contains(&w) {
                witnesses.push(w);
            }
        }
        match (witnesses.len(), completeness) {
            (0, _) | (_, None) => "Text shown: no text available.".to_owned(),
            (n, Some(c)) => format!(
                "{} ({}): {}.",
                if n == 1 { "Text shown" } else { "Texts shown" },
                c.label().to_lowercase(),
                witnesses.join("; ")
            ),
        }
    }
}

/// "News agency report from KCNA", or just the kind when the publisher is not
/// recorded.
fn witness(text: &ProvisionText) -> String {
    let kind = text.witness.kind.label();
    match text
        .witness
        .publisher
        .as_deref()
        .map(|p| p.trim().trim_end_matches('.').trim_end())
    {
        Some(p) if !p.is_empty() => format!("{kind} from {p}"),
        _ => kind.to_owned(),
    }
}

/// A plain-text citation of a treaty (`article` `None`) or of one article or the preamble,
/// as a reader pastes it into a footnote:
///
/// `Treaty on … (Pyongyang, 19 June 2024), art. 4. Text shown (partial): News agency report
/// from … (KCNA) …. Treaty Reader, https://…/treaty/rus-dprk-2024/article/4 (accessed
/// 2026-11-25).`
///
/// It names the text the link shows (its kind, publisher and completeness), because that is
/// what the reader quoted and it is often not the authentic text. `accessed` is the date the
/// reader consulted it (YYYY-MM-DD), written as given. `None` when there is no such document or
/// article (matched by value, as in the app's links).
pub fn citation_text(
    bundle: &Bundle,
    document_id: &str,
    article: Option<&str>,
    app_base: &str,
    accessed: &str,
) -> Option<String> {
    let cited = Cited::find(bundle, document_id, article)?;
    let mut text = cited.document.title.trim().to_owned();
    if let Some(signing) = cited.signing() {
        text.push_str(&format!(" ({signing})"));
    }
    if let Some(section) = cited.section() {
        text.push_str(&format!(", {section}"));
    }
    if !text.ends_with('.') {
        text.push('.');
    }
    text.push_str(&format!(
        " {} Treaty Reader, {} (accessed {}).",
        cited.provenance(),
        cited.url(app_base),
        accessed.trim()
    ));
    Some(text)
}

/// The same citation as CSL-JSON, the input format of citeproc processors and reference
/// managers (Zotero, Pandoc): a one-item array whose item has the CSL 1.0.2 type `treaty`.
///
/// `issued` is the signing date and `event-place` its place; `section` the article ("art. 4");
/// `source` names Treaty Reader as where the text was consulted and `note` says which text it
/// shows (see [`citation_text`]). Dates that are not ISO calendar dates are given as `raw`
/// rather than guessed into parts. `None` when there is no such document or article.
pub fn citation_csl(
    bundle: &Bundle,
    document_id: &str,
    article: Option<&str>,
    app_base: &str,
    accessed: &str,
) -> Option<Value> {
    let cited = Cited::find(bundle, document_id, article)?;
    let document = cited.document;
    let mut item = Map::new();
    item.insert("id".into(), json!(cited.item_id()));
    item.insert("type".into(), json!("treaty"));
    item.insert("title".into(), json!(document.title.trim()));
    if !document.short_title.trim().is_empty() && document.short_title != document.title {
        item.insert("title-short".into(), json!(document.short_title.trim()));
    }
    if let Some(section) = cited.section() {
        item.insert("section".into(), json!(section));
    }
    if let Some(signed) = &document.signed {
        item.insert("issued".into(), csl_date(&signed.date));
        if let Some(place) = signed.place.as_deref().filter(|p| !p.trim().is_empty()) {
            item.insert("event-place".into(), json!(place.trim()));
        }
    }
    item.insert("URL".into(), json!(cited.url(app_base)));
    item.insert("accessed".into(), csl_date(accessed));
    item.insert("source".into(), json!("Treaty Reader"));
    item.insert("note".into(), json!(cited.provenance()));
    Some(json!([item]))
}

/// A CSL date: `{"date-parts": [[2024, 6, 19]]}`, or `{"raw": …}` for text that is not an
/// ISO calendar date.
fn csl_date(date: &str) -> Value {
    match date_parts(date) {
        Some(parts) => json!({ "date-parts": [parts] }),
        None => json!({ "raw": date.trim() }),
    }
}

/// A two-article treaty with a preamble, signed at Paris on 19 June 1999, whose texts are
/// official and complete (the preamble's a translation), for the formats' unit tests.
#[cfg(test)]
pub(super) fn small_treaty() -> Bundle {
    use crate::model::{Completeness, Event, Paragraph, Witness, WitnessKind};
    let text = |kind, publisher: &str| ProvisionText {
        language: "en".into(),
        witness: Witness {
            publisher: Some(publisher.to_owned()),
            ..Witness::new(kind)
        },
        completeness: Completeness::Complete,
        paragraphs: vec![Paragraph {
            number: None,
            text: "Text.".into(),
            gap: false,
        }],
    };
    let provision = |number: Option<&str>, kind| Provision {
        number: number.map(str::to_owned),
        heading: None,
        texts: vec![text(kind, "UN Treaty Series")],
        reports: vec![],
    };
    let document = Document {
        id: "t-1999".into(),
        title: "Treaty of Friendship & Co-operation".into(),
        short_title: "Friendship Treaty".into(),
        aliases: vec![],
        self_references: vec![],
        parties: vec![],
        signed: Some(Event {
            date: "1999-06-19".into(),
            place: Some("Paris".into()),
        }),
        in_force: None,
        authentic_languages: vec![],
        notes: vec![],
        completeness: Completeness::Complete,
        preamble: Some(provision(None, WitnessKind::Translation)),
        chapters: vec![],
        articles: vec![
            provision(Some("1"), WitnessKind::Official),
            provision(Some("2"), WitnessKind::Official),
        ],
        unplaced: vec![],
        annexes: vec![],
    };
    Bundle::new(vec![document], vec![], vec![])
}
