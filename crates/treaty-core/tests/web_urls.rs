//! Addresses from documents become links only when they are web addresses: every importer
//! keeps `javascript:`, `data:` and other strings out of a source's or a witness's address.

use treaty_core::import::{import_source, import_text, TextOptions};

#[test]
fn a_source_file_keeps_only_a_web_address() {
    for (header, expected) in [
        (
            "https://tass.com/politics/1861381",
            Some("https://tass.com/politics/1861381"),
        ),
        ("javascript:alert(document.domain)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("unknown", None),
    ] {
        let text = format!(
            "# url: {header}\n# outlet: TASS\n# date: 2024-10-24\n# language: en\n\nArticle 4 of the treaty applies.\n"
        );
        let source = import_source("s", vec!["t".into()], &text).unwrap();
        assert_eq!(source.url.as_deref(), expected, "{header}");
    }
}

#[test]
fn a_treaty_files_source_url_is_kept_only_when_it_is_a_web_address() {
    for (header, expected) in [
        (
            "https://example.org/treaty (archived copy)",
            Some("https://example.org/treaty"),
        ),
        ("javascript://example.org/%0Aalert(1)", None),
    ] {
        let text = format!(
            "# title: A Treaty\n# language: en\n# status: official text\n# publisher: Example\n# source-url: {header}\n\nArticle 1\n\nThe parties agree.\n"
        );
        let document =
            import_text("t", &text, &TextOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        let url = document.articles[0].texts[0].witness.url.clone();
        assert_eq!(url.as_deref(), expected, "{header}");
    }
}
