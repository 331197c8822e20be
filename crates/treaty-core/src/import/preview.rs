//! What an imported file holds, shown to the reader before anything is saved ("Add to my
//! library" or "Cancel") and printed by `treaty import --summary`: one definition of what an
//! import found, so the app and the command line cannot disagree about it.
//!
//! A preview is small (counts, titles, the start of the first articles) so the background
//! worker can send it beside the bundle it describes without the page parsing the bundle.

use crate::bundle::Bundle;
use crate::model::{Annex, Chapter, Completeness, Document};
use serde::{Deserialize, Serialize};

/// How many of the first articles a preview shows.
pub const OPENING_ARTICLES: usize = 3;
/// How many characters of an article's text a preview shows at most.
pub const EXCERPT_CHARS: usize = 200;

/// What one imported treaty holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportPreview {
    /// The document's id in the library it will join (to open it once added).
    pub id: String,
    pub title: String,
    /// Languages of its texts, in order of appearance (`Document::languages`).
    pub languages: Vec<String>,
    /// Number of the treaty's own articles (annexes' articles not included).
    pub articles: usize,
    /// Number of the first and last article as printed.
    pub first_article: Option<String>,
    pub last_article: Option<String>,
    /// The treaty's divisions (parts, chapters, sections) in order.
    pub divisions: Vec<DivisionPreview>,
    pub annexes: Vec<AnnexPreview>,
    pub preamble: bool,
    pub completeness: Completeness,
    /// What the importer noted: numbering gaps, lines read as text rather than as headings,
    /// passages it could not place.
    pub warnings: Vec<String>,
    /// The first few articles, so the reader can see the text was read right.
    pub opening: Vec<ArticlePreview>,
}

/// A division.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DivisionPreview {
    /// The kind as printed ("PART", "Chapitre"); "Chapter" when the file does not say.
    pub kind: String,
    /// How it is headed (`Chapter::label`): "Part XI — The Area".
    pub label: String,
}

/// An annex with the size of its own numbering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnexPreview {
    pub title: String,
    /// Its own articles (0 when it is text without articles).
    pub articles: usize,
}

/// The start of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticlePreview {
    /// "Article 1".
    pub label: String,
    pub heading: Option<String>,
    /// The start of its text, at most [`EXCERPT_CHARS`] characters, cut at a word.
    pub excerpt: String,
}

/// What an imported file holds: its treaties, and the news sources a bundle file brings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundlePreview {
    pub treaties: Vec<ImportPreview>,
    pub sources: usize,
}

impl BundlePreview {
    pub fn of(bundle: &Bundle) -> Self {
        Self {
            treaties: bundle.documents.iter().map(ImportPreview::of).collect(),
            sources: bundle.sources.len(),
        }
    }
}

impl ImportPreview {
    pub fn of(document: &Document) -> Self {
        let number = |p: Option<&crate::model::Provision>| p.and_then(|p| p.number.clone());
        let mut warnings = document.notes.clone();
        if !document.unplaced.is_empty() {
            warnings.push(format!(
                "{} passage{} not placed in any article",
                document.unplaced.len(),
                plural(document.unplaced.len())
            ));
        }
        Self {
            id: document.id.clone(),
            title: document.title.clone(),
            languages: document.languages(),
            articles: document.articles.len(),
            first_article: number(document.articles.first()),
            last_article: number(document.articles.last()),
            divisions: document.chapters.iter().map(DivisionPreview::of).collect(),
            annexes: document.annexes.iter().map(AnnexPreview::of).collect(),
            preamble: document.preamble.is_some(),
            completeness: document.completeness,
            warnings,
            opening: document
                .articles
                .iter()
                .take(OPENING_ARTICLES)
                .map(|a| ArticlePreview {
                    label: a.label(),
                    heading: a.heading.clone(),
                    excerpt: a.excerpt(EXCERPT_CHARS),
                })
                .collect(),
        }
    }

    /// "10 articles (1–10)", or "1 article (1)", or "no articles".
    pub fn article_range(&self) -> String {
        let range = match (&self.first_article, &self.last_article) {
            (Some(first), Some(last)) if self.articles > 1 => format!(" ({first}–{last})"),
            (Some(first), _) => format!(" ({first})"),
            _ => String::new(),
        };
        match self.articles {
            0 => "no articles".to_owned(),
            n => format!("{n} article{}{range}", plural(n)),
        }
    }

