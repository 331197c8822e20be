//! Turns a layout into a [`Document`]: attaches the witness, judges the completeness of each text
//! and makes a copy's break-off visible as a gap.

use super::layout::{Layout, Part, Place};
use super::paragraph::{ends_like_a_sentence, gap, BREAK_MARKER};
use crate::model::{
    Annex, Completeness, Document, Paragraph, Passage, Provision, ProvisionText, Witness,
};
use crate::numbering::article_value;

/// What the file says about its text as a whole, and what the caller imposes.
pub(crate) struct Provenance {
    pub language: String,
    pub witness: Witness,
    /// The header says COMPLETE.
    pub complete: bool,
    /// Completeness imposed on every text of the file.
    pub completeness: Option<Completeness>,
}

/// Builds the document's provisions from the layout: the main text's parts, its annexes, then
/// each translation aligned with them (by article number; annexes by their order). Metadata
/// the file does not carry (aliases, parties, dates) is left empty for the caller to fill.
pub(crate) fn assemble(id: &str, title: &str, mut layout: Layout, p: &Provenance) -> Document {
    if !p.complete {
        mark_break(&mut layout.parts);
    }
    let mut doc = Document {
        id: id.to_owned(),
        title: title.to_owned(),
        short_title: short_title(title),
        aliases: Vec::new(),
        self_references: Vec::new(),
        parties: Vec::new(),
        signed: None,
        in_force: None,
        authentic_languages: Vec::new(),
        notes: Vec::new(),
        completeness: Completeness::NotAvailable,
        preamble: None,
        chapters: std::mem::take(&mut layout.chapters),
        articles: Vec::new(),
        unplaced: Vec::new(),
        annexes: Vec::new(),
    };
    let translations = std::mem::take(&mut layout.translations);
    place_text(&mut doc, layout, p);
    for translation in translations {
        let language = translation.language;
        if let Some(title) = translation.title {
            doc.notes
                .push(format!("Title of the text in {language}: {title}"));
        }
        let p = Provenance {
            language,
            witness: p.witness.clone(),
            complete: p.complete,
            completeness: p.completeness,
        };
        place_text(&mut doc, translation.layout, &p);
    }
    doc.completeness = document_completeness(&doc, p.complete);
    doc
}

/// Places one language's text: its body in the document's preamble, articles and unplaced
/// passages, its annexes in the document's annexes of the same order.
fn place_text(doc: &mut Document, layout: Layout, p: &Provenance) {
    for part in layout.parts {
        let text = (!part.paragraphs.is_empty()).then(|| provision_text(part.paragraphs, p));
        match part.place {
            Place::Preamble => add(doc.preamble.get_or_insert_with(|| provision(None)), text),
            Place::Article { number, heading } => {
                add_to_article(&mut doc.articles, number, heading, text)
            }
            Place::Unplaced { note } => {
                if let Some(text) = text {
                    doc.unplaced.push(Passage { text, note });
                }
            }
        }
    }
    for (index, annex_layout) in layout.annexes.into_iter().enumerate() {
        if doc.annexes.len() <= index {
            doc.annexes.push(Annex {
                id: format!("annex-{}", index + 1),
                title: annex_layout.title,
                chapters: annex_layout.chapters,
                articles: Vec::new(),
                texts: Vec::new(),
            });
        }
        let annex = &mut doc.annexes[index];
        for part in annex_layout.parts {
            let text = (!part.paragraphs.is_empty()).then(|| provision_text(part.paragraphs, p));
            match part.place {
                Place::Article { number, heading } => {
                    add_to_article(&mut annex.articles, number, heading, text)
                }
                Place::Preamble | Place::Unplaced { .. } => {
                    if let Some(text) = text {
                        add_text(&mut annex.texts, text);
                    }
                }
            }
        }
    }
}

/// Adds a text to the article of that number, by value ("IV" is 4), or by the number as
/// printed where it has no plain value ("16a", "I-19"); a new article if there is none.
fn add_to_article(
    articles: &mut Vec<Provision>,
    number: String,
    heading: Option<String>,
    text: Option<ProvisionText>,
) {
    let value = article_value(&number);
    let index = articles.iter().position(|a| match value {
        Some(_) => a.number.as_deref().and_then(article_value) == value,
        None => a.number.as_deref() == Some(number.as_str()),
    });
    let index = index.unwrap_or_else(|| {
        articles.push(provision(Some(number)));
        articles.len() - 1
    });
    let article = &mut articles[index];
    article.heading = article.heading.take().or(heading);
    add(article, text);
}

