//! Who quoted which provision: lookups over the attributions stored with each source, so that
//! an article page can list its quotes and a source page its statements without either
//! knowing how attributions are stored.

use crate::attribution::Attribution;
use crate::bundle::{Bundle, Source};
use crate::numbering::article_value;

/// One attributed statement, with the source it comes from.
#[derive(Debug, Clone, Copy)]
pub struct Quote<'a> {
    pub source: &'a Source,
    /// Index of the attribution in `source.attributions`: stable, used in statement links.
    pub index: usize,
    pub attribution: &'a Attribution,
}

impl<'a> Quote<'a> {
    /// The statement's words as the source has them.
    pub fn text(&self) -> &'a str {
        self.source.statement_text(self.attribution)
    }
}

impl Bundle {
    /// Statements attributed to an article of a document (matched by value: "4" = "IV"),
    /// newest source first, in source order within a source; a statement a source repeats is
    /// listed once, at its first occurrence (see [`Source::repeats_of`]).
    pub fn quotes_of<'a>(&'a self, document_id: &'a str, article: &str) -> Vec<Quote<'a>> {
        let same = |a: &str| match (article_value(a), article_value(article)) {
            (Some(x), Some(y)) => x == y,
            _ => a.eq_ignore_ascii_case(article),
        };
        let mut quotes: Vec<Quote<'a>> = self
            .sources_about(document_id)
            .filter(|s| s.about.first().is_some_and(|d| d == document_id))
            .flat_map(|source| {
                source
                    .attributions
                    .iter()
                    .enumerate()
                    .map(move |(index, attribution)| Quote {
                        source,
                        index,
                        attribution,
                    })
            })
            .filter(|q| q.attribution.article().is_some_and(same))
            .filter(|q| q.attribution.statement.repeats.is_none())
            .collect();
        quotes.sort_by(|a, b| {
            b.source
                .date
                .cmp(&a.source.date)
                .then(a.source.id.cmp(&b.source.id))
                .then(a.index.cmp(&b.index))
        });
        quotes
    }
}

impl Attribution {
    /// When the source numbers the statement differently from the article its content was
    /// attributed to: the source's numbers and the attributed article. Readers must see this:
    /// it is how a misnumbered quote ("Article 4" for the consultation clause) shows up.
    pub fn numbering_conflict(&self) -> Option<(&[String], &str)> {
        let named = &self.statement.named_articles;
        let best = self.article()?;
        (!named.is_empty() && !named.iter().any(|n| n == best)).then_some((named.as_slice(), best))
    }
}

impl crate::attribution::Anchor {
    /// The anchored passage as a byte range of the paragraph it was computed on; `None` if the
    /// paragraph has changed so that the stored positions no longer fit, or the stored quote
    /// no longer matches there (a renderer then shows the card without a highlight).
    pub fn byte_range(&self, paragraph: &str) -> Option<(usize, usize)> {
        let index = crate::attribution::utf16::Utf16Index::new(paragraph);
        let start = index.utf16_to_byte(self.position.start)?;
        let end = index.utf16_to_byte(self.position.end)?;
        (start < end && paragraph.get(start..end) == Some(self.quote.exact.as_str()))
            .then_some((start, end))
    }
}

impl Source {
    /// The words of an attribution's statement; empty if its span does not fit the body (a
    /// bundle edited by hand), never a panic.
    pub fn statement_text(&self, attribution: &Attribution) -> &str {
        let s = &attribution.statement;
        self.body.get(s.start..s.end).unwrap_or_default()
    }

    /// The statement at byte `offset` of the body: the one starting there, else the one
    /// covering it. Quote permalinks name a statement by where it starts in the source, which
    /// (unlike its index) stays put when a new version of the app attributes differently.
    pub fn statement_at(&self, offset: usize) -> Option<usize> {
        let spans = || self.attributions.iter().map(|a| &a.statement);
        spans()
            .position(|s| s.start == offset)
            .or_else(|| spans().position(|s| s.start <= offset && offset < s.end))
    }

    /// How many times the source says statement `index` again (a lede restated in the body).
    pub fn repeats_of(&self, index: usize) -> usize {
        self.attributions
            .iter()
            .filter(|a| a.statement.repeats == Some(index))
            .count()
    }

    /// The statement that statement `index` goes on from, whose article it inherits: its
    /// index and words.
    pub fn continued_from(&self, index: usize) -> Option<(usize, &str)> {
        let before = self.attributions.get(index)?.statement.continues?;
        let attribution = self.attributions.get(before)?;
        Some((before, self.statement_text(attribution)))
    }

