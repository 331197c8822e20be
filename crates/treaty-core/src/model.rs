//! The document model: a treaty, its articles and the provenance of every piece of text.
//!
//! Provenance is part of the model rather than a display concern because for many treaties the
//! authentic text is not available: a reader must always be able to tell whether an article shows
//! the official text, a translation, a news agency's report or a reconstruction, and whether it
//! is complete.

use serde::{Deserialize, Serialize};

/// How attributions and links name the preamble where an article number would stand.
pub const PREAMBLE: &str = "preamble";

/// A treaty (or any instrument made of articles), as the reader shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier used in URLs and references, e.g. `rus-dprk-2024`.
    pub id: String,
    /// Full title.
    pub title: String,
    /// Short title for lists and breadcrumbs.
    pub short_title: String,
    /// Other names by which texts refer to this instrument ("UN Charter", "Устав ООН"); the
    /// reference recogniser resolves "Article 51 of <alias>" through them.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Names by which the instrument refers to itself ("the present Charter"), so that
    /// "Article 2 of the present Charter" resolves inside it.
    #[serde(default)]
    pub self_references: Vec<String>,
    #[serde(default)]
    pub parties: Vec<String>,
    #[serde(default)]
    pub signed: Option<Event>,
    #[serde(default)]
    pub in_force: Option<Event>,
    /// Languages of the authentic texts (BCP 47 tags).
    #[serde(default)]
    pub authentic_languages: Vec<String>,
    /// What the reader should know about the text as a whole (e.g. "no complete text exists in
    /// any stored copy").
    #[serde(default)]
    pub notes: Vec<String>,
    /// Whether every article of the instrument is present in full.
    pub completeness: Completeness,
    #[serde(default)]
    pub preamble: Option<Provision>,
    #[serde(default)]
    pub chapters: Vec<Chapter>,
    pub articles: Vec<Provision>,
    /// Text from a witness that belongs to the instrument but that no source places in a
    /// numbered article (kept visible rather than guessed into one).
    #[serde(default)]
    pub unplaced: Vec<Passage>,
    /// Annexes, schedules and annexed regulations, in the order printed: kept apart from the
    /// treaty's articles because their numbering is their own (an annexed regulation's
    /// Article 1 is not the treaty's Article 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annexes: Vec<Annex>,
}

/// An annex (schedule, annexed regulations) of a treaty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annex {
    /// Unique in the document and usable as an anchor: `annex-1`, `annex-2`.
    pub id: String,
    /// The annex's heading as printed ("Annex", "ANNEXE à la Convention. Règlement …").
    pub title: String,
    /// The annex's own divisions, opening at its own article numbers.
    #[serde(default)]
    pub chapters: Vec<Chapter>,
    /// Its articles, numbered in its own sequence; empty when it is not made of articles.
    #[serde(default)]
    pub articles: Vec<Provision>,
    /// Its text outside any of its articles (all of it when it has none), one per language.
    #[serde(default)]
    pub texts: Vec<ProvisionText>,
}

impl Annex {
    /// The deep-link anchor of one of its articles: `annex-1-art-3`.
    pub fn anchor_of(&self, provision: &Provision) -> String {
        format!("{}-{}", self.id, provision.anchor())
    }

    /// Its article with this number as printed, else the one of the same value ("2" finds "II").
    pub fn article(&self, number: &str) -> Option<&Provision> {
        find_article(&self.articles, number)
    }

    /// The divisions that open at one of its articles, outermost first.
    pub fn divisions_opening<'a>(
        &'a self,
        article_number: &'a str,
    ) -> impl Iterator<Item = &'a Chapter> {
        self.chapters
            .iter()
            .filter(move |c| c.first_article == article_number)
    }
}

/// The article with this number as printed, else the first of the same value.
fn find_article<'a>(articles: &'a [Provision], number: &str) -> Option<&'a Provision> {
    articles
        .iter()
        .find(|a| a.number.as_deref() == Some(number))
        .or_else(|| {
            let wanted = crate::numbering::article_value(number)?;
            articles.iter().find(|a| {
                a.number
                    .as_deref()
                    .and_then(crate::numbering::article_value)
                    == Some(wanted)
            })
        })
}