/// When a partial copy's last paragraph stops mid-sentence, a gap marks where it breaks off.
fn mark_break(parts: &mut [Part]) {
    let Some(last) = parts.iter_mut().rev().find(|p| !p.paragraphs.is_empty()) else {
        return;
    };
    let broken = last
        .paragraphs
        .last()
        .is_some_and(|p| !p.gap && !ends_like_a_sentence(&p.text));
    if broken {
        last.paragraphs.push(gap(BREAK_MARKER));
    }
}

fn provision(number: Option<String>) -> Provision {
    Provision {
        number,
        heading: None,
        texts: Vec::new(),
        reports: Vec::new(),
    }
}

/// Adds a text to a provision (see [`add_text`]).
fn add(provision: &mut Provision, text: Option<ProvisionText>) {
    if let Some(text) = text {
        add_text(&mut provision.texts, text);
    }
}

/// Adds a text, continuing the text in the same language from the same file if there is one
/// (an article map may place two separate paragraphs in one article).
fn add_text(texts: &mut Vec<ProvisionText>, text: ProvisionText) {
    match texts.iter_mut().find(|t| t.language == text.language) {
        Some(existing) => {
            existing.paragraphs.extend(text.paragraphs);
            existing.completeness = existing.completeness.min(text.completeness);
        }
        None => texts.push(text),
    }
}

fn provision_text(paragraphs: Vec<Paragraph>, p: &Provenance) -> ProvisionText {
    let completeness = p.completeness.unwrap_or_else(|| {
        if p.complete || is_whole(&paragraphs) {
            Completeness::Complete
        } else {
            Completeness::Partial
        }
    });
    ProvisionText {
        language: p.language.clone(),
        witness: p.witness.clone(),
        completeness,
        paragraphs,
    }
}

/// In a partial copy, a text is whole when it has no gap and ends like a sentence.
fn is_whole(paragraphs: &[Paragraph]) -> bool {
    let no_gap = paragraphs.iter().all(|p| !p.gap);
    no_gap
        && paragraphs
            .last()
            .is_some_and(|p| ends_like_a_sentence(&p.text))
}

/// Complete only when the file says so and every provision is complete; partial when there is
/// some text; else not available.
fn document_completeness(doc: &Document, file_complete: bool) -> Completeness {
    let has_text = doc.provisions().any(|p| !p.texts.is_empty()) || !doc.unplaced.is_empty();
    let all_complete = doc
        .provisions()
        .all(|p| p.completeness() == Completeness::Complete);
    if !has_text {
        Completeness::NotAvailable
    } else if file_complete && all_complete {
        Completeness::Complete
    } else {
        Completeness::Partial
    }
}

/// The title without its parenthesised or dashed remarks, for lists.
fn short_title(title: &str) -> String {
    let end = [" (", " - "]
        .iter()
        .filter_map(|s| title.find(s))
        .min()
        .unwrap_or(title.len());
    title[..end].trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WitnessKind;

    fn para(text: &str) -> Paragraph {
        Paragraph {
            number: None,
            text: text.into(),
            gap: false,
        }
    }

    fn provenance(complete: bool) -> Provenance {
        Provenance {
            language: "en".into(),
            witness: Witness::new(WitnessKind::Report),
            complete,
            completeness: None,
        }
    }

    fn article(n: &str, texts: &[&str]) -> Part {
        Part {
            place: Place::Article {
                number: n.into(),
                heading: None,
            },
            paragraphs: texts.iter().map(|t| para(t)).collect(),
        }
    }

    #[test]
    fn a_partial_copy_that_breaks_off_ends_in_a_gap() {
        let layout = Layout {
            parts: vec![
                article("1", &["Whole."]),
                article("2", &["Broken off without"]),
            ],
            ..Layout::default()
        };
        let doc = assemble("x", "X (note)", layout, &provenance(false));
        assert_eq!(doc.short_title, "X");
        assert_eq!(doc.articles[0].completeness(), Completeness::Complete);
        let second = &doc.articles[1].texts[0];
        assert_eq!(second.completeness, Completeness::Partial);
        assert!(second.paragraphs.last().unwrap().gap);
        assert_eq!(doc.completeness, Completeness::Partial);
    }

    #[test]
    fn a_complete_copy_is_complete_throughout() {
        let layout = Layout {
            parts: vec![article("1", &["No final stop"])],
            ..Layout::default()
        };
        let doc = assemble("x", "X", layout, &provenance(true));
        assert_eq!(doc.completeness, Completeness::Complete);
        assert_eq!(doc.articles[0].texts[0].paragraphs.len(), 1);
    }

    #[test]
    fn imposed_completeness_wins() {
        let layout = Layout {
            parts: vec![article("1", &["Whole."])],
            ..Layout::default()
        };
        let mut p = provenance(false);
        p.completeness = Some(Completeness::Partial);
        let doc = assemble("x", "X", layout, &p);
        assert_eq!(doc.articles[0].completeness(), Completeness::Partial);
    }
}
