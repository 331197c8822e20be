//! A treaty as an Akoma Ntoso 3.0 document (the OASIS LegalDocML standard), valid against the
//! OASIS schema, so that legal XML tools (editors, repositories, converters) can take the text
//! Treaty Reader holds, together with what kind of text it is.
//!
//! The mapping (see `docs/akoma-ntoso.md`): the title is the preface's `<docTitle>`; the
//! preamble's paragraphs are `<p>`s of `<preamble>`; every article is an `<article>` with its
//! `<num>`, `<heading>` and one `<paragraph>` per paragraph of each of its texts, inside the
//! `<chapter>` (or `<part>`, `<title>`, `<book>`) that the document's divisions open; annexes are
//! `<hcontainer name="annex">`s after the articles; text no source places in an article is in
//! `<conclusions>`. Where the schema has no place for Treaty Reader's provenance (which witness
//! each text comes from, its kind and completeness, how many paragraphs it has), it is written
//! twice: for people as `<note>`s in `<meta>`, for machines in `<proprietary
//! source="#treatyreader">` under [`PROVENANCE_NAMESPACE`], which the importer reads back when
//! it imports this export.
//!
//! The output is a pure function of the document and the app's address: no clock, no
//! randomness, so that exporting twice gives the same bytes.

use super::{article_url, normalised_base};
use crate::model::{Chapter, Completeness, Document, Provision, ProvisionText, Witness};
use std::collections::HashSet;
use std::fmt::Write;

/// The namespace of Akoma Ntoso 3.0.
pub const AKN_NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The namespace of Treaty Reader's provenance inside `<proprietary>`: what the schema has no
/// element for. Its names are documented in `docs/akoma-ntoso.md`; the importer reads them.
pub const PROVENANCE_NAMESPACE: &str = "https://treatyreader.org/ns/akn-provenance/1";

/// FRBRcountry of a treaty: Akoma Ntoso names a jurisdiction there, and a treaty between
/// states has none; "int" (international) is what Akoma Ntoso collections use for them.
const COUNTRY: &str = "int";

/// The document as an Akoma Ntoso 3.0 `<act name="treaty">`, valid against the OASIS schema
/// (`akomantoso30.xsd`).
///
/// `app_base` is where the reader app is published (e.g. `https://example.org/reader/`): the
/// Treaty Reader organisation that produced the export is identified by it, and the export links
/// to the treaty's page there. Every text of every provision is exported (all languages and
/// witnesses, best first), with its provenance; what is left out (news reports about
/// provisions, metadata Akoma Ntoso has no place for) is said in the closing `<note>`.
///
/// Characters XML 1.0 cannot hold (control characters other than tab and line breaks) are
/// replaced with U+FFFD, so that the output is always well-formed.
pub fn akoma_ntoso(document: &Document, app_base: &str) -> String {
    let mut writer = AknWriter::new(document, app_base);
    writer.write();
    writer.out.finish()
}

/// A minimal indenting XML writer: element names and attribute names are ours (never from the
/// document), text and attribute values are escaped. Mixed content (`<p>`) is written on one
/// line so that indentation never becomes text.
struct Xml {
    text: String,
    open: Vec<&'static str>,
}

impl Xml {
    fn new() -> Self {
        Self {
            text: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            open: Vec::new(),
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.open.len() {
            self.text.push_str("  ");
        }
    }

    fn start_tag(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.text.push('<');
        self.text.push_str(name);
        for (key, value) in attributes {
            let _ = write!(self.text, " {key}=\"{}\"", escape_attribute(value));
        }
    }

    fn open(&mut self, name: &'static str, attributes: &[(&str, &str)]) {
        self.indent();
        self.start_tag(name, attributes);
        self.text.push_str(">\n");
        self.open.push(name);
    }

    fn close(&mut self) {
        let name = self.open.pop().expect("an open element");
        self.indent();
        let _ = writeln!(self.text, "</{name}>");
    }

    fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.indent();
        self.start_tag(name, attributes);
        self.text.push_str("/>\n");
    }

    /// `<name attributes>text</name>` on one line.
    fn leaf(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) {
        self.indent();
        self.start_tag(name, attributes);
        self.text.push('>');
        self.text.push_str(&escape_text(text));
        let _ = writeln!(self.text, "</{name}>");
    }

