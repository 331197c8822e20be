//! `treaty annotations` and `treaty cite`: a bundle's attributions as W3C Web Annotations and
//! citations of a treaty or article, for use outside the app (annotation tools, reference
//! managers, footnotes). Thin wrappers over `treaty_core::export`, which the app also calls, so
//! the command and the app's downloads agree.

use crate::files::read_text;
use std::path::{Path, PathBuf};
use treaty_core::bundle::Bundle;
use treaty_core::export::{
    citation_csl, citation_text, date_parts, export_file, web_annotations, ExportFormat,
    ExportRequest,
};

/// Print a treaty's attributed statements as a W3C Web Annotation collection (JSON-LD)
#[derive(clap::Args)]
pub struct AnnotationsArgs {
    #[command(flatten)]
    what: What,
}

/// Print a citation of a treaty or one article (plain text, or CSL-JSON with --csl)
#[derive(clap::Args)]
pub struct CiteArgs {
    #[command(flatten)]
    what: What,
    /// Date the text was consulted, YYYY-MM-DD
    #[arg(long)]
    accessed: String,
    /// Print CSL-JSON (for reference managers) instead of plain text
    #[arg(long)]
    csl: bool,
}

/// Write a treaty in a format other tools load (Akoma Ntoso, a bundle), or the citation or
/// quotes of a treaty or article (CSL-JSON, BibTeX, RIS, Web Annotations): the same file the
/// app's download gives
#[derive(clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    what: What,
    /// akn | bundle | csl | bibtex | ris | annotations
    #[arg(long)]
    format: String,
    /// Date the text was consulted, YYYY-MM-DD (citations: csl, bibtex, ris)
    #[arg(long)]
    accessed: Option<String>,
    /// Write the file here (under the name given); standard output if omitted
    #[arg(long)]
    out: Option<PathBuf>,
}

/// What to export and where the app lives; shared by the export commands.
#[derive(clap::Args)]
struct What {
    /// The bundle to read (e.g. build/bundles/library.json)
    #[arg(long)]
    bundle: PathBuf,
    /// Id of the treaty
    #[arg(long)]
    treaty: String,
    /// Article number as printed ("4", "IV") or "preamble"; the whole treaty if omitted
    #[arg(long)]
    article: Option<String>,
    /// Where the reader app is published, e.g. https://example.org/reader/: links and
    /// annotation ids are its deep links
    #[arg(long)]
    base: String,
}

pub fn run_annotations(args: &AnnotationsArgs) -> Result<(), String> {
    let (bundle, base) = args.what.load()?;
    let what = &args.what;
    let collection = web_annotations(&bundle, &what.treaty, what.article.as_deref(), &base)
        .ok_or_else(|| what.not_found(&bundle))?;
    print(&pretty(&collection)?)?;
    Ok(())
}

pub fn run_export(args: &ExportArgs) -> Result<(), String> {
    let names: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.name()).collect();
    let format = ExportFormat::named(&args.format).ok_or_else(|| {
        format!(
            "--format must be one of {}, not \"{}\"",
            names.join(", "),
            args.format
        )
    })?;
    if format.whole_treaty_only() && args.what.article.is_some() {
        return Err(format!(
            "--format {} exports the whole treaty: leave out --article",
            format.name()
        ));
    }
    let accessed = match (&args.accessed, format.needs_accessed()) {
        (Some(date), _) => checked_date(date)?,
        (None, true) => {
            return Err(format!(
                "--format {} is a citation: give the date the text was consulted with --accessed YYYY-MM-DD",
                format.name()
            ))
        }
        (None, false) => String::new(),
    };
    let (bundle, base) = args.what.load()?;
    let what = &args.what;
    let request = ExportRequest {
        treaty: &what.treaty,
        article: what.article.as_deref(),
        format,
        app_base: &base,
        accessed: &accessed,
    };
    let file = export_file(&bundle, &request).ok_or_else(|| what.not_found(&bundle))?;
    match &args.out {
        Some(path) => std::fs::write(path, &file.text)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => write_out(&file.text),
    }
}

/// `date` if it is a calendar date as YYYY-MM-DD.
fn checked_date(date: &str) -> Result<String, String> {
    if date_parts(date).is_none_or(|p| p.len() != 3) {
        return Err(format!(
            "--accessed must be a date as YYYY-MM-DD (e.g. 2026-11-25), not \"{date}\""
        ));
    }
    Ok(date.trim().to_owned())
}

pub fn run_cite(args: &CiteArgs) -> Result<(), String> {
    checked_date(&args.accessed)?;
    let (bundle, base) = args.what.load()?;
    let what = &args.what;
    let article = what.article.as_deref();
    if args.csl {
        let csl = citation_csl(&bundle, &what.treaty, article, &base, &args.accessed)
            .ok_or_else(|| what.not_found(&bundle))?;
        print(&pretty(&csl)?)?;
    } else {
        let text = citation_text(&bundle, &what.treaty, article, &base, &args.accessed)
            .ok_or_else(|| what.not_found(&bundle))?;
        print(&text)?;
    }
    Ok(())
}

impl What {
    /// The bundle, and the base URL with its trailing '/', after checking the base is an
    /// absolute URL: every id and link in the output is built on it.
    fn load(&self) -> Result<(Bundle, String), String> {
        let base = checked_base(&self.base)?;
        Ok((read_bundle(&self.bundle)?, base))
    }

    /// Why nothing was found: no such treaty (with the ids there are) or no such article.
    fn not_found(&self, bundle: &Bundle) -> String {
        match bundle.document(&self.treaty) {
            None => {
                let ids: Vec<&str> = bundle.documents.iter().map(|d| d.id.as_str()).collect();
                format!(
                    "{}: no treaty with the id \"{}\" (the bundle has: {})",
                    self.bundle.display(),
                    self.treaty,
                    if ids.is_empty() {
                        "none".to_owned()
                    } else {
                        ids.join(", ")
                    }
                )
            }
            Some(d) => format!(
                "{}: treaty \"{}\" has no article \"{}\"",
                self.bundle.display(),
                d.id,
                self.article.as_deref().unwrap_or_default()
            ),
        }
    }
}

fn read_bundle(path: &Path) -> Result<Bundle, String> {
    let text = read_text(path)?;
    Bundle::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// `base` with a trailing '/', if it is an absolute URL (a scheme, "://" and a host).
fn checked_base(base: &str) -> Result<String, String> {
    let base = base.trim();
    let absolute = base.split_once("://").is_some_and(|(scheme, rest)| {
        scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && !rest.starts_with('/')
            && !rest.is_empty()
    }) && !base.chars().any(char::is_whitespace);
    if !absolute {
        return Err(format!(
            "--base must be the absolute URL where the reader app is published (e.g. https://example.org/reader/), not \"{base}\""
        ));
    }
    Ok(if base.ends_with('/') {
        base.to_owned()
    } else {
        format!("{base}/")
    })
}

/// Writes `text` and a newline to stdout (see [`write_out`]).
fn print(text: &str) -> Result<(), String> {
    write_out(&format!("{text}\n"))
}

/// Writes `text` to stdout as it is. A closed pipe (`treaty annotations … | head`) ends the
/// output quietly rather than with a panic; any other write error is reported.
fn write_out(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write to standard output: {e}"))
        }
        _ => Ok(()),
    }
}

fn pretty(value: &serde_json::Value) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("cannot write JSON: {e}"))
}
