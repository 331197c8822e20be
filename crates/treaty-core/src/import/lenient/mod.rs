//! The layout of a reader's own plain-text treaty file, as found in treaty databases and UN
//! PDFs rather than written for this project: a title and front matter before the first article,
//! a preamble with or without its heading, article headings in the common forms ("Article 1",
//! "ARTICLE I", "Art. 16a", "Article 1. Title", "Article 1 – Title", "Article premier",
//! "Article I-19", "Статья 1", "Artikel 1", "Artículo 1º"), titles and text run into the heading
//! line ("Article 3 Breadth of the territorial sea Every State has …"), divisions, annexes with
//! their own numbering, and the treaty again in another language after it.
//!
//! A line that begins like a heading is one only when its number comes next in the sequence:
//! "Article 60 applies mutatis mutandis …" in the middle of Article 62 is text, and the document
//! says so in a note. Gaps in the numbering are accepted on a heading line of its own and
//! reported. When an annex or schedule begins, or the numbering starts again at 1, a new
//! sequence begins: the treaty in another language when the text that follows is in one
//! (`languages`), else an annex, numbered on its own.

mod forms;
mod furniture;
mod languages;

use super::layout::{AnnexLayout, Layout, Part, Place, Translation};
use super::paragraph::{ends_like_a_sentence, gap, is_gap_marker};
use crate::model::{Chapter, Paragraph};
use forms::*;

/// Gaps in the numbering accepted on a heading line of its own (repealed or missing articles);
/// a larger jump is more likely a cross-reference at the start of a line.
const MAX_GAP: u32 = 20;
/// A heading with its title run in may skip this many numbers (the one before it lost to PDF
/// damage, "Article 3l"): more is likelier a sentence.
const MAX_RUN_IN_GAP: u32 = 2;
/// Fewer numbered sections with text than this are more likely a numbered list.
const MIN_SECTIONS: usize = 3;
/// What an annex's text outside its articles is (the assembled document keeps it as the annex's
/// text).
const ANNEX_TEXT: &str = "Annex text outside its articles.";
/// The notes name at most this many lines set aside, then count the rest.
const MAX_NOTED: usize = 12;

/// The layout, the title found in the front matter, the language of the main text (when its
/// words show one) and notes on what was read as text.
pub(crate) struct Read {
    pub layout: Layout,
    pub title: Option<String>,
    pub language: Option<&'static str>,
    pub notes: Vec<String>,
}

/// Reads the lines of a plain-text treaty. `None` when no article heading is found at all. For
/// a text derived from the reader's file (Markdown's blocks, `markdown_lines`), `origins[i]` is
/// the file's line for the text's line `i + 1`, which the notes name; empty for the file itself.
pub(crate) fn read(text: &str, origins: &[usize]) -> Option<Read> {
    // A line holding several articles, separated by runs of spaces (a web page's layout turned
    // into text), is read as one line per article; `numbers` keeps each piece's file line.
    let mut cleaned = Vec::new();
    let mut furniture = 0;
    for (index, line) in text.lines().enumerate() {
        let line_no = origins.get(index).copied().unwrap_or(index + 1);
        let (clean, removed) = furniture::clean(line);
        furniture += removed;
        match clean {
            Some(clean) => cleaned.push((line_no, clean)),
            // A page heading between two halves of a sentence is not a paragraph break.
            None if removed > 0 => {}
            None => cleaned.push((line_no, String::new())),
        }
    }
    let mut lines = Vec::new();
    let mut numbers = Vec::new();
    for (line_no, line) in &cleaned {
        for piece in split_run_together_articles(line) {
            lines.push(piece);
            numbers.push(*line_no);
        }
        if line.is_empty() {
            lines.push("");
            numbers.push(*line_no);
        }
    }
    // Without any article heading, a file may number its sections instead ("1. Republic of
    // South Africa" above the section's text), as constitutions and acts do.
    [false, true].into_iter().find_map(|sections| {
        let mut reader = Reader {
            furniture,
            sections,
            ..Reader::default()
        };
        for (index, line) in lines.iter().enumerate() {
            reader.line(numbers[index], line, &lines[index..]);
        }
        reader.finish()
    })
}

/// Where the sequence being read goes.
#[derive(Debug, Default)]
enum Target {
    /// The treaty's own articles (of the main text or of a translation).
    #[default]
    Body,
    /// An annex, with its heading.
    Annex(String),
}

/// One run of articles numbered in order: the body of a text, or an annex.
#[derive(Default)]
struct Sequence {
    target: Target,
    parts: Vec<Part>,
    chapters: Vec<Chapter>,
    /// The last article read, for the sequence.
    last: Option<Number>,
    /// Division headings waiting for their first article (a SECTION, then a CHAPTER in it):
    /// kind, number, title.
    open_divisions: Vec<(String, String, String)>,
}

