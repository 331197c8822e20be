//! The layout of a reader's own plain-text treaty file, as found in treaty databases and UN
//! PDFs rather than written for this project: a title and front matter before the first article,
//! a preamble with or without its heading, article headings in the common forms ("Article 1",
//! "ARTICLE I", "Art. 16a", "Article 1. Title", "Article 1 – Title", "Article premier",
//! "Article I-19", "Статья 1", "Artikel 1", "Artículo 1º"), titles and text run into the heading
//! line ("Article 3 Breadth of the territorial sea Every State has …"), and annexes whose
//! numbering starts again.
//!
//! A line that begins like a heading is one only when its number comes next in the sequence:
//! "Article 60 applies mutatis mutandis …" in the middle of Article 62 is text, and the document
//! says so in a note. Gaps in the numbering are accepted on a heading line of its own and
//! reported; when the numbering starts again at 1, or an annex or schedule begins, the rest is
//! kept apart (not placed in the treaty's articles, never dropped).

use super::layout::{Layout, Part, Place};
use super::paragraph::{ends_like_a_sentence, gap, is_gap_marker};
use crate::model::{Chapter, Paragraph};
use crate::numbering::roman_value;

/// Words that open an article heading, lower case ("art" also stands for "art.").
const ARTICLE_WORDS: &[&str] = &[
    "article",
    "art",
    "artikel",
    "статья",
    "artículo",
    "articulo",
    "articolo",
    "artigo",
];
/// Words of the number one as some languages write the first article ("Article premier").
const FIRST_WORDS: &[&str] = &["premier", "1er", "первая"];
/// Words that open a preamble heading, lower case.
const PREAMBLE_WORDS: &[&str] = &[
    "preamble",
    "préambule",
    "преамбула",
    "präambel",
    "preámbulo",
];
/// Words that open a division of the treaty (a chapter in the model), lower case.
const DIVISION_WORDS: &[&str] = &[
    "part",
    "chapter",
    "title",
    "partie",
    "chapitre",
    "titre",
    "teil",
    "kapitel",
    "deel",
    "titel",
    "hoofdstuk",
    "часть",
    "глава",
    "раздел",
    "capítulo",
    "título",
    "capo",
    "titolo",
];
/// Words that open an annex, schedule or protocol: after the articles, its own numbering.
const ANNEX_WORDS: &[&str] = &[
    "annex",
    "annexe",
    "schedule",
    "appendix",
    "anhang",
    "anlage",
    "bijlage",
    "приложение",
    "anexo",
    "allegato",
];

/// Words that begin the text of an article whose title runs into it ("Article 3 Breadth of the
/// territorial sea Every State has …"), as treaties in English begin their provisions.
const SENTENCE_STARTS: &[&str] = &[
    "The",
    "Every",
    "Each",
    "A",
    "An",
    "Any",
    "In",
    "If",
    "Where",
    "When",
    "Except",
    "Nothing",
    "No",
    "States",
    "This",
    "These",
    "Such",
    "All",
    "Subject",
    "Notwithstanding",
    "Without",
    "Upon",
    "On",
    "For",
    "Whenever",
    "Unless",
    "Neither",
    "Parties",
];

/// Gaps in the numbering accepted on a heading line of its own (repealed or missing articles);
/// a larger jump is more likely a cross-reference at the start of a line.
const MAX_GAP: u32 = 20;
/// At most this many words after the number are a title rather than text run into the heading.
const MAX_TITLE_WORDS: usize = 14;
/// The notes name at most this many lines set aside, then count the rest.
const MAX_NOTED: usize = 12;

/// The layout, the title found in the front matter, and notes on what was read as text.
pub(crate) struct Read {
    pub layout: Layout,
    pub title: Option<String>,
    pub notes: Vec<String>,
}

