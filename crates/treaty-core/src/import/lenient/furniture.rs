//! What a PDF leaves in its text that is not the treaty's: the UN's "/..." continuation marker
//! and page headings ("/... Page 3", "English Page 12", "A/RES/48/263 Page 5"), page numbers
//! between dashes ("- 12 -"), and stray control characters. Removed before a line is read, and
//! counted for the import's notes.

/// Words for "page" in running page headings.
const PAGE_WORDS: &[&str] = &["Page", "Seite", "Pagina", "Página", "Стр.", "Страница"];
/// Language names that UN documents print before the page number ("English Page 12").
const LANGUAGE_HEADERS: &[&str] = &["English", "Français", "Español", "Русский", "Deutsch"];

/// The line without page furniture, and how many pieces were removed; `None` for a line that
/// is furniture through and through.
pub(super) fn clean(line: &str) -> (Option<String>, usize) {
    let mut removed = 0;
    let mut text: String = line
        .chars()
        .filter(|c| {
            let stray = c.is_control() && *c != '\t';
            removed += usize::from(stray);
            !stray
        })
        .collect();
    while let Some((start, end)) = continuation_marker(&text) {
        text.replace_range(start..end, " ");
        removed += 1;
    }
    if is_page_line(&text) {
        return (None, removed + 1);
    }
    // Spaces are kept as they are (a wide gap may separate articles run together), except
    // where a marker was taken out.
    let text = if removed > 0 {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text.trim().to_owned()
    };
    (Some(text).filter(|t| !t.is_empty()), removed)
}

/// "/... Page 3" (or "/…"): the byte range of the first one.
fn continuation_marker(text: &str) -> Option<(usize, usize)> {
    let mut search = 0;
    while let Some(found) = text[search..].find('/') {
        let start = search + found;
        let after = &text[start + 1..];
        let dots = ["...", "…"].iter().find(|d| after.starts_with(**d));
        if let Some(dots) = dots {
            let rest = &after[dots.len()..];
            let page = rest.trim_start();
            let skipped = rest.len() - page.len();
            let word = PAGE_WORDS.iter().find(|w| page.starts_with(**w));
            let end = start + 1 + dots.len() + skipped;
            let Some(word) = word else {
                return Some((start, end));
            };
            let number = page[word.len()..].trim_start();
            let digits = number.len()
                - number
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            let number_start = end + word.len() + (page.len() - word.len() - number.len());
            return Some((start, number_start + digits));
        }
        search = start + 1;
    }
    None
}

/// "Page 12", "English Page 12", "A/RES/48/263 Page 5", "- 12 -": a running page heading.
fn is_page_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        ["-", n, "-"] => number(n),
        [page, n] => PAGE_WORDS.contains(page) && number(n),
        [head, page, n] => {
            let code = head.contains('/') && head.chars().all(|c| !c.is_lowercase());
            (LANGUAGE_HEADERS.contains(head) || code) && PAGE_WORDS.contains(page) && number(n)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_furniture_is_taken_out_of_lines() {
        assert_eq!(
            clean("of the Sea. /... Page 2 Taking note of the report"),
            (Some("of the Sea. Taking note of the report".to_owned()), 1)
        );
        assert_eq!(
            clean("to the budget of the /... Page 21 Authority."),
            (Some("to the budget of the Authority.".to_owned()), 1)
        );
        assert_eq!(clean("English Page 12"), (None, 1));
        assert_eq!(clean("A/RES/48/263 Page 5"), (None, 1));
        assert_eq!(clean("- 12 -"), (None, 1));
        assert_eq!(clean("Bell\u{7}ow"), (Some("Bellow".to_owned()), 1));
        assert_eq!(
            clean("and/or Page 3 of the annex"),
            (Some("and/or Page 3 of the annex".to_owned()), 0)
        );
        assert_eq!(clean("Page"), (Some("Page".to_owned()), 0));
    }
}
