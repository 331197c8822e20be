//! Site furniture in a news source's text: the lines a saved or copied web page carries besides
//! its article (a close button's "×", a site's menu in its own script, photo credits, cookie and
//! text-only banners, share buttons, bylines, mastheads, date lines). They are never a source's
//! title, and a reader's imported text loses them before its statements are read.
//!
//! A line is judged alone, with the main script of the text around it; the words each rule looks
//! for are the language layer's ([`crate::languages::SITE_FURNITURE`]), so a new language adds
//! its words there, not here.

use crate::languages::{is_reference_word, SiteFurniture, SITE_FURNITURE};

/// Most words a photo caption or credit line has.
const MAX_CREDIT_WORDS: usize = 15;
/// Most words of a line with a "©" that is still a credit rather than a sentence quoting one.
const MAX_COPYRIGHT_WORDS: usize = 30;
/// Most words of a line that is a site notice (the BBC's text-only banner has 24).
const MAX_NOTICE_WORDS: usize = 30;
/// Most words of a line whose one-word notice ("Advertisement", "Реклама") makes it one.
const MAX_SHORT_NOTICE_WORDS: usize = 3;
/// Most words of a button row, a menu, a date line or a byline.
const MAX_ROW_WORDS: usize = 12;
/// Most words after a masthead role ("Editor in Chief" + a name).
const MAX_MASTHEAD_NAME_WORDS: usize = 5;
/// Most words of a line in another script that is taken for a menu rather than a quotation.
const MAX_OTHER_SCRIPT_WORDS: usize = 25;
/// Share of a text's letters its main script must have for another script to stand out.
const MAIN_SCRIPT_SHARE: f64 = 0.6;
/// Share of a line's letters in another script that makes it that script's line.
const OTHER_SCRIPT_SHARE: f64 = 0.6;
/// Fewest items of a menu written on one line with separators ("Home | World | Politics").
const MIN_MENU_ITEMS: usize = 3;
/// Most words of one item of such a menu.
const MAX_MENU_ITEM_WORDS: usize = 4;
/// Characters that separate the items of a menu or a byline written on one line.
const SEPARATORS: &[char] = &['|', '•', '·', '»', '›', '/', '–', '—', '-', '©', ',', '&'];

/// A writing system, as far as telling a site's menu in its own script from the article matters;
/// Chinese characters and Japanese kana count as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Cjk,
    Hangul,
    Other,
}

impl Script {
    /// The script of a letter; `None` for anything that is not a letter.
    pub fn of(c: char) -> Option<Self> {
        if !c.is_alphabetic() {
            return None;
        }
        Some(match c {
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
                Self::Latin
            }
            '\u{0370}'..='\u{03FF}' => Self::Greek,
            '\u{0400}'..='\u{052F}' => Self::Cyrillic,
            '\u{0590}'..='\u{05FF}' => Self::Hebrew,
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => {
                Self::Arabic
            }
            '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
                Self::Hangul
            }
            '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => {
                Self::Cjk
            }
            _ => Self::Other,
        })
    }

    /// The script most of `text`'s letters are written in, if it clearly dominates.
    pub fn main_of(text: &str) -> Option<Self> {
        let (script, count, total) = dominant(text)?;
        (count as f64 >= MAIN_SCRIPT_SHARE * total as f64).then_some(script)
    }
}

/// The most frequent script of `text`'s letters, its letter count and the count of all letters.
fn dominant(text: &str) -> Option<(Script, usize, usize)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    let mut total = 0;
    for script in text.chars().filter_map(Script::of) {
        total += 1;
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    let (script, count) = counts.into_iter().max_by_key(|(_, n)| *n)?;
    Some((script, count, total))
}