#[derive(Default)]
struct Reader {
    /// The sequence being read.
    seq: Sequence,
    /// The main text so far (sequences already read), then one layout per translation.
    main: Layout,
    translations: Vec<Translation>,
    /// The language of the main text, as its words showed it when the first translation began.
    main_language: Option<&'static str>,
    title: Option<String>,
    /// Some article was read, in any sequence.
    any_article: bool,
    /// A "Preamble" heading was read in the current text.
    has_preamble_heading: bool,
    /// The last heading (an article's, a division's, an annex's) had no title: a title-like
    /// line right after it is its title ("Article I" then "General Obligations").
    awaiting_title: bool,
    /// The article's first paragraph is title-like but starts like a sentence: it is the title
    /// if the next line starts a numbered paragraph.
    maybe_title: bool,
    /// The previous line was blank: the next text starts a paragraph.
    after_blank: bool,
    set_aside: Vec<String>,
    gaps: Vec<String>,
    /// Pieces of page furniture taken out of the lines (`furniture`).
    furniture: usize,
    /// Headings are numbered sections ("1. Republic of South Africa"), not articles.
    sections: bool,
    /// Division headings repeated as running heads, left out.
    running_heads: usize,
    /// Headings read with a PDF's damage repaired ("Article 3l" as 31).
    repaired: Vec<String>,
}

impl Reader {
    /// Reads one line; `ahead` is the rest of the text from this line on, for telling the
    /// language of what a heading opens.
    fn line(&mut self, line_no: usize, line: &str, ahead: &[&str]) {
        if line.is_empty() {
            self.after_blank = true;
            return;
        }
        if let Some(at) = self.heading_inside(line) {
            // "… to the dispute. Article 31 Request to intervene 1. …": the next article's
            // heading run into the line.
            self.line(line_no, line[..at].trim_end(), ahead);
            self.after_blank = true;
            self.line(line_no, &line[at..], ahead);
            return;
        }
        let heading = if self.sections {
            section_heading(line)
        } else {
            article_heading(line)
        };
        if let Some(mut candidate) = heading {
            if let Some(number) = self.superscript(&candidate.number) {
                candidate.number = number;
            }
            if let Some(number) = self.letter_l_for_1(&candidate.number) {
                self.repaired.push(format!(
                    "line {line_no} “{}” as {}",
                    candidate.number.printed, number.printed
                ));
                candidate.number = number;
            }
            if self.restarts(&candidate) && self.only_headings_so_far() {
                // The headings so far, with no text between them, were a table of contents.
                self.contents_were_not_articles();
                self.article(candidate);
                return;
            }
            if self.starts_numbering(&candidate) {
                if let Some(language) = self.another_language(ahead) {
                    self.start_translation(language);
                    self.article(candidate);
                    return;
                }
            }
            if self.takes(&candidate) {
                self.article(candidate);
                return;
            }
            if self.restarts(&candidate) && is_clean(candidate.rest) {
                self.start(Target::Annex(format!(
                    "Articles numbered again from 1 (line {line_no})"
                )));
                self.article(candidate);
                return;
            }
            if is_clean(candidate.rest) || self.seq.last.is_some() {
                self.set_aside
                    .push(format!("line {line_no} “{}”", excerpt(line)));
            }
        } else if let Some(annex) = self.opens_annex(line) {
            self.start(Target::Annex(annex.title.to_owned()));
            self.awaiting_title = annex.awaits_title;
            if !annex.text.is_empty() {
                self.open(Place::Unplaced {
                    note: ANNEX_TEXT.to_owned(),
                });
                self.text(annex.text);
            }
            return;
        } else if self.seq.last.is_none() && !self.has_preamble_heading {
            if let Some(rest) = without_preamble_label(line) {
                self.preamble_heading(rest);
                return;
            }
        }
        if let Some(division) = division_heading(line) {
            if self.seen_division(&division) && !heads_something(&ahead[1..]) {
                // "Part I" again at the top of a page, in the middle of an article: a running
                // head, not a new division.
                self.running_heads += 1;
                self.after_blank = true;
                return;
            }
            self.awaiting_title = division.2.is_empty();
            self.seq.open_divisions.push(division);
            self.after_blank = true;
            return;
        }
        if std::mem::take(&mut self.maybe_title) && starts_with_paragraph_number(line) {
            self.last_paragraph_is_title();
        }
        if std::mem::take(&mut self.awaiting_title) && self.title_for_last_heading(line) {
            return;
        }
        if self.title.is_none()
            && self.main.parts.is_empty()
            && self.seq.parts.is_empty()
            && is_title(line)
        {
            self.title = Some(line.to_owned());
            self.after_blank = true;
            return;
        }
        if self.seq.parts.is_empty() {
            // Text before any heading: in the body, the preamble, found without a heading; in
            // an annex, its text before its first article.
            self.open(match self.seq.target {
                Target::Body => Place::Preamble,
                Target::Annex(_) => Place::Unplaced {
                    note: ANNEX_TEXT.to_owned(),
                },
            });
        }
        self.text(line);
    }

    /// Whether this sequence already has this division (kind and number, whatever the case).
    fn seen_division(&self, (kind, number, _): &(String, String, String)) -> bool {
        let same = |k: &str, n: &str| k.eq_ignore_ascii_case(kind) && n == number;
        self.seq
            .chapters
            .iter()
            .any(|c| same(c.kind.as_deref().unwrap_or_default(), &c.number))
            || self.seq.open_divisions.iter().any(|(k, n, _)| same(k, n))
    }

