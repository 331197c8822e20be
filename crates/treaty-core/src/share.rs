//! Links for sharing what the reader found: a Text Fragment link (`#:~:text=`) that makes the
//! browser scroll to and highlight a statement on the news site's own page, and the queries a
//! permanent link carries (the language shown, the library it was read in).

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

/// `url` with `query` (`name=value` pairs, already encoded) added to the query it has, before
/// its fragment: a permanent link may carry both the library it was read in and the language.
pub fn with_query(url: &str, query: &str) -> String {
    if query.is_empty() {
        return url.to_owned();
    }
    let (address, fragment) = url.split_at(url.find('#').unwrap_or(url.len()));
    let joiner = match address.find('?') {
        None => "?",
        Some(at) if at + 1 == address.len() || address.ends_with('&') => "",
        Some(_) => "&",
    };
    format!("{address}{joiner}{query}{fragment}")
}

/// `name=value`, the value percent-encoded (a bundle's address holds `?`, `&` and `#` of its
/// own, which must not end the link's query).
pub fn query_pair(name: &str, value: &str) -> String {
    format!("{name}={}", crate::percent::percent_encode(value, b"-._~"))
}

/// `value` as an HTML attribute value in double quotes, for the embed snippets a reader pastes
/// into a page: a treaty id or a bundle's address from a document must not end the attribute.
pub fn html_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
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
    fn queries_join_what_the_address_has_before_its_fragment() {
        assert_eq!(
            with_query("https://a.example/t", "lang=ru"),
            "https://a.example/t?lang=ru"
        );
        assert_eq!(
            with_query("https://a.example/t?bundle=x#art-4", "lang=ru"),
            "https://a.example/t?bundle=x&lang=ru#art-4"
        );
        assert_eq!(
            with_query("https://a.example/t?", "lang=ru"),
            "https://a.example/t?lang=ru"
        );
        assert_eq!(
            with_query("https://a.example/t#p", ""),
            "https://a.example/t#p"
        );
    }

    #[test]
    fn a_bundle_address_stays_one_value() {
        let pair = query_pair("bundle", "https://other.example/b.json?v=2&x=1#top");
        assert_eq!(
            pair,
            "bundle=https%3A%2F%2Fother.example%2Fb.json%3Fv%3D2%26x%3D1%23top"
        );
    }

    #[test]
    fn snippet_attributes_cannot_be_ended_by_their_values() {
        assert_eq!(
            html_attribute(r#"x" onload="alert(1)&<b>"#),
            "x&quot; onload=&quot;alert(1)&amp;&lt;b&gt;"
        );
    }

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
