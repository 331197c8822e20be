//! `treaty similar --bundle B --treaty ID --article N [--limit 5] [--also FILE…]`: the
//! provisions of the other treaties most similar to one article, ranked, with the passages they
//! share (`treaty_core::similar`, which the app calls too). `--also` adds treaty files (any
//! format the importer reads, or a bundle), as a reader's imports join the library.

use crate::files::read_text;
use std::path::{Path, PathBuf};
use std::time::Instant;
use treaty_core::bundle::Bundle;
use treaty_core::import::import_treaty_file;
use treaty_core::similar::{ProvisionRef, SimilarIndex};

/// Print the provisions of other treaties most similar to one article
#[derive(clap::Args)]
pub struct Args {
    /// The bundle to search (build/bundles/library.json, or any whole bundle)
    #[arg(long)]
    bundle: PathBuf,
    /// Id of the treaty of the article asked about
    #[arg(long)]
    treaty: String,
    /// Article number as printed ("4", "IV") or "preamble"
    #[arg(long)]
    article: String,
    /// How many to list
    #[arg(long, default_value_t = 5)]
    limit: usize,
    /// Treaty files or bundles to add to the library, as a reader imports them
    #[arg(long)]
    also: Vec<PathBuf>,
}

pub fn run(args: &Args) -> Result<(), String> {
    let text = read_text(&args.bundle)?;
    let mut library =
        Bundle::from_json(&text).map_err(|e| format!("{}: {e}", args.bundle.display()))?;
    add(&mut library, &args.also)?;
    let started = Instant::now();
    let index = SimilarIndex::new(&library);
    let built = started.elapsed();
    let of = ProvisionRef::new(&args.treaty, &args.article);
    let started = Instant::now();
    let found = index.similar_to(&of, args.limit);
    let asked = started.elapsed();
    let document = library
        .documents
        .iter()
        .find(|d| d.id == args.treaty)
        .ok_or_else(|| {
            let ids: Vec<&str> = library.documents.iter().map(|d| d.id.as_str()).collect();
            format!(
                "no treaty \"{}\" in {} (it holds: {})",
                args.treaty,
                args.bundle.display(),
                ids.join(", ")
            )
        })?;
    let provision = document
        .provision(Some(args.article.trim()))
        .filter(|p| !p.texts.is_empty())
        .ok_or_else(|| {
            format!(
                "{} has no article \"{}\" with text",
                document.short_title, args.article
            )
        })?;
    println!(
        "Similar to {} of {} ({} provisions with text; index {} ms, query {} ms):",
        provision.label(),
        document.short_title,
        index.len(),
        built.as_millis(),
        asked.as_millis()
    );
    let kinds: Vec<String> = index
        .kinds_of(&of)
        .iter()
        .map(|(kind, strength)| format!("{kind} {strength:.2}"))
        .collect();
    if !kinds.is_empty() {
        println!("  reads as: {}", kinds.join(", "));
    }
    if found.is_empty() {
        println!("  nothing similar in the other treaties");
    }
    for (rank, s) in found.iter().enumerate() {
        println!(
            "{:>2}. {:.3}  {} — {} ({}): {}",
            rank + 1,
            s.score,
            s.label,
            s.treaty_title,
            s.target,
            s.explanation
        );
    }
    Ok(())
}

/// Adds the documents of `files` to `library`; a document whose id the library already has is
/// left out, with a note on stderr.
pub fn add(library: &mut Bundle, files: &[PathBuf]) -> Result<(), String> {
    for file in files {
        for document in read_documents(file)? {
            if library.documents.iter().any(|d| d.id == document.id) {
                eprintln!(
                    "note: {}: the library already has \"{}\"; left out",
                    file.display(),
                    document.id
                );
                continue;
            }
            library.documents.push(document);
        }
    }
    Ok(())
}

fn read_documents(file: &Path) -> Result<Vec<treaty_core::model::Document>, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    import_treaty_file(&name, &bytes)
        .map(|b| b.documents)
        .map_err(|e| format!("{}: {e}", file.display()))
}