/// A date with the place or event it belongs to, kept as text because treaties are often
/// dated only approximately in the sources we have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// ISO 8601 date (`2024-06-19`), or as much of it as is known (`2024-12`).
    pub date: String,
    #[serde(default)]
    pub place: Option<String>,
}

/// A chapter (or part) grouping consecutive articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chapter {
    /// As printed: "I", "XIX".
    pub number: String,
    /// The kind of division as printed ("PART", "Chapitre", "ГЛАВА"); `None` reads as a
    /// chapter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub title: String,
    /// Number of the first article of the chapter.
    pub first_article: String,
}

impl Chapter {
    /// How the division is headed: its kind as printed, capitalised as a word ("PART" reads
    /// "Part", "Chapitre" stays), then its number and title: "Part XI — The Area"; a division
    /// of no stated kind is a chapter.
    pub fn label(&self) -> String {
        let kind = match self
            .kind
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty())
        {
            Some(kind)
                if kind.chars().any(char::is_uppercase)
                    && !kind.chars().any(char::is_lowercase) =>
            {
                let mut letters = kind.chars();
                letters
                    .next()
                    .map(|first| first.to_string() + &letters.as_str().to_lowercase())
                    .unwrap_or_default()
            }
            Some(kind) => kind.to_owned(),
            None => "Chapter".to_owned(),
        };
        let title = self.title.trim();
        if title.is_empty() {
            format!("{kind} {}", self.number)
        } else {
            format!("{kind} {} — {title}", self.number)
        }
    }
}

/// The preamble or an article: what the table of contents lists and a deep link points at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provision {
    /// Article number as printed ("4", "II"); `None` for the preamble.
    #[serde(default)]
    pub number: Option<String>,
    /// Heading where the text gives one ("Composition", "Voting").
    #[serde(default)]
    pub heading: Option<String>,
    /// The texts we hold of this provision, best witness first. Empty when no text is
    /// available: the provision is still listed, with what sources report of it.
    #[serde(default)]
    pub texts: Vec<ProvisionText>,
    /// What news sources report about this provision, for provisions whose text is missing
    /// or incomplete.
    #[serde(default)]
    pub reports: Vec<Report>,
}

impl Provision {
    /// How much of the provision the reader can show: the best of its texts.
    pub fn completeness(&self) -> Completeness {
        self.texts
            .iter()
            .map(|t| t.completeness)
            .max()
            .unwrap_or(Completeness::NotAvailable)
    }

    /// How attributions, reports and lookups name this provision: its article number as
    /// printed, or [`PREAMBLE`].
    pub fn key(&self) -> String {
        self.number.clone().unwrap_or_else(|| PREAMBLE.to_owned())
    }

    /// The anchor id used for deep links: `preamble` or `art-4`.
    pub fn anchor(&self) -> String {
        match &self.number {
            Some(n) => format!("art-{n}"),
            None => "preamble".to_owned(),
        }
    }

    /// Human label: "Preamble" or "Article 4".
    pub fn label(&self) -> String {
        match &self.number {
            Some(n) => format!("Article {n}"),
            None => "Preamble".to_owned(),
        }
    }
}

/// One witness's text of a provision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProvisionText {
    /// BCP 47 language tag of this text.
    pub language: String,
    pub witness: Witness,
    pub completeness: Completeness,
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph of provision text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Paragraph number as printed ("1.", "a."), if any.
    #[serde(default)]
    pub number: Option<String>,
    /// The text, without the number.
    pub text: String,
    /// A gap: the stored copy breaks off or leaves something out here; `text` says what, as the
    /// corpus writes it (`[...]`, `[... names of the plenipotentiaries: missing ...]`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gap: bool,
}

/// Where a text comes from, and what kind of text it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Witness {
    pub kind: WitnessKind,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    /// The provenance statement of the corpus file, verbatim, for readers who check.
    #[serde(default)]
    pub note: Option<String>,
}

impl Witness {
    /// A witness of this kind with no provenance details yet, to be filled in by the importer.
    pub fn new(kind: WitnessKind) -> Self {
        Self {
            kind,
            publisher: None,
            url: None,
            date: None,
            note: None,
        }
    }
}

