//! Every shipped source is titled by its headline, never by the site furniture its stored copy
//! opens with ("×", a text-only banner, a site's Arabic menu, "date 2024-06 Photo : YONHAP
//! News"), and no statement found in a shipped source is a line of furniture.

use treaty_core::attribution::attribute_all;
use treaty_core::bundle::Source;
use treaty_core::import::{build_library, guess_title, import_source, is_site_furniture, Script};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

fn read(file: &str) -> Result<String, String> {
    std::fs::read_to_string(format!("{CORPUS}/{file}")).map_err(|e| format!("{file}: {e}"))
}

/// The shipped sources with their statements attributed, as `treaty bundle` ships them.
fn shipped_sources() -> Vec<Source> {
    let mut bundle = build_library(&read("library.toml").unwrap(), read).unwrap();
    attribute_all(&mut bundle);
    bundle.sources
}

#[test]
fn shipped_sources_are_titled_by_their_headlines() {
    let sources = shipped_sources();
    assert_eq!(sources.len(), 15);
    for source in &sources {
        let main = Script::main_of(&source.body);
        assert!(
            !is_site_furniture(&source.title, main),
            "{}: {}",
            source.id,
            source.title
        );
    }
    let title = |id: &str| {
        sources
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.as_str())
            .unwrap()
    };
    assert_eq!(
        title("reuters-2024-06-20"),
        "Factbox-Key points of North Korea, Russia landmark strategic partnership treaty"
    );
    assert_eq!(
        title("see-news-2024-06-23"),
        "N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation"
    );
    assert_eq!(
        title("bbc-russian-2024-06-20"),
        "«Военная помощь всеми имеющимися средствами при нападении». Что именно говорится в новом договоре между КНДР и Россией?"
    );
    assert_eq!(
        title("valdaiclub-2024-11-26"),
        "Valdai Club to Discuss Russia-North Korea Treaty"
    );
}

/// The title a shipped source would get without the manifest's: what a reader who adds the
/// same copy gets.
#[test]
fn titles_guessed_from_the_shipped_copies_are_never_furniture() {
    let dir = format!("{CORPUS}/sources");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 15);
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let source = import_source("s", vec!["rus-dprk-2024".into()], &text).unwrap();
        let guessed = guess_title(&source.body).unwrap();
        let main = Script::main_of(&source.body);
        assert!(
            !is_site_furniture(&guessed, main) && guessed.split_whitespace().count() >= 4,
            "{}: {guessed}",
            path.display()
        );
        // A copy whose header gives no title is titled by the same guess.
        if !text.contains("\n# title:") && !text.starts_with("# title:") {
            assert_eq!(source.title, guessed, "{}", path.display());
        }
    }
}

#[test]
fn no_statement_of_a_shipped_source_is_furniture() {
    let mut statements = 0;
    for source in shipped_sources() {
        let main = Script::main_of(&source.body);
        for attribution in &source.attributions {
            let start = attribution.statement.start;
            let line_start = source.body[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = source.body[start..]
                .find('\n')
                .map_or(source.body.len(), |i| start + i);
            let line = &source.body[line_start..line_end];
            assert!(!is_site_furniture(line, main), "{}: {line}", source.id);
            statements += 1;
        }
    }
    assert!(statements > 30, "{statements} statements");
}