    /// `<outer><inner>text</inner></outer>` on one line (`<p><docTitle>…</docTitle></p>`).
    fn nested_leaf(&mut self, outer: &str, inner: &str, text: &str) {
        self.indent();
        let _ = writeln!(
            self.text,
            "<{outer}><{inner}>{}</{inner}></{outer}>",
            escape_text(text)
        );
    }

    fn finish(self) -> String {
        debug_assert!(self.open.is_empty(), "unclosed {:?}", self.open);
        self.text
    }
}

/// Text as XML character data: markup characters escaped, characters XML 1.0 forbids replaced.
/// `\r` is written as a reference because a parser would turn a literal one into `\n`.
pub(crate) fn escape_text(text: &str) -> String {
    escape(text, false)
}

/// Text as an attribute value in double quotes: as [`escape_text`], and tabs and line breaks as
/// references, which attribute-value normalisation would otherwise turn into spaces.
pub(crate) fn escape_attribute(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' if attribute => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' if attribute => {
                let _ = write!(out, "&#{};", c as u32);
            }
            '\t' | '\n' => out.push(c),
            c if !allowed_in_xml(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// XML 1.0's `Char` production (Rust strings hold no surrogates).
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// An `eId` fragment from printed text: whitespace and the separator `_` become `-`, so that
/// "1 bis" gives `art_1-bis` (the schema forbids whitespace in ids).
fn id_fragment(text: &str) -> String {
    let fragment: String = text
        .trim()
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '_' || !allowed_in_xml(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    if fragment.is_empty() {
        "x".to_owned()
    } else {
        fragment
    }
}

/// The element a division is written as: its kind as printed where Akoma Ntoso has an element
/// of that name the importer groups articles by, else `<chapter>`.
fn division_element(chapter: &Chapter) -> &'static str {
    match chapter
        .kind
        .as_deref()
        .map(|k| k.trim().to_lowercase())
        .as_deref()
    {
        Some("part") => "part",
        Some("title") => "title",
        Some("book") => "book",
        _ => "chapter",
    }
}

/// The division's `<num>`: its kind as printed and its number ("PART XI"), or the number alone
/// when it has no stated kind.
fn division_num(chapter: &Chapter) -> String {
    match chapter.kind.as_deref().map(str::trim) {
        Some(kind) if !kind.is_empty() => format!("{kind} {}", chapter.number),
        _ => chapter.number.clone(),
    }
}

fn kind_name(witness: &Witness) -> &'static str {
    match witness.kind {
        crate::model::WitnessKind::Official => "official",
        crate::model::WitnessKind::Translation => "translation",
        crate::model::WitnessKind::Report => "report",
        crate::model::WitnessKind::Reconstructed => "reconstructed",
        crate::model::WitnessKind::Unstated => "unstated",
    }
}

pub(crate) fn completeness_name(completeness: Completeness) -> &'static str {
    match completeness {
        Completeness::NotAvailable => "not-available",
        Completeness::Partial => "partial",
        Completeness::Complete => "complete",
    }
}

/// The date Akoma Ntoso's `FRBRdate` can hold (`xsd:date`) for a date known to the day, month
/// or year: a partial date is completed with the first day and says so in its name, because
/// the attribute cannot hold "2024-12".
fn frbr_date(date: &str, event: &str) -> Option<(String, String)> {
    let parts = crate::dates::date_parts(date)?;
    let (year, month, day) = match parts.as_slice() {
        [y, m, d] => return Some((format!("{y:04}-{m:02}-{d:02}"), event.to_owned())),
        [y, m] => (*y, *m, 1),
        [y] => (*y, 1, 1),
        _ => return None,
    };
    Some((
        format!("{year:04}-{month:02}-{day:02}"),
        format!("{event} (known only as {date})"),
    ))
}

/// What the export writes, with the ids it has handed out.
struct AknWriter<'a> {
    document: &'a Document,
    app_base: &'a str,
    out: Xml,
    ids: HashSet<String>,
    /// The distinct witnesses of the document's texts, in first-use order; their `eId`s are
    /// `witness_1`, `witness_2`, …
    witnesses: Vec<&'a Witness>,
}