/// Which kind of text a witness gives; ordered from most to least authoritative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WitnessKind {
    /// An authentic (official) text of the treaty.
    Official,
    /// A translation of an authentic text.
    Translation,
    /// A news agency's rendering of the text (e.g. KCNA's English report).
    Report,
    /// Put together from news quotes.
    Reconstructed,
    /// A text the reader imported from a file that does not say what it is (official, a
    /// translation, …): shown as such rather than presumed authentic.
    Unstated,
}

impl WitnessKind {
    /// Label shown beside the text.
    pub fn label(self) -> &'static str {
        match self {
            Self::Official => "Official text",
            Self::Translation => "Translation",
            Self::Report => "News agency report",
            Self::Reconstructed => "Reconstructed from quotes",
            Self::Unstated => "Status not stated",
        }
    }
}

/// How much of a text we hold; ordered from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Completeness {
    NotAvailable,
    Partial,
    Complete,
}

impl Completeness {
    /// Label shown in the table of contents and beside the text.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotAvailable => "Text not available",
            Self::Partial => "Partial",
            Self::Complete => "Complete",
        }
    }
}

/// What one news source says about a provision: a pointer into the source's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Id of the [`crate::bundle::Source`].
    pub source: String,
    /// The statement, an exact substring of the source body.
    pub quote: String,
    /// Why this statement is placed here ("the source names Article 4", or the inference).
    pub basis: String,
}

/// A block of witness text not placed in any article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub text: ProvisionText,
    /// Why it is unplaced, and what it may belong to.
    pub note: String,
}

impl Document {
    /// The provision a deep link names: `None` (or [`PREAMBLE`]) for the preamble, else an
    /// article number.
    /// Article numbers match as printed, else by value, so "2" finds "Article II".
    pub fn provision(&self, number: Option<&str>) -> Option<&Provision> {
        match number {
            None | Some(PREAMBLE) => self.preamble.as_ref(),
            Some(n) => self.article(n),
        }
    }

    /// The article with this number as printed, else the one of the same value ("2" finds
    /// "II"). The printed number comes first so that numbers without a value ("I-19", "16a"),
    /// which the app's links and citations carry as printed, still find their article.
    pub fn article(&self, number: &str) -> Option<&Provision> {
        find_article(&self.articles, number)
    }

    /// Provisions in reading order: the preamble (if any), then the articles.
    pub fn provisions(&self) -> impl Iterator<Item = &Provision> {
        self.preamble.iter().chain(self.articles.iter())
    }

    /// The languages of the document's texts (preamble, articles, annexes), in the order they
    /// first appear: more than one when a file holds a treaty and its translation.
    pub fn languages(&self) -> Vec<String> {
        let mut languages: Vec<String> = Vec::new();
        let texts = self
            .provisions()
            .chain(self.annexes.iter().flat_map(|a| a.articles.iter()))
            .flat_map(|p| p.texts.iter())
            .chain(self.annexes.iter().flat_map(|a| a.texts.iter()));
        for text in texts {
            if !languages.contains(&text.language) {
                languages.push(text.language.clone());
            }
        }
        languages
    }

    /// The languages a reader can choose to read the document in: those with a text in at
    /// least half of the provisions that have any (a treaty and its full translation). A
    /// document whose other languages hold only fragments (the Russia–DPRK treaty's Russian
    /// quotations of Article 16) has no choice to offer, and shows every text.
    pub fn reading_languages(&self) -> Vec<String> {
        let provisions: Vec<&Provision> = self
            .provisions()
            .chain(self.annexes.iter().flat_map(|a| a.articles.iter()))
            .filter(|p| !p.texts.is_empty())
            .collect();
        let languages: Vec<String> = self
            .languages()
            .into_iter()
            .filter(|language| {
                let with = provisions
                    .iter()
                    .filter(|p| p.texts.iter().any(|t| &t.language == language))
                    .count();
                with * 2 >= provisions.len()
            })
            .collect();
        if languages.len() < 2 {
            return Vec::new();
        }
        languages
    }

