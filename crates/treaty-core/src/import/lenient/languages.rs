//! A treaty file that holds the treaty in two languages: either one text after the other (the
//! Dutch treaty database gives the authentic English or French text, then the Dutch
//! translation, each with its own articles and annexes), or each article's texts side by side
//! (a bilingual page gives each article in Chinese, then in English). Both become translations
//! aligned with the main text by article number, never one article list with duplicates.

use super::super::language::evident_language;
use super::super::layout::{Layout, Part, Place, Translation};
use super::forms::{article_heading, is_title, without_preamble_label};
use crate::model::Paragraph;

/// How much text after a heading tells its language: a few paragraphs, enough for common
/// words to outnumber names and numbers.
const LOOKAHEAD_BYTES: usize = 3000;
/// …and no further than the text of this many articles after the heading's own, so that a
/// short annex is not judged by the translation that follows it.
const LOOKAHEAD_ARTICLES: usize = 2;
/// How much of the main text tells its language.
const MAIN_SAMPLE_BYTES: usize = 20_000;
/// Side-by-side texts are a file's layout only when most articles show them; one article with
/// a quotation in another language is not a translation.
const MIN_SHARE_SIDE_BY_SIDE: f64 = 0.5;

/// The language of the lines from a heading on (up to `LOOKAHEAD_ARTICLES` more headings), if
/// their words show one.
pub(super) fn of_lines(lines: &[&str]) -> Option<&'static str> {
    let mut sample = String::new();
    let mut headings = 0;
    for line in lines.iter().skip(1) {
        if article_heading(line).is_some() {
            headings += 1;
        }
        if sample.len() > LOOKAHEAD_BYTES || headings > LOOKAHEAD_ARTICLES {
            break;
        }
        sample.push_str(line);
        sample.push('\n');
    }
    evident_language(&sample)
}

/// The language of the main text read so far, if its words show one.
pub(super) fn of_parts<'a>(parts: impl Iterator<Item = &'a Part>) -> Option<&'static str> {
    let mut sample = String::new();
    for paragraph in parts.flat_map(|p| &p.paragraphs) {
        if sample.len() > MAIN_SAMPLE_BYTES {
            break;
        }
        sample.push_str(&paragraph.text);
        sample.push('\n');
    }
    evident_language(&sample)
}

/// Takes from the end of the text just read the paragraphs in `language`: the next text's
/// title and front matter, read before its first heading showed that a new text began. The
/// title is a short first line; the front matter loses its "Preamble" label.
pub(super) fn take_tail(layout: &mut Layout, language: &str) -> (Option<String>, Vec<Paragraph>) {
    let parts = match layout.annexes.last_mut() {
        Some(annex) => &mut annex.parts,
        None => &mut layout.parts,
    };
    let Some(part) = parts.last_mut() else {
        return (None, Vec::new());
    };
    // From the first paragraph after the last one in another language, if any after it is in
    // `language`: neutral lines between the two texts (a title without common words) go with
    // the new one.
    let mut start = part.paragraphs.len();
    let mut found = false;
    for (index, paragraph) in part.paragraphs.iter().enumerate().rev() {
        match evident_language(&paragraph.text) {
            Some(l) if l == language => found = true,
            Some(_) => break,
            None => {}
        }
        if found {
            start = index;
        }
    }
    let mut tail = part.paragraphs.split_off(start);
    if part.paragraphs.is_empty() && !matches!(part.place, Place::Article { .. }) {
        parts.pop();
    }
    let title = (tail.len() > 1 && is_title(&tail[0].text)).then(|| tail.remove(0).text);
    if let Some(first) = tail.first_mut() {
        if let Some(rest) = without_preamble_label(&first.text) {
            first.text = rest.to_owned();
        }
    }
    tail.retain(|p| !p.text.is_empty());
    (title, tail)
}

/// Moves each article's (and the preamble's) paragraphs in a second language into a
/// translation, when most articles read as a run of paragraphs in one language followed by a
/// run in another (the same two, in the same order). The main language, when the text was
/// split.
pub(super) fn split_parallel(layout: &mut Layout) -> Option<&'static str> {
    let runs: Vec<Option<Pair>> = layout.parts.iter().map(two_runs).collect();
    let articles: Vec<Option<(&str, &str)>> = runs
        .iter()
        .zip(&layout.parts)
        .filter(|(_, p)| matches!(p.place, Place::Article { .. }))
        .map(|(r, _)| r.map(|r| (r.first, r.second)))
        .collect();
    let mut pairs: Vec<(&str, &str)> = articles.iter().flatten().copied().collect();
    pairs.sort_unstable();
    let (main, other) = pairs
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| run.len())
        .map(|run| run[0])?;
    let with_pair = articles
        .iter()
        .filter(|p| **p == Some((main, other)))
        .count();
    if (with_pair as f64) < MIN_SHARE_SIDE_BY_SIDE * articles.len() as f64 {
        return None;
    }
    let mut translation = Layout::default();
    for (part, run) in layout.parts.iter_mut().zip(runs) {
        let Some(run) = run.filter(|r| (r.first, r.second) == (main, other)) else {
            continue;
        };
        translation.parts.push(Part {
            place: part.place.clone(),
            paragraphs: part.paragraphs.split_off(run.start),
        });
    }
    layout.translations.push(Translation {
        language: other.to_owned(),
        title: None,
        layout: translation,
    });
    Some(main)
}

/// A part that reads as a run in one language, then a run in another.
#[derive(Clone, Copy)]
struct Pair {
    first: &'static str,
    second: &'static str,
    /// Where the second run starts.
    start: usize,
}

/// The part's two runs, if it reads so: [first …][second …], neutral paragraphs anywhere
/// (those right before the second run open it).
fn two_runs(part: &Part) -> Option<Pair> {
    let languages: Vec<Option<&'static str>> = part
        .paragraphs
        .iter()
        .map(|p| evident_language(&p.text))
        .collect();
    let first = languages.iter().flatten().next().copied()?;
    let second_at = languages
        .iter()
        .position(|l| l.is_some_and(|l| l != first))?;
    let second = languages[second_at]?;
    // Neutral paragraphs just before the second run ("(a)") open it.
    let start = languages[..second_at]
        .iter()
        .rposition(|l| l.is_some())
        .map_or(0, |i| i + 1);
    languages[second_at..]
        .iter()
        .all(|l| l.is_none_or(|l| l == second))
        .then_some(Pair {
            first,
            second,
            start,
        })
}
