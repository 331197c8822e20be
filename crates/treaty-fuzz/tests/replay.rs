//! Replays every input the fuzzer found a crash with (`regressions/<target>/`, each fixed in the
//! core) and a few small seeds through the targets, on stable in every `cargo test`: a finding
//! that comes back fails here, without a nightly toolchain or a fuzzer.

use std::path::Path;
use treaty_fuzz::TARGETS;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every file in `dir`, sorted; none if it does not exist.
fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    files.retain(|f| f.is_file());
    files.sort();
    files
}

#[test]
fn every_regression_passes_its_target() {
    for (name, target) in TARGETS {
        for file in inputs(&Path::new(ROOT).join("regressions").join(name)) {
            eprintln!("{name}: {}", file.display());
            target(&std::fs::read(&file).unwrap());
        }
    }
}

/// A seed under each target's choices (file name, document, budget): what the fuzzer starts
/// from runs clean.
#[test]
fn small_seeds_pass_every_target() {
    let seeds = Path::new(ROOT).join("seeds");
    let mini = Path::new(ROOT).join("../../tests/fixtures/mini-bundle.json");
    let mut files = inputs(&seeds);
    files.push(mini);
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for (name, target) in TARGETS {
            for choice in [0u8, 1, 2, 3, 4, 5, 0x10] {
                eprintln!("{name} {choice}: {}", file.display());
                let mut input = vec![choice];
                input.extend_from_slice(&bytes);
                target(&input);
            }
        }
    }
    // The anchor target's own layout: a quote, a zero byte, the text.
    let anchor = TARGETS.iter().find(|(n, _)| *n == "anchor").unwrap().1;
    anchor(b"\x08An armed attack against one\0Preamble.\nAn armed attack against one shall be considered an attack against them all.");
}

/// The mini bundle is a bundle: the bundle target does more than refuse it.
#[test]
fn the_mini_bundle_reads() {
    let text =
        std::fs::read_to_string(Path::new(ROOT).join("../../tests/fixtures/mini-bundle.json"))
            .unwrap();
    assert!(treaty_core::bundle::Bundle::from_json(&text).is_ok());
    treaty_fuzz::bundle_json(text.as_bytes());
}