/// An article heading's number and its place in the sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Number {
    /// As printed, without a trailing "." or "º" ("16a", "I-19", "IV").
    printed: String,
    /// The arithmetic value ("I-19" counts as 19, "16a" as 16).
    value: u32,
    /// A letter after the digits ("a" in "16a"), for articles inserted after another.
    suffix: String,
}

/// A line that begins like an article heading: its number, and what follows on the line.
struct Candidate<'a> {
    number: Number,
    rest: &'a str,
}

/// Reads the lines of a plain-text treaty. `None` when no article heading is found at all. For
/// a text derived from the reader's file (Markdown's blocks, `markdown_lines`), `origins[i]` is
/// the file's line for the text's line `i + 1`, which the notes name; empty for the file itself.
pub(crate) fn read(text: &str, origins: &[usize]) -> Option<Read> {
    let mut reader = Reader::default();
    for (index, line) in text.lines().enumerate() {
        let line_no = origins.get(index).copied().unwrap_or(index + 1);
        reader.line(line_no, line.trim());
    }
    reader.finish()
}

#[derive(Default)]
struct Reader {
    parts: Vec<Part>,
    chapters: Vec<Chapter>,
    title: Option<String>,
    /// The last article read, for the sequence.
    last: Option<Number>,
    /// A division heading waiting for its first article.
    open_division: Option<(String, String)>,
    /// After the treaty's articles: an annex or a new numbering, kept apart.
    set_apart: bool,
    /// A "Preamble" heading was read.
    has_preamble_heading: bool,
    /// The last heading (an article's or a division's) had no title: a title-like line right
    /// after it is its title ("Article I" then "General Obligations").
    awaiting_title: bool,
    /// The article's first paragraph is title-like but starts like a sentence: it is the title
    /// if the next line starts a numbered paragraph.
    maybe_title: bool,
    /// The previous line was blank: the next text starts a paragraph.
    after_blank: bool,
    set_aside: Vec<String>,
    gaps: Vec<String>,
}

impl Reader {
    fn line(&mut self, line_no: usize, line: &str) {
        if line.is_empty() {
            self.after_blank = true;
            return;
        }
        if !self.set_apart {
            if let Some(mut candidate) = article_heading(line) {
                if let Some(number) = self.superscript(&candidate.number) {
                    candidate.number = number;
                }
                if self.takes(&candidate) {
                    self.article(candidate);
                    return;
                }
                if self.restarts(&candidate) && self.only_headings_so_far() {
                    // The headings so far, with no text between them, were a table of contents.
                    self.contents_were_not_articles();
                    self.article(candidate);
                    return;
                }
                if self.restarts(&candidate) {
                    self.apart(line_no, "articles numbered again from 1");
                    self.text(line);
                    return;
                }
                if is_clean(candidate.rest) || self.last.is_some() {
                    self.set_aside
                        .push(format!("line {line_no} “{}”", excerpt(line)));
                }
            } else if self.last.is_some() && opens_annex(line) {
                self.apart(line_no, "an annex or schedule");
                self.text(line);
                return;
            } else if self.last.is_none() && !self.has_preamble_heading {
                if let Some(rest) = preamble_heading(line) {
                    self.has_preamble_heading = true;
                    // What came before it was front matter, not the preamble.
                    for part in &mut self.parts {
                        part.place = Place::Unplaced {
                            note: "Front matter before the preamble.".to_owned(),
                        };
                    }
                    self.open(Place::Preamble);
                    if !rest.is_empty() {
                        self.text(rest);
                    }
                    return;
                }
            }
            if let Some(division) = division_heading(line) {
                self.awaiting_title = division.1.is_empty();
                self.open_division = Some(division);
                self.after_blank = true;
                return;
            }
            if std::mem::take(&mut self.awaiting_title) && looks_like_a_title(line) {
                if !starts_a_sentence(line) {
                    self.title_for_last_heading(line);
                    return;
                }
                // "The Union's institutions": a title, if numbered paragraphs follow.
                self.maybe_title = true;
                self.text(line);
                return;
            }
            if std::mem::take(&mut self.maybe_title) && starts_with_paragraph_number(line) {
                self.last_paragraph_is_title();
            }
        }
        if self.title.is_none() && self.parts.is_empty() && is_title(line) {
            self.title = Some(line.to_owned());
            self.after_blank = true;
            return;
        }
        if self.parts.is_empty() {
            // Front matter before any heading: the treaty's preamble, found without a heading.
            self.open(Place::Preamble);
        }
        self.text(line);
    }