    /// The articles this source's statements are attributed to, in order of first mention.
    pub fn quoted_articles(&self) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for a in self.attributions.iter().filter_map(Attribution::article) {
            if !seen.iter().any(|s| s == a) {
                seen.push(a.to_owned());
            }
        }
        seen
    }

    /// The body's paragraphs (non-empty lines, trimmed, a line far longer than a paragraph
    /// cut between sentences as extraction reads it) with the byte offset at which each
    /// starts in the body, so that statement spans can be placed in them.
    pub fn paragraph_spans(&self) -> Vec<(usize, &str)> {
        crate::attribution::sentences::paragraphs(&self.body)
            .into_iter()
            .map(|s| (s.start, &self.body[s.start..s.end]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::{Candidate, Statement, StatementKind};

    fn attribution(start: usize, end: usize, article: &str) -> Attribution {
        Attribution {
            statement: Statement {
                start,
                end,
                kind: StatementKind::DirectQuote,
                speaker: None,
                named_articles: vec![],
                continues: None,
                repeats: None,
            },
            candidates: vec![Candidate {
                article: article.into(),
                score: 0.9,
                basis: vec![],
            }],
            verdict: None,
            anchor: None,
            diff: vec![],
            changes: vec![],
        }
    }

    fn source(id: &str, date: &str, body: &str, attributions: Vec<Attribution>) -> Source {
        Source {
            id: id.into(),
            outlet: id.into(),
            title: id.into(),
            byline: None,
            date: date.into(),
            date_note: None,
            language: "en".into(),
            url: None,
            about: vec!["t".into()],
            body: body.into(),
            attributions,
            stored: None,
            statements_found: None,
        }
    }

    #[test]
    fn a_statement_is_found_by_where_it_starts_or_by_an_offset_inside_it() {
        let body = "First statement. Second statement.";
        let s = source(
            "s",
            "2024-06-20",
            body,
            vec![attribution(0, 16, "1"), attribution(17, 34, "2")],
        );
        assert_eq!(s.statement_at(17), Some(1));
        assert_eq!(s.statement_at(5), Some(0));
        assert_eq!(s.statement_at(16), None, "between statements");
        assert_eq!(s.statement_at(999), None);
    }

    #[test]
    fn quotes_of_an_article_come_newest_first() {
        let bundle = Bundle::new(
            vec![],
            vec![
                source("old", "2024-06-20", "one two", vec![attribution(0, 3, "4")]),
                source(
                    "new",
                    "2024-10-24",
                    "three four",
                    vec![attribution(0, 5, "4"), attribution(6, 10, "3")],
                ),
            ],
            vec![],
        );
        let quotes = bundle.quotes_of("t", "IV");
        let seen: Vec<(&str, &str)> = quotes
            .iter()
            .map(|q| (q.source.id.as_str(), q.text()))
            .collect();
        assert_eq!(seen, vec![("new", "three"), ("old", "one")]);
        assert!(bundle.quotes_of("t", "9").is_empty());
        assert!(bundle.quotes_of("t", "preamble").is_empty());
        assert!(bundle.quotes_of("other", "4").is_empty());
    }

    #[test]
    fn a_repeated_statement_is_listed_once_and_counted_with_its_first_occurrence() {
        let mut again = attribution(9, 15, "4");
        again.statement.repeats = Some(0);
        let s = source(
            "s",
            "2024-06-20",
            "Lede 4. — Body 4 again.",
            vec![attribution(0, 6, "4"), again],
        );
        let bundle = Bundle::new(vec![], vec![s], vec![]);
        let quotes = bundle.quotes_of("t", "4");
        assert_eq!(quotes.iter().map(|q| q.index).collect::<Vec<_>>(), [0]);
        assert_eq!(bundle.sources[0].repeats_of(0), 1);
        assert_eq!(bundle.sources[0].repeats_of(1), 0);
    }

    #[test]
    fn a_continuing_statement_knows_the_words_it_goes_on_from() {
        let mut going_on = attribution(17, 34, "8");
        going_on.statement.continues = Some(0);
        let s = source(
            "s",
            "2024",
            "First statement. Second statement.",
            vec![attribution(0, 16, "8"), going_on],
        );
        assert_eq!(s.continued_from(1), Some((0, "First statement.")));
        assert_eq!(s.continued_from(0), None);
        assert_eq!(s.continued_from(7), None);
    }

    #[test]
    fn a_numbering_conflict_is_a_named_number_other_than_the_attributed_article() {
        let mut a = attribution(0, 1, "3");
        assert_eq!(a.numbering_conflict(), None);
        a.statement.named_articles = vec!["3".into()];
        assert_eq!(a.numbering_conflict(), None);
        a.statement.named_articles = vec!["4".into()];
        assert_eq!(a.numbering_conflict(), Some((&["4".to_owned()][..], "3")));
        a.candidates.clear();
        assert_eq!(a.numbering_conflict(), None);
    }

    #[test]
    fn a_statement_span_outside_the_body_reads_as_empty() {
        let s = source("s", "2024", "Статья", vec![]);
        assert_eq!(s.statement_text(&attribution(0, 3, "1")), "");
        assert_eq!(s.statement_text(&attribution(0, 99, "1")), "");
        assert_eq!(s.statement_text(&attribution(0, 4, "1")), "Ст");
    }

    #[test]
    fn paragraph_spans_point_into_the_body() {
        let s = source("s", "2024", "First line\n\n  Second «line»\nЖ\n", vec![]);
        let spans = s.paragraph_spans();
        assert_eq!(spans.len(), 3);
        for (offset, text) in &spans {
            assert_eq!(&s.body[*offset..offset + text.len()], *text);
        }
        assert_eq!(spans[1].1, "Second «line»");
    }
}