impl<'a> AknWriter<'a> {
    fn new(document: &'a Document, app_base: &'a str) -> Self {
        let mut witnesses: Vec<&Witness> = Vec::new();
        for text in all_texts(document) {
            if !witnesses.contains(&&text.witness) {
                witnesses.push(&text.witness);
            }
        }
        let mut ids = HashSet::new();
        ids.insert("treatyreader".to_owned());
        for i in 1..=witnesses.len() {
            ids.insert(format!("witness_{i}"));
        }
        Self {
            document,
            app_base,
            out: Xml::new(),
            ids,
            witnesses,
        }
    }

    /// `wanted`, or `wanted-2`, `wanted-3` … if an element already has it: the schema wants
    /// every `eId` of the act unique.
    fn unique_id(&mut self, wanted: String) -> String {
        if self.ids.insert(wanted.clone()) {
            return wanted;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{wanted}-{n}");
            if self.ids.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }

    fn witness_ref(&self, witness: &Witness) -> String {
        let index = self
            .witnesses
            .iter()
            .position(|w| *w == witness)
            .expect("every text's witness is listed");
        format!("#witness_{}", index + 1)
    }

    fn write(&mut self) {
        self.out.open(
            "akomaNtoso",
            &[("xmlns", AKN_NAMESPACE), ("xmlns:tr", PROVENANCE_NAMESPACE)],
        );
        self.out.open("act", &[("name", "treaty")]);
        // Body ids first, so that the provenance in <meta> can name them.
        let mut body = Body::plan(self);
        self.meta(&body);
        self.preface();
        self.preamble();
        self.body(&mut body);
        self.conclusions(&body);
        self.out.close();
        self.out.close();
    }

    // -----------------------------------------------------------------------------------------
    // <meta>

    fn meta(&mut self, body: &Body) {
        let d = self.document;
        let work_date = [
            d.signed.as_ref().map(|e| (e.date.as_str(), "signature")),
            d.in_force
                .as_ref()
                .map(|e| (e.date.as_str(), "entryIntoForce")),
        ]
        .into_iter()
        .flatten()
        .find_map(|(date, event)| frbr_date(date, event))
        // The schema requires a date; a treaty of unknown date says so in the name.
        .unwrap_or_else(|| ("0001-01-01".to_owned(), "unknown".to_owned()));
        let id = super::path_segment(&d.id);
        let date = &work_date.0;
        let languages = {
            let l = d.languages();
            if l.is_empty() {
                vec!["und".to_owned()]
            } else {
                l
            }
        };
        let language_path = languages.join("-");
        let work = format!("/akn/{COUNTRY}/act/treaty/{date}/{id}");
        let expression = format!("{work}/{language_path}@");
        let manifestation = format!("{expression}/!main.xml");
        let home = article_url(self.app_base, &d.id, None);
        let base = normalised_base(self.app_base).into_owned();

        self.out.open("meta", &[]);
        self.out
            .open("identification", &[("source", "#treatyreader")]);

        self.out.open("FRBRWork", &[]);
        self.out
            .empty("FRBRthis", &[("value", &format!("{work}/!main"))]);
        self.out.empty("FRBRuri", &[("value", &work)]);
        if !d.short_title.trim().is_empty() {
            self.out.empty(
                "FRBRalias",
                &[("value", &d.short_title), ("name", "shortTitle")],
            );
        }
        for alias in &d.aliases {
            self.out
                .empty("FRBRalias", &[("value", alias), ("name", "alias")]);
        }
        self.out.empty(
            "FRBRdate",
            &[("date", &work_date.0), ("name", &work_date.1)],
        );
        // The parties are the treaty's authors; Treaty Reader knows them by name only.
        self.out.empty("FRBRauthor", &[("href", "#treatyreader")]);
        self.out.empty("FRBRcountry", &[("value", COUNTRY)]);
        self.out.empty("FRBRname", &[("value", &d.title)]);
        self.out.close();

        self.out.open("FRBRExpression", &[]);
        self.out
            .empty("FRBRthis", &[("value", &format!("{expression}/!main"))]);
        self.out.empty("FRBRuri", &[("value", &expression)]);
        self.out.empty(
            "FRBRdate",
            &[("date", &work_date.0), ("name", &work_date.1)],
        );
        self.out.empty("FRBRauthor", &[("href", "#treatyreader")]);
        for language in &languages {
            self.out.empty("FRBRlanguage", &[("language", language)]);
        }
        self.out.close();

        self.out.open("FRBRManifestation", &[]);
        self.out.empty("FRBRthis", &[("value", &manifestation)]);
        self.out.empty("FRBRuri", &[("value", &manifestation)]);
        // The export's own date would make it differ on every run: the work's date stands.
        self.out
            .empty("FRBRdate", &[("date", &work_date.0), ("name", "transform")]);
        self.out.empty("FRBRauthor", &[("href", "#treatyreader")]);
        self.out
            .empty("FRBRformat", &[("value", "application/akn+xml")]);
        self.out.close();
        self.out.close(); // identification

        self.out.open("references", &[("source", "#treatyreader")]);
        self.out.empty(
            "TLCOrganization",
            &[
                ("eId", "treatyreader"),
                ("href", &base),
                ("showAs", "Treaty Reader"),
            ],
        );
        for (i, witness) in self.witnesses.clone().into_iter().enumerate() {
            let eid = format!("witness_{}", i + 1);
            let fallback = format!("{home}#{eid}");
            self.out.empty(
                "TLCReference",
                &[
                    ("eId", &eid),
                    ("href", witness.url.as_deref().unwrap_or(&fallback)),
                    ("showAs", &witness_label(witness)),
                    ("name", "witness"),
                ],
            );
        }
        self.out.close();

        self.notes(body);
        self.proprietary(body);
        self.out.close(); // meta
    }

    /// What a reader of the XML should know, in words: which texts these are, and what the
    /// export leaves out.
    fn notes(&mut self, body: &Body) {
        let d = self.document;
        let mut notes: Vec<String> = Vec::new();
        notes.push(format!(
            "Exported by Treaty Reader from its document “{}” ({}). The text as a whole is {}.",
            d.id,
            article_url(self.app_base, &d.id, None),
            d.completeness.label().to_lowercase()
        ));
        for (i, witness) in self.witnesses.iter().enumerate() {
            let mut note = format!("Witness {}: {}", i + 1, witness_label(witness));
            if let Some(url) = &witness.url {
                let _ = write!(note, ", {url}");
            }
            if let Some(date) = &witness.date {
                let _ = write!(note, ", published {date}");
            }
            note.push('.');
            if let Some(statement) = &witness.note {
                let _ = write!(note, " Its status as the source states it: {statement}");
            }
            notes.push(note);
        }
        for (provision, plan) in body.provisions() {
            if provision.texts.is_empty() {
                notes.push(format!(
                    "{}: no text is available; the {} element is kept, empty, so that the \
                     numbering stays whole.",
                    provision.label(),
                    plan.eid
                ));
            }
            for text in &provision.texts {
                if text.completeness != Completeness::Complete {
                    notes.push(format!(
                        "{} ({}): the text in {} is {}.",
                        provision.label(),
                        plan.eid,
                        text.language,
                        text.completeness.label().to_lowercase()
                    ));
                }
            }
        }
        notes.extend(d.notes.iter().cloned());
        let reports: usize = d.provisions().map(|p| p.reports.len()).sum();
        let mut left_out = Vec::new();
        if reports > 0 {
            left_out.push(format!(
                "{reports} report(s) of news sources about provisions (statements of sources, \
                 not treaty text)"
            ));
        }
        if !d.parties.is_empty() {
            left_out.push(format!("the parties ({})", d.parties.join("; ")));
        }
        if !d.self_references.is_empty() {
            left_out.push("the names by which the treaty refers to itself".to_owned());
        }
        if !d.authentic_languages.is_empty() {
            left_out.push(format!(
                "the authentic languages ({})",
                d.authentic_languages.join(", ")
            ));
        }
        if !left_out.is_empty() {
            notes.push(format!(
                "Not exported as Akoma Ntoso elements: {}.",
                left_out.join("; ")
            ));
        }
        self.out.open("notes", &[("source", "#treatyreader")]);
        for (i, note) in notes.iter().enumerate() {
            let eid = self.unique_id(format!("trnote_{}", i + 1));
            self.out.open("note", &[("eId", &eid)]);
            self.out.leaf("p", &[], note);
            self.out.close();
        }
        self.out.close();
    }

    /// The provenance in `tr:` elements, in body order, for the importer: see
    /// `docs/akoma-ntoso.md`.
    fn proprietary(&mut self, body: &Body) {
        let d = self.document;
        self.out.open("proprietary", &[("source", "#treatyreader")]);
        self.out.open(
            "tr:treaty",
            &[
                ("id", &d.id),
                ("shortTitle", &d.short_title),
                ("completeness", completeness_name(d.completeness)),
            ],
        );
        for (i, witness) in self.witnesses.clone().into_iter().enumerate() {
            let eid = format!("witness_{}", i + 1);
            let mut attributes = vec![("eId", eid.as_str()), ("kind", kind_name(witness))];
            for (key, value) in [
                ("publisher", &witness.publisher),
                ("url", &witness.url),
                ("date", &witness.date),
                ("note", &witness.note),
            ] {
                if let Some(value) = value {
                    attributes.push((key, value));
                }
            }
            self.out.empty("tr:witness", &attributes);
        }
        for chapter in &d.chapters {
            self.division(chapter);
        }
        for (provision, plan) in body.provisions() {
            let number = provision.number.clone().unwrap_or_default();
            self.out
                .open("tr:provision", &[("eId", &plan.eid), ("number", &number)]);
            self.texts(&provision.texts);
            self.out.close();
        }
        for (passage, eid) in d.unplaced.iter().zip(&body.passages) {
            self.out
                .open("tr:passage", &[("eId", eid), ("note", &passage.note)]);
            self.texts(std::slice::from_ref(&passage.text));
            self.out.close();
        }
        for (annex, plan) in d.annexes.iter().zip(&body.annexes) {
            self.out.open(
                "tr:annex",
                &[
                    ("eId", &plan.eid),
                    ("id", &annex.id),
                    ("title", &annex.title),
                ],
            );
            self.texts(&annex.texts);
            for chapter in &annex.chapters {
                self.division(chapter);
            }
            for (provision, article) in annex.articles.iter().zip(&plan.articles) {
                let number = provision.number.clone().unwrap_or_default();
                self.out.open(
                    "tr:provision",
                    &[("eId", &article.eid), ("number", &number)],
                );
                self.texts(&provision.texts);
                self.out.close();
            }
            self.out.close();
        }
        self.out.close();
        self.out.close();
    }

    fn division(&mut self, chapter: &Chapter) {
        let mut attributes = vec![
            ("number", chapter.number.as_str()),
            ("title", chapter.title.as_str()),
            ("firstArticle", chapter.first_article.as_str()),
        ];
        if let Some(kind) = &chapter.kind {
            attributes.push(("kind", kind));
        }
        self.out.empty("tr:division", &attributes);
    }

    fn texts(&mut self, texts: &[ProvisionText]) {
        for text in texts {
            let witness = self.witness_ref(&text.witness);
            let paragraphs = text.paragraphs.len().to_string();
            self.out.empty(
                "tr:text",
                &[
                    ("language", &text.language),
                    ("witness", &witness),
                    ("completeness", completeness_name(text.completeness)),
                    ("paragraphs", &paragraphs),
                ],
            );
        }
    }

    // -----------------------------------------------------------------------------------------
    // The text

    fn preface(&mut self) {
        self.out.open("preface", &[]);
        self.out.open("longTitle", &[]);
        self.out.nested_leaf("p", "docTitle", &self.document.title);
        self.out.close();
        self.out.close();
    }

    fn preamble(&mut self) {
        let Some(preamble) = &self.document.preamble else {
            return;
        };
        let paragraphs: Vec<_> = preamble.texts.iter().flat_map(|t| &t.paragraphs).collect();
        self.out.open("preamble", &[]);
        if paragraphs.is_empty() {
            // The schema wants a block; an empty one imports as no text.
            self.out.empty("p", &[]);
        }
        for paragraph in paragraphs {
            self.loose_paragraph(paragraph);
        }
        self.out.close();
    }

    fn body(&mut self, body: &mut Body) {
        let d = self.document;
        self.out.open("body", &[]);
        let mut written = 0;
        for (article, plan) in d.articles.iter().zip(&body.articles) {
            self.open_divisions(&d.chapters, article, &mut body.open_divisions);
            self.article(article, plan);
            written += 1;
        }
        for _ in 0..body.open_divisions {
            self.out.close();
        }
        for (annex, plan) in d.annexes.iter().zip(body.annexes.iter()) {
            self.out
                .open("hcontainer", &[("eId", &plan.eid), ("name", "annex")]);
            if !annex.title.trim().is_empty() {
                self.out.leaf("heading", &[], &annex.title);
            }
            let paragraphs: Vec<_> = annex.texts.iter().flat_map(|t| &t.paragraphs).collect();
            if !paragraphs.is_empty() {
                let wrapper = if annex.articles.is_empty() {
                    "content"
                } else {
                    "intro"
                };
                self.out.open(wrapper, &[]);
                for paragraph in paragraphs {
                    self.loose_paragraph(paragraph);
                }
                self.out.close();
            }
            let mut open = 0;
            for (article, article_plan) in annex.articles.iter().zip(&plan.articles) {
                self.open_divisions(&annex.chapters, article, &mut open);
                self.article(article, article_plan);
                written += 1;
            }
            for _ in 0..open {
                self.out.close();
            }
            self.out.close();
        }
        if written == 0 && d.annexes.is_empty() {
            // The body must hold an element; a document without articles says so.
            let eid = self.unique_id("hcontainer_1".to_owned());
            self.out
                .open("hcontainer", &[("eId", &eid), ("name", "noArticles")]);
            self.out.open("content", &[]);
            self.out
                .leaf("p", &[], "No article of this document is held.");
            self.out.close();
            self.out.close();
        }
        self.out.close();
    }

    /// Closes the divisions open before an article where new ones open at it, then opens those
    /// (outermost first, each inside the one before).
    fn open_divisions(&mut self, chapters: &[Chapter], article: &Provision, open: &mut usize) {
        let Some(number) = &article.number else {
            return;
        };
        let opening: Vec<&Chapter> = chapters
            .iter()
            .filter(|c| &c.first_article == number)
            .collect();
        if opening.is_empty() {
            return;
        }
        for _ in 0..*open {
            self.out.close();
        }
        *open = 0;
        for chapter in opening {
            let element = division_element(chapter);
            let abbreviation = match element {
                "part" => "part",
                "title" => "title",
                "book" => "book",
                _ => "chp",
            };
            let eid = self.unique_id(format!("{abbreviation}_{}", id_fragment(&chapter.number)));
            self.out.open(element, &[("eId", &eid)]);
            self.out.leaf("num", &[], &division_num(chapter));
            if !chapter.title.trim().is_empty() {
                self.out.leaf("heading", &[], &chapter.title);
            }
            *open += 1;
        }
    }

    fn article(&mut self, article: &Provision, plan: &ArticlePlan) {
        self.out.open("article", &[("eId", &plan.eid)]);
        self.out.leaf("num", &[], &article.label());
        if let Some(heading) = article.heading.as_deref().filter(|h| !h.trim().is_empty()) {
            self.out.leaf("heading", &[], heading);
        }
        let paragraphs = article.texts.iter().flat_map(|t| &t.paragraphs);
        for (paragraph, eid) in paragraphs.zip(&plan.paragraphs) {
            self.out.open("paragraph", &[("eId", eid)]);
            if let Some(number) = &paragraph.number {
                self.out.leaf("num", &[], number);
            }
            self.out.open("content", &[]);
            self.out.leaf("p", &[], &paragraph.text);
            self.out.close();
            self.out.close();
        }
        self.out.close();
    }

    /// A paragraph outside an article (preamble, annex text, unplaced text): a `<p>`, or where
    /// it is numbered a `<blockContainer>` with its `<num>`, since a `<p>` cannot hold one.
    fn loose_paragraph(&mut self, paragraph: &crate::model::Paragraph) {
        match &paragraph.number {
            Some(number) => {
                self.out.open("blockContainer", &[]);
                self.out.leaf("num", &[], number);
                self.out.leaf("p", &[], &paragraph.text);
                self.out.close();
            }
            None => self.out.leaf("p", &[], &paragraph.text),
        }
    }

    fn conclusions(&mut self, body: &Body) {
        if self.document.unplaced.is_empty() {
            return;
        }
        self.out.open("conclusions", &[]);
        for (passage, eid) in self.document.unplaced.iter().zip(&body.passages) {
            self.out
                .open("container", &[("eId", eid), ("name", "unplaced")]);
            for paragraph in &passage.text.paragraphs {
                self.loose_paragraph(paragraph);
            }
            if passage.text.paragraphs.is_empty() {
                self.out.empty("p", &[]);
            }
            self.out.close();
        }
        self.out.close();
    }
}

/// "News agency report from KCNA", or the kind alone.
fn witness_label(witness: &Witness) -> String {
    match witness.publisher.as_deref().map(str::trim) {
        Some(p) if !p.is_empty() => format!("{} from {p}", witness.kind.label()),
        _ => witness.kind.label().to_owned(),
    }
}

/// Every text of the document, in body order.
fn all_texts(document: &Document) -> impl Iterator<Item = &ProvisionText> {
    document
        .provisions()
        .flat_map(|p| &p.texts)
        .chain(document.unplaced.iter().map(|u| &u.text))
        .chain(document.annexes.iter().flat_map(|a| {
            a.texts
                .iter()
                .chain(a.articles.iter().flat_map(|p| &p.texts))
        }))
}

/// The ids of an article and its paragraphs.
struct ArticlePlan {
    eid: String,
    paragraphs: Vec<String>,
}

struct AnnexPlan {
    eid: String,
    articles: Vec<ArticlePlan>,
}

/// The body's ids, handed out before anything is written.
struct Body<'a> {
    document: &'a Document,
    articles: Vec<ArticlePlan>,
    passages: Vec<String>,
    annexes: Vec<AnnexPlan>,
    open_divisions: usize,
}

