//! Counts that tell a reader at a glance how much of a treaty the library really holds.

use crate::model::{Completeness, Document, WitnessKind};

/// How many provisions (preamble included) have complete, partial or no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Availability {
    pub complete: usize,
    pub partial: usize,
    pub missing: usize,
}

impl Availability {
    pub fn total(&self) -> usize {
        self.complete + self.partial + self.missing
    }

    /// One line for lists: "Complete", or "5 of 24 provisions with text (all partial); 19 missing".
    pub fn describe(&self) -> String {
        if self.partial == 0 && self.missing == 0 {
            return "Complete text".to_owned();
        }
        let with_text = self.complete + self.partial;
        let mut s = format!("{with_text} of {} provisions with text", self.total());
        if self.partial > 0 {
            s.push_str(&format!(" ({} partial)", self.partial));
        }
        if self.missing > 0 {
            s.push_str(&format!("; {} without text", self.missing));
        }
        s
    }
}

impl Document {
    /// Availability of the document's provisions.
    pub fn availability(&self) -> Availability {
        let mut a = Availability::default();
        for p in self.provisions() {
            match p.completeness() {
                Completeness::Complete => a.complete += 1,
                Completeness::Partial => a.partial += 1,
                Completeness::NotAvailable => a.missing += 1,
            }
        }
        a
    }

    /// The kinds of text the document is shown in, most authoritative first, without repeats.
    pub fn witness_kinds(&self) -> Vec<WitnessKind> {
        let mut kinds: Vec<WitnessKind> = self
            .provisions()
            .flat_map(|p| p.texts.iter().map(|t| t.witness.kind))
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    /// The provisions before and after the given one, for previous/next navigation.
    pub fn neighbours(
        &self,
        number: Option<&str>,
    ) -> (
        Option<&crate::model::Provision>,
        Option<&crate::model::Provision>,
    ) {
        let all: Vec<&crate::model::Provision> = self.provisions().collect();
        let Some(current) = self.provision(number) else {
            return (None, None);
        };
        let Some(i) = all.iter().position(|p| std::ptr::eq(*p, current)) else {
            return (None, None);
        };
        let previous = i.checked_sub(1).and_then(|j| all.get(j).copied());
        (previous, all.get(i + 1).copied())
    }
}

impl crate::model::Provision {
    /// The text a preview of the provision shows: its best text in `language` (a reference in
    /// a Dutch text previews the Dutch), else its best text.
    pub fn text_for_preview(&self, language: Option<&str>) -> Option<&crate::model::ProvisionText> {
        language
            .and_then(|l| {
                self.texts
                    .iter()
                    .find(|t| t.language.eq_ignore_ascii_case(l))
            })
            .or_else(|| self.texts.first())
    }

    /// The start of the provision's best text, at most `max_chars` characters, cut at a word
    /// boundary and ended with "…" when shortened; gaps show as "[...]". Empty without text.
    pub fn excerpt(&self, max_chars: usize) -> String {
        self.excerpt_in(None, max_chars)
    }

    /// The same, of its text in `language` where it has one (see [`Self::text_for_preview`]).
    pub fn excerpt_in(&self, language: Option<&str>, max_chars: usize) -> String {
        let Some(text) = self.text_for_preview(language) else {
            return String::new();
        };
        let joined = text
            .paragraphs
            .iter()
            .map(|p| match &p.number {
                Some(n) if !p.gap => format!("{n} {}", p.text),
                _ => p.text.clone(),
            })
            .collect::<Vec<_>>()
            .join(" ");
        if joined.chars().count() <= max_chars {
            return joined;
        }
        let cut = joined
            .char_indices()
            .nth(max_chars)
            .map_or(joined.len(), |(i, _)| i);
        let head = &joined[..cut];
        let head = head.rfind(char::is_whitespace).map_or(head, |i| &head[..i]);
        format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Paragraph, Provision, ProvisionText, Witness};

    fn provision(number: Option<&str>, completeness: Option<Completeness>) -> Provision {
        Provision {
            number: number.map(str::to_owned),
            heading: None,
            texts: completeness
                .map(|c| ProvisionText {
                    language: "en".into(),
                    witness: Witness::new(WitnessKind::Report),
                    completeness: c,
                    paragraphs: vec![Paragraph {
                        number: None,
                        text: "text".into(),
                        gap: false,
                    }],
                })
                .into_iter()
                .collect(),
            reports: vec![],
        }
    }

    fn document() -> Document {
        Document {
            id: "d".into(),
            title: "D".into(),
            short_title: "D".into(),
            aliases: vec![],
            self_references: vec![],
            parties: vec![],
            signed: None,
            in_force: None,
            authentic_languages: vec![],
            notes: vec![],
            completeness: Completeness::Partial,
            preamble: Some(provision(None, None)),
            chapters: vec![],
            articles: vec![
                provision(Some("1"), Some(Completeness::Partial)),
                provision(Some("2"), Some(Completeness::Complete)),
                provision(Some("3"), None),
            ],
            unplaced: vec![],
            annexes: vec![],
        }
    }

    #[test]
    fn availability_counts_every_provision_once() {
        let a = document().availability();
        assert_eq!((a.complete, a.partial, a.missing), (1, 1, 2));
        assert_eq!(
            a.describe(),
            "2 of 4 provisions with text (1 partial); 2 without text"
        );
    }

    #[test]
    fn excerpts_stop_at_a_word_and_say_so() {
        let mut p = provision(Some("1"), Some(Completeness::Complete));
        p.texts[0].paragraphs[0].text = "Nothing in the present Charter shall impair".into();
        assert_eq!(
            p.excerpt(100),
            "Nothing in the present Charter shall impair"
        );
        assert_eq!(p.excerpt(20), "Nothing in the…");
        assert_eq!(provision(Some("2"), None).excerpt(10), "");
    }

    #[test]
    fn excerpts_of_multibyte_text_cut_on_character_boundaries() {
        let mut p = provision(Some("1"), Some(Completeness::Complete));
        p.texts[0].paragraphs[0].text = "Стороны противодействуют применению".into();
        assert_eq!(p.excerpt(12), "Стороны…");
    }

    #[test]
    fn a_preview_is_in_the_language_of_the_text_it_is_read_from() {
        let mut p = provision(Some("1"), Some(Completeness::Complete));
        let mut dutch = p.texts[0].clone();
        dutch.language = "nl".into();
        dutch.paragraphs[0].text = "Geen bepaling van dit Handvest".into();
        p.texts.push(dutch);
        assert_eq!(
            p.excerpt_in(Some("nl"), 100),
            "Geen bepaling van dit Handvest"
        );
        assert_eq!(p.text_for_preview(Some("de")), p.texts.first());
        assert_eq!(p.text_for_preview(None), p.texts.first());
    }

    #[test]
    fn neighbours_run_from_the_preamble_through_the_articles() {
        let d = document();
        let (prev, next) = d.neighbours(None);
        assert!(prev.is_none());
        assert_eq!(next.and_then(|p| p.number.as_deref()), Some("1"));
        let (prev, next) = d.neighbours(Some("3"));
        assert_eq!(prev.and_then(|p| p.number.as_deref()), Some("2"));
        assert!(next.is_none());
        assert_eq!(d.neighbours(Some("9")), (None, None));
    }
}
