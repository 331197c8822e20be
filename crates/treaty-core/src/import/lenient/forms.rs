//! The forms a line of a treaty file takes: an article heading in its common forms, a division
//! or annex heading, a preamble heading, a title. Each answers for one line; the reader decides
//! with the sequence and the context.

use super::super::paragraph::ends_like_a_sentence;
use crate::languages::{article_words_of, division_words};
use crate::numbering::{chinese_value, roman_value};

/// Signs that open an article heading in every language ("§ 301."); the words ("Article",
/// "Статья", "Artículo") are the language layer's.
const ARTICLE_SIGNS: &[&str] = &["§"];
/// Signs that join two article numbers in one heading ("Art 74a–75"); the words ("und",
/// "and") are the language layer's.
const RANGE_SIGNS: &[&str] = &["–", "-"];

/// At most this many words make a document's title line (the CWC's Dutch title has 25).
const MAX_DOCUMENT_TITLE_WORDS: usize = 32;
/// At most this many words after the number are a title rather than text run into the heading.
pub(super) const MAX_TITLE_WORDS: usize = 14;

/// An article heading's number and its place in the sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Number {
    /// As printed, without a trailing "." or "º" ("16a", "I-19", "IV").
    pub printed: String,
    /// The arithmetic value ("I-19" counts as 19, "16a" as 16).
    pub value: u32,
    /// A letter after the digits ("a" in "16a"), for articles inserted after another.
    pub suffix: String,
}

/// A line that begins like an article heading: its number, and what follows on the line.
pub(super) struct Candidate<'a> {
    pub number: Number,
    pub rest: &'a str,
}

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

/// "Article 3 Breadth of the territorial sea Every State …" → number 3 and the rest; also the
/// Chinese form "第三條 …".
pub(super) fn article_heading(line: &str) -> Option<Candidate<'_>> {
    if let Some(candidate) = chinese_heading(line) {
        return Some(candidate);
    }
    let line = without_editorial_mark(line);
    // "§301." as well as "§ 301.".
    let (word, after) = match line.strip_prefix('§') {
        Some(rest) => ("§", rest.trim_start()),
        None => split_word(line)?,
    };
    let word = word.to_lowercase();
    let word = word.strip_suffix('.').unwrap_or(&word);
    if !is_article_word(word) {
        return None;
    }
    let (token, rest) = split_word(after).unwrap_or((after, ""));
    let number = parse_number(token)?;
    Some(joined_numbers(number, rest))
}

/// "Art. 一", "Article 4": an article word and one token, nothing else: the label of the
/// heading just read, repeated (a bilingual page labels each article twice).
pub(super) fn repeats_the_label(line: &str) -> bool {
    let Some((word, rest)) = split_word(line) else {
        return false;
    };
    let word = word.to_lowercase();
    is_article_word(word.trim_end_matches('.')) && !rest.is_empty() && !rest.contains(' ')
}

/// "IV. - Der Bundesrat", "IV a. - Gemeinsamer Ausschuß", "VIIIa. – …": a division numbered
/// in Roman numerals without a word for its kind, a dash before its title (the Grundgesetz's
/// sections): kind "" (the model's default, a chapter), number, title.
fn unnamed_division(line: &str) -> Option<(String, String, String)> {
    let (number, rest) = line.split_once('.')?;
    let compact: String = number.split_whitespace().collect();
    let roman_end = compact.len() - compact.trim_start_matches(|c| "IVXLCDM".contains(c)).len();
    let (roman, letter) = compact.split_at(roman_end);
    let numbered = roman_value(roman).is_some()
        && letter.len() <= 1
        && letter.chars().all(|c| c.is_ascii_lowercase());
    let title = rest.trim_start().strip_prefix(['-', '–', '—'])?.trim();
    (numbered && is_short_heading(title) && !title.is_empty())
        .then(|| (String::new(), compact.clone(), title.to_owned()))
}