impl<'a> Body<'a> {
    fn plan(writer: &mut AknWriter<'a>) -> Self {
        let document = writer.document;
        writer.ids.insert("preamble".to_owned());
        let articles = document
            .articles
            .iter()
            .map(|a| article_plan(writer, "", a))
            .collect();
        let passages = (1..=document.unplaced.len())
            .map(|i| writer.unique_id(format!("unplaced_{i}")))
            .collect();
        let annexes = document
            .annexes
            .iter()
            .enumerate()
            .map(|(i, annex)| {
                let eid = writer.unique_id(format!("annex_{}", i + 1));
                let prefix = format!("{eid}__");
                let articles = annex
                    .articles
                    .iter()
                    .map(|a| article_plan(writer, &prefix, a))
                    .collect();
                AnnexPlan { eid, articles }
            })
            .collect();
        Self {
            document,
            articles,
            passages,
            annexes,
            open_divisions: 0,
        }
    }

    /// The preamble (named `preamble`) and the articles, with their ids.
    fn provisions(&self) -> Vec<(&'a Provision, ProvisionPlan)> {
        let preamble = self.document.preamble.iter().map(|p| {
            (
                p,
                ProvisionPlan {
                    eid: "preamble".to_owned(),
                },
            )
        });
        let articles = self
            .document
            .articles
            .iter()
            .zip(&self.articles)
            .map(|(a, plan)| {
                (
                    a,
                    ProvisionPlan {
                        eid: plan.eid.clone(),
                    },
                )
            });
        preamble.chain(articles).collect()
    }
}