/// Whether `line` is site furniture rather than article text, in a text whose main script is
/// `main` (see [`Script::main_of`]; `None` when no script dominates, which turns off the
/// other-script rule).
pub fn is_site_furniture(line: &str, main: Option<Script>) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    let lower = line.to_lowercase();
    let words = words(&lower);
    !line.chars().any(char::is_alphabetic)
        || in_other_script(line, words.len(), main)
        || SITE_FURNITURE.iter().any(|furniture| {
            is_notice(&lower, words.len(), furniture)
                || is_photo_credit(&lower, &words, furniture)
                || is_button_row(&words, furniture)
                || is_menu(&lower, &words, furniture)
                || is_date_line(&words, furniture)
                || is_byline(line, &words, furniture)
                || is_masthead(line, &lower, furniture)
        })
        || is_separated_menu(line)
        || lower.contains('©') && words.len() <= MAX_COPYRIGHT_WORDS
}

/// The text without its lines of site furniture (blank lines kept), for a reader's own import,
/// whose body is made here: a shipped source's body stays as stored, since its labelled quotes
/// point into it.
pub(crate) fn without_furniture(text: &str) -> String {
    let main = Script::main_of(text);
    text.lines()
        .filter(|line| !is_site_furniture(line, main))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The line's words: runs between whitespace with the punctuation around them trimmed
/// (inner hyphens, dots and colons stay: "2024-06", "12:19", "e-mail"); empty runs dropped.
fn words(lower: &str) -> Vec<&str> {
    lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A short line mostly in a script other than the text's: a site's menu or banner in its own
/// language above an article in another ("صدى البلد …" above an English report).
fn in_other_script(line: &str, words: usize, main: Option<Script>) -> bool {
    let Some(main) = main else { return false };
    if words > MAX_OTHER_SCRIPT_WORDS {
        return false;
    }
    dominant(line).is_some_and(|(script, count, total)| {
        script != main && total >= 3 && count as f64 >= OTHER_SCRIPT_SHARE * total as f64
    })
}

/// Whether `phrase` occurs in `lower` as whole words.
fn contains_phrase(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A cookie, consent, text-only, subscription or advertising notice. A one-word notice
/// ("Advertisement") makes only a line of a few words one, since the word can occur in a report.
fn is_notice(lower: &str, words: usize, furniture: &SiteFurniture) -> bool {
    furniture.notices.iter().any(|notice| {
        let limit = if notice.contains(' ') {
            MAX_NOTICE_WORDS
        } else {
            MAX_SHORT_NOTICE_WORDS
        };
        words <= limit && contains_phrase(lower, notice)
    })
}

/// A photo caption or credit: a photo word followed by a colon or "by" ("Photo : YONHAP News",
/// "Фото: ТАСС", "(Photo by …)") in a short line.
fn is_photo_credit(lower: &str, words: &[&str], furniture: &SiteFurniture) -> bool {
    if words.len() > MAX_CREDIT_WORDS {
        return false;
    }
    furniture.photo.iter().any(|photo| {
        lower.match_indices(photo).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            if before.is_some_and(char::is_alphanumeric) {
                return false;
            }
            let rest = lower[at + photo.len()..].trim_start();
            rest.starts_with(':')
                || rest.starts_with("by ")
                || rest.starts_with('©')
                || rest.starts_with('/')
        })
    })
}

/// A row of share, follow and print buttons ("Share Facebook Twitter Email").
fn is_button_row(words: &[&str], furniture: &SiteFurniture) -> bool {
    words.len() <= MAX_ROW_WORDS
        && words
            .iter()
            .all(|w| furniture.buttons.contains(w) || is_number(w))
        && words.iter().any(|w| !is_number(w))
}

/// A short line made only of a site's menu and section words ("Home page politics").
fn is_menu(lower: &str, words: &[&str], furniture: &SiteFurniture) -> bool {
    if words.len() > MAX_ROW_WORDS {
        return false;
    }
    let mut rest = format!(" {} ", words.join(" "));
    let mut phrases: Vec<&str> = furniture.navigation.to_vec();
    // Longer phrases first, so that "home page" goes before "home".
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut found = false;
    for phrase in phrases {
        let padded = format!(" {phrase} ");
        while rest.contains(&padded) {
            rest = rest.replacen(&padded, " ", 1);
            found = true;
        }
    }
    found && rest.trim().is_empty() && !lower.ends_with(['.', '?', '!'])
}

/// A menu written on one line, its items between separators ("Home | World | Politics").
fn is_separated_menu(line: &str) -> bool {
    let items: Vec<&str> = line
        .split(['|', '•', '·', '»', '›'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    items.len() >= MIN_MENU_ITEMS
        && items
            .iter()
            .all(|item| item.split_whitespace().count() <= MAX_MENU_ITEM_WORDS)
}

/// A line of a date and nothing else ("date 2024-06", "Jun 20, 2024 | 12:19 AM",
/// "Saturday, September 07, 2024").
fn is_date_line(words: &[&str], furniture: &SiteFurniture) -> bool {
    words.len() <= MAX_ROW_WORDS
        && words.iter().any(|w| is_number(w))
        && words
            .iter()
            .all(|w| is_number(w) || is_date_word(w, furniture))
}

/// A word of a date line: the language's own date words, or a month or weekday, which the
/// reference words already list for dates in references ("the treaty of 9 February 2000").
fn is_date_word(word: &str, furniture: &SiteFurniture) -> bool {
    let word = word.trim_end_matches('.');
    furniture.dates.contains(&word)
        || is_reference_word(word, |r| r.months)
        || is_reference_word(word, |r| r.weekdays)
}

/// A word that is a number or a date or time written with digits ("2024", "2024-06", "12:19",
/// "20.06.2024", "5th").
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':' | '/'))
        && word.chars().filter(char::is_ascii_alphabetic).count() <= 2
}

