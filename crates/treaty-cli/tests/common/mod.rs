//! Running the `treaty` binary from tests as a user would, shared by the CLI's test files.
//! Not every file uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

pub fn treaty(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_treaty"))
        .args(args)
        .output()
        .expect("the treaty binary runs")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Standard output of a run that must have succeeded.
pub fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", stderr(out));
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// A fresh, empty directory for one test (`group` keeps the test files' directories apart).
pub fn scratch(group: &str, name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("treaty-cli-{group}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

/// A failed run: exit code 1, one `error: ` message containing every needle, no panic and
/// nothing on standard output.
pub fn assert_fails_with(out: &Output, needles: &[&str]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert!(err.starts_with("error: "), "{err}");
    for n in needles {
        assert!(err.contains(n), "expected {n:?} in: {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty());
}
