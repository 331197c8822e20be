//! `treaty eval --labels FILE --sources DIR [--bundle PATH] [--document ID] [--json]`: runs the
//! attribution pipeline on a set of news sources and scores it against hand-made labels, by the
//! protocol of `crates/treaty-core/tests/fixtures/eval-dev/README.md`, beside a plain BM25
//! baseline so that the gain is visible.
//!
//! The sources are new to the pipeline: a source of the bundle with the same id, URL or body is
//! left out of the bundle for the run (with the reports quoting it), and the bundle's own
//! attributions are recomputed without it, so no label is scored against itself. Labels are
//! read only to score.

mod baseline;
mod labels;
mod report;
mod score;

use crate::bundle::library;
use crate::files::read_text;
use baseline::Baseline;
use labels::Label;
use score::{charter_found, charter_found_literally, matched, rates, Outcome};
use std::io::Write;
use std::path::{Path, PathBuf};
use treaty_core::attribution::{attribute_all, attribute_batch, Attribution};
use treaty_core::bundle::{Bundle, Source};
use treaty_core::import::import_source;
use treaty_core::refs::Catalog;

/// Score attribution against labelled news sources
#[derive(clap::Args)]
pub struct Args {
    /// The labels (JSON list, as in the eval-dev README)
    #[arg(long)]
    labels: PathBuf,
    /// Directory of the source files (*.txt) the labels name
    #[arg(long)]
    sources: PathBuf,
    /// Bundle to attribute against (default: built from ./corpus/library.toml)
    #[arg(long)]
    bundle: Option<PathBuf>,
    /// Document the sources are about (default: the bundle's first)
    #[arg(long)]
    document: Option<String>,
    /// Print one JSON object instead of a table
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args) -> Result<(), String> {
    let labels = labels::parse(&read_text(&args.labels)?)
        .map_err(|e| format!("{}: {e}", args.labels.display()))?;
    let mut bundle = match &args.bundle {
        Some(path) => {
            Bundle::from_json(&read_text(path)?).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => shipped()?,
    };
    let document = match &args.document {
        Some(id) => id.clone(),
        None => bundle
            .documents
            .first()
            .map(|d| d.id.clone())
            .ok_or("the bundle has no documents")?,
    };
    if bundle.document(&document).is_none() {
        return Err(format!("the bundle has no document \"{document}\""));
    }
    let sources = read_sources(&args.sources, &document)?;
    bundle.leave_out(&sources);
    attribute_all(&mut bundle);
    let found = attribute_batch(&bundle, &sources);
    let catalog = Catalog::from_bundles([&bundle]);
    let baseline = bundle.document(&document).map(Baseline::new);
    let mut outcomes = Vec::with_capacity(labels.len());
    for label in &labels {
        let at = sources.iter().position(|s| file_id(&label.source) == s.id);
        let Some(at) = at else {
            return Err(format!(
                "{}: label {} names the source {}, which is not in {}",
                args.labels.display(),
                label.id,
                label.source,
                args.sources.display()
            ));
        };
        outcomes.push(outcome(
            label,
            &sources[at],
            &found[at],
            &catalog,
            &document,
            baseline.as_ref(),
        )?);
    }
    let method = rates(
        &labels,
        |i| outcomes[i].predicted.first().map(String::as_str),
        |i| outcomes[i].charter_found,
    );
    let plain = rates(
        &labels,
        |i| outcomes[i].baseline.as_deref(),
        |i| outcomes[i].baseline_charter_found,
    );
    let text = if args.json {
        format!("{}\n", report::to_json(&method, &plain, &outcomes))
    } else {
        report::table(&method, &plain, &outcomes)
    };
    // Written rather than printed, so that a closed pipe is an error, not a panic.
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write the results: {e}"))?;
    Ok(())
}

/// The shipped library, built from ./corpus/library.toml.
fn shipped() -> Result<Bundle, String> {
    let corpus = Path::new("corpus");
    if !corpus.join("library.toml").is_file() {
        let here =
            std::env::current_dir().map_or_else(|_| ".".to_owned(), |d| d.display().to_string());
        return Err(format!(
            "corpus/library.toml not found in {here}: run from the repository root or pass --bundle"
        ));
    }
    library(corpus)
}

/// Every *.txt file of `dir`, in name order, as a source about `document` named by its file
/// name without the extension.
fn read_sources(dir: &Path, document: &str) -> Result<Vec<Source>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot read: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            import_source(
                &file_id(&name),
                vec![document.to_owned()],
                &read_text(path)?,
            )
            .map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}

/// "02-reuters-2024-06-20.txt" → "02-reuters-2024-06-20".
fn file_id(name: &str) -> String {
    name.strip_suffix(".txt").unwrap_or(name).to_owned()
}

/// The prediction for one label.
fn outcome(
    label: &Label,
    source: &Source,
    found: &[Attribution],
    catalog: &Catalog,
    document: &str,
    baseline: Option<&Baseline>,
) -> Result<Outcome, String> {
    let start = source.body.find(&label.quote).ok_or_else(|| {
        format!(
            "label {}: its quote is not in the body of {}",
            label.id, label.source
        )
    })?;
    let end = start + label.quote.len();
    let hit = matched(found, start, end);
    let statement = hit.and_then(|a| source.body.get(a.statement.start..a.statement.end));
    let expected = if label.negative {
        "negative".to_owned()
    } else if !label.articles.is_empty() {
        join(&label.articles)
    } else if !label.articles_inferred.is_empty() {
        format!("~{}", join(&label.articles_inferred))
    } else {
        "-".to_owned()
    };
    Ok(Outcome {
        id: label.id.clone(),
        predicted: hit.map_or_else(Vec::new, |a| {
            a.candidates.iter().map(|c| c.article.clone()).collect()
        }),
        verdict: hit.and_then(|a| a.verdict),
        score: hit.and_then(|a| {
            a.candidates
                .first()
                .map(|c| score::round(f64::from(c.score)))
        }),
        baseline: statement.and_then(|s| baseline?.predict(s)),
        expected,
        charter_found: charter_found(label, &source.body, start, end, catalog, document),
        baseline_charter_found: charter_found_literally(label, &label.quote, catalog),
    })
}

fn join(articles: &[u32]) -> String {
    articles
        .iter()
        .map(|a| {
            if *a == 0 {
                "preamble".to_owned()
            } else {
                a.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}
