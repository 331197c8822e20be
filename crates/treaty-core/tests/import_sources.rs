//! Imports the library's news sources and every eval-dev source fixture.

use treaty_core::import::{guess_title, import_source, is_site_furniture, Script};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn rt_seed_source_has_an_approximate_date_and_no_url() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/sources/rt-2024-10-14.txt"
    );
    let s = import_source("rt-2024-10-14", vec!["rus-dprk-2024".into()], &read(path)).unwrap();
    assert_eq!(s.outlet, "RT (rt.com)");
    assert_eq!(
        s.title,
        "Putin asks MPs to approve strategic partnership with North Korea"
    );
    assert_eq!(s.date, "2024-10-14");
    assert!(s
        .date_note
        .as_deref()
        .unwrap()
        .starts_with("approximate: the text says"));
    assert_eq!(s.language, "en");
    assert_eq!(s.url, None);
    assert_eq!(s.about, ["rus-dprk-2024"]);
    assert!(s
        .body
        .starts_with("The treaty signed in June includes a mutual defense pact\n"));
    assert!(s.body.ends_with("last month."));
    assert!(s.body.contains("Democratic People’s Republic of Korea"));
}

#[test]
fn tass_seed_source_keeps_its_body_exactly() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/sources/tass-2024-10-24.txt"
    );
    let text = read(path);
    let s = import_source("tass-2024-10-24", vec![], &text).unwrap();
    assert_eq!(s.outlet, "TASS (tass.com)");
    assert_eq!(s.date, "2024-10-24");
    assert_eq!(s.date_note, None);
    assert_eq!(s.url.as_deref(), Some("https://tass.com/politics/1861381"));
    let body_start = text.find("\n\n").unwrap() + 2;
    assert_eq!(s.body, text[body_start..].trim_end_matches('\n'));
    assert_eq!(s.paragraphs().count(), 9);
}

#[test]
fn every_eval_dev_source_imports() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/eval-dev/sources"
    );
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 13);
    for path in files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = read(path.to_str().unwrap());
        let s = import_source(&name, vec![], &text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!s.outlet.is_empty(), "{name}");
        assert_eq!(s.date.len(), 10, "{name}: {}", s.date);
        assert!(["en", "ru", "de"].contains(&s.language.as_str()), "{name}");
        assert!(s.url.as_deref().unwrap().starts_with("http"), "{name}");
        assert!(!s.title.is_empty(), "{name}");
        // No header gives a title: the body's headline or first sentence, never its furniture.
        assert_eq!(
            Some(&s.title),
            guess_title(&s.body).as_ref(),
            "{name}: title guessed from the body"
        );
        assert!(
            !is_site_furniture(&s.title, Script::main_of(&s.body)),
            "{name}: {}",
            s.title
        );
        assert!(!s.body.ends_with('\n'), "{name}");
        let approximate = text
            .lines()
            .any(|l| l.starts_with("# date:") && l.contains('('));
        assert_eq!(s.date_note.is_some(), approximate, "{name}");
    }
}

#[test]
fn eval_dev_source_details() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/eval-dev/sources/46-kbs-world-2024-06-20.txt"
    );
    let s = import_source("kbs", vec![], &read(path)).unwrap();
    assert_eq!(s.outlet, "KBS World Radio (German service)");
    assert_eq!(s.language, "de");
    assert_eq!(s.date, "2024-06-20");
    assert!(s
        .date_note
        .unwrap()
        .starts_with("approximate: the store dates the page 2024-06"));
}
