//! Links for sharing what the reader found: a Text Fragment link (`#:~:text=`) that makes the
//! browser scroll to and highlight a statement on the news site's own page.

/// Statements longer than this many words are linked by their first and last words
/// (`text=start,end`), which survives small differences in the middle and keeps URLs short.
const LONG_WORDS: usize = 10;
/// How many words each end of a long statement keeps.
const END_WORDS: usize = 4;

/// `page_url` with a text directive for `exact`, replacing any fragment it had. Characters the
/// directive syntax uses (`&`, `,`, `-`) and everything outside the URL-safe set are
/// percent-encoded, so any statement makes a valid link.
pub fn text_fragment_url(page_url: &str, exact: &str) -> String {
    let base = page_url.split('#').next().unwrap_or(page_url);
    let words: Vec<&str> = exact
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '«' | '»' | '„')))
        .filter(|w| !w.is_empty())
        .collect();
    let directive = if words.len() > LONG_WORDS {
        format!(
            "{},{}",
            encode(&words[..END_WORDS].join(" ")),
            encode(&words[words.len() - END_WORDS..].join(" "))
        )
    } else {
        encode(&words.join(" "))
    };
    format!("{base}#:~:text={directive}")
}

/// Percent-encodes all but unreserved URL characters (the directive's `-` included, as the
/// Text Fragments specification requires).
fn encode(text: &str) -> String {
    crate::percent::percent_encode(text, b"._~")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_statement_is_linked_whole() {
        assert_eq!(
            text_fragment_url(
                "https://example.org/news#top",
                "“mutual assistance, without delay”"
            ),
            "https://example.org/news#:~:text=mutual%20assistance%2C%20without%20delay"
        );
    }

    #[test]
    fn a_long_statement_is_linked_by_its_ends() {
        let exact =
            "In case any one of the two sides is put in a state of war by an armed invasion";
        assert_eq!(
            text_fragment_url("https://example.org/a", exact),
            "https://example.org/a#:~:text=In%20case%20any%20one,by%20an%20armed%20invasion"
        );
    }

    #[test]
    fn directive_syntax_and_non_ascii_are_encoded() {
        let url = text_fragment_url("https://example.org/", "co-operation & «взаимная помощь»");
        assert_eq!(
            url,
            "https://example.org/#:~:text=co%2Doperation%20%26%20%D0%B2%D0%B7%D0%B0%D0%B8%D0%BC%D0%BD%D0%B0%D1%8F%20%D0%BF%D0%BE%D0%BC%D0%BE%D1%89%D1%8C"
        );
    }
}
