//! `treaty bundle [--corpus DIR] [--out DIR]`: builds the shipped library from
//! DIR/library.toml, attributes the statements of its sources, and writes it for the app:
//! OUT/index.json (every treaty without its text) and OUT/treaties/<id>.json (one treaty with
//! its sources), which the app loads on demand, OUT/library.json (everything, for the
//! prerenderer and whole-library downloads), and the search index and similar-provision lists
//! derived from it (see `derived`).

use crate::files::{read_text, write_atomically};
use std::path::{Path, PathBuf};
use treaty_core::attribution::attribute_all;
use treaty_core::bundle::Bundle;
use treaty_core::import::{build_library, LibraryError};
use treaty_core::index::split;

/// Build the library bundle from the corpus manifest
#[derive(clap::Args)]
pub struct Args {
    /// Corpus directory holding library.toml and the files it names
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Directory to write library.json into (created if missing)
    #[arg(long, default_value = "build/bundles")]
    out: PathBuf,
}

pub fn run(args: &Args) -> Result<(), String> {
    let mut bundle = library(&args.corpus)?;
    attribute_all(&mut bundle);
    std::fs::create_dir_all(&args.out)
        .map_err(|e| format!("{}: cannot create directory: {e}", args.out.display()))?;
    let out = args.out.join("library.json");
    write_atomically(&out, &bundle.to_json())?;
    let (index, parts) = split(&bundle);
    write_atomically(&args.out.join("index.json"), &index.to_json())?;
    std::fs::create_dir_all(args.out.join("treaties"))
        .map_err(|e| format!("{}: cannot create directory: {e}", args.out.display()))?;
    for (file, part) in &parts {
        write_atomically(&args.out.join(file), &part.to_json_compact())?;
    }
    let derived = crate::derived::write(&bundle, &args.out)?;
    eprintln!(
        "{}: {}; index and {} treaty files beside it; {derived}",
        out.display(),
        summary(&bundle),
        parts.len()
    );
    Ok(())
}

/// The library described by CORPUS/library.toml, without attributions; errors name the file.
pub fn library(corpus: &Path) -> Result<Bundle, String> {
    let manifest_path = corpus.join("library.toml");
    let manifest = read_text(&manifest_path)?;
    build_library(&manifest, |file| read_text(&corpus.join(file)))
        .map_err(|e| describe(&e, &manifest_path, corpus))
}

/// The error with the path of the file it is about.
fn describe(error: &LibraryError, manifest: &Path, corpus: &Path) -> String {
    match error {
        LibraryError::Manifest { .. } | LibraryError::Bundle(_) => {
            format!("{}: {error}", manifest.display())
        }
        // The read closure's message already names the file.
        LibraryError::Read { message, .. } => message.clone(),
        LibraryError::Import { file, error } => {
            format!("{}: {error}", corpus.join(file).display())
        }
        LibraryError::ImportFile { file, error } => {
            format!("{}: {error}", corpus.join(file).display())
        }
    }
}

/// "5 documents, 137/155 articles with text, 15 sources, 7 glossary entries, 40 statements
/// attributed".
fn summary(bundle: &Bundle) -> String {
    let articles = bundle.documents.iter().flat_map(|d| &d.articles);
    let total = articles.clone().count();
    let with_text = articles.filter(|a| !a.texts.is_empty()).count();
    let attributed = bundle
        .sources
        .iter()
        .flat_map(|s| &s.attributions)
        .filter(|a| !a.candidates.is_empty())
        .count();
    format!(
        "{} documents, {with_text}/{total} articles with text, {} sources, {} glossary entries, {attributed} statements attributed",
        bundle.documents.len(),
        bundle.sources.len(),
        bundle.glossary.len()
    )
}
