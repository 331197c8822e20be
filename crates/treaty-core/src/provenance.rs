//! Where a library named by a link comes from. `?bundle=` (and the embed's `bundle` attribute)
//! may name any string; a library on the app's own origin is the site's own and loads as
//! before, one from another web origin is someone else's text that the reader must agree to
//! open (and is then labelled with its origin everywhere), and anything else (`data:`,
//! `javascript:`, `blob:`, an address that cannot be read) is refused, because no one could be
//! named as its author.
//!
//! The address is read as a browser reads it (WHATWG URL): spaces and control characters at
//! the ends are dropped, tabs and line breaks anywhere are ignored, `\` counts as `/`, `//host`
//! takes the page's scheme, and the host is what follows the last `@`. Where this reading might
//! differ from a browser's (an unusual host, `https:host` without slashes) the answer errs on the
//! side of caution: another origin, or refused, never the app's own.

/// Where a bundle address leads, seen from the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleSource {
    /// On the app's own origin: the site's own library, loaded without asking.
    SameOrigin {
        /// The address to fetch (as given, without the characters a browser ignores).
        url: String,
    },
    /// A web address on another origin: its text is not the site's and cannot be vouched for.
    Foreign {
        /// The address to fetch, absolute.
        url: String,
        /// The origin as the reader should see it: `https://example.org` (`:port` if not the
        /// scheme's default).
        origin: String,
        /// The site as a reader names it: the lower-cased host, with `:port` when not the
        /// scheme's default (`example.org`, `127.0.0.1:8080`), so that two sites on one host
        /// are not confused.
        site: String,
    },
    /// Not a web address the reader may open.
    Refused(Refusal),
}

/// Why a bundle address is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// An address of another kind than http(s): its scheme, lower-cased (`data`, `javascript`).
    Scheme(String),
    /// Not an address that can be read (no host, an unusual host, an unusual form).
    Unreadable,
}

/// An origin: scheme, host and port (the scheme's default port when none is given).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Origin {
    scheme: String,
    host: String,
    port: u16,
}

