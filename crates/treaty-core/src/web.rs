//! Web addresses from documents: which strings may become links. A bundle, a treaty file's
//! `source-url` header, a source file or a saved page may carry any string as an address;
//! only `http://` and `https://` addresses with a host are followed, and the app shows anything
//! else (`javascript:`, `data:`, a bare path) as text. One rule for every importer and renderer.

/// The lower-cased host of an `http://` or `https://` address (without user name and port), or
/// `None` if `url` is not such an address or contains spaces or control characters.
pub fn web_host(url: &str) -> Option<String> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let lower = url.to_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host_port.strip_prefix('[') {
        Some(ipv6) => ipv6.split_once(']')?.0,
        None => host_port.split(':').next().unwrap_or_default(),
    };
    let valid = host.chars().any(char::is_alphanumeric)
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_' | ':'));
    valid.then(|| host.to_owned())
}

/// Whether `url` may be a link: an `http://` or `https://` address with a host.
pub fn is_web_url(url: &str) -> bool {
    web_host(url).is_some()
}

/// The address a header value gives ("https://… (archived copy)"): its first word, if that is
/// a web address.
pub fn web_url_in(value: &str) -> Option<String> {
    value
        .split_whitespace()
        .next()
        .filter(|u| is_web_url(u))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_addresses_with_a_host_are_links() {
        for url in [
            "https://tass.com/politics/1861381",
            "http://duma.gov.ru/news/60239",
            "HTTPS://Example.org:8080/a?b#c",
            "https://[::1]/x",
        ] {
            assert!(is_web_url(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "JavaScript://example.org/%0Aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "//example.org/x",
            "/source/tass",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/\u{0}",
            "https://<script>/",
        ] {
            assert!(!is_web_url(url), "{url}");
        }
    }

    #[test]
    fn a_header_gives_its_first_word_when_it_is_a_web_address() {
        assert_eq!(
            web_url_in("https://tass.com/x (archived)").as_deref(),
            Some("https://tass.com/x")
        );
        assert_eq!(web_url_in("javascript:alert(1) https://x.org"), None);
        assert_eq!(web_url_in("unknown"), None);
        assert_eq!(web_url_in(""), None);
    }
}