    /// Whether `candidate` is the next article: the next number (its text may run on), a letter
    /// after the same number, or a gap on a heading line of its own.
    fn takes(&self, candidate: &Candidate<'_>) -> bool {
        let n = &candidate.number;
        let clean = is_clean(candidate.rest);
        match &self.last {
            None => n.value == 1 || clean,
            Some(last) => {
                let next = n.value == last.value + 1;
                let inserted = n.value == last.value && n.suffix > last.suffix;
                let gap = n.value > last.value + 1 && n.value <= last.value + MAX_GAP && clean;
                ((next || inserted) && (n.suffix.is_empty() || clean || inserted)) || gap
            }
        }
    }

    /// "Статья 671" right after Article 67 is Article 67¹ whose superscript lost its form when
    /// the page became text (the Russian Constitution inserts articles so): the same number
    /// with "1" appended, where the next number would be the one expected.
    fn superscript(&self, n: &Number) -> Option<Number> {
        let last = self.last.as_ref()?;
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
        self.parts
            .iter()
            .filter(|p| matches!(p.place, Place::Article { .. }))
            .all(|p| p.paragraphs.is_empty())
    }

    /// Turns the bare headings read so far into front matter, and starts the numbering afresh.
    fn contents_were_not_articles(&mut self) {
        let mut contents = Vec::new();
        self.parts.retain(|p| match &p.place {
            Place::Article { number, heading } => {
                contents.push(match heading {
                    Some(h) => format!("{number} {h}"),
                    None => number.clone(),
                });
                false
            }
            _ => true,
        });
        self.parts.push(Part {
            place: Place::Unplaced {
                note: "A table of contents before the text.".to_owned(),
            },
            paragraphs: contents
                .into_iter()
                .map(|text| Paragraph {
                    number: None,
                    text,
                    gap: false,
                })
                .collect(),
        });
        self.chapters.clear();
        self.gaps.clear();
        self.last = None;
    }

    /// Whether `candidate` starts the numbering again after the treaty's articles.
    fn restarts(&self, candidate: &Candidate<'_>) -> bool {
        candidate.number.value == 1 && self.last.as_ref().is_some_and(|l| l.value > 1)
    }

    fn article(&mut self, candidate: Candidate<'_>) {
        let Candidate { number, rest } = candidate;
        if let Some(last) = &self.last {
            if number.value > last.value + 1 {
                self.gaps
                    .push(format!("{}–{}", last.value + 1, number.value - 1));
            }
        }
        let (heading, text) = title_and_text(rest);
        if let Some((division, title)) = self.open_division.take() {
            self.chapters.push(Chapter {
                number: division,
                kind: None,
                title,
                first_article: number.printed.clone(),
            });
        }
        self.awaiting_title = heading.is_none() && text.is_empty();
        self.open(Place::Article {
            number: number.printed.clone(),
            heading,
        });
        self.last = Some(number);
        if !text.is_empty() {
            self.text(text);
        }
    }

    /// Makes the article's only paragraph so far its heading.
    fn last_paragraph_is_title(&mut self) {
        if let Some(Part {
            place: Place::Article { heading, .. },
            paragraphs,
        }) = self.parts.last_mut()
        {
            if heading.is_none() && paragraphs.len() == 1 {
                *heading = paragraphs.pop().map(|p| p.text);
                self.after_blank = true;
            }
        }
    }