/// "(weggefallen)", "[Repealed]": the whole of a repealed article's heading or text.
pub(super) fn marks_repealed(text: &str) -> bool {
    division_words(|d| d.repealed).any(|m| m == text.trim().to_lowercase())
}

/// "1. Republic of South Africa", "9A. Inserted": a numbered section heading, its title alone
/// on the line (a short heading, no full stop): not "1. The States Parties undertake …".
pub(super) fn section_heading(line: &str) -> Option<Candidate<'_>> {
    let (token, rest) = split_word(line)?;
    let token = token.strip_suffix('.')?;
    let number =
        parse_number(token).filter(|n| n.printed.starts_with(|c: char| c.is_ascii_digit()))?;
    let title = rest.trim_end();
    let heading = looks_like_a_title(title)
        && !title.ends_with('.')
        && title.split_whitespace().count() <= MAX_SECTION_TITLE_WORDS;
    heading.then_some(Candidate { number, rest })
}

/// A section's title is short ("Republic of South Africa", "Supremacy of Constitution").
const MAX_SECTION_TITLE_WORDS: usize = 10;

/// A word (lower case, without its dot) or sign that opens an article heading.
fn is_article_word(lower: &str) -> bool {
    ARTICLE_SIGNS.contains(&lower) || crate::languages::is_heading_word(lower)
}

/// "(XXXX) Art 74a und 75": a bracketed editorial mark before a heading word is not part of it.
fn without_editorial_mark(line: &str) -> &str {
    let Some(rest) = line.strip_prefix('(') else {
        return line;
    };
    let Some((mark, after)) = rest.split_once(')') else {
        return line;
    };
    let after = after.trim_start();
    let marked = !mark.is_empty() && !mark.contains(' ') && mark.len() <= 8;
    let heading_follows = split_word(after)
        .is_some_and(|(w, _)| is_article_word(w.to_lowercase().trim_end_matches('.')));
    if marked && heading_follows {
        after
    } else {
        line
    }
}

/// "Art 74a und 75 (weggefallen)": one heading for two numbers, printed as one, counted as
/// the second (the next heading continues from it).
fn joined_numbers(first: Number, rest: &str) -> Candidate<'_> {
    let joined = split_word(rest).and_then(|(word, after)| {
        let lower = word.to_lowercase();
        (RANGE_SIGNS.contains(&lower.as_str())
            || article_words_of(|a| a.joiners).any(|j| j == lower))
        .then_some((word, after))?;
        let (token, rest) = split_word(after).unwrap_or((after, ""));
        let second = parse_number(token)?;
        (second.value > first.value).then_some((word, second, rest))
    });
    match joined {
        Some((word, second, rest)) => Candidate {
            number: Number {
                printed: format!("{} {word} {}", first.printed, second.printed),
                value: second.value,
                suffix: second.suffix,
            },
            rest,
        },
        None => Candidate {
            number: first,
            rest,
        },
    }
}

/// The first word of `line` and what follows it, trimmed.
pub(super) fn split_word(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    if line.is_empty() {
        return None;
    }
    let end = line.find(char::is_whitespace).unwrap_or(line.len());
    Some((&line[..end], line[end..].trim_start()))
}

