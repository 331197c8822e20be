//! A provision's texts in several languages, side by side: one column per language and one row
//! per paragraph, so that a paragraph sits beside its translation.

use crate::model::{Paragraph, ProvisionText};

/// The columns and rows of a side-by-side reading.
#[derive(Debug, PartialEq)]
pub struct Parallel<'a> {
    /// One text per language, in the order the languages first appear: the first (best)
    /// witness of each.
    pub columns: Vec<&'a ProvisionText>,
    /// Each row holds one paragraph per column, or nothing where that text has fewer.
    pub rows: Vec<Vec<Option<&'a Paragraph>>>,
}

/// The texts of a provision side by side, or `None` when they are in fewer than two languages.
///
/// Paragraphs sit beside the paragraph at the same place in the other texts: translations of a
/// treaty keep its paragraphs, and where one has more (a paragraph the other leaves out) the
/// shorter column ends in empty cells rather than misaligning every later row by a guess.
pub fn parallel(texts: &[ProvisionText]) -> Option<Parallel<'_>> {
    let mut columns: Vec<&ProvisionText> = Vec::new();
    for text in texts {
        if !columns.iter().any(|c| c.language == text.language) {
            columns.push(text);
        }
    }
    if columns.len() < 2 {
        return None;
    }
    let height = columns
        .iter()
        .map(|c| c.paragraphs.len())
        .max()
        .unwrap_or(0);
    let rows = (0..height)
        .map(|i| columns.iter().map(|c| c.paragraphs.get(i)).collect())
        .collect();
    Some(Parallel { columns, rows })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Completeness, Witness, WitnessKind};

    fn text(language: &str, kind: WitnessKind, paragraphs: &[&str]) -> ProvisionText {
        ProvisionText {
            language: language.to_owned(),
            witness: Witness::new(kind),
            completeness: Completeness::Complete,
            paragraphs: paragraphs
                .iter()
                .map(|p| Paragraph {
                    number: None,
                    text: (*p).to_owned(),
                    gap: false,
                })
                .collect(),
        }
    }

    #[test]
    fn each_language_is_a_column_and_paragraphs_sit_side_by_side() {
        let texts = [
            text("fr", WitnessKind::Official, &["Un.", "Deux.", "Trois."]),
            text("fr", WitnessKind::Report, &["Autre."]),
            text("nl", WitnessKind::Translation, &["Een.", "Twee."]),
        ];
        let side = parallel(&texts).expect("two languages");
        assert_eq!(side.columns.len(), 2);
        assert_eq!(side.columns[0].witness.kind, WitnessKind::Official);
        assert_eq!(side.columns[1].language, "nl");
        assert_eq!(side.rows.len(), 3);
        assert_eq!(side.rows[1][1].map(|p| p.text.as_str()), Some("Twee."));
        assert_eq!(side.rows[2][1], None);
    }

    #[test]
    fn texts_in_one_language_are_not_read_side_by_side() {
        let texts = [
            text("en", WitnessKind::Official, &["One."]),
            text("en", WitnessKind::Report, &["One!"]),
        ];
        assert_eq!(parallel(&texts), None);
        assert_eq!(parallel(&[]), None);
    }
}
