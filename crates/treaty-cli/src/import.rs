//! `treaty import FILE…`: reads treaty files of any supported format with the app's own importer
//! (`treaty_core::import::import_treaty_file`) and prints each document as JSON, or with
//! `--summary` one line per file. With `--check`, each file is compared with the `<id>.meta.json`
//! beside it (the layout of the importer development set, `../shared/import-dev/`; the comparison
//! is `treaty_core::import::Expectations`), as a table.

use crate::files::read_text;
use std::fs;
use std::path::{Path, PathBuf};
use treaty_core::import::{import_treaty_file, Expectations, ImportPreview};
use treaty_core::model::Document;

/// Read treaty files as the app does; print their documents, a summary, or a check against
/// expectations
#[derive(clap::Args)]
pub struct Args {
    /// Treaty files (plain text, Markdown, HTML, Akoma Ntoso XML or a bundle)
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// One line per file instead of the documents' JSON
    #[arg(long)]
    summary: bool,
    /// Compare each file with the `.meta.json` beside it (a Markdown table; exit status 0)
    #[arg(long, conflicts_with = "summary")]
    check: bool,
}

pub fn run(args: &Args) -> Result<(), String> {
    let read: Vec<(PathBuf, Result<Vec<Document>, String>)> = args
        .files
        .iter()
        .map(|file| (file.clone(), read(file)))
        .collect();
    if args.check {
        print_check(&read);
    } else if args.summary {
        for (file, documents) in &read {
            println!("{}: {}", file.display(), summary(documents));
        }
    } else {
        let mut out = Vec::new();
        for (file, documents) in read {
            out.extend(documents.map_err(|e| format!("{}: {e}", file.display()))?);
        }
        let json = serde_json::to_string_pretty(&out)
            .map_err(|e| format!("cannot write the documents as JSON: {e}"))?;
        println!("{json}");
    }
    Ok(())
}

fn read(file: &Path) -> Result<Vec<Document>, String> {
    let bytes = fs::read(file).map_err(|e| format!("cannot read: {e}"))?;
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    import_treaty_file(&name, &bytes)
        .map(|bundle| bundle.documents)
        .map_err(|e| e.to_string())
}

/// Each document's `ImportPreview::line` ("10 articles (1–10), en; preamble; no divisions; 1
/// annex (Annex: 0 articles); 2 warnings"), the same preview the app shows before adding a file,
/// or "refused: …".
fn summary(documents: &Result<Vec<Document>, String>) -> String {
    match documents {
        Ok(documents) => documents
            .iter()
            .map(|d| ImportPreview::of(d).line())
            .collect::<Vec<_>>()
            .join(" | "),
        Err(e) => format!("refused: {e}"),
    }
}

/// `unclos-1982.en.txt` → `unclos-1982.en.meta.json` (the name up to its format extension).
fn meta_path(file: &Path) -> PathBuf {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    let stem = name
        .strip_suffix(".akn.xml")
        .or_else(|| name.rsplit_once('.').map(|(stem, _)| stem))
        .unwrap_or(&name);
    file.with_file_name(format!("{stem}.meta.json"))
}

fn print_check(read: &[(PathBuf, Result<Vec<Document>, String>)]) {
    println!(
        "| file | articles expected | read | last expected | read | first words | languages expected | read | annex articles expected | read | what was read |"
    );
    println!("| --- | ---: | ---: | --- | --- | --- | --- | --- | ---: | ---: | --- |");
    let (mut right, mut checked) = (0, 0);
    for (file, documents) in read {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let expected = read_text(&meta_path(file)).and_then(|t| Expectations::from_json(&t));
        let Ok(expected) = expected else {
            println!("| {name} | ? | | | | | | | | | no readable .meta.json beside it |");
            continue;
        };
        checked += 1;
        let check = expected.check(documents.as_ref().ok().and_then(|d| d.first()));
        let ok = check.as_expected();
        right += usize::from(ok);
        println!(
            "| {name} | {} | {}{} | {} | {} | {} | {} | {}{} | {} | {}{} | {} |",
            expected.articles_expected,
            check.count,
            if check.count_ok { " ✓" } else { "" },
            expected.last_number(),
            check.last,
            if check.first_words_ok { "✓" } else { "✗" },
            expected.languages().join("+"),
            check.languages.join("+"),
            if check.languages_ok { " ✓" } else { "" },
            expected.annex_articles(),
            check.annex_articles,
            if check.annex_articles_ok { " ✓" } else { "" },
            summary(documents).replace('|', "/"),
        );
    }
    println!("\n{right} of {checked} files read as expected.");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meta_file_is_named_after_the_document() {
        assert_eq!(
            meta_path(Path::new("d/unclos-1982.en.txt")),
            Path::new("d/unclos-1982.en.meta.json")
        );
        assert_eq!(
            meta_path(Path::new("d/uk-ukpga-1998-29.en.akn.xml")),
            Path::new("d/uk-ukpga-1998-29.en.meta.json")
        );
    }
}
