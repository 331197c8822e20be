//! The walk over an Akoma Ntoso document's elements: which element opens or closes an
//! article, a chapter, a paragraph or a line, and what text belongs to each.

use crate::import::entities::decode_entities;
use crate::import::layout::{AnnexLayout, Layout, Part, Place};
use crate::import::paragraph::{gap, is_gap_marker};
use crate::import::ImportError;
use crate::model::{Chapter, Paragraph};
use crate::numbering::article_value;
use quick_xml::events::BytesStart;
use std::collections::HashMap;

/// Elements that group articles and whose `<num>` and `<heading>` make a chapter.
const GROUPS: &[&str] = &["chapter", "part", "title", "book"];
/// Elements that end a paragraph; every other element, known or not, is part of a line of text.
const BLOCKS: &[&str] = &[
    "akomaNtoso",
    "act",
    "bill",
    "doc",
    "statement",
    "portionBody",
    "preface",
    "preamble",
    "body",
    "mainBody",
    "conclusions",
    "attachments",
    "attachment",
    "chapter",
    "part",
    "title",
    "book",
    "section",
    "article",
    "paragraph",
    "subparagraph",
    "point",
    "list",
    "item",
    "intro",
    "wrapUp",
    "content",
    "blockList",
    "listIntroduction",
    "listWrapUp",
    "alinea",
    "clause",
    "indent",
    "hcontainer",
    "container",
    "block",
    "tblock",
    "p",
    "br",
    "table",
    "tr",
    "td",
    "th",
    "longTitle",
    "recitals",
    "recital",
    "citations",
    "citation",
    "formula",
    "num",
    "heading",
    "subheading",
    "blockContainer",
    "signature",
];
/// Elements that are an annex of the act: kept apart, their text in the annex and their
/// numbering their own. An `hcontainer` is one when its `name` is one of `ANNEX_NAMES`.
const ANNEXES: &[&str] = &["attachment", "annex"];
/// The `name` of an `hcontainer` that is an annex (legislation.gov.uk's schedules).
const ANNEX_NAMES: &[&str] = &["schedule", "annex", "appendix"];
/// Elements whose text is not treaty text.
const SKIPPED: &[&str] = &["meta", "authorialNote", "remark"];

/// Whether the element `name` opens an annex (see `ANNEXES`, `ANNEX_NAMES`).
fn is_annex(name: &str, e: &BytesStart<'_>) -> bool {
    ANNEXES.contains(&name)
        || name == "hcontainer"
            && e.attributes().flatten().any(|a| {
                a.key.local_name().as_ref() == b"name"
                    && ANNEX_NAMES.contains(&String::from_utf8_lossy(&a.value).as_ref())
            })
}