    /// The kinds of division and how many of each, in order of appearance: "17 PART, 2
    /// SECTION" (kinds printed differently in case count as one, named as first printed).
    pub fn division_kinds(&self) -> String {
        let mut kinds: Vec<(&str, usize)> = Vec::new();
        for d in &self.divisions {
            match kinds
                .iter_mut()
                .find(|(k, _)| k.eq_ignore_ascii_case(&d.kind))
            {
                Some((_, n)) => *n += 1,
                None => kinds.push((&d.kind, 1)),
            }
        }
        kinds
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// One line for `treaty import --summary`: "10 articles (1–10), en; preamble; no divisions;
    /// 1 annex (Annex: 0 articles); 2 warnings".
    pub fn line(&self) -> String {
        let divisions = match self.divisions.len() {
            0 => "no divisions".to_owned(),
            n => format!("{n} division{} ({})", plural(n), self.division_kinds()),
        };
        let annexes = match self.annexes.len() {
            0 => "no annexes".to_owned(),
            n => format!(
                "{n} annex{} ({})",
                if n == 1 { "" } else { "es" },
                self.annexes
                    .iter()
                    .map(|a| format!("{}: {} article{}", a.title, a.articles, plural(a.articles)))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        };
        format!(
            "{}, {}; {}; {divisions}; {annexes}; {} warning{}",
            self.article_range(),
            if self.languages.is_empty() {
                "no text".to_owned()
            } else {
                self.languages.join("+")
            },
            if self.preamble {
                "preamble"
            } else {
                "no preamble"
            },
            self.warnings.len(),
            plural(self.warnings.len()),
        )
    }
}

impl DivisionPreview {
    fn of(chapter: &Chapter) -> Self {
        Self {
            kind: chapter.kind.clone().unwrap_or_else(|| "Chapter".to_owned()),
            label: chapter.label(),
        }
    }
}

impl AnnexPreview {
    fn of(annex: &Annex) -> Self {
        Self {
            title: annex.title.clone(),
            articles: annex.articles.len(),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import_treaty_file;

    const TREATY: &str = "Convention on Examples\n\nThe Parties have agreed as follows:\n\n\
Article 1\n\nThis Convention applies to examples of every kind that the Parties keep in their archives and \
that they show to one another on request, in the form in which they were made, with every page and every note that \
belongs to them.\n\nArticle 2\n\nThe Parties consult.\n\nArticle 3\n\nIt enters into force at once.\n\n\
Article 5\n\nIt ends.\n";

    /// The treaty as the importer reads it, with divisions of three printed kinds (the preview's
    /// job is to report them, not to find them).
    fn document() -> Document {
        let mut document = import_treaty_file("examples.txt", TREATY.as_bytes())
            .unwrap()
            .documents
            .remove(0);
        let division = |number: &str, kind: Option<&str>, title: &str, first: &str| Chapter {
            number: number.into(),
            kind: kind.map(str::to_owned),
            title: title.into(),
            first_article: first.into(),
        };
        document.chapters = vec![
            division("I", Some("PART"), "General", "1"),
            division("1", None, "Scope", "1"),
            division("II", Some("Part"), "Final provisions", "3"),
        ];
        document
    }

    #[test]
    fn a_preview_counts_articles_and_divisions_and_names_the_first_and_last() {
        let p = ImportPreview::of(&document());
        assert_eq!(p.id, "local-examples");
        assert_eq!(p.title, "Convention on Examples");
        assert_eq!(p.languages, ["en"]);
        assert_eq!(p.articles, 4);
        assert_eq!(p.article_range(), "4 articles (1–5)");
        assert!(p.preamble);
        assert_eq!(p.divisions.len(), 3);
        assert_eq!(p.divisions[2].label, "Part II — Final provisions");
        assert_eq!(p.division_kinds(), "2 PART, 1 Chapter");
    }

    #[test]
    fn a_preview_shows_the_start_of_the_first_articles_within_the_limit() {
        let p = ImportPreview::of(&document());
        assert_eq!(p.opening.len(), OPENING_ARTICLES);
        assert_eq!(p.opening[0].label, "Article 1");
        assert!(p.opening[0].excerpt.starts_with("This Convention applies"));
        assert!(p.opening[0].excerpt.ends_with('…'));
        assert!(p.opening[0].excerpt.chars().count() <= EXCERPT_CHARS + 1);
        assert_eq!(p.opening[1].excerpt, "The Parties consult.");
    }

    #[test]
    fn the_importer_s_notes_and_unplaced_passages_are_warnings_and_the_line_counts_them() {
        let mut document = document();
        let notes = document.notes.clone();
        assert!(
            notes.iter().any(|n| n.contains('4')),
            "the missing Article 4 is noted: {notes:?}"
        );
        let p = ImportPreview::of(&document);
        assert_eq!(p.warnings, notes);
        assert_eq!(
            p.line(),
            format!(
                "4 articles (1–5), en; preamble; 3 divisions (2 PART, 1 Chapter); no annexes; {} warning{}",
                notes.len(),
                plural(notes.len())
            )
        );
        let text = document.articles[1].texts[0].clone();
        document.unplaced.push(crate::model::Passage {
            text,
            note: "no article".into(),
        });
        let p = ImportPreview::of(&document);
        assert_eq!(
            p.warnings.last().unwrap(),
            "1 passage not placed in any article"
        );
    }

    #[test]
    fn annexes_are_counted_apart_with_their_own_articles() {
        let mut document = document();
        let mut annex_articles = document.articles.clone();
        annex_articles.truncate(2);
        document.annexes.push(Annex {
            id: "annex-1".into(),
            title: "Regulations".into(),
            chapters: vec![],
            articles: annex_articles,
            texts: vec![],
        });
        let p = ImportPreview::of(&document);
        assert_eq!(p.articles, 4, "annex articles are not the treaty's");
        assert_eq!(
            p.annexes,
            [AnnexPreview {
                title: "Regulations".into(),
                articles: 2
            }]
        );
        assert!(p.line().contains("; 1 annex (Regulations: 2 articles);"));
    }

    #[test]
    fn a_bundle_preview_lists_its_treaties_and_counts_its_sources() {
        let bundle = import_treaty_file("a.md", b"# A\n\n## Article 1\n\nOne.\n").unwrap();
        let p = BundlePreview::of(&bundle);
        assert_eq!(p.treaties.len(), 1);
        assert_eq!(p.sources, 0);
        assert_eq!(p.treaties[0].article_range(), "1 article (1)");
        assert!(!p.treaties[0].preamble);
        assert_eq!(p.treaties[0].completeness, Completeness::Complete);
        assert!(p.treaties[0]
            .line()
            .contains("; no divisions; no annexes; 0 warnings"));
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<BundlePreview>(&json).unwrap(), p);
    }
}