/// "16a", "IV", "I-19", "1º", "4.", "premier" → a number; anything else (a word) → `None`.
pub(super) fn parse_number(token: &str) -> Option<Number> {
    let token = token.trim_end_matches(['.', ',', ':', 'º', '°', ')']);
    if article_words_of(|a| a.first).any(|f| f == token.to_lowercase()) {
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
pub(super) fn chinese_heading(line: &str) -> Option<Candidate<'_>> {
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

/// Upper-case Roman numerals only: "Article i" is not a heading, and lower-case letters are
/// too often words ("Article di").
pub(super) fn is_upper_roman(s: &str) -> bool {
    s.chars().all(|c| "IVXLCDM".contains(c))
}

/// Whether what follows a heading's number is nothing, a title after a separator, or a short
/// title-like phrase: a heading line of its own rather than a sentence that names an article.
pub(super) fn is_clean(rest: &str) -> bool {
    let rest = rest.trim();
    if rest.is_empty() {
        return true;
    }
    if let Some(title) = strip_separator(rest) {
        return !title.is_empty();
    }
    looks_like_a_title(rest)
}

pub(super) fn strip_separator(rest: &str) -> Option<&str> {
    ["–", "—", "-", ":", "."]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .map(str::trim)
}

/// A short capitalised phrase that does not end like a sentence: "Breadth of the territorial sea".
pub(super) fn looks_like_a_title(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let capital = text.chars().next().is_some_and(char::is_uppercase);
    (1..=MAX_TITLE_WORDS).contains(&words) && capital && !ends_like_a_sentence(text)
}

/// The heading's title and the text run into its line: a separator's title or a title-like
/// remainder becomes the heading; anything else stays as the article's first text.
pub(super) fn title_and_text(rest: &str) -> (Option<String>, &str) {
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
pub(super) fn split_run_in(rest: &str) -> (Option<String>, &str) {
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
pub(super) fn starts_a_sentence(line: &str) -> bool {
    SENTENCE_STARTS.contains(&line.split_whitespace().next().unwrap_or_default())
}

/// "1. The Union …", "(2) Each …", "3) …": a numbered paragraph.
pub(super) fn starts_with_paragraph_number(line: &str) -> bool {
    let line = line.trim_start_matches('(');
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && line[digits..].starts_with(['.', ')'])
}

/// "PART II TERRITORIAL SEA AND CONTIGUOUS ZONE" → ("PART", "II", "TERRITORIAL SEA AND
/// CONTIGUOUS ZONE"): the kind of division as printed, its number and its title.
pub(super) fn division_heading(line: &str) -> Option<(String, String, String)> {
    let (word, after) = split_word(line)?;
    if !division_words(|d| d.divisions).any(|d| d == word.to_lowercase()) {
        return unnamed_division(line);
    }
    let (token, title) = split_word(after).unwrap_or((after, ""));
    let token = token.trim_end_matches(['.', ':']);
    let numbered = token.chars().all(|c| c.is_ascii_digit()) && !token.is_empty()
        || roman_value(token).is_some() && is_upper_roman(token);
    let title = strip_separator(title).unwrap_or(title);
    let short = title.split_whitespace().count() <= MAX_TITLE_WORDS;
    (numbered && short && !ends_like_a_sentence(title))
        .then(|| (word.to_owned(), token.to_owned(), title.to_owned()))
}

/// "ANNEX I. HIGHLY MIGRATORY SPECIES", "Schedule 2": an annex heading (schedules only
/// `with_schedules`, after the treaty's articles), its title and any text run into the line.
pub(super) fn opens_annex(line: &str, with_schedules: bool) -> Option<AnnexHeading<'_>> {
    let (word, rest) = split_word(line)?;
    let bare = word.trim_end_matches(['.', ':']).to_lowercase();
    let known = division_words(|d| d.annex).any(|a| a == bare)
        || with_schedules && division_words(|d| d.schedule).any(|s| s == bare);
    let shouting = word.chars().all(|c| !c.is_lowercase());
    if !known || !(rest.is_empty() || shouting || is_short_heading(rest)) {
        return None;
    }
    if is_short_heading(line) {
        return Some(AnnexHeading {
            title: line,
            text: "",
            awaits_title: true,
        });
    }
    // "ANNEX I RESOLUTION I ESTABLISHMENT OF … The Third United Nations Conference …": the
    // title is the run of words in capitals, the rest is the annex's first text.
    let mut end = 0;
    for word in line.split_inclusive(char::is_whitespace) {
        if word.chars().any(char::is_lowercase) {
            break;
        }
        end += word.len();
    }
    Some(AnnexHeading {
        title: line[..end].trim_end(),
        text: line[end..].trim_start(),
        awaits_title: false,
    })
}

/// What [`opens_annex`] found.
pub(super) struct AnnexHeading<'a> {
    pub title: &'a str,
    /// Text run into the heading's line.
    pub text: &'a str,
    /// The line is a heading of its own: the next line may continue its title ("Annex" then
    /// "on chemicals", "ANNEXE à la Convention." then "Règlement concernant …").
    pub awaits_title: bool,
}

/// "Article 2 of the Convention applies", "Article 60 applies mutatis mutandis": a sentence
/// that names an article rather than a heading, which runs a title in with a capital
/// ("Article 3 Breadth of …") or puts a separator first.
pub(super) fn names_an_article(rest: &str) -> bool {
    rest.chars().next().is_some_and(char::is_lowercase)
}

/// "Breadth of the sea Every State …": a title in capitals runs in after the number.
pub(super) fn runs_in_a_title(rest: &str) -> bool {
    rest.chars().next().is_some_and(char::is_uppercase) && split_run_in(rest).0.is_some()
}

/// "… the end of Article 3.    Article 4 – Prohibition …    Article 5 – Right …": a line
/// broken into pieces where a run of spaces is followed by an article heading.
pub(super) fn split_run_together_articles(line: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(found) = line[search..].find(RUN_OF_SPACES) {
        let at = search + found;
        let after = line[at..].trim_start();
        let next = line.len() - after.len();
        if article_heading(after).is_some_and(|c| is_clean_heading_start(c.rest)) {
            pieces.push(line[start..at].trim());
            start = next;
        }
        search = next.max(at + 1);
    }
    pieces.push(line[start..].trim());
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// What separates run-together articles: a wider gap than any sentence has.
const RUN_OF_SPACES: &str = "   ";

/// After the number: a separator and a title, or a capital: a heading, not a reference.
fn is_clean_heading_start(rest: &str) -> bool {
    strip_separator(rest).is_some() || rest.chars().next().is_some_and(char::is_uppercase)
}

/// A line that can be (part of) a heading: short, and not ending like a sentence; in any case
/// ("on chemicals" after "Annex").
/// A closing bracket or quotation mark and a final full stop do not make it a sentence
/// ("on implementation and verification ("verification Annex")", "– DES BELLIGERANTS.").
pub(super) fn is_short_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let end = line
        .trim_end()
        .trim_end_matches(['"', '”', '»', ')', ']', '.']);
    (1..=MAX_TITLE_WORDS).contains(&words)
        && !end.ends_with([',', ';', ':', '!', '?'])
        && !starts_with_paragraph_number(line)
}

/// "PreambleThe States Parties …", "Preamble: The …" → "The States Parties …": a paragraph
/// that begins with the preamble's label, glued or not.
pub(super) fn without_preamble_label(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    let word = division_words(|d| d.preamble).find(|w| lower.starts_with(w))?;
    // Lower-casing keeps these words' byte lengths (no special-cased letters in them).
    let rest = text.get(word.len()..)?;
    let glued = rest.chars().next().is_some_and(char::is_uppercase);
    let spaced = rest.starts_with([' ', ':', '.', '\u{a0}']) || rest.is_empty();
    (glued || spaced).then(|| rest.trim_start_matches([' ', ':', '.', '\u{a0}']))
}

/// A document's title: a short first line that is not a sentence.
pub(super) fn is_title(line: &str) -> bool {
    line.split_whitespace().count() <= MAX_DOCUMENT_TITLE_WORDS && !line.ends_with([',', ';'])
}

pub(super) fn excerpt(line: &str) -> String {
    let cut: String = line.chars().take(60).collect();
    if cut.len() < line.len() {
        format!("{cut}…")
    } else {
        cut
    }
}