/// The `eId` (or older `id`) attribute, whose `art_4` names an article that lacks a `<num>`.
fn element_id(e: &BytesStart<'_>) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.local_name();
        (key.as_ref() == b"eId" || key.as_ref() == b"id")
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

/// An article whose number is not known yet: `<num>` comes after the start tag.
struct OpenArticle {
    line: usize,
    id: Option<String>,
    fixed: bool,
}

/// A chapter (or part) waiting for its first article.
#[derive(Default)]
struct OpenGroup {
    /// The element: "chapter", "part".
    element: String,
    /// Depth of the stack with the element open, to tell when it closes.
    depth: usize,
    /// Its element has closed before any article: the next division replaces it (a heading
    /// of an empty division), but the next article still opens it (a heading before its
    /// articles, as web pages print it).
    closed: bool,
    number: String,
    title: String,
}

impl OpenGroup {
    /// The division as the model keeps it: "Part I" printed in `<num>` is a part numbered I;
    /// a bare "I" in a `<chapter>` is a chapter numbered I.
    fn into_chapter(self, first_article: String) -> Chapter {
        let (kind, number) = match self.number.split_once(' ') {
            Some((word, rest)) if word.chars().all(char::is_alphabetic) => {
                (word.to_owned(), rest.trim().to_owned())
            }
            _ => {
                let mut letters = self.element.chars();
                let kind = letters
                    .next()
                    .map(|c| c.to_uppercase().collect::<String>() + letters.as_str())
                    .unwrap_or_default();
                (kind, self.number)
            }
        };
        Chapter {
            number,
            kind: Some(kind),
            title: self.title,
            first_article,
        }
    }
}

/// What the text being read belongs to, when it is not paragraph text.
enum Capture {
    Title,
    Num,
    Heading,
    /// The `<num>` or `<heading>` of an annex: its title.
    AnnexTitle,
}

#[derive(Default)]
pub(super) struct Walker {
    pub(super) stack: Vec<String>,
    /// Depth of the stack where a skipped element (e.g. `<meta>`) opened, while inside one.
    skipped_at: Option<usize>,
    /// How many open `<preamble>` and `<preface>` elements enclose the text being read.
    preambles: usize,
    prefaces: usize,
    /// How many open `<mod>` and `<quotedStructure>` elements do: an amending act quotes the
    /// articles it inserts, which are its text, not its articles.
    quoted: usize,
    /// Depth of the stack inside the annex being read, while inside one.
    annex_at: Option<usize>,
    /// The act's articles, set aside while an annex's are read.
    main_articles: Option<HashMap<String, usize>>,
    pub(super) title: Option<String>,
    pub(super) layout: Layout,
    /// Divisions opened and waiting for their first article, outermost first: a part and the
    /// chapter inside it both open at that article.
    groups: Vec<OpenGroup>,
    article: Option<OpenArticle>,
    /// Line of each article read, by its number's value ("IV" and "4" are one), or as printed
    /// where it has no plain value ("9A").
    pub(super) articles: HashMap<String, usize>,
    /// The element that is an article: `article`, or `section` in an act organised in sections
    /// (legislation.gov.uk, the US Code), which has no `<article>` at all.
    pub(super) unit: &'static str,
    capture: Option<(Capture, String)>,
    /// The file is Treaty Reader's own export, which writes every text on one line exactly as
    /// the document holds it: its whitespace is the text's, not the layout's, and is kept.
    pub(super) verbatim: bool,
    /// Paragraph text read so far, and the number the next paragraph carries.
    text: String,
    number: Option<String>,
}

impl Walker {
    /// A walk in which `unit` elements are the articles.
    pub(super) fn new(unit: &'static str) -> Self {
        Self {
            unit,
            ..Self::default()
        }
    }

    /// Text as the document means it: whitespace runs collapsed (they are the file's layout),
    /// except in a verbatim file, where only the ends are trimmed.
    fn tidy(&self, text: &str) -> String {
        if self.verbatim {
            text.trim().to_owned()
        } else {
            normalise(text)
        }
    }

    fn skipping(&self) -> bool {
        self.skipped_at.is_some()
    }

    /// Counts the elements whose text is placed by what encloses it, on entering (`1`) or
    /// leaving (`-1`) one; kept as counts so that deep nesting costs nothing per text.
    fn enclose(&mut self, name: &str, entering: bool) {
        let count = match name {
            "preamble" => &mut self.preambles,
            "preface" => &mut self.prefaces,
            "mod" | "quotedStructure" => &mut self.quoted,
            _ => return,
        };
        *count = if entering {
            count.saturating_add(1)
        } else {
            count.saturating_sub(1)
        };
    }

    pub(super) fn start(
        &mut self,
        name: &str,
        e: &BytesStart<'_>,
        line: usize,
    ) -> Result<(), ImportError> {
        if self.skipped_at.is_none() && SKIPPED.contains(&name) {
            self.skipped_at = Some(self.stack.len());
        }
        self.stack.push(name.to_owned());
        if self.skipping() {
            return Ok(());
        }
        self.enclose(name, true);
        if BLOCKS.contains(&name) {
            self.flush()?;
        }
        if self.annex_at.is_none() && is_annex(name, e) {
            self.close_article()?;
            self.annex_at = Some(self.stack.len());
            // The annex numbers its articles on its own.
            self.main_articles = Some(std::mem::take(&mut self.articles));
            self.layout.annexes.push(AnnexLayout {
                title: String::new(),
                parts: Vec::new(),
                chapters: Vec::new(),
            });
            return Ok(());
        }
        if let Some(depth) = self.annex_at {
            // An annex's own num and heading are its title: those of the annex element or of
            // the container that holds its text (`attachment` > `doc` > … > `hcontainer`).
            let parent = &self.stack[self.stack.len() - 2];
            let untitled = self
                .layout
                .annexes
                .last()
                .is_some_and(|a| a.parts.is_empty());
            let own = self.stack.len() == depth + 1
                || parent == "hcontainer" && self.article.is_none() && untitled;
            if matches!(name, "num" | "heading") && own {
                self.capture = Some((Capture::AnnexTitle, String::new()));
                return Ok(());
            }
        }
        if self.quoted > 0 {
            // Quoted articles, their numbers and headings: paragraph text of the article that
            // quotes them.
            return Ok(());
        }
        match name {
            "docTitle" | "shortTitle" if self.title.is_none() => {
                self.capture = Some((Capture::Title, String::new()))
            }
            "num" => self.capture = Some((Capture::Num, String::new())),
            "heading" => self.capture = Some((Capture::Heading, String::new())),
            "preamble" => self.layout.parts.push(Part {
                place: Place::Preamble,
                paragraphs: Vec::new(),
            }),
            _ if name == self.unit => {
                self.close_article()?;
                self.article = Some(OpenArticle {
                    line,
                    id: element_id(e),
                    fixed: false,
                });
            }
            _ if GROUPS.contains(&name) => {
                self.groups.retain(|g| !g.closed);
                self.groups.push(OpenGroup {
                    element: name.to_owned(),
                    depth: self.stack.len(),
                    ..OpenGroup::default()
                })
            }
            _ => {}
        }
        Ok(())
    }

    pub(super) fn text(&mut self, raw: &str) {
        if self.skipping() {
            return;
        }
        let text = decode_entities(raw);
        let target = match &mut self.capture {
            Some((_, captured)) => captured,
            None => &mut self.text,
        };
        target.push_str(&text);
    }

    pub(super) fn end(&mut self, name: &str) -> Result<(), ImportError> {
        self.stack.pop();
        if self.skipping() {
            if self.skipped_at == Some(self.stack.len()) {
                self.skipped_at = None;
            }
            return Ok(());
        }
        self.enclose(name, false);
        if self.annex_at.is_some_and(|depth| self.stack.len() < depth) {
            self.flush()?;
            self.close_article()?;
            self.annex_at = None;
            self.articles = self.main_articles.take().unwrap_or_default();
            return Ok(());
        }
        let parent = self.stack.last().cloned().unwrap_or_default();
        match (name, self.capture.take()) {
            ("num" | "heading", Some((Capture::AnnexTitle, t))) => {
                let t = self.tidy(&t);
                if let Some(annex) = self.layout.annexes.last_mut() {
                    if !annex.title.is_empty() && !t.is_empty() {
                        annex.title.push(' ');
                    }
                    annex.title.push_str(&t);
                }
            }
            ("docTitle" | "shortTitle", Some((Capture::Title, t))) => {
                self.title = Some(self.tidy(&t))
            }
            ("num", Some((Capture::Num, t))) => self.num(&parent, normalise(&t))?,
            ("heading", Some((Capture::Heading, t))) => {
                let t = self.tidy(&t);
                self.heading(&parent, t)?
            }
            (_, capture) => {
                self.capture = capture;
                if BLOCKS.contains(&name) {
                    self.flush()?;
                }
                if name == self.unit && self.quoted == 0 {
                    self.close_article()?;
                }
                if GROUPS.contains(&name) {
                    let depth = self.stack.len() + 1;
                    if let Some(group) = self.groups.iter_mut().find(|g| g.depth == depth) {
                        group.closed = true;
                    }
                }
            }
        }
        Ok(())
    }

    fn num(&mut self, parent: &str, text: String) -> Result<(), ImportError> {
        match parent {
            _ if parent == self.unit => self.fix_article(Some(text)),
            _ if GROUPS.contains(&parent) => {
                if let Some(group) = self.groups.last_mut() {
                    group.number = text;
                }
                Ok(())
            }
            _ => {
                self.number = (!text.is_empty()).then_some(text);
                Ok(())
            }
        }
    }

    fn heading(&mut self, parent: &str, text: String) -> Result<(), ImportError> {
        match parent {
            _ if parent == self.unit => {
                self.fix_article(None)?;
                if let Some(Part {
                    place: Place::Article { heading, .. },
                    ..
                }) = self.parts_mut().last_mut()
                {
                    *heading = (!text.is_empty()).then_some(text);
                }
                Ok(())
            }
            _ if GROUPS.contains(&parent) => {
                if let Some(group) = self.groups.last_mut() {
                    group.title = text;
                }
                Ok(())
            }
            _ => {
                self.text = text;
                self.flush()
            }
        }
    }

    /// Gives the open article its number (from `<num>`, else from its `eId`) once, checking
    /// that no other article has it, and opens its part of the layout.
    fn fix_article(&mut self, num: Option<String>) -> Result<(), ImportError> {
        let Some(open) = self.article.as_mut().filter(|a| !a.fixed) else {
            return Ok(());
        };
        open.fixed = true;
        let number = match (&num, &open.id) {
            (Some(num), _) => article_number(num),
            (None, Some(id)) => number_in_id(id),
            (None, None) => None,
        };
        let printed = num.or_else(|| open.id.clone()).unwrap_or_default();
        let number = number.ok_or_else(|| ImportError::BadNumber {
            line: open.line,
            heading: printed.clone(),
        })?;
        let value = article_value(&number).map_or_else(|| number.clone(), |v| v.to_string());
        if let Some(&first_line) = self.articles.get(&value) {
            return Err(ImportError::DuplicateArticle {
                number,
                line: open.line,
                first_line,
            });
        }
        self.articles.insert(value, open.line);
        for group in std::mem::take(&mut self.groups) {
            let chapter = group.into_chapter(number.clone());
            match self.annex_at {
                Some(_) => {
                    if let Some(annex) = self.layout.annexes.last_mut() {
                        annex.chapters.push(chapter);
                    }
                }
                None => self.layout.chapters.push(chapter),
            }
        }
        self.parts_mut().push(Part {
            place: Place::Article {
                number,
                heading: None,
            },
            paragraphs: Vec::new(),
        });
        Ok(())
    }

    fn close_article(&mut self) -> Result<(), ImportError> {
        self.fix_article(None)?;
        self.article = None;
        Ok(())
    }

    /// Ends the paragraph being read and places it: in the open article, the preamble, or as
    /// unplaced text. Text in the preface other than the title is not treaty text.
    fn flush(&mut self) -> Result<(), ImportError> {
        let text = std::mem::take(&mut self.text);
        let text = self.tidy(&text);
        if text.is_empty() {
            return Ok(());
        }
        let in_article = self.article.is_some();
        if in_article {
            self.fix_article(None)?;
        }
        let paragraph = if is_gap_marker(&text) {
            gap(&text)
        } else {
            Paragraph {
                number: self.number.take(),
                text,
                gap: false,
            }
        };
        if self.annex_at.is_some() && !in_article && self.prefaces == 0 {
            self.annex_text(paragraph);
            return Ok(());
        }
        let in_preamble = self.preambles > 0;
        if in_article || in_preamble {
            if let Some(part) = self.parts_mut().last_mut() {
                part.paragraphs.push(paragraph);
                return Ok(());
            }
        }
        if self.prefaces > 0 {
            return Ok(());
        }
        self.unplaced(paragraph);
        Ok(())
    }

    /// Where articles go: the annex being read, or the act.
    fn parts_mut(&mut self) -> &mut Vec<Part> {
        match (self.annex_at, self.layout.annexes.last_mut()) {
            (Some(_), Some(annex)) => &mut annex.parts,
            _ => &mut self.layout.parts,
        }
    }

    /// A paragraph of the annex being read outside its articles.
    fn annex_text(&mut self, paragraph: Paragraph) {
        let Some(annex) = self.layout.annexes.last_mut() else {
            return;
        };
        match annex.parts.last_mut() {
            Some(part) if matches!(part.place, Place::Unplaced { .. }) => {
                part.paragraphs.push(paragraph)
            }
            _ => annex.parts.push(Part {
                place: Place::Unplaced {
                    note: "Annex text.".to_owned(),
                },
                paragraphs: vec![paragraph],
            }),
        }
    }

    fn unplaced(&mut self, paragraph: Paragraph) {
        let place = self.stack.get(2).map_or("document", String::as_str);
        let note = format!("text of <{place}>, outside any article");
        match self.layout.parts.last_mut() {
            Some(Part {
                place: Place::Unplaced { note: last },
                paragraphs,
            }) if *last == note => paragraphs.push(paragraph),
            _ => self.layout.parts.push(Part {
                place: Place::Unplaced { note },
                paragraphs: vec![paragraph],
            }),
        }
    }
}

/// Whitespace runs collapsed to single spaces, ends trimmed.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article number in "Article 4", "Art. IV.", "§ 301." or "9A": the first token that reads
/// as an Arabic or Roman number, or digits with a letter or two after them (inserted sections).
fn article_number(printed: &str) -> Option<String> {
    printed
        .split_whitespace()
        .map(|t| t.trim_end_matches(['.', ':', 'º', '°']))
        .find(|t| article_value(t).is_some() || is_suffixed(t))
        .map(str::to_owned)
}

/// "9A", "52AA", "16a": digits, then one or two letters.
fn is_suffixed(token: &str) -> bool {
    let letters = token.trim_start_matches(|c: char| c.is_ascii_digit());
    letters.len() < token.len()
        && (1..=2).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_alphabetic())
}

/// The article number in an `eId` like "chp_I__art_4": what follows the last "art_".
fn number_in_id(id: &str) -> Option<String> {
    let (_, after) = id.rsplit_once("art_")?;
    let number = after.split('_').next()?;
    article_value(number).is_some().then(|| number.to_owned())
}
