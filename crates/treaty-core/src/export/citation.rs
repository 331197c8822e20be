//! Citations of a treaty or one of its articles, in plain text for people and CSL-JSON for
//! reference managers, that say which text Treaty Reader shows: for many treaties it is a news
//! agency's report or a translation, not the authentic text, and a citation must not pass it
//! off as one.

use super::article_url;
use crate::bundle::Bundle;
use crate::dates::{date_parts, human_date};
use crate::model::{Document, Provision, ProvisionText, PREAMBLE};
use serde_json::{json, Map, Value};

/// What a citation cites: the whole treaty or one provision of it.
struct Cited<'a> {
    document: &'a Document,
    provision: Option<&'a Provision>,
}

impl<'a> Cited<'a> {
    /// `None` when there is no such document or provision.
    fn find(bundle: &'a Bundle, document_id: &str, article: Option<&str>) -> Option<Self> {
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
    fn section(&self) -> Option<String> {
        self.provision.map(|p| match &p.number {
            Some(n) => format!("art. {n}"),
            None => PREAMBLE.to_owned(),
        })
    }

    /// The app's link to what is cited, with the article number as the document prints it.
    fn url(&self, app_base: &str) -> String {
        article_url(
            app_base,
            &self.document.id,
            self.provision.map(Provision::key).as_deref(),
        )
    }

    /// "Pyongyang, 19 June 2024": where and when the treaty was signed, as far as known.
    fn signing(&self) -> Option<String> {
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
    fn provenance(&self) -> String {
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
    let id = match cited.provision {
        Some(p) => format!("{}-{}", document.id, p.anchor()),
        None => document.id.clone(),
    };
    item.insert("id".into(), json!(id));
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