    /// The divisions that open at an article, outermost first (Part XI and its Section 1 both
    /// open at Article 133).
    pub fn divisions_opening<'a>(
        &'a self,
        article_number: &'a str,
    ) -> impl Iterator<Item = &'a Chapter> {
        self.chapters
            .iter()
            .filter(move |c| c.first_article == article_number)
    }

    /// The chapter an article opens, for headings in the table of contents.
    pub fn chapter_opening(&self, article_number: &str) -> Option<&Chapter> {
        self.chapters
            .iter()
            .find(|c| c.first_article == article_number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn division(kind: Option<&str>, number: &str, title: &str) -> Chapter {
        Chapter {
            number: number.to_owned(),
            kind: kind.map(str::to_owned),
            title: title.to_owned(),
            first_article: "1".to_owned(),
        }
    }

    #[test]
    fn a_reader_chooses_among_languages_that_cover_the_document() {
        let text = "Article 1\n\nLes Parties et les États sont des amis.\n\nArticle 2\n\nLes États et la paix.\n\n\
                    Artikel 1\n\nDe Partijen zijn van het Verdrag en het is niet.\n\nArtikel 2\n\nDe Staten van het Verdrag.\n";
        let bundle = crate::import::import_treaty_file("t.txt", text.as_bytes()).unwrap();
        let mut document = bundle.documents[0].clone();
        assert_eq!(document.reading_languages(), ["fr", "nl"]);
        // Dutch for one article of three: fragments, not a text to read the treaty in.
        document.articles[1].texts.truncate(1);
        let mut third = document.articles[1].clone();
        third.number = Some("3".into());
        document.articles.push(third);
        assert_eq!(document.languages(), ["fr", "nl"]);
        assert!(document.reading_languages().is_empty());
    }

    #[test]
    fn a_document_finds_articles_as_printed_then_by_value() {
        let text = "Article 1\n\nOne.\n\nArticle 2\n\nTwo.\n\nArticle 3\n\nThree.\n";
        let bundle = crate::import::import_treaty_file("t.txt", text.as_bytes()).unwrap();
        let mut document = bundle.documents[0].clone();
        for (article, number) in document.articles.iter_mut().zip(["I-19", "16a", "II"]) {
            article.number = Some(number.to_owned());
        }
        let found = |n: &str| {
            document
                .provision(Some(n))
                .and_then(|a| a.number.as_deref())
        };
        assert_eq!(found("I-19"), Some("I-19"), "a number without a value");
        assert_eq!(found("16a"), Some("16a"));
        assert_eq!(found("2"), Some("II"), "by value");
        assert_eq!(found("II"), Some("II"));
        assert_eq!(found("16"), None);
    }

    #[test]
    fn divisions_are_labelled_by_their_kind_as_printed() {
        assert_eq!(
            division(Some("PART"), "XI", "The Area").label(),
            "Part XI — The Area"
        );
        assert_eq!(
            division(Some("Chapitre"), "II", "Des hostilités").label(),
            "Chapitre II — Des hostilités"
        );
        assert_eq!(division(Some("ГЛАВА"), "1", "").label(), "Глава 1");
        assert_eq!(
            division(None, "VII", "Action with respect to threats").label(),
            "Chapter VII — Action with respect to threats"
        );
    }

    #[test]
    fn an_annex_finds_its_own_articles_and_divisions() {
        let article = |n: &str| Provision {
            number: Some(n.to_owned()),
            heading: None,
            texts: vec![],
            reports: vec![],
        };
        let annex = Annex {
            id: "annex-1".to_owned(),
            title: "Annex".to_owned(),
            chapters: vec![division(Some("SECTION"), "1", "General")],
            articles: vec![article("1"), article("II")],
            texts: vec![],
        };
        assert_eq!(annex.anchor_of(&annex.articles[0]), "annex-1-art-1");
        assert!(annex
            .article("2")
            .is_some_and(|a| a.number.as_deref() == Some("II")));
        assert!(annex.article("3").is_none());
        assert_eq!(annex.divisions_opening("1").count(), 1);
        assert_eq!(annex.divisions_opening("II").count(), 0);
    }
}
