//! A treaty file the reader imports, in any format, as the background worker reads it.

use crate::library::library;
use crate::{check, split};
use treaty_core::import::{import_treaty_file, BundlePreview};

/// File names that make the core read the bytes as each format it knows (the content's own
/// signals, an Akoma Ntoso root or a doctype, still win, as they do for the reader's files).
const NAMES: &[&str] = &[
    "treaty.txt",
    "treaty.md",
    "treaty.html",
    "treaty.xml",
    "treaty.json",
    "treaty",
];

/// The first byte picks the file name, the rest is the file. What imports must be a bundle the
/// app can keep, each document well formed, and fit into the library; what does not import
/// is refused with a message, never a panic.
pub fn treaty_file(data: &[u8]) {
    let (choice, bytes) = split(data);
    let name = NAMES[usize::from(choice) % NAMES.len()];
    let Ok(bundle) = import_treaty_file(name, bytes) else {
        return;
    };
    check::keepable(&bundle);
    for d in &bundle.documents {
        if !name.ends_with(".json") {
            check::imported(d);
        }
    }
    BundlePreview::of(&bundle);
    check::keepable(&check::fits(&bundle, library()));
}
