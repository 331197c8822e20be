//! A title for a news text that comes without one (a paste, a stored text copy): its headline
//! line if it opens with one, else its first sentence; never a line of site furniture.

use super::detect::{detect, Format};
use super::site_furniture::{is_site_furniture, Script};

/// Title of a text that gives none and has nothing but site furniture.
pub(crate) const UNTITLED: &str = "Untitled source";
/// Longest title, in characters: a first sentence can be a whole paragraph.
pub(crate) const MAX_TITLE_CHARS: usize = 200;
/// How much of a text's start tells its main script: enough for a page's opening, little enough
/// for a guess on every keystroke in a large paste.
const SCRIPT_SAMPLE_BYTES: usize = 16 * 1024;
/// How many non-blank lines at the top of a text are looked at for a headline.
const HEADLINE_LOOKAHEAD: usize = 8;
/// Fewest words of a headline; shorter lines at the top are rubrics ("Multipolarity and
/// Connectivity", "Russian Politics & Diplomacy").
const MIN_HEADLINE_WORDS: usize = 4;
/// Most words of a headline; longer lines are the article's paragraphs.
const MAX_HEADLINE_WORDS: usize = 30;
/// Fewest characters of a headline in a script written without spaces (Chinese, Japanese).
const MIN_UNSPACED_HEADLINE_CHARS: usize = 8;
/// A line this long (in words) that ends a sentence is the article's text: the headline, if any,
/// was above it.
const MIN_PARAGRAPH_WORDS: usize = 13;
/// Farthest into a line a news agency's dateline reaches ("MOSCOW, October 26. /TASS/. ").
const MAX_DATELINE_BYTES: usize = 80;
/// What ends a dateline, the text following it.
const DATELINE_ENDS: &[&str] = &["/. ", ") - ", ") — ", ") – ", " — ", " – ", " - "];

/// The title of a text without one: the first line near its top that reads as a headline (a
/// few words that do not end a sentence), else the first sentence of its first line that is not
/// site furniture, without a leading date label or news agency dateline, shortened to
/// [`MAX_TITLE_CHARS`] at a word. `None` if every line is furniture.
pub fn guess_title(text: &str) -> Option<String> {
    let mut sample = text.len().min(SCRIPT_SAMPLE_BYTES);
    while !text.is_char_boundary(sample) {
        sample -= 1;
    }
    let main = Script::main_of(&text[..sample]);
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(HEADLINE_LOOKAHEAD)
        .map(without_date_label)
        .filter(|line| !is_site_furniture(line, main))
        .peekable();
    let first = (*lines.peek()?).to_owned();
    for line in lines {
        if is_headline(line) {
            return Some(short_title(line));
        }
        if ends_sentence(line) && line.split_whitespace().count() >= MIN_PARAGRAPH_WORDS {
            break;
        }
    }
    Some(short_title(first_sentence(without_dateline(&first))))
}

/// The title to offer for a text the reader is pasting, for them to correct before it is added:
/// [`guess_title`] for plain text; `None` for the HTML of a saved page or a corpus source file,
/// whose own title is read when the source is added.
pub fn guess_pasted_title(text: &str) -> Option<String> {
    match detect("", text.as_bytes()) {
        Format::PlainText | Format::Markdown => guess_title(text).map(|t| short_title(&t)),
        _ => None,
    }
}

/// The title cut to [`MAX_TITLE_CHARS`] at a word, with an ellipsis when cut.
pub(crate) fn short_title(title: &str) -> String {
    let title = title.trim();
    let Some((cut, _)) = title.char_indices().nth(MAX_TITLE_CHARS) else {
        return title.to_owned();
    };
    let head = &title[..cut];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space >= cut / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end())
}

/// Whether the line reads as a headline: a few words that do not end with a full stop or a colon.
fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let long_enough = if words == 1 && !line.is_ascii() {
        // One "word" of Chinese or Japanese is a whole line.
        line.chars().count() >= MIN_UNSPACED_HEADLINE_CHARS
    } else {
        words >= MIN_HEADLINE_WORDS
    };
    long_enough
        && words <= MAX_HEADLINE_WORDS
        && line.chars().count() <= MAX_TITLE_CHARS
        && !ends_sentence(line)
        && !line.ends_with([':', ','])
}

/// Whether the line ends with a full stop, inside closing quotation marks or not. A question or
/// an exclamation may end a headline.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '»', '’', '\'', ')'])
        .ends_with(['.', '…', '。'])
}

/// The line without a leading date label written in lower case ("date 2024-10-26 MOSCOW, …", as
/// text copies of pages carry it), which would otherwise open its first sentence.
fn without_date_label(line: &str) -> &str {
    let mut parts = line.splitn(3, ' ');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(label), Some(date), Some(rest))
            if label.chars().all(char::is_lowercase)
                && label.chars().all(char::is_alphabetic)
                && date.starts_with(|c: char| c.is_ascii_digit())
                && date
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '-' || c == '.') =>
        {
            rest.trim_start()
        }
        _ => line,
    }
}

/// The line without a news agency's dateline ("MOSCOW, October 26. /TASS/. ", "BEIJING. Dec 5
/// (Interfax) - "): a capitalised place name, then the agency and a dash or slash near the start.
fn without_dateline(line: &str) -> &str {
    let place: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
    let capitalised = place.chars().count() >= 3 && place.chars().all(|c| !c.is_lowercase());
    if !capitalised {
        return line;
    }
    DATELINE_ENDS
        .iter()
        .filter_map(|end| line.find(end).map(|at| at + end.len()))
        .filter(|&at| at <= MAX_DATELINE_BYTES)
        .min()
        .map_or(line, |at| line[at..].trim_start())
}

