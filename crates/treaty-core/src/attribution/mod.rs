//! Quote attribution: what a news source says a treaty says, which article it is, and how
//! faithfully it is rendered.
//!
//! The pipeline, each step its own module: find the treaty statements in a source body
//! (direct quotes and reported content), attribute each to article(s) or to none, anchor direct
//! quotes in the article text, and judge the rendering (a verdict and a word-level diff).
//! The shipped bundle carries the results computed at build time; the same API runs on any
//! new source.

mod align;
mod attribute;
mod bullets;
mod cap;
mod changes;
mod continues;
mod cues;
mod evidence;
mod extract;
mod judge;
mod layout;
mod long_lines;
mod named;
mod progress;
mod quotes;
mod region;
mod repeats;
pub(crate) mod sentences;
mod source;
mod speaker;
pub(crate) mod terms;
mod voice;
mod words;

pub use attribute::attribute;
pub use cap::{Attributed, MAX_STATEMENTS_PER_SOURCE};
pub use changes::sentence as change_sentence;
pub use evidence::Agreed;
pub use extract::extract;
pub use long_lines::MAX_PARAGRAPH_BYTES;
pub use progress::{attribute_source_with_progress, Progress};
pub use source::{agreed_in, attribute_all, attribute_batch, attribute_source};
pub(crate) use source::{agreeing_in, attribute_marks, Mark};

use serde::{Deserialize, Serialize};
pub mod anchor;
pub mod compare;
pub mod utf16;

/// A treaty statement found in a source body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// UTF-8 byte span of the statement in the source body (character boundaries).
    pub start: usize,
    pub end: usize,
    pub kind: StatementKind,
    /// Who the source says is speaking ("Andrey Rudenko"), where it says so.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Article numbers the source itself gives for this statement, for this treaty only (not
    /// "Article 51 of the UN Charter", not "Article 1 of the 1961 treaty").
    #[serde(default)]
    pub named_articles: Vec<String>,
    /// The statement right before this one that it goes on about ("It also says …"), as an
    /// index among the source's statements: its article is evidence for this one's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<usize>,
    /// The first statement of the source that this one repeats (a lede restated in the body),
    /// as an index among the source's statements: the reader is shown it once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<usize>,
}

/// How the source presents a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatementKind {
    /// Words in quotation marks.
    DirectQuote,
    /// Reported content: "the treaty provides that …", a bullet list of provisions.
    Reported,
}

/// A statement and what the pipeline concluded about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub statement: Statement,
    /// Candidate articles, best first; empty when the statement is judged not to be treaty
    /// content (an official's remark, commentary, another treaty).
    pub candidates: Vec<Candidate>,
    /// `None` exactly when `candidates` is empty.
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// Where the statement matches the best candidate's text, if that text is available.
    #[serde(default)]
    pub anchor: Option<Anchor>,
    /// Word-level comparison of the statement with the matched text (empty without anchor).
    #[serde(default)]
    pub diff: Vec<DiffPart>,
    /// What the statement changed of the matched text, legal force first (empty without
    /// anchor, and when it changed nothing worth saying).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<QuoteChange>,
}

impl Attribution {
    /// The best article, if any.
    pub fn article(&self) -> Option<&str> {
        self.candidates.first().map(|c| c.article.as_str())
    }
}

/// An article a statement may belong to, with the evidence for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// Article number as printed in the document ("4"); "0" is never used: the preamble is
    /// `preamble`.
    pub article: String,
    /// 0..1; higher is more certain.
    pub score: f32,
    /// What the score rests on, strongest first.
    pub basis: Vec<Basis>,
}

/// Kinds of evidence for an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The source names the article.
    Named,
    /// The statement's words align with the article's text.
    Text,
    /// The statement agrees with statements other sources attribute to the article.
    Agreement,
    /// The statement goes on about the article the statement before it names ("It also
    /// says …").
    Continued,
    /// The reader says the statement renders the article: a Web Annotation they imported
    /// names it (see [`crate::import::read_annotations`]). First when present; the evidence
    /// the pipeline finds for the same article follows it.
    Annotated,
}

/// How faithfully a statement renders its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The same words.
    Verbatim,
    /// Small edits.
    Close,
    /// The same provision in other words or another translation.
    Paraphrase,
    /// The source's article number or content conflicts with the text.
    Divergent,
    /// Attributed, but the article's text is not available to check against.
    Unverifiable,
    /// The statement names the article without restating what it says ("the treaty's
    /// provisions, including article 4 on mutual support, will be implemented"): not a
    /// rendering to judge.
    Mention,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Self::Verbatim => "Verbatim",
            Self::Close => "Close",
            Self::Paraphrase => "Paraphrase",
            Self::Divergent => "Divergent",
            Self::Unverifiable => "Unverifiable",
            Self::Mention => "Mention",
        }
    }
}

/// Where a statement sits in an article's text, as W3C Web Annotation selectors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    /// Article number.
    pub article: String,
    /// Index into the provision's `texts`.
    pub text: usize,
    /// Index into that text's `paragraphs`.
    pub paragraph: usize,
    pub quote: TextQuoteSelector,
    /// Offsets within the paragraph's text, in UTF-16 code units (as browsers count).
    pub position: TextPositionSelector,
    /// Edit distance (characters) between the statement and `quote.exact`; 0 when `aligned`.
    pub errors: u32,
    /// Found by aligning the statement's content words (a paraphrase or a translation) rather
    /// than by approximate matching of its characters: the passage the statement renders, not
    /// words it copies.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub aligned: bool,
}

/// W3C `TextQuoteSelector`: the exact text with up to 32 characters of context on each side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

/// W3C `TextPositionSelector`: `start` inclusive, `end` exclusive, UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPositionSelector {
    pub start: u32,
    pub end: u32,
}

/// A run of words in the comparison of a statement with the matched text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffPart {
    pub change: Change,
    pub text: String,
}

/// Whether a run of words is in both, only in the statement, or only in the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    Same,
    /// In the statement, not in the article text.
    Added,
    /// In the article text, not in the statement.
    Missing,
}

/// One thing a statement changed of the article text it renders; [`change_sentence`] says it
/// in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum QuoteChange {
    /// A change of what the provision obliges: `from` is the text's words, `to` the
    /// statement's, either empty when only the other has such words.
    Force {
        kind: ForceKind,
        from: String,
        to: String,
    },
    /// Words of the text the statement does not have.
    LeavesOut { text: String },
    /// Words of the statement the text does not have.
    Adds { text: String },
    /// Words of the text said with other words at the same place.
    Substitutes { from: String, to: String },
    /// The text's content terms a statement in another language renders (through the lexicon).
    TermsPresent { terms: Vec<String> },
    /// The text's content terms a statement in another language does not render.
    TermsAbsent { terms: Vec<String> },
}

impl QuoteChange {
    /// A change of legal force, which the app marks and lists first.
    pub fn is_force(&self) -> bool {
        matches!(self, Self::Force { .. })
    }
}

/// What kind of legal force a change touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ForceKind {
    /// How binding: "shall" against "will", "may", "should".
    Modal,
    /// "immediately", "without delay".
    Urgency,
    /// "not", "never".
    Negation,
    /// "all means" against "available means".
    Scope,
    /// "if", "in case", "at the request of".
    Condition,
}
