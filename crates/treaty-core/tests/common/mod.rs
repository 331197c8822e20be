//! The shipped library, built once per test binary from `corpus/`, for tests that run on the
//! real texts. Not every test file uses both forms.
#![allow(dead_code)]

use std::sync::OnceLock;
use treaty_core::attribution::Attribution;
use treaty_core::bundle::{Bundle, Source};
use treaty_core::import::{build_library, import_source};

pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

/// The eval-dev sources kept as fixtures.
pub const DEV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/eval-dev/sources"
);

/// The library as `build_library` makes it from the corpus, before attribution.
pub fn library() -> Bundle {
    static LIBRARY: OnceLock<Bundle> = OnceLock::new();
    LIBRARY
        .get_or_init(|| {
            let read = |f: &str| {
                std::fs::read_to_string(format!("{CORPUS}/{f}")).map_err(|e| e.to_string())
            };
            build_library(&read("library.toml").unwrap(), read).unwrap()
        })
        .clone()
}

/// The library with every source attributed, as `treaty bundle` ships it.
pub fn attributed_library() -> Bundle {
    static LIBRARY: OnceLock<Bundle> = OnceLock::new();
    LIBRARY
        .get_or_init(|| {
            let mut library = library();
            treaty_core::attribution::attribute_all(&mut library);
            library
        })
        .clone()
}

/// An eval-dev source about the Russia–DPRK treaty, under an id of its own so that it is new to
/// the library.
pub fn dev_source(file: &str) -> Source {
    let text = std::fs::read_to_string(format!("{DEV}/{file}")).unwrap();
    import_source(&format!("dev-{file}"), vec!["rus-dprk-2024".into()], &text).unwrap()
}

/// The attribution whose statement contains `words`.
pub fn attribution_of<'a>(found: &'a [Attribution], body: &str, words: &str) -> &'a Attribution {
    found
        .iter()
        .find(|a| body[a.statement.start..a.statement.end].contains(words))
        .unwrap_or_else(|| panic!("no statement contains {words:?}: {found:#?}"))
}
