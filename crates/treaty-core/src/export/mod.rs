//! Exports for other tools: the attributions of a treaty as W3C Web Annotations, citations
//! of a treaty or one article in plain text and CSL-JSON, and the treaty itself as Akoma Ntoso
//! 3.0 legal XML with the provenance of every text.
//!
//! Everything here is a pure function of a [`Bundle`](crate::bundle::Bundle) and the address
//! where the reader app is published, so that the app (a download button), the `treaty` command
//! and tests produce the same output. `docs/annotations.md` describes the formats and the
//! choices made in them.
//!
//! The app's address is needed because the exports name articles and statements by their deep
//! links in the app: those are the only stable, resolvable identifiers Treaty Reader has for
//! them (treaties have no canonical article IRIs of their own).

mod akn;
mod annotations;
mod bibtex;
mod citation;
mod file;
mod ris;

pub use crate::dates::date_parts;
pub use akn::{akoma_ntoso, AKN_NAMESPACE, PROVENANCE_NAMESPACE};
pub(crate) use annotations::the;
pub use annotations::{web_annotations, ANNOTATION_CONTEXT};
pub use bibtex::citation_bibtex;
pub use citation::{citation_csl, citation_text};
pub use file::{export_file, ExportFile, ExportFormat, ExportRequest};
pub use ris::citation_ris;

use crate::model::PREAMBLE;
use std::borrow::Cow;

/// The app's deep link to a treaty (`article` `None`), its preamble (`Some("preamble")`) or one
/// of its articles, exactly as the app routes them: `{base}treaty/{id}`,
/// `{base}treaty/{id}/preamble`, `{base}treaty/{id}/article/{n}`.
///
/// Exports use these links as the IRIs of what they cite, so that a reader following one lands
/// on the text. Ids and numbers are percent-encoded as path segments, so that any id a user
/// imports (spaces, slashes, non-ASCII) still gives one valid IRI. `app_base` should end with
/// '/'; one is added if it does not.
pub fn article_url(app_base: &str, document_id: &str, article: Option<&str>) -> String {
    let base = normalised_base(app_base);
    let treaty = format!("{base}treaty/{}", path_segment(document_id));
    match article {
        None => treaty,
        Some(PREAMBLE) => format!("{treaty}/preamble"),
        Some(n) => format!("{treaty}/article/{}", path_segment(n)),
    }
}

/// The app's page of a news source, `{base}source/{id}`: where Treaty Reader shows the text
/// that statement offsets count in.
pub(crate) fn source_url(app_base: &str, source_id: &str) -> String {
    format!(
        "{}source/{}",
        normalised_base(app_base),
        path_segment(source_id)
    )
}

/// `app_base` with a trailing '/', so that links are never glued to the base's last segment.
pub(crate) fn normalised_base(app_base: &str) -> Cow<'_, str> {
    if app_base.ends_with('/') {
        Cow::Borrowed(app_base)
    } else {
        Cow::Owned(format!("{app_base}/"))
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters, so that the text is exactly
/// one path segment whatever it contains.
pub(crate) fn path_segment(text: &str) -> String {
    crate::percent::percent_encode(text, b"-._~")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_follow_the_app_routes() {
        let base = "https://example.org/reader/";
        assert_eq!(
            article_url(base, "rus-dprk-2024", Some("4")),
            "https://example.org/reader/treaty/rus-dprk-2024/article/4"
        );
        assert_eq!(
            article_url(base, "rus-dprk-2024", Some("preamble")),
            "https://example.org/reader/treaty/rus-dprk-2024/preamble"
        );
        assert_eq!(
            article_url("https://example.org/reader", "x", None),
            "https://example.org/reader/treaty/x"
        );
    }

    #[test]
    fn ids_are_one_encoded_path_segment() {
        assert_eq!(path_segment("a b/c?d#é"), "a%20b%2Fc%3Fd%23%C3%A9");
        assert_eq!(path_segment("A-z_0.9~"), "A-z_0.9~");
        assert_eq!(
            source_url("https://e.org/", "x/y"),
            "https://e.org/source/x%2Fy"
        );
    }
}
