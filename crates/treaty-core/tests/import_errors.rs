//! Bad input gives an error naming what is wrong and where, never a panic.

use proptest::prelude::*;
use treaty_core::import::{import_source, import_text, ImportError, TextOptions};

const HEADER: &str = "# language: en\n# status: official text.\n# completeness: COMPLETE\n\n";

fn import(text: &str) -> Result<treaty_core::model::Document, ImportError> {
    import_text("t", text, &TextOptions::default())
}

#[test]
fn empty_input() {
    assert_eq!(import(""), Err(ImportError::Empty));
    assert_eq!(import("  \n\n "), Err(ImportError::Empty));
    assert_eq!(
        import_source("s", vec![], "").unwrap_err(),
        ImportError::Empty
    );
}

#[test]
fn binary_content() {
    let text = format!("{HEADER}Article 1\n\nText\0\u{1}\u{2}.");
    let err = import(&text).unwrap_err();
    assert_eq!(err, ImportError::Binary { line: 7 });
    assert!(err.to_string().starts_with("line 7:"), "{err}");
}

#[test]
fn header_without_body() {
    let err = import("# language: en\n# status: official text.\n").unwrap_err();
    assert_eq!(err, ImportError::NoBody { line: 3 });
    assert_eq!(err.to_string(), "line 3: no text after the header");
    assert!(matches!(
        import_source("s", vec![], "# outlet: X\n# date: 2024-01-01\n\n\n"),
        Err(ImportError::NoBody { .. })
    ));
}

#[test]
fn no_headings_and_no_article_map() {
    let err = import(&format!("{HEADER}Some text.\n\nMore text.\n")).unwrap_err();
    assert_eq!(err, ImportError::NoArticles);
    assert!(err.to_string().contains("article-map"));
}

#[test]
fn duplicate_article_numbers() {
    let text = format!("{HEADER}Article 1\n\nOne.\n\nArticle 2\n\nTwo.\n\nArticle 1\n\nAgain.\n");
    let err = import(&text).unwrap_err();
    assert_eq!(
        err,
        ImportError::DuplicateArticle {
            number: "1".into(),
            line: 13,
            first_line: 5
        }
    );
    assert_eq!(
        err.to_string(),
        "line 13: Article 1 appears twice (first at line 5)"
    );
}

#[test]
fn duplicates_are_found_across_numerals() {
    let text = format!("{HEADER}Article 4\n\nFour.\n\nArticle IV\n\nAgain.\n");
    assert!(matches!(
        import(&text),
        Err(ImportError::DuplicateArticle { line: 9, .. })
    ));
}

#[test]
fn unparsable_heading_number() {
    let text = format!("{HEADER}Article 1\n\nOne.\n\nArticle 2b\n\nTwo.\n");
    let err = import(&text).unwrap_err();
    assert_eq!(
        err,
        ImportError::BadNumber {
            line: 9,
            heading: "Article 2b".into()
        }
    );
    assert!(err.to_string().contains("line 9"));
    let only = format!("{HEADER}Article one\n\nText.\n");
    assert!(matches!(
        import(&only),
        Err(ImportError::BadNumber { line: 5, .. })
    ));
    let chapter = format!("{HEADER}Chapter Q — Title\n\nArticle 1\n\nOne.\n");
    assert!(matches!(
        import(&chapter),
        Err(ImportError::BadNumber { line: 5, .. })
    ));
}

#[test]
fn missing_language_and_unclear_status() {
    let no_language = "# status: official text.\n\nArticle 1\n\nOne.\n";
    assert_eq!(
        import(no_language),
        Err(ImportError::MissingHeader { key: "language" })
    );
    let unclear = "# language: en\n# status: some copy\n\nArticle 1\n\nOne.\n";
    assert_eq!(
        import(unclear),
        Err(ImportError::UnknownWitnessKind { line: 2 })
    );
    let options = TextOptions {
        kind: Some(treaty_core::model::WitnessKind::Report),
        ..TextOptions::default()
    };
    assert!(import_text("t", unclear, &options).is_ok());
}

#[test]
fn source_header_problems() {
    assert_eq!(
        import_source("s", vec![], "# outlet: X\n# language: en\n\nBody\n").unwrap_err(),
        ImportError::MissingHeader { key: "date" }
    );
    let err = import_source(
        "s",
        vec![],
        "# outlet: X\n# date: last week\n# language: en\n\nBody",
    )
    .unwrap_err();
    assert!(matches!(err, ImportError::BadDate { line: 2, .. }));
    assert!(import_source("s", vec![], "# date: 2024-01-01\n# language: en\n\nBody").is_err());
}

#[test]
fn arbitrary_input_never_panics() {
    let samples = [
        "#\n\n",
        "# :\n\nx",
        "[...]",
        "Article",
        "Article 1",
        "Chapter I —",
        "# article-map: paragraph \"\n\nx",
        "# article-map: paragraph \"x ...\" = Article\n# language: en\n# status: report\n\nx",
        "\u{feff}# language: en\n# status: report\n\nArticle 1\n\n[...]",
        "Preamble\n\nPreamble",
    ];
    for s in samples {
        let _ = import(s);
        let _ = import_source("s", vec![], s);
    }
}

proptest! {
    /// Random files built from the corpus's own kinds of lines: any outcome but a panic.
    #[test]
    fn corpus_like_input_never_panics(
        lines in prop::collection::vec(
            prop_oneof![
                "# (language|status|completeness|date|outlet|article-map): .{0,24}",
                "# article-map: paragraph \"[A-Za-z .]{0,12}\" = .{0,20}",
                "(Article|Статья|Chapter) [0-9IVXa-z]{0,4}( \\(.{0,6}\\))?",
                "(Preamble|Composition|\\[\\.\\.\\.\\]|)",
                ".{0,40}",
            ],
            0..16,
        )
    ) {
        let text = lines.join("\n");
        let _ = import(&text);
        let _ = import_source("s", vec![], &text);
    }
}