impl Origin {
    fn site(&self) -> String {
        if self.port == default_port(&self.scheme) {
            self.host.clone()
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    fn shown(&self) -> String {
        format!("{}://{}", self.scheme, self.site())
    }
}

/// Where the bundle address `value` leads when the app runs at `app_base` (its absolute base
/// address, e.g. `https://example.org/reader/`). An `app_base` that is not an http(s) address
/// makes every absolute address foreign and keeps relative ones on the app's origin.
pub fn classify_bundle(value: &str, app_base: &str) -> BundleSource {
    let url = browser_cleaned(value);
    let base = absolute_origin(&browser_cleaned(app_base));
    let base_scheme = base
        .as_ref()
        .ok()
        .map_or("https", |o| o.scheme.as_str())
        .to_owned();
    let absolute = match scheme_of(&url) {
        Some(scheme) if scheme == "http" || scheme == "https" => url.clone(),
        Some(scheme) => return BundleSource::Refused(Refusal::Scheme(scheme)),
        None if starts_with_two_slashes(&url) => format!("{base_scheme}:{url}"),
        None if url.is_empty() => return BundleSource::Refused(Refusal::Unreadable),
        // A path, a query or a fragment: resolved against the app's own address.
        None => return BundleSource::SameOrigin { url },
    };
    let origin = match absolute_origin(&absolute) {
        Ok(origin) => origin,
        Err(refusal) => return BundleSource::Refused(refusal),
    };
    if base.as_ref().is_ok_and(|b| *b == origin) {
        return BundleSource::SameOrigin { url: absolute };
    }
    BundleSource::Foreign {
        url: absolute,
        origin: origin.shown(),
        site: origin.site(),
    }
}

/// `value` as a browser's URL parser sees it: C0 controls and spaces trimmed at both ends, ASCII
/// tabs and line breaks removed everywhere.
fn browser_cleaned(value: &str) -> String {
    value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The lower-cased scheme of an absolute address (`letter (letter | digit | + - .)* :`).
fn scheme_of(url: &str) -> Option<String> {
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    let valid = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

fn is_slash(c: char) -> bool {
    c == '/' || c == '\\'
}

fn starts_with_two_slashes(url: &str) -> bool {
    let mut chars = url.chars();
    chars.next().is_some_and(is_slash) && chars.next().is_some_and(is_slash)
}

/// The origin of an absolute http(s) address.
fn absolute_origin(url: &str) -> Result<Origin, Refusal> {
    let scheme = scheme_of(url).ok_or(Refusal::Unreadable)?;
    if scheme != "http" && scheme != "https" {
        return Err(Refusal::Scheme(scheme));
    }
    let rest = &url[scheme.len() + 1..];
    // `https:example.org` and `https:/example.org` mean different things to a browser depending
    // on the page's own scheme: refused rather than guessed.
    if !starts_with_two_slashes(rest) {
        return Err(Refusal::Unreadable);
    }
    let after_slashes = rest.trim_start_matches(is_slash);
    let authority = after_slashes
        .split(|c| is_slash(c) || c == '?' || c == '#')
        .next()
        .unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = split_port(host_port).ok_or(Refusal::Unreadable)?;
    let host = host.to_ascii_lowercase();
    if !plain_host(&host) {
        return Err(Refusal::Unreadable);
    }
    let port = match port {
        Some(port) => port,
        None => default_port(&scheme),
    };
    Ok(Origin { scheme, host, port })
}

/// Host and port of `host[:port]` (`[v6]:port` too); `None` if the port is not a number.
fn split_port(host_port: &str) -> Option<(&str, Option<u16>)> {
    let (host, port) = match host_port.strip_prefix('[') {
        Some(v6) => {
            let (inside, after) = v6.split_once(']')?;
            let port = match after {
                "" => None,
                _ => Some(after.strip_prefix(':')?),
            };
            (&host_port[..inside.len() + 2], port)
        }
        None => match host_port.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_port, None),
        },
    };
    let port = match port {
        None | Some("") => None,
        Some(p) => Some(p.parse::<u16>().ok()?),
    };
    Some((host, port))
}

/// A host as it would be shown: letters, digits, `-`, `.` (or a bracketed IPv6 address), with at
/// least one letter or digit. Anything else (`%`-escapes, other scripts) a browser would rewrite
/// before use, so the name shown could differ from the one fetched.
fn plain_host(host: &str) -> bool {
    if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return !v6.is_empty()
            && v6
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    }
    host.chars().any(|c| c.is_ascii_alphanumeric())
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

fn default_port(scheme: &str) -> u16 {
    if scheme == "https" {
        443
    } else {
        80
    }
}

/// At most `max` characters of `text`, with "…" when cut: an address from a link shown on a page
/// never runs on for screens.
pub fn shortened(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const APP: &str = "https://reader.example/reader/";

    fn foreign_site(value: &str) -> Option<String> {
        match classify_bundle(value, APP) {
            BundleSource::Foreign { site, .. } => Some(site),
            _ => None,
        }
    }

    #[test]
    fn the_apps_own_addresses_load_silently() {
        for value in [
            "/reader/bundles/x.json",
            "bundles/x.json",
            "x.json?v=2",
            "https://reader.example/reader/bundles/x.json",
            "HTTPS://Reader.Example:443/other.json",
            "//reader.example/x.json",
            " bundles/x.json\t",
        ] {
            assert!(
                matches!(classify_bundle(value, APP), BundleSource::SameOrigin { .. }),
                "{value}"
            );
        }
        assert_eq!(
            classify_bundle("bun\tdles/x.json", APP),
            BundleSource::SameOrigin {
                url: "bundles/x.json".to_owned()
            }
        );
    }

    #[test]
    fn other_origins_are_foreign_and_named_by_their_site() {
        assert_eq!(
            classify_bundle("https://evil.example/x.json", APP),
            BundleSource::Foreign {
                url: "https://evil.example/x.json".to_owned(),
                origin: "https://evil.example".to_owned(),
                site: "evil.example".to_owned(),
            }
        );
        assert_eq!(
            classify_bundle("//evil.example/x.json", APP),
            BundleSource::Foreign {
                url: "https://evil.example/x.json".to_owned(),
                origin: "https://evil.example".to_owned(),
                site: "evil.example".to_owned(),
            }
        );
        for (value, host) in [
            ("https://evil.example", "evil.example"),
            ("HTTPS://EVIL.example/X.json", "evil.example"),
            ("\\\\evil.example/x.json", "evil.example"),
            ("/\\evil.example/x.json", "evil.example"),
            ("\\/\\/evil.example", "evil.example"),
            ("/\t/evil.example/x.json", "evil.example"),
            (" \n//evil.example/x.json", "evil.example"),
            ("https://reader.example@evil.example/x.json", "evil.example"),
            ("https://app@evil", "evil"),
            ("https://reader.example:443@evil.example/", "evil.example"),
            ("https:\\\\evil.example\\x.json", "evil.example"),
            ("https:///evil.example/x.json", "evil.example"),
            ("http://reader.example/reader/x.json", "reader.example"),
            ("https://reader.example:8443/x.json", "reader.example:8443"),
            ("https://reader.example./x.json", "reader.example."),
            ("https://[::1]:8080/x.json", "[::1]:8080"),
            ("http://127.0.0.1:4301/spoof.json", "127.0.0.1:4301"),
        ] {
            assert_eq!(foreign_site(value).as_deref(), Some(host), "{value}");
        }
        match classify_bundle("https://reader.example:8443/x.json", APP) {
            BundleSource::Foreign { origin, .. } => {
                assert_eq!(origin, "https://reader.example:8443")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn addresses_of_other_kinds_are_refused() {
        let payload = format!(
            "data:application/json,{}",
            "%7B%22format%22%3A%22treaty-reader-bundle%22%7D".repeat(16)
        );
        assert!(payload.len() > 700);
        let refused = |value: &str| match classify_bundle(value, APP) {
            BundleSource::Refused(Refusal::Scheme(s)) => Some(s),
            _ => None,
        };
        assert_eq!(refused(&payload).as_deref(), Some("data"));
        assert_eq!(
            refused("javascript:alert(1)//https://x").as_deref(),
            Some("javascript")
        );
        assert_eq!(
            refused("java\tscript:alert(1)").as_deref(),
            Some("javascript")
        );
        assert_eq!(refused(" DATA:,{}").as_deref(), Some("data"));
        assert_eq!(
            refused("blob:https://reader.example/0b6a-4c").as_deref(),
            Some("blob")
        );
        assert_eq!(refused("file:///etc/passwd").as_deref(), Some("file"));
        assert_eq!(refused("ftp://evil.example/x").as_deref(), Some("ftp"));
        for value in [
            "HTTPS://",
            "https://",
            "https:evil.example/x.json",
            "https:/evil.example/x.json",
            "https://evil%2Eexample/x.json",
            "https://evil.example:99999/x.json",
            "https://évil.example/x.json",
            "https://<script>/",
            "//",
            "\t \n",
        ] {
            assert_eq!(
                classify_bundle(value, APP),
                BundleSource::Refused(Refusal::Unreadable),
                "{value}"
            );
        }
    }

    #[test]
    fn long_addresses_are_shortened_for_display() {
        assert_eq!(shortened("abc", 3), "abc");
        assert_eq!(shortened("abcd", 3), "abc…");
        assert_eq!(shortened("ééé€", 2), "éé…");
    }
}