    /// Numbered sections are a document's structure only when there are a few and nearly
    /// all have text under them: a numbered list of short items (a news page's "1. Belgium")
    /// is not a constitution.
    fn sections_have_text(&self) -> bool {
        let sections: Vec<&Part> = self
            .main
            .parts
            .iter()
            .chain(&self.seq.parts)
            .filter(|p| matches!(p.place, Place::Article { .. }))
            .collect();
        let with_text = sections.iter().filter(|p| !p.paragraphs.is_empty()).count();
        with_text >= MIN_SECTIONS && with_text * 5 >= sections.len() * 4
    }

    /// A "Preamble" heading: what came before it in the body was front matter.
    fn preamble_heading(&mut self, rest: &str) {
        self.has_preamble_heading = true;
        for part in &mut self.seq.parts {
            part.place = Place::Unplaced {
                note: "Front matter before the preamble.".to_owned(),
            };
        }
        self.open(Place::Preamble);
        if !rest.is_empty() {
            self.text(rest);
        }
    }

    /// An annex heading after the treaty's articles; inside an annex, a schedule or appendix is
    /// part of it.
    fn opens_annex<'l>(&self, line: &'l str) -> Option<AnnexHeading<'l>> {
        let in_annex = matches!(self.seq.target, Target::Annex(_));
        (self.any_article)
            .then(|| opens_annex(line, !in_annex))
            .flatten()
    }

    /// Whether `candidate` is the next article: the next number (its text may run on), a letter
    /// after the same number, or a gap on a heading line of its own (or a small one where a
    /// title runs in: a heading lost to PDF damage); never a sentence that names an article.
    fn takes(&self, candidate: &Candidate<'_>) -> bool {
        let n = &candidate.number;
        let clean = is_clean(candidate.rest);
        if names_an_article(candidate.rest) {
            return false;
        }
        match &self.seq.last {
            None => n.value == 1 || clean,
            Some(last) => {
                let next = n.value == last.value + 1;
                let inserted = n.value == last.value && n.suffix > last.suffix;
                let gap = n.value > last.value + 1
                    && (n.value <= last.value + MAX_GAP && clean
                        || n.value <= last.value + MAX_RUN_IN_GAP
                            && runs_in_a_title(candidate.rest));
                ((next || inserted) && (n.suffix.is_empty() || clean || inserted)) || gap
            }
        }
    }

    /// Whether `candidate` is an Article 1 heading after articles have been read: where a
    /// translation or an annexed instrument would begin.
    fn starts_numbering(&self, candidate: &Candidate<'_>) -> bool {
        candidate.number.value == 1
            && candidate.number.suffix.is_empty()
            && is_clean(candidate.rest)
            && self.any_article
            && self.seq.last.as_ref().is_none_or(|l| l.value > 1)
    }

    /// The language of the text `ahead`, when it is not the language of the text being read
    /// (both by their words).
    fn another_language(&mut self, ahead: &[&str]) -> Option<&'static str> {
        let current = match self.translations.last() {
            Some(t) => t.language.clone(),
            None => self.main_language()?.to_owned(),
        };
        languages::of_lines(ahead).filter(|l| *l != current)
    }

    /// The main text's language, by its words; `None` while they show none.
    fn main_language(&mut self) -> Option<&'static str> {
        if self.translations.is_empty() {
            let parts = self.main.parts.iter().chain(&self.seq.parts);
            self.main_language = languages::of_parts(parts);
        }
        self.main_language
    }

    /// Where the next article's heading begins inside `line`, run in after a sentence or a
    /// division heading ("SECTION 5. AMENDMENTS Article 41 Amendments …"): only the number that
    /// comes next, with a capitalised title after it.
    fn heading_inside(&self, line: &str) -> Option<usize> {
        let last = self.seq.last.as_ref()?;
        // A line that opens the next article may hold the one after it too.
        let opens_next = article_heading(line).is_some_and(|c| c.number.value == last.value + 1);
        let expected = last.value + 1 + u32::from(opens_next);
        line.match_indices(' ').find_map(|(space, _)| {
            let before = line[..space].trim_end();
            let after = &line[space + 1..];
            let ends = before.ends_with(['.', ';', ':']) || division_heading(before).is_some();
            if !ends || before.is_empty() {
                return None;
            }
            let candidate = article_heading(after)?;
            let repaired = repair_letter_l(&candidate.number, expected);
            let number = repaired.unwrap_or(candidate.number);
            (number.value == expected && runs_in_a_title(candidate.rest)).then_some(space + 1)
        })
    }

    /// "Article 3l" where Article 31 comes next: a PDF's letter l for the digit 1.
    fn letter_l_for_1(&self, n: &Number) -> Option<Number> {
        let last = self.seq.last.as_ref()?;
        repair_letter_l(n, last.value + 1).filter(|_| n.value != last.value)
    }

    /// "Статья 671" right after Article 67 is Article 67¹ whose superscript lost its form when
    /// the page became text (the Russian Constitution inserts articles so): the same number
    /// with "1" appended, where the next number would be the one expected.
    fn superscript(&self, n: &Number) -> Option<Number> {
        let last = self.seq.last.as_ref()?;
        let flattened = n.suffix.is_empty()
            && last.suffix.is_empty()
            && n.printed == format!("{}1", last.printed)
            && n.value != last.value + 1;
        flattened.then(|| Number {
            printed: format!("{}¹", last.printed),
            value: last.value,
            suffix: "¹".to_owned(),
        })
    }

    /// Whether every article read so far is a bare heading (a table of contents).
    fn only_headings_so_far(&self) -> bool {
        self.translations.is_empty()
            && self.main.parts.is_empty()
            && self
                .seq
                .parts
                .iter()
                .filter(|p| matches!(p.place, Place::Article { .. }))
                .all(|p| p.paragraphs.is_empty())
    }

    /// Turns the bare headings read so far into front matter, and starts the numbering afresh.
    fn contents_were_not_articles(&mut self) {
        let mut contents = Vec::new();
        self.seq.parts.retain(|p| match &p.place {
            Place::Article { number, heading } => {
                contents.push(match heading {
                    Some(h) => format!("{number} {h}"),
                    None => number.clone(),
                });
                false
            }
            _ => true,
        });
        self.seq.parts.push(Part {
            place: Place::Unplaced {
                note: "A table of contents before the text.".to_owned(),
            },
            paragraphs: contents.into_iter().map(plain).collect(),
        });
        self.seq.chapters.clear();
        self.gaps.clear();
        self.seq.last = None;
    }

    /// Whether `candidate` starts the numbering again after the sequence's articles.
    fn restarts(&self, candidate: &Candidate<'_>) -> bool {
        candidate.number.value == 1 && self.seq.last.as_ref().is_some_and(|l| l.value > 1)
    }

    fn article(&mut self, candidate: Candidate<'_>) {
        let Candidate { number, rest } = candidate;
        if let Some(last) = &self.seq.last {
            let in_main_body =
                self.translations.is_empty() && matches!(self.seq.target, Target::Body);
            if number.value > last.value + 1 && in_main_body {
                self.gaps
                    .push(format!("{}–{}", last.value + 1, number.value - 1));
            }
        }
        let (heading, text) = title_and_text(rest);
        // "第一條 Art. 一": the label again, in another form, is not a title.
        let heading = heading.filter(|h| !repeats_the_label(h));
        for (kind, division, title) in std::mem::take(&mut self.seq.open_divisions) {
            self.seq.chapters.push(Chapter {
                number: division,
                kind: (!kind.is_empty()).then_some(kind),
                title,
                first_article: number.printed.clone(),
            });
        }
        self.awaiting_title = heading.is_none() && text.is_empty();
        self.open(Place::Article {
            number: number.printed.clone(),
            heading,
        });
        self.seq.last = Some(number);
        self.any_article = true;
        if !text.is_empty() {
            self.text(text);
        }
    }

    /// Makes the article's only paragraph so far its heading.
    fn last_paragraph_is_title(&mut self) {
        if let Some(Part {
            place: Place::Article { heading, .. },
            paragraphs,
        }) = self.seq.parts.last_mut()
        {
            if heading.is_none() && paragraphs.len() == 1 {
                *heading = paragraphs.pop().map(|p| p.text);
                self.after_blank = true;
            }
        }
    }

    /// The line after a heading without a title: the open division's title, an annex's
    /// ("Annex" then "on chemicals"), or the last article's. Whether the line was taken.
    fn title_for_last_heading(&mut self, line: &str) -> bool {
        let title = line.trim_start_matches(['–', '—', '-', ' ']);
        if repeats_the_label(title) && self.seq.last.is_some() {
            // "第一條" then "Art. 一": the page's own label again, in another form.
            self.awaiting_title = true;
            return true;
        }
        if let Some((_, _, division_title)) = self.seq.open_divisions.last_mut() {
            if is_short_heading(title) {
                *division_title = title.to_owned();
                self.after_blank = true;
                return true;
            }
            return false;
        }
        if let Target::Annex(annex_title) = &mut self.seq.target {
            if self.seq.parts.is_empty() && is_short_heading(title) && !starts_a_sentence(title) {
                annex_title.push(' ');
                annex_title.push_str(title);
                self.after_blank = true;
                return true;
            }
            if self.seq.last.is_none() {
                return false;
            }
        }
        if !looks_like_a_title(title) {
            return false;
        }
        if starts_a_sentence(title) {
            // "The Union's institutions": a title, if numbered paragraphs follow.
            self.maybe_title = true;
            return false;
        }
        match self.seq.parts.last_mut() {
            Some(Part {
                place: Place::Article { heading, .. },
                paragraphs,
            }) if paragraphs.is_empty() => {
                *heading = Some(title.to_owned());
                self.after_blank = true;
                true
            }
            _ => false,
        }
    }

    /// Ends the sequence being read and begins another in the same text.
    fn start(&mut self, target: Target) {
        let done = std::mem::replace(
            &mut self.seq,
            Sequence {
                target,
                ..Sequence::default()
            },
        );
        let layout = self
            .translations
            .last_mut()
            .map_or(&mut self.main, |t| &mut t.layout);
        file(layout, done);
        self.after_blank = true;
    }

    /// Ends the text being read and begins the treaty again in `language`, taking with it the
    /// title and preamble that ended the last text (they were read before its first heading
    /// showed that a new text began).
    fn start_translation(&mut self, language: &'static str) {
        self.main_language();
        self.start(Target::Body);
        let layout = self
            .translations
            .last_mut()
            .map_or(&mut self.main, |t| &mut t.layout);
        let (title, front) = languages::take_tail(layout, language);
        self.translations.push(Translation {
            language: language.to_owned(),
            title,
            layout: Layout::default(),
        });
        self.has_preamble_heading = false;
        if !front.is_empty() {
            self.seq.parts.push(Part {
                place: Place::Preamble,
                paragraphs: front,
            });
        }
    }

    fn open(&mut self, place: Place) {
        self.seq.parts.push(Part {
            place,
            paragraphs: Vec::new(),
        });
        self.flush_division();
        self.after_blank = true;
    }

    /// A division heading followed by text rather than an article (an annex's "SECTION 1.
    /// COSTS" before numbered paragraphs) stays in the text, as a paragraph of its own.
    fn flush_division(&mut self) {
        for (kind, number, title) in std::mem::take(&mut self.seq.open_divisions) {
            let line = format!("{kind} {number} {title}");
            if let Some(part) = self.seq.parts.last_mut() {
                part.paragraphs.push(plain(line.trim_end().to_owned()));
            }
        }
    }

    /// Adds a line of text: a paragraph of its own, or the continuation of the last one when a
    /// PDF broke a sentence across lines.
    fn text(&mut self, line: &str) {
        self.flush_division();
        let Some(part) = self.seq.parts.last_mut() else {
            return;
        };
        let continues = !self.after_blank
            && part
                .paragraphs
                .last()
                .is_some_and(|p| !ends_like_a_sentence(&p.text))
            && line.chars().next().is_some_and(char::is_lowercase);
        self.after_blank = false;
        if is_gap_marker(line) {
            part.paragraphs.push(gap(line));
            return;
        }
        match part.paragraphs.last_mut() {
            Some(last) if continues => {
                if let Some(stem) = last.text.strip_suffix('-') {
                    // "obli-" + "gation": a word broken at the line's end.
                    last.text = format!("{stem}{line}");
                } else {
                    last.text.push(' ');
                    last.text.push_str(line);
                }
            }
            _ => part.paragraphs.push(plain(line.to_owned())),
        }
    }

    fn finish(mut self) -> Option<Read> {
        if !self.any_article || self.sections && !self.sections_have_text() {
            return None;
        }
        self.start(Target::Body);
        let mut language = self.main_language();
        let mut notes = Vec::new();
        if !self.gaps.is_empty() {
            notes.push(format!(
                "Numbering gaps (no heading for these articles): {}.",
                self.gaps.join(", ")
            ));
        }
        if self.furniture + self.running_heads > 0 {
            notes.push(format!(
                "Left out as page furniture: {} piece(s) of page headings, markers or control characters, and {} repeated division heading(s).",
                self.furniture, self.running_heads
            ));
        }
        let repealed = repealed_stubs(&self.main.parts);
        if !repealed.is_empty() {
            notes.push(format!(
                "Repealed, with no text but the mark: {}.",
                repealed.join(", ")
            ));
        }
        if !self.repaired.is_empty() {
            notes.push(format!(
                "Read with a letter l for the digit 1: {}.",
                self.repaired.join("; ")
            ));
        }
        if !self.set_aside.is_empty() {
            let named: Vec<&str> = self
                .set_aside
                .iter()
                .take(MAX_NOTED)
                .map(String::as_str)
                .collect();
            let more = self.set_aside.len().saturating_sub(MAX_NOTED);
            notes.push(format!(
                "Read as text, not as article headings (out of sequence): {}{}.",
                named.join("; "),
                if more > 0 {
                    format!("; and {more} more")
                } else {
                    String::new()
                }
            ));
        }
        let mut layout = self.main;
        layout.translations = self.translations;
        if layout.translations.is_empty() {
            if let Some(main) = languages::split_parallel(&mut layout) {
                language = Some(main);
            }
        }
        Some(Read {
            layout,
            title: self.title,
            language,
            notes,
        })
    }
}

