//! Fuzz targets for Treaty Reader's core, one `pub fn` per target taking the fuzzer's bytes.
//!
//! Each drives the core's public API the way the app, its background worker and the CLI do
//! (reading a file the reader chose, a paste, a bundle, attributing a source against the
//! shipped library) and then asserts what must hold whatever the input: no panic, ids unique,
//! every offset inside its text and on a character boundary, a bundle read back as written.
//! A broken invariant panics, which the fuzzer reports as a crash.
//!
//! The functions build on stable: `fuzz/` (cargo-fuzz, nightly) wraps each in a
//! `fuzz_target!`, and `tests/replay.rs` replays the inputs kept in `regressions/` and a few
//! seeds in every `cargo test`.

mod anchor;
mod attribution;
mod bundle_json;
mod check;
mod library;
mod refs;
mod source_file;
mod treaty_file;

pub use anchor::anchor;
pub use attribution::attribution;
pub use bundle_json::bundle_json;
pub use library::library;
pub use refs::refs;
pub use source_file::source_file;
pub use treaty_file::treaty_file;

/// Builds what the targets share (the shipped library, its catalog) before the first input, so
/// that building it (seconds) is never taken for a slow input: the fuzzer calls it once at
/// start, before its per-input timeout runs.
pub fn prepare() {
    refs::prepare();
}

/// A target: the fuzzer's bytes in, a panic on any broken invariant.
pub type Target = fn(&[u8]);

/// Every target by name, as `scripts/fuzz`, `fuzz/fuzz_targets` and the replay test name them.
pub const TARGETS: &[(&str, Target)] = &[
    ("bundle_json", bundle_json),
    ("treaty_file", treaty_file),
    ("source_file", source_file),
    ("refs", refs),
    ("attribution", attribution),
    ("anchor", anchor),
];

/// The input's first byte picks a variant (a file name, a document, an error budget), the rest is
/// the data; an empty input is no data under the first variant.
fn split(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((&choice, rest)) => (choice, rest),
        None => (0, data),
    }
}
