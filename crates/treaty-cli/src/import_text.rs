//! `treaty import-text FILE [--id ID]`: shows how the importer reads one corpus file, as the
//! document's JSON, so that a corpus edit can be checked before it goes into a bundle.

use crate::files::read_text;
use std::path::PathBuf;
use treaty_core::import::{import_text, TextOptions};

/// Print one corpus treaty text as a Document (pretty JSON on stdout)
#[derive(clap::Args)]
pub struct Args {
    /// The corpus text file
    file: PathBuf,
    /// Document id (default: the file name up to its first dot)
    #[arg(long)]
    id: Option<String>,
}

pub fn run(args: &Args) -> Result<(), String> {
    let text = read_text(&args.file)?;
    let id = args.id.clone().unwrap_or_else(|| default_id(&args.file));
    let doc = import_text(&id, &text, &TextOptions::default())
        .map_err(|e| format!("{}: {e}", args.file.display()))?;
    let json = serde_json::to_string_pretty(&doc)
        .map_err(|e| format!("cannot write the document as JSON: {e}"))?;
    println!("{json}");
    Ok(())
}

/// "rus-dprk-2024.en.fragments.txt" → "rus-dprk-2024".
fn default_id(file: &std::path::Path) -> String {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    name.split('.').next().unwrap_or_default().to_owned()
}