/// The numbers of articles that are only a repealed stub ("Art 49 (weggefallen)").
fn repealed_stubs(parts: &[Part]) -> Vec<String> {
    parts
        .iter()
        .filter_map(|part| match &part.place {
            Place::Article { number, heading } => {
                let stub = match part.paragraphs.as_slice() {
                    [] => heading.as_deref().is_some_and(marks_repealed),
                    [only] => marks_repealed(&only.text),
                    _ => false,
                };
                stub.then(|| number.clone())
            }
            _ => None,
        })
        .collect()
}

/// `n` read with its letters l as digits 1, if that makes it `expected` ("3l" → 31).
fn repair_letter_l(n: &Number, expected: u32) -> Option<Number> {
    if n.suffix.is_empty() || n.suffix.chars().any(|c| c != 'l') {
        return None;
    }
    let printed = n.printed.replace('l', "1");
    let value: u32 = printed.parse().ok()?;
    (value == expected).then(|| Number {
        printed,
        value,
        suffix: String::new(),
    })
}

/// Whether the next line of text is what follows a real division heading: an article heading,
/// another division heading or a title.
fn heads_something(ahead: &[&str]) -> bool {
    ahead.iter().find(|l| !l.is_empty()).is_some_and(|next| {
        article_heading(next).is_some()
            || division_heading(next).is_some()
            || is_short_heading(next)
    })
}

