//! Turns a layout into a [`Document`]: attaches the witness, judges the completeness of each text
//! and makes a copy's break-off visible as a gap.

use super::layout::{Layout, Part, Place};
use super::paragraph::{ends_like_a_sentence, gap, BREAK_MARKER};
use crate::model::{Completeness, Document, Paragraph, Passage, Provision, ProvisionText, Witness};
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

/// Builds the document's provisions from the layout. Metadata the file does not carry (aliases,
/// parties, dates) is left empty for the caller to fill.
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
        chapters: layout.chapters,
        articles: Vec::new(),
        unplaced: Vec::new(),
        annexes: Vec::new(),
    };
    for part in layout.parts {
        let text = (!part.paragraphs.is_empty()).then(|| provision_text(part.paragraphs, p));
        match part.place {
            Place::Preamble => add(doc.preamble.get_or_insert_with(|| provision(None)), text),
            Place::Article { number, heading } => {
                // The same article by value ("IV" is 4), or by the number as printed where it
                // has no plain value ("16a", "I-19").
                let value = article_value(&number);
                let index = doc.articles.iter().position(|a| match value {
                    Some(_) => a.number.as_deref().and_then(article_value) == value,
                    None => a.number.as_deref() == Some(number.as_str()),
                });
                let index = index.unwrap_or_else(|| {
                    doc.articles.push(provision(Some(number)));
                    doc.articles.len() - 1
                });
                let article = &mut doc.articles[index];
                article.heading = article.heading.take().or(heading);
                add(article, text);
            }
            Place::Unplaced { note } => {
                if let Some(text) = text {
                    doc.unplaced.push(Passage { text, note });
                }
            }
        }
    }
    doc.completeness = document_completeness(&doc, p.complete);
    doc
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

/// Adds a text to a provision, continuing the provision's text from the same file if it has one
/// (an article map may place two separate paragraphs in one article).
fn add(provision: &mut Provision, text: Option<ProvisionText>) {
    let Some(text) = text else {
        return;
    };
    match provision.texts.first_mut() {
        Some(existing) => {
            existing.paragraphs.extend(text.paragraphs);
            existing.completeness = existing.completeness.min(text.completeness);
        }
        None => provision.texts.push(text),
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
            chapters: Vec::new(),
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
            chapters: Vec::new(),
        };
        let doc = assemble("x", "X", layout, &provenance(true));
        assert_eq!(doc.completeness, Completeness::Complete);
        assert_eq!(doc.articles[0].texts[0].paragraphs.len(), 1);
    }

    #[test]
    fn imposed_completeness_wins() {
        let layout = Layout {
            parts: vec![article("1", &["Whole."])],
            chapters: Vec::new(),
        };
        let mut p = provenance(false);
        p.completeness = Some(Completeness::Partial);
        let doc = assemble("x", "X", layout, &p);
        assert_eq!(doc.articles[0].completeness(), Completeness::Partial);
    }
}
