//! `treaty`: reads treaty files as the app does, imports corpus treaty texts, builds the bundle the Treaty Reader app loads,
//! evaluates quote attribution on labelled news sources, exports attributions (W3C Web
//! Annotations) and citations, finds similar provisions in other treaties (and evaluates that), and generates a large library for the scale benchmark.
//!
//! Every failure is reported on stderr, naming the file (and line where known), with exit code 1;
//! usage errors are clap's (exit code 2).

mod bundle;
mod derived;
mod eval;
mod export;
mod files;
mod import;
mod import_text;
mod similar;
mod similar_eval;
mod synth;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "treaty",
    version,
    about = "Import treaty texts, build Treaty Reader bundles, export treaties, annotations and citations"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Import(import::Args),
    ImportText(import_text::Args),
    Bundle(bundle::Args),
    Eval(eval::Args),
    Annotations(export::AnnotationsArgs),
    Cite(export::CiteArgs),
    Export(export::ExportArgs),
    Synth(synth::Args),
    Similar(similar::Args),
    SimilarEval(similar_eval::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Import(args) => import::run(&args),
        Command::ImportText(args) => import_text::run(&args),
        Command::Bundle(args) => bundle::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Annotations(args) => export::run_annotations(&args),
        Command::Cite(args) => export::run_cite(&args),
        Command::Export(args) => export::run_export(&args),
        Command::Synth(args) => synth::run(&args),
        Command::Similar(args) => similar::run(&args),
        Command::SimilarEval(args) => similar_eval::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