/// A byline: a byline word, then names, dates and separators only ("By Thomson Reuters Jun 20,
/// 2024 | 12:19 AM", "Von Anna Müller").
fn is_byline(line: &str, words: &[&str], furniture: &SiteFurniture) -> bool {
    if words.len() < 2 || words.len() > MAX_ROW_WORDS {
        return false;
    }
    let original: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    furniture.bylines.iter().any(|byline| {
        let opening = byline.split_whitespace().count();
        words.len() > opening
            && words[..opening].join(" ") == *byline
            && original[opening..]
                .iter()
                .zip(&words[opening..])
                .all(|(w, lower)| {
                    w.starts_with(char::is_uppercase)
                        || is_number(lower)
                        || is_date_word(lower, furniture)
                        || matches!(*lower, "and" | "und" | "и" | "et" | "y" | "e" | "en")
                })
    }) && !line.trim_end().ends_with(['.', '?', '!'])
}

/// A masthead line: a staff role, then a name ("Supervisor Elham AbolFateh", "Editor in Chief
/// Mohamed Wadie").
fn is_masthead(line: &str, lower: &str, furniture: &SiteFurniture) -> bool {
    furniture.mastheads.iter().any(|role| {
        // The role's length in the line: lower-casing keeps the length of the letters roles use.
        let rest = match line.get(role.len()..) {
            Some(rest) if lower.starts_with(role) => rest,
            _ => return false,
        };
        !rest.starts_with(char::is_alphanumeric) && {
            let rest = rest.trim_start_matches([' ', ':', '-', '–', '—']);
            let name: Vec<&str> = rest.split_whitespace().collect();
            !name.is_empty()
                && name.len() <= MAX_MASTHEAD_NAME_WORDS
                && rest.chars().next().is_some_and(char::is_uppercase)
                && name.iter().all(|w| {
                    w.starts_with(char::is_uppercase) || w.chars().all(|c| SEPARATORS.contains(&c))
                })
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture_in(line: &str, main: Script) -> bool {
        is_site_furniture(line, Some(main))
    }

    #[test]
    fn lines_from_the_shipped_sources_are_furniture() {
        let latin = [
            "×",
            " date 2024-06 Photo : YONHAP News",
            "You’re viewing a text-only version of this website that uses less data. View the main version of the website including all images and videos.",
            "By Thomson Reuters Jun 20, 2024 | 12:19 AM",
            "Supervisor Elham AbolFateh",
            "Editor in Chief Mohamed Wadie",
        ];
        for line in latin {
            assert!(furniture_in(line, Script::Latin), "{line}");
        }
        let arabic_menu = "صدى البلد البلد سبورت قناة صدى البلد صدى البلد جامعات صدى البلد عقارات";
        assert!(furniture_in(arabic_menu, Script::Latin));
        assert!(furniture_in(
            "You’re viewing a text-only version of this website that uses less data. View the main version of the website including all images and videos.",
            Script::Cyrillic
        ));
    }

    #[test]
    fn furniture_of_other_real_pages_is_recognised() {
        for line in [
            "Photo : KBS News",
            "Photo: Reuters",
            "(Photo by Kirill Kudryavtsev / AFP)",
            "Foto: YONHAP News",
            "Фото: ТАСС",
            "© Сергей Бобылев/ТАСС",
            "Share",
            "Facebook Twitter WhatsApp Email",
            "Поделиться",
            "Home page politics",
            "Home | World | Politics | Business",
            "June 18, 5:45",
            "Saturday, September 07, 2024",
            "November 09, 2024",
            "24 окт 2024, 12:35",
            "Close this search box.",
            "Get News Fast",
            "Ajoutez votre titre ici",
            "Bereits abonniert? Einloggen",
            "We use cookies to improve your experience. Accept all cookies",
            "Advertisement",
            "Реклама",
            "Von Anna Müller",
            "North Korea's Kim Jong-un and Russia's Vladimir Putin have signed a support pact. © IMAGO/ITAR-TASS/Vladimir Smirnov",
        ] {
            let main = Script::main_of(line).unwrap_or(Script::Latin);
            assert!(furniture_in(line, main), "{line}");
        }
    }

    #[test]
    fn headlines_and_report_sentences_are_not_furniture() {
        for line in [
            "Factbox-Key points of North Korea, Russia landmark strategic partnership treaty",
            "N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation",
            "Russia-N. Korea Treaty of Comprehensive Strategic Partnership takes effect - KCNA",
            "Russian-North Korean partnership treaty called to stabilize region — Russian diplomat",
            "Valdai Club to Discuss Russia-North Korea Treaty",
            "Multipolarity and Connectivity",
            "«Военная помощь всеми имеющимися средствами при нападении». Что именно говорится в новом договоре между КНДР и Россией?",
            "Государственная Дума ратифицировала Договор о всеобъемлющем стратегическом партнерстве между Российской Федерацией и Корейской Народно-Демократической Республикой.",
            "Der Vertrag tritt ab dem Tag des Austausches der Ratifizierungsurkunden in Kraft.",
            "The treaty signed in June includes a mutual defense pact",
            "Russia and North Korea ratified it in November.",
            "By signing the treaty, Moscow and Pyongyang revived their 1961 alliance.",
            "Article 4 of the treaty provides for mutual military assistance.",
            "Kim called it an alliance. Vladimir Putin did not use that word.",
            "Putin and Kim in Pyongyang",
        ] {
            let main = Script::main_of(line);
            assert!(!is_site_furniture(line, main), "{line}");
        }
    }

    #[test]
    fn a_quoted_line_in_another_script_is_furniture_only_when_short() {
        let long_english = "The Russian Foreign Ministry said on Thursday that the treaty on comprehensive strategic partnership would take effect once both parties had exchanged their instruments of ratification in Moscow.";
        assert!(!furniture_in(long_english, Script::Cyrillic));
        assert!(!is_site_furniture("صدى البلد", None));
    }

    #[test]
    fn scripts_of_texts() {
        assert_eq!(
            Script::main_of("Договор о партнерстве"),
            Some(Script::Cyrillic)
        );
        assert_eq!(Script::main_of("한국 뉴스"), Some(Script::Hangul));
        assert_eq!(Script::main_of("Putin Путин"), None);
        assert_eq!(Script::main_of("12:19"), None);
    }
}
