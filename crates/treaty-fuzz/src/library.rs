//! The shipped library, built once per process from `corpus/` with the core's builder and
//! attributed as `treaty bundle` ships it: what the app's imports are fitted into and what
//! sources are attributed against.

use std::sync::OnceLock;
use treaty_core::attribution::attribute_all;
use treaty_core::bundle::Bundle;
use treaty_core::import::build_library;

/// The corpus directory of this checkout.
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

/// The shipped library (panics if the corpus does not build: then no target means anything).
pub fn library() -> &'static Bundle {
    static LIBRARY: OnceLock<Bundle> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let read =
            |f: &str| std::fs::read_to_string(format!("{CORPUS}/{f}")).map_err(|e| e.to_string());
        let manifest = read("library.toml").expect("corpus/library.toml is readable");
        let mut library = build_library(&manifest, read).expect("the shipped corpus builds");
        attribute_all(&mut library);
        library
    })
}