    /// Gives the open division, or else the last article, the title on the line after its
    /// heading.
    fn title_for_last_heading(&mut self, title: &str) {
        if let Some((_, division_title)) = &mut self.open_division {
            *division_title = title.to_owned();
        } else if let Some(Part {
            place: Place::Article { heading, .. },
            paragraphs,
        }) = self.parts.last_mut()
        {
            if paragraphs.is_empty() {
                *heading = Some(title.to_owned());
            }
        }
        self.after_blank = true;
    }

    fn apart(&mut self, line_no: usize, what: &str) {
        self.set_apart = true;
        self.open(Place::Unplaced {
            note: format!(
                "Kept apart from the treaty's articles: from line {line_no}, {what} (its own numbering)."
            ),
        });
    }

    fn open(&mut self, place: Place) {
        self.parts.push(Part {
            place,
            paragraphs: Vec::new(),
        });
        self.after_blank = true;
    }

    /// Adds a line of text: a paragraph of its own, or the continuation of the last one when a
    /// PDF broke a sentence across lines.
    fn text(&mut self, line: &str) {
        let Some(part) = self.parts.last_mut() else {
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
            _ => part.paragraphs.push(Paragraph {
                number: None,
                text: line.to_owned(),
                gap: false,
            }),
        }
    }

