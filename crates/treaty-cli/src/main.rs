//! `treaty`: imports corpus treaty texts, builds the bundle the Treaty Reader app loads, and
//! evaluates quote attribution on labelled news sources.
//!
//! Every failure is reported on stderr, naming the file (and line where known), with exit code 1;
//! usage errors are clap's (exit code 2).

mod bundle;
mod eval;
mod files;
mod import_text;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "treaty",
    version,
    about = "Import treaty texts and build Treaty Reader bundles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    ImportText(import_text::Args),
    Bundle(bundle::Args),
    Eval(eval::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::ImportText(args) => import_text::run(&args),
        Command::Bundle(args) => bundle::run(&args),
        Command::Eval(args) => eval::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