/// Files a finished sequence in its text: the body's parts and divisions, or a new annex.
fn file(layout: &mut Layout, seq: Sequence) {
    let mut parts = seq.parts;
    parts.retain(|p| !p.paragraphs.is_empty() || matches!(p.place, Place::Article { .. }));
    match seq.target {
        Target::Body => {
            layout.parts.extend(parts);
            layout.chapters.extend(seq.chapters);
        }
        Target::Annex(title) => layout.annexes.push(AnnexLayout {
            title,
            parts,
            chapters: seq.chapters,
        }),
    }
}

fn plain(text: String) -> Paragraph {
    Paragraph {
        number: None,
        text,
        gap: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn articles(r: &Read) -> Vec<(String, Option<String>)> {
        r.layout
            .parts
            .iter()
            .filter_map(|p| match &p.place {
                Place::Article { number, heading } => Some((number.clone(), heading.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn headings_in_common_forms() {
        for (line, number) in [
            ("Article 1", "1"),
            ("ARTICLE 1", "1"),
            ("Article  1", "1"),
            ("Art. 1", "1"),
            ("Article 1.", "1"),
            ("Article premier", "1"),
            ("Article I-1", "I-1"),
            ("Статья 1", "1"),
            ("Artikel 1", "1"),
            ("Artículo 1º", "1"),
            ("Article I", "I"),
        ] {
            let candidate = article_heading(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(candidate.number.printed, number, "{line}");
            assert_eq!(candidate.number.value, 1, "{line}");
        }
        assert_eq!(parse_number("16a").unwrap().suffix, "a");
        assert!(article_heading("Articles 1 to 5 apply").is_none());
        assert!(article_heading("Article four").is_none());
    }

    #[test]
    fn run_in_titles_and_false_headings() {
        let r = read(
            "Convention on Things\n\nPREAMBLE The Parties, wishing well,\n\nHave agreed as follows:\n\n\
             Article 1 Use of terms 1. For the purposes of this Convention:\n\n\
             Article 2 Breadth of the sea Every State has the right to it.\n\n\
             Article 60 applies mutatis mutandis to artificial islands.\n\n\
             Article 3 – Outer limit\n\nThe outer limit is the line.\n",
            &[],
        )
        .unwrap();
        assert_eq!(r.title.as_deref(), Some("Convention on Things"));
        assert_eq!(
            articles(&r),
            vec![
                ("1".into(), Some("Use of terms".into())),
                ("2".into(), Some("Breadth of the sea".into())),
                ("3".into(), Some("Outer limit".into()))
            ]
        );
        let parts = &r.layout.parts;
        assert!(matches!(parts[0].place, Place::Preamble));
        assert_eq!(parts[0].paragraphs[0].text, "The Parties, wishing well,");
        assert_eq!(
            parts[1].paragraphs[0].text,
            "1. For the purposes of this Convention:"
        );
        assert_eq!(
            parts[2].paragraphs.len(),
            2,
            "the false heading stays in Article 2's text"
        );
        assert!(
            r.notes[0].contains("line 11 “Article 60 applies"),
            "{:?}",
            r.notes
        );
    }

    #[test]
    fn annexes_are_numbered_on_their_own() {
        let r = read(
            "Article 1\n\nA.\n\nArticle 2\n\nB.\n\nANNEX I. LISTS\n\nThe lists follow.\n\n\
             Article 1\n\nC.\n\nArticle 2 of the Convention applies.\n\nAnnex\n\non chemicals\n\n\
             SECTION 1. COSTS\n\n1. Costs are shared.\n",
            &[],
        )
        .unwrap();
        assert_eq!(articles(&r).len(), 2);
        let annexes = &r.layout.annexes;
        assert_eq!(annexes.len(), 2);
        assert_eq!(annexes[0].title, "ANNEX I. LISTS");
        assert!(matches!(annexes[0].parts[0].place, Place::Unplaced { .. }));
        assert!(
            matches!(&annexes[0].parts[1].place, Place::Article { number, .. } if number == "1")
        );
        assert_eq!(
            annexes[0].parts[1].paragraphs.len(),
            2,
            "a reference to an article stays text"
        );
        assert_eq!(annexes[1].title, "Annex on chemicals");
        let texts: Vec<&str> = annexes[1].parts[0]
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(texts, ["SECTION 1 COSTS", "1. Costs are shared."]);
    }

    #[test]
    fn numbering_again_from_1_is_an_annex_in_the_same_language() {
        let r = read(
            "Artikel 1\n\nA.\n\nArtikel 2\n\nB.\n\nArtikel 1\n\nC.\n",
            &[],
        )
        .unwrap();
        assert_eq!(articles(&r).len(), 2);
        assert_eq!(r.layout.annexes.len(), 1);
        assert!(r.layout.annexes[0].title.contains("line 9"));
    }

    #[test]
    fn a_translation_after_the_text_is_aligned_by_number() {
        let r = read(
            "Convention on Things\n\nPreambleThe States Parties to this Convention, determined to act,\n\n\
             Article I\n\nGeneral Obligations\n\n1. Each State Party undertakes never to use the things.\n\n\
             Article II\n\nThe Parties shall meet and they shall report.\n\n\
             Annex\n\non chemicals\n\nThe schedules are in the annex and they list the things.\n\n\
             Verdrag inzake dingen\n\nPreambuleDe Staten die Partij zijn bij dit Verdrag, het is van belang,\n\n\
             Artikel I\n\nAlgemene verplichtingen\n\n1. Elke Staat die Partij is verplicht zich van een gebruik te onthouden.\n\n\
             Artikel II\n\nDe Partijen komen bijeen en het is niet voor een verslag.\n\n\
             Bijlage\n\ninzake chemische stoffen\n\nDe lijsten zijn van het Verdrag en het is niet een lijst.\n",
            &[],
        )
        .unwrap();
        assert_eq!(r.language, Some("en"));
        assert_eq!(articles(&r).len(), 2);
        assert_eq!(r.layout.annexes.len(), 1);
        assert_eq!(r.layout.annexes[0].parts[0].paragraphs.len(), 1);
        let t = &r.layout.translations[0];
        assert_eq!(t.language, "nl");
        assert_eq!(t.title.as_deref(), Some("Verdrag inzake dingen"));
        assert!(matches!(t.layout.parts[0].place, Place::Preamble));
        assert!(t.layout.parts[0].paragraphs[0]
            .text
            .starts_with("De Staten"));
        assert!(
            matches!(&t.layout.parts[1].place, Place::Article { number, heading: Some(h) } if number == "I" && h == "Algemene verplichtingen")
        );
        assert_eq!(t.layout.annexes.len(), 1);
        assert_eq!(
            t.layout.annexes[0].title,
            "Bijlage inzake chemische stoffen"
        );
    }

    #[test]
    fn texts_side_by_side_in_each_article_become_a_translation() {
        let r = read(
            "第一條\n\n就適用本公約而言，下列名稱之意義。\n\nFor the purpose of the present Convention, the expressions have the meanings.\n\n\
             第二條\n\n國與國間外交關係之建立。\n\n(a)\n\nThe establishment of diplomatic relations between States takes place by consent.\n\n\
             第三條\n\n使館之職務。\n",
            &[],
        )
        .unwrap();
        assert_eq!(r.language, Some("zh"));
        assert_eq!(articles(&r).len(), 3);
        assert!(r.layout.parts.iter().all(|p| p.paragraphs.len() == 1));
        let t = &r.layout.translations[0];
        assert_eq!(t.language, "en");
        assert_eq!(t.layout.parts.len(), 2);
        assert_eq!(
            t.layout.parts[1].paragraphs.len(),
            2,
            "{:?}",
            t.layout.parts[1]
        );
    }

    #[test]
    fn gaps_inserted_articles_and_divisions() {
        let r = read(
            "PART I GENERAL\n\nArt 1\n\nA.\n\nArt 2\n\nB.\n\nArt 2a\n\nC.\n\nPART II OTHER\n\nArt 5\n\nD.\n", &[])
        .unwrap();
        let numbers: Vec<String> = articles(&r).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, ["1", "2", "2a", "5"]);
        assert_eq!(r.layout.chapters.len(), 2);
        assert_eq!(r.layout.chapters[1].first_article, "5");

        assert!(r.notes[0].contains("3–4"), "{:?}", r.notes);

        let unnamed = read(
            "IV. - Der Bundesrat\n\nArt 50\n\nA.\n\nIV a. - Gemeinsamer Ausschuß\n\nArt 53a\n\nB.\n",
            &[],
        )
        .unwrap();
        let divisions: Vec<(Option<&str>, &str, &str)> = unnamed
            .layout
            .chapters
            .iter()
            .map(|c| (c.kind.as_deref(), c.number.as_str(), c.title.as_str()))
            .collect();
        assert_eq!(
            divisions,
            [
                (None, "IV", "Der Bundesrat"),
                (None, "IVa", "Gemeinsamer Ausschuß")
            ]
        );
    }

    #[test]
    fn numbers_without_a_plain_value_stay_apart() {
        let text = "Article I-1\n\nA.\n\nArticle I-2\n\nB.\n\nArticle I-2a\n\nC.\n";
        let bundle = crate::import::import_treaty_file("t.txt", text.as_bytes()).unwrap();
        let numbers: Vec<_> = bundle.documents[0]
            .articles
            .iter()
            .map(|a| a.number.clone().unwrap())
            .collect();
        assert_eq!(numbers, ["I-1", "I-2", "I-2a"]);
    }

    #[test]
    fn titles_on_the_line_after_the_heading() {
        let r = read(
            "TITEL I\n\nCATEGORIEËN VAN BEVOEGDHEDEN\n\nArticle I\n\nGeneral Obligations\n\n1. Each State Party undertakes:\n\nArticle II\n\nThe Parties meet\n",
            &[],
        )
        .unwrap();
        assert_eq!(r.layout.chapters[0].title, "CATEGORIEËN VAN BEVOEGDHEDEN");
        assert_eq!(
            articles(&r),
            vec![
                ("I".into(), Some("General Obligations".into())),
                ("II".into(), None)
            ]
        );
        assert_eq!(r.layout.parts[1].paragraphs[0].text, "The Parties meet");

        let r = read(
            "Article I-19\nThe Union's institutions\n1. The Union shall have a framework.\n",
            &[],
        )
        .unwrap();
        assert_eq!(
            articles(&r),
            vec![("I-19".into(), Some("The Union's institutions".into()))]
        );
        assert_eq!(
            r.layout.parts[0].paragraphs[0].text,
            "1. The Union shall have a framework."
        );
    }

    #[test]
    fn a_flattened_superscript_is_an_inserted_article() {
        let r = read(
            "Статья 67\n\nА.\n\nСтатья 671\n\nБ.\n\nСтатья 68\n\nВ.\n",
            &[],
        )
        .unwrap();
        let numbers: Vec<String> = articles(&r).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, ["67", "67¹", "68"]);
    }

    #[test]
    fn chinese_numerals_and_a_table_of_contents() {
        let r = read(
            "第一條\n第二條\n第三條\n\n第一條\n\n甲。\n\n第二條\n\n乙。\n\n第三條\n\n丙。\n",
            &[],
        )
        .unwrap();
        let numbers: Vec<String> = articles(&r).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, ["第一條", "第二條", "第三條"]);
        assert!(r.layout.parts.iter().all(|p| match &p.place {
            Place::Article { .. } => p.paragraphs.len() == 1,
            _ => true,
        }));
    }

    #[test]
    fn headings_run_into_a_line_and_damaged_by_the_pdf() {
        let r = read(
            "Article 29\n\nEach party pays its costs.\n\n\
             Article 30 Judgment The judgment is final. Article 3l Request to intervene A State may ask.\n\
             SECTION 2. AMENDMENTS Article 32 Amendments 1. Amendments are proposed. See Article 5 of the Convention.\n",
            &[],
        )
        .unwrap();
        let numbers: Vec<String> = articles(&r).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, ["29", "30", "31", "32"]);
        assert!(
            r.notes.iter().any(|n| n.contains("“3l” as 31")),
            "{:?}",
            r.notes
        );
        assert_eq!(
            r.layout.parts[1].paragraphs[0].text,
            "The judgment is final."
        );
        assert_eq!(
            r.layout.parts[3].paragraphs[0].text,
            "1. Amendments are proposed. See Article 5 of the Convention.",
            "a reference inside the text stays text"
        );
    }

    #[test]
    fn repealed_stubs_are_noted() {
        let r = read(
            "Art 48\n\nText.\n\nArt 49 (weggefallen)\n\nArt 50\n\n(weggefallen)\n\nArt 51\n\nText.\n",
            &[],
        )
        .unwrap();
        assert_eq!(articles(&r).len(), 4);
        assert!(
            r.notes
                .iter()
                .any(|n| n.contains("Repealed, with no text but the mark: 49, 50.")),
            "{:?}",
            r.notes
        );
    }

    #[test]
    fn a_label_repeated_in_another_form_is_not_a_title() {
        let r = read("第一條 Art. 一\n\n甲。\n\n第二條\nArt. 二\n\n乙。\n", &[]).unwrap();
        assert_eq!(
            articles(&r),
            vec![("第一條".into(), None), ("第二條".into(), None)]
        );
        assert_eq!(r.layout.parts[1].paragraphs[0].text, "乙。");
    }

    #[test]
    fn broken_lines_are_joined() {
        let r = read(
            "Article 1\n\nThe obli-\ngation holds\nfor all.\nA new sentence.\n",
            &[],
        )
        .unwrap();
        let texts: Vec<&str> = r.layout.parts[0]
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(texts, ["The obligation holds for all.", "A new sentence."]);
    }

    #[test]
    fn numbered_sections_without_article_headings() {
        let r = read(
            "Constitution\n\n1. Republic of Testland\n\nTestland is one state.\n\n\
             1. The state is founded on values.\n\n2. Supremacy of Constitution\n\nThis Constitution is supreme.\n\n\
             3. Citizenship\n\nThere is a common citizenship.\n",
            &[],
        )
        .unwrap();
        assert_eq!(
            articles(&r),
            vec![
                ("1".into(), Some("Republic of Testland".into())),
                ("2".into(), Some("Supremacy of Constitution".into())),
                ("3".into(), Some("Citizenship".into()))
            ]
        );
        assert!(read("Top news\n\n1. Belgium\n\n2. France\n\n3. Germany\n", &[]).is_none());
        assert_eq!(
            r.layout.parts[0].paragraphs.len(),
            2,
            "a numbered paragraph is text"
        );
    }

    #[test]
    fn no_headings_no_treaty() {
        assert!(read("Just a news story.\n\nWith paragraphs.", &[]).is_none());
    }
}