/// The line's first sentence: up to a full stop, question or exclamation mark followed by a
/// capital letter (with or without a space, as pasted pages run their paragraphs together),
/// unless it follows an initial or abbreviation ("N. Korea", "U.S.").
fn first_sentence(line: &str) -> &str {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!' | '。') {
            continue;
        }
        let next = chars[i + 1..]
            .iter()
            .map(|&(_, c)| c)
            .find(|c| !c.is_whitespace() && !matches!(c, '"' | '”' | '»' | '’'));
        let word_before = line[..at]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if next.is_some_and(char::is_uppercase) && !is_abbreviation(word_before) {
            return line[..at + c.len_utf8()].trim_end();
        }
    }
    line
}

/// Whether a word before a full stop is an initial or a short capitalised abbreviation ("N",
/// "S" of "U.S.", "Dr"), after which the stop does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let letters = word.chars().count();
    letters <= 1 || letters <= 3 && word.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_line_under_furniture_is_the_title() {
        let reuters = "×\n\nFactbox-Key points of North Korea, Russia landmark strategic partnership treaty\n\nBy Thomson Reuters Jun 20, 2024 | 12:19 AM\n\nSEOUL (Reuters) - North Korea's state media on Thursday published the full text.";
        assert_eq!(
            guess_title(reuters).as_deref(),
            Some("Factbox-Key points of North Korea, Russia landmark strategic partnership treaty")
        );
        let see = "صدى البلد البلد سبورت قناة صدى البلد صدى البلد جامعات صدى البلد عقارات\nSupervisor Elham AbolFateh\nEditor in Chief Mohamed Wadie\n\nN. Korea & Russia Sign Treaty for Strategic Stability and Cooperation\n\nNorth Korea and Russia signed a treaty on Wednesday that commits them to mutual assistance in case of aggression against either of them.";
        assert_eq!(
            guess_title(see).as_deref(),
            Some("N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation")
        );
        let valdai = "Multipolarity and Connectivity\nValdai Club to Discuss Russia-North Korea Treaty\nValdai Club Conference Hall, Tsvetnoy boulevard 16/1, Moscow, Russia";
        assert_eq!(
            guess_title(valdai).as_deref(),
            Some("Valdai Club to Discuss Russia-North Korea Treaty")
        );
    }

    #[test]
    fn a_text_without_a_headline_gets_its_first_sentence() {
        let kbs = " date 2024-06 Photo : YONHAP News\n\nNordkorea hat den Volltext des am Mittwoch mit Russland unterzeichneten Abkommens über eine umfassende strategische Partnerschaft veröffentlicht.Der Volltext des 23 Artikel umfassenden Vertrags wurde am Donnerstag veröffentlicht.";
        assert_eq!(
            guess_title(kbs).as_deref(),
            Some("Nordkorea hat den Volltext des am Mittwoch mit Russland unterzeichneten Abkommens über eine umfassende strategische Partnerschaft veröffentlicht.")
        );
        let tass = " date 2024-10-26 MOSCOW, October 26. /TASS/. The Treaty on Comprehensive Strategic Partnership between Moscow and Pyongyang will take effect once the parties exchange ratifications, Russian Foreign Ministry Spokeswoman Maria Zakharova said in a statement.\n\n\"The signing of the document stems naturally from the traditional relations.\"";
        assert_eq!(
            guess_title(tass).as_deref(),
            Some("The Treaty on Comprehensive Strategic Partnership between Moscow and Pyongyang will take effect once the parties exchange ratifications, Russian Foreign Ministry Spokeswoman Maria Zakharova said in a…")
        );
        let bbc = "You’re viewing a text-only version of this website that uses less data. View the main version of the website including all images and videos.\n«Военная помощь всеми имеющимися средствами при нападении». Что именно говорится в новом договоре между КНДР и Россией?\nВ четверг утром северокорейское информационное агентство ЦТАК опубликовало текст договора.";
        assert_eq!(
            guess_title(bbc).as_deref(),
            Some("«Военная помощь всеми имеющимися средствами при нападении». Что именно говорится в новом договоре между КНДР и Россией?")
        );
    }

    #[test]
    fn initials_do_not_end_a_sentence_and_nothing_but_furniture_has_no_title() {
        assert_eq!(
            first_sentence("Russia and N. Korea signed it. It takes effect later."),
            "Russia and N. Korea signed it."
        );
        assert_eq!(guess_title("×\nShare\n\n"), None);
        assert_eq!(guess_title(""), None);
    }

    #[test]
    fn only_plain_pasted_text_gets_a_title_before_it_is_read() {
        assert_eq!(
            guess_pasted_title("×\nPact scrutinised by analysts this week\n\nArticle 4 says so.")
                .as_deref(),
            Some("Pact scrutinised by analysts this week")
        );
        assert_eq!(
            guess_pasted_title("<!DOCTYPE html><html><title>T</title></html>"),
            None
        );
        assert_eq!(
            guess_pasted_title("# outlet: TASS\n# date: 2024-10-24\n\nText."),
            None
        );
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let title = short_title(&"word ".repeat(100));
        assert!(title.ends_with("word…") && title.chars().count() <= MAX_TITLE_CHARS + 1);
        assert_eq!(short_title(&"я".repeat(300)).chars().count(), 201);
    }
}