struct ProvisionPlan {
    eid: String,
}

fn article_plan(writer: &mut AknWriter<'_>, prefix: &str, article: &Provision) -> ArticlePlan {
    let number = article.number.as_deref().unwrap_or_default();
    let eid = writer.unique_id(format!("{prefix}art_{}", id_fragment(number)));
    let count = article.texts.iter().map(|t| t.paragraphs.len()).sum();
    let paragraphs = (1..=count)
        .map(|i| writer.unique_id(format!("{eid}__para_{i}")))
        .collect();
    ArticlePlan { eid, paragraphs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Paragraph, WitnessKind};

    fn document(articles: Vec<Provision>) -> Document {
        Document {
            id: "t".into(),
            title: "T".into(),
            short_title: "T".into(),
            aliases: vec![],
            self_references: vec![],
            parties: vec![],
            signed: None,
            in_force: None,
            authentic_languages: vec![],
            notes: vec![],
            completeness: Completeness::Complete,
            preamble: None,
            chapters: vec![],
            articles,
            unplaced: vec![],
            annexes: vec![],
        }
    }

    fn article(number: &str, text: &str) -> Provision {
        Provision {
            number: Some(number.into()),
            heading: None,
            texts: vec![ProvisionText {
                language: "en".into(),
                witness: Witness::new(WitnessKind::Official),
                completeness: Completeness::Complete,
                paragraphs: vec![Paragraph {
                    number: None,
                    text: text.into(),
                    gap: false,
                }],
            }],
            reports: vec![],
        }
    }

    /// Well-formed: quick-xml reads every event of it without error, and the text comes back.
    fn texts_of(xml: &str) -> Vec<String> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut texts = Vec::new();
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Text(t)) => {
                    let text = t.unescape().expect("escaped text").trim().to_owned();
                    if !text.is_empty() {
                        texts.push(text);
                    }
                }
                Ok(quick_xml::events::Event::Eof) => return texts,
                Ok(_) => {}
                Err(e) => panic!("not well-formed: {e}\n{xml}"),
            }
        }
    }

    #[test]
    fn hostile_text_is_escaped_and_forbidden_characters_replaced() {
        let hostile =
            "<script>alert('x')</script> & \"quoted\" ]]> \u{0} bell\u{7} \u{1b}[0m \u{FFFE}";
        let mut doc = document(vec![article("1", hostile)]);
        doc.title = "Title <b>&amp;</b> \"q\"".into();
        doc.articles[0].heading = Some("Heading\u{8} & <i>".into());
        doc.articles[0].texts[0].witness.publisher = Some("Pub \"x\" <y>\tz\nw".into());
        let xml = akoma_ntoso(&doc, "https://example.org/r/");
        assert!(!xml.contains("<script>"), "{xml}");
        assert!(!xml.contains('\u{0}') && !xml.contains('\u{7}') && !xml.contains('\u{1b}'));
        let texts = texts_of(&xml);
        let expected = "<script>alert('x')</script> & \"quoted\" ]]> \u{FFFD} bell\u{FFFD} \u{FFFD}[0m \u{FFFD}";
        assert!(texts.iter().any(|t| t == expected), "{texts:?}");
        assert!(texts.iter().any(|t| t == "Title <b>&amp;</b> \"q\""));
        assert!(texts.iter().any(|t| t == "Heading\u{FFFD} & <i>"));
        // Attribute values keep their tab and line break as references.
        assert!(xml.contains("publisher=\"Pub &quot;x&quot; &lt;y&gt;&#9;z&#10;w\""));
    }

    #[test]
    fn an_empty_document_is_still_a_whole_act() {
        let mut doc = document(vec![]);
        doc.completeness = Completeness::NotAvailable;
        let xml = akoma_ntoso(&doc, "https://example.org/r");
        texts_of(&xml);
        assert!(xml.contains("<act name=\"treaty\">"));
        assert!(xml.contains("<body>") && xml.contains("name=\"noArticles\""));
        assert!(xml.contains("<FRBRdate date=\"0001-01-01\" name=\"unknown\"/>"));
        assert!(xml.contains("<FRBRlanguage language=\"und\"/>"));
    }

    #[test]
    fn the_output_depends_on_the_document_only() {
        let doc = document(vec![article("1", "Text."), article("1", "Same number.")]);
        let first = akoma_ntoso(&doc, "https://example.org/r/");
        assert_eq!(first, akoma_ntoso(&doc, "https://example.org/r/"));
        // Two articles of one number still get distinct ids.
        assert!(first.contains("eId=\"art_1\"") && first.contains("eId=\"art_1-2\""));
    }

    #[test]
    fn partial_dates_are_completed_and_say_so() {
        assert_eq!(
            frbr_date("2024-06-19", "signature"),
            Some(("2024-06-19".into(), "signature".into()))
        );
        assert_eq!(
            frbr_date("2024-12", "signature"),
            Some((
                "2024-12-01".into(),
                "signature (known only as 2024-12)".into()
            ))
        );
        assert_eq!(frbr_date("unknown", "signature"), None);
    }

    #[test]
    fn ids_hold_no_whitespace() {
        assert_eq!(id_fragment(" 1 bis "), "1-bis");
        assert_eq!(id_fragment("a_b"), "a-b");
        assert_eq!(id_fragment(""), "x");
    }
}