    fn finish(self) -> Option<Read> {
        self.last.as_ref()?;
        let mut notes = Vec::new();
        if !self.gaps.is_empty() {
            notes.push(format!(
                "Numbering gaps (no heading for these articles): {}.",
                self.gaps.join(", ")
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
        let mut parts = self.parts;
        parts.retain(|p| !p.paragraphs.is_empty() || matches!(p.place, Place::Article { .. }));
        Some(Read {
            layout: Layout {
                parts,
                chapters: self.chapters,
            },
            title: self.title,
            notes,
        })
    }
}

/// "Article 3 Breadth of the territorial sea Every State …" → number 3 and the rest; also the
/// Chinese form "第三條 …".
fn article_heading(line: &str) -> Option<Candidate<'_>> {
    if let Some(candidate) = chinese_heading(line) {
        return Some(candidate);
    }
    let (word, after) = split_word(line)?;
    let word = word.to_lowercase();
    let word = word.strip_suffix('.').unwrap_or(&word);
    if !ARTICLE_WORDS.contains(&word) {
        return None;
    }
    let (token, rest) = split_word(after).unwrap_or((after, ""));
    let number = parse_number(token)?;
    Some(Candidate { number, rest })
}

/// The first word of `line` and what follows it, trimmed.
fn split_word(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    if line.is_empty() {
        return None;
    }
    let end = line.find(char::is_whitespace).unwrap_or(line.len());
    Some((&line[..end], line[end..].trim_start()))
}

/// "16a", "IV", "I-19", "1º", "4.", "premier" → a number; anything else (a word) → `None`.
fn parse_number(token: &str) -> Option<Number> {
    let token = token.trim_end_matches(['.', ',', ':', 'º', '°', ')']);
    if FIRST_WORDS.contains(&token.to_lowercase().as_str()) {
        return Some(Number {
            printed: "1".to_owned(),
            value: 1,
            suffix: String::new(),
        });
    }
    // "I-19": a part's numeral, then the article's number within the whole.
    let counted = token.rsplit_once(['-', '‑']).map_or(token, |(_, n)| n);
    let digits = counted.len()
        - counted
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let (value, suffix) = if digits > 0 {
        let suffix = &counted[digits..];
        let short_suffix = suffix.len() <= 2 && suffix.chars().all(|c| c.is_ascii_lowercase());
        if !short_suffix {
            return None;
        }
        (counted[..digits].parse().ok()?, suffix.to_owned())
    } else {
        (
            roman_value(counted).filter(|_| is_upper_roman(counted))?,
            String::new(),
        )
    };
    Some(Number {
        printed: token.to_owned(),
        value,
        suffix,
    })
}

/// "第五十三條" (or 条): the article in Chinese numerals, printed as written.
fn chinese_heading(line: &str) -> Option<Candidate<'_>> {
    let rest = line.strip_prefix('第')?;
    let end = rest.find(['條', '条'])?;
    let value = chinese_value(&rest[..end])?;
    let after = &rest[end + '條'.len_utf8()..];
    Some(Candidate {
        number: Number {
            printed: line[..line.len() - after.len()].to_owned(),
            value,
            suffix: String::new(),
        },
        rest: after.trim_start(),
    })
}

/// 一 … 九, 十, 百 as Chinese numbers write them: "五十三" is 53, "十一" 11, "一百" 100.
fn chinese_value(numeral: &str) -> Option<u32> {
    if numeral.is_empty() {
        return None;
    }
    let (mut total, mut digit) = (0, None::<u32>);
    for c in numeral.chars() {
        let d = "〇一二三四五六七八九"
            .chars()
            .position(|x| x == c)
            .map(|d| d as u32);
        match (c, d) {
            (_, Some(d)) => digit = Some(d),
            ('兩', _) => digit = Some(2),
            ('零', _) => digit = Some(0),
            ('十', _) => total += digit.take().unwrap_or(1) * 10,
            ('百', _) => total += digit.take().unwrap_or(1) * 100,
            _ => return None,
        }
    }
    Some(total + digit.unwrap_or(0))
}

/// Upper-case Roman numerals only: "Article i" is not a heading, and lower-case letters are
/// too often words ("Article di").
fn is_upper_roman(s: &str) -> bool {
    s.chars().all(|c| "IVXLCDM".contains(c))
}

/// Whether what follows a heading's number is nothing, a title after a separator, or a short
/// title-like phrase: a heading line of its own rather than a sentence that names an article.
fn is_clean(rest: &str) -> bool {
    let rest = rest.trim();
    if rest.is_empty() {
        return true;
    }
    if let Some(title) = strip_separator(rest) {
        return !title.is_empty();
    }
    looks_like_a_title(rest)
}

fn strip_separator(rest: &str) -> Option<&str> {
    ["–", "—", "-", ":", "."]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .map(str::trim)
}

/// A short capitalised phrase that does not end like a sentence: "Breadth of the territorial sea".
fn looks_like_a_title(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let capital = text.chars().next().is_some_and(char::is_uppercase);
    (1..=MAX_TITLE_WORDS).contains(&words) && capital && !ends_like_a_sentence(text)
}

/// The heading's title and the text run into its line: a separator's title or a title-like
/// remainder becomes the heading; anything else stays as the article's first text.
fn title_and_text(rest: &str) -> (Option<String>, &str) {
    let rest = rest.trim();
    if rest.is_empty() {
        return (None, "");
    }
    if let Some(title) = strip_separator(rest) {
        if looks_like_a_title(title) {
            return (Some(title.to_owned()), "");
        }
        return (None, title);
    }
    if looks_like_a_title(rest) {
        return (Some(rest.to_owned()), "");
    }
    split_run_in(rest)
}

/// "Breadth of the territorial sea Every State has …" → the title and the text: the title ends
/// before a paragraph number ("1.") or a word that starts a sentence (`SENTENCE_STARTS`), within
/// the first `MAX_TITLE_WORDS` words; without either, it all stays text.
fn split_run_in(rest: &str) -> (Option<String>, &str) {
    let mut offset = 0;
    for (index, word) in rest.split_inclusive(char::is_whitespace).enumerate() {
        if index > MAX_TITLE_WORDS {
            break;
        }
        let bare = word.trim();
        let numbered = bare.len() <= 4
            && bare.ends_with('.')
            && bare[..bare.len() - 1].chars().all(|c| c.is_ascii_digit())
            && bare.len() > 1;
        let starts = SENTENCE_STARTS.contains(&bare);
        if index > 0 && (numbered || starts) {
            let title = rest[..offset].trim();
            return (Some(title.to_owned()), rest[offset..].trim());
        }
        offset += word.len();
    }
    (None, rest)
}

/// Whether `line` starts with a word that starts sentences (`SENTENCE_STARTS`).
fn starts_a_sentence(line: &str) -> bool {
    SENTENCE_STARTS.contains(&line.split_whitespace().next().unwrap_or_default())
}

/// "1. The Union …", "(2) Each …", "3) …": a numbered paragraph.
fn starts_with_paragraph_number(line: &str) -> bool {
    let line = line.trim_start_matches('(');
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && line[digits..].starts_with(['.', ')'])
}

/// "PREAMBLE The States Parties …" → the text after the heading word ("" on a line of its own).
fn preamble_heading(line: &str) -> Option<&str> {
    let (word, rest) = split_word(line)?;
    let word = word.trim_end_matches(['.', ':']).to_lowercase();
    PREAMBLE_WORDS.contains(&word.as_str()).then_some(rest)
}

/// "PART II TERRITORIAL SEA AND CONTIGUOUS ZONE" → ("II", "TERRITORIAL SEA AND CONTIGUOUS ZONE").
fn division_heading(line: &str) -> Option<(String, String)> {
    let (word, after) = split_word(line)?;
    if !DIVISION_WORDS.contains(&word.to_lowercase().as_str()) {
        return None;
    }
    let (token, title) = split_word(after).unwrap_or((after, ""));
    let token = token.trim_end_matches(['.', ':']);
    let numbered = token.chars().all(|c| c.is_ascii_digit()) && !token.is_empty()
        || roman_value(token).is_some() && is_upper_roman(token);
    let title = strip_separator(title).unwrap_or(title);
    let short = title.split_whitespace().count() <= MAX_TITLE_WORDS;
    (numbered && short && !ends_like_a_sentence(title))
        .then(|| (token.to_owned(), title.to_owned()))
}

/// "ANNEX I. HIGHLY MIGRATORY SPECIES", "Schedule 2": an annex heading after the articles.
fn opens_annex(line: &str) -> bool {
    let Some((word, rest)) = split_word(line) else {
        return false;
    };
    let bare = word.trim_end_matches(['.', ':']);
    let shouting = bare.chars().all(|c| !c.is_lowercase());
    ANNEX_WORDS.contains(&bare.to_lowercase().as_str())
        && (shouting || rest.split_whitespace().count() <= 6)
}

/// A document's title: a short first line that is not a sentence.
fn is_title(line: &str) -> bool {
    line.split_whitespace().count() <= 24 && !line.ends_with([',', ';'])
}

fn excerpt(line: &str) -> String {
    let cut: String = line.chars().take(60).collect();
    if cut.len() < line.len() {
        format!("{cut}…")
    } else {
        cut
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
    fn annexes_and_restarts_are_kept_apart() {
        let r = read(
            "Article 1\n\nA.\n\nArticle 2\n\nB.\n\nANNEX I. LISTS\n\nArticle 1\n\nC.\n",
            &[],
        )
        .unwrap();
        assert_eq!(articles(&r).len(), 2);
        let last = r.layout.parts.last().unwrap();
        assert!(matches!(&last.place, Place::Unplaced { note } if note.contains("line 9")));
        assert_eq!(last.paragraphs.len(), 3);

        let r = read(
            "Artikel 1\n\nA.\n\nArtikel 2\n\nB.\n\nArtikel 1\n\nC.\n",
            &[],
        )
        .unwrap();
        assert_eq!(articles(&r).len(), 2);
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
        assert_eq!(chinese_value("五十三"), Some(53));
        assert_eq!(chinese_value("十一"), Some(11));
        assert_eq!(chinese_value("二十"), Some(20));
        assert_eq!(chinese_value("一百零一"), Some(101));
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
    fn no_headings_no_treaty() {
        assert!(read("Just a news story.\n\nWith paragraphs.", &[]).is_none());
    }
}
