//! The shipped library, built once per test binary from `corpus/`, for tests that run on the
//! real texts. Not every test file uses both forms.
#![allow(dead_code)]

use std::sync::OnceLock;
use treaty_core::bundle::Bundle;
use treaty_core::import::build_library;

pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

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
