//! `treaty similar-eval --labels FILE [--corpus DIR] [--import FILE…] [--json]`: precision at 3
//! of "similar provisions elsewhere" on hand labels, for the method and for the
//! shingle-Jaccard baseline in the same run (`treaty_core::similar::eval`, where the metric is
//! defined: relevant in the top 3 over min(3, number relevant), averaged over the queries).

use crate::files::read_text;
use std::path::PathBuf;
use std::time::Instant;
use treaty_core::similar::eval::{evaluate, Labels};

/// Evaluate similar provisions on hand labels: P@3 of the method and of the baseline
#[derive(clap::Args)]
pub struct Args {
    /// The labels (TOML, `[[query]]` tables: treaty, article, relevant, reason)
    #[arg(long)]
    labels: PathBuf,
    /// Corpus directory holding library.toml (the shipped library)
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Treaty files to add to the library (e.g. from ../shared/import-dev)
    #[arg(long)]
    import: Vec<PathBuf>,
    /// Print the evaluation as JSON
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args) -> Result<(), String> {
    let labels = Labels::from_toml(&read_text(&args.labels)?)
        .map_err(|e| format!("{}: {e}", args.labels.display()))?;
    let mut library = crate::bundle::library(&args.corpus)?;
    crate::similar::add(&mut library, &args.import)?;
    let started = Instant::now();
    let evaluation = evaluate(&library, &labels);
    let took = started.elapsed();
    if args.json {
        let json = serde_json::to_string_pretty(&evaluation)
            .map_err(|e| format!("cannot write the evaluation as JSON: {e}"))?;
        println!("{json}");
        return Ok(());
    }
    let list = |refs: &[treaty_core::similar::ProvisionRef]| {
        refs.iter()
            .map(|r| r.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for q in &evaluation.queries {
        println!(
            "{}  method {:.2} [{}]  baseline {:.2} [{}]  relevant [{}]",
            q.query,
            q.method_p3,
            list(&q.method),
            q.baseline_p3,
            list(&q.baseline),
            list(&q.relevant)
        );
    }
    for s in &evaluation.skipped {
        println!("skipped: {s}");
    }
    println!(
        "\n{} queries ({} skipped); P@3 (capped: relevant in top 3 / min(3, relevant)): method {:.3}, shingle-Jaccard baseline {:.3}; {} ms",
        evaluation.queries.len(),
        evaluation.skipped.len(),
        evaluation.method_p3,
        evaluation.baseline_p3,
        took.as_millis()
    );
    Ok(())
}
