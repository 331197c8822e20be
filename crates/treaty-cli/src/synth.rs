//! `treaty synth [--articles N] [--sources N] [--statements N] --out FILE`: a generated library
//! for the scale benchmark (`scripts/benches/scale.mjs`): one treaty of N articles (about 2 KB of
//! treaty-like text each, so 500 articles make about 1 MB) and sources that quote and
//! paraphrase its articles, attributed by the real pipeline. Deterministic (a fixed seed), so
//! runs compare.

use crate::files::write_atomically;
use std::path::PathBuf;
use treaty_core::attribution::attribute_source;
use treaty_core::bundle::Bundle;
use treaty_core::import::{import_source_file, import_treaty_file, SourceDetails};

/// Generate a large library for the scale benchmark
#[derive(clap::Args)]
pub struct Args {
    /// Articles in the generated treaty
    #[arg(long, default_value_t = 500)]
    articles: usize,
    /// News sources about it
    #[arg(long, default_value_t = 200)]
    sources: usize,
    /// Treaty statements in each source
    #[arg(long, default_value_t = 10)]
    statements: usize,
    /// Where to write the bundle
    #[arg(long)]
    out: PathBuf,
}

/// Words the generated clauses are made of: treaty vocabulary, so the recogniser and the
/// attribution pipeline meet the kinds of words they meet in real texts.
const WORDS: &[&str] = &[
    "the",
    "parties",
    "shall",
    "cooperate",
    "in",
    "accordance",
    "with",
    "their",
    "laws",
    "and",
    "obligations",
    "under",
    "international",
    "law",
    "each",
    "party",
    "undertakes",
    "to",
    "consult",
    "on",
    "matters",
    "of",
    "mutual",
    "interest",
    "security",
    "defence",
    "trade",
    "economic",
    "development",
    "exchange",
    "information",
    "measures",
    "necessary",
    "for",
    "implementation",
    "this",
    "treaty",
    "agreement",
    "any",
    "dispute",
    "settled",
    "by",
    "negotiation",
    "territory",
    "sovereignty",
    "respect",
    "independence",
    "peace",
    "region",
    "assistance",
    "provide",
    "without",
    "delay",
    "all",
    "means",
    "event",
    "armed",
    "attack",
    "against",
    "either",
    "committee",
    "establish",
    "annual",
    "meeting",
    "ministers",
    "science",
    "technology",
    "culture",
    "education",
    "health",
    "energy",
];

/// A small fixed-seed generator (xorshift): the benchmark's inputs must not change between runs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn sentence(&mut self, words: usize) -> String {
        let mut s: Vec<&str> = (0..words).map(|_| WORDS[self.below(WORDS.len())]).collect();
        s[0] = "The";
        format!("{}.", s.join(" "))
    }
}

pub fn run(args: &Args) -> Result<(), String> {
    let mut rng = Rng(0x5eed_1234_abcd_9876);
    let mut text = String::from(
        "# title: Generated Treaty for the Scale Benchmark\n# language: en\n# status: NOT an official text (generated for the scale benchmark)\n\n",
    );
    let mut articles = Vec::with_capacity(args.articles);
    for n in 1..=args.articles {
        let paragraphs: Vec<String> = (0..3)
            .map(|_| {
                (0..4)
                    .map(|_| {
                        let words = 16 + rng.below(12);
                        rng.sentence(words)
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        text.push_str(&format!("Article {n}\n\n{}\n\n", paragraphs.join("\n\n")));
        articles.push(paragraphs);
    }
    let mut bundle = import_treaty_file("generated-treaty.txt", text.as_bytes())
        .map_err(|e| format!("the generated treaty does not import: {e}"))?;
    let document = bundle.documents[0].id.clone();
    for s in 0..args.sources {
        let mut body = format!("Generated report {s} on the treaty.\n\n");
        for _ in 0..args.statements {
            let n = rng.below(args.articles);
            let paragraph = &articles[n][rng.below(3)];
            let sentence = paragraph.split(". ").next().unwrap_or(paragraph);
            body.push_str(&format!(
                "Article {} of the treaty says that \u{201c}{}\u{201d}, officials said.\n\n{}\n\n",
                n + 1,
                sentence.trim_end_matches('.'),
                rng.sentence(20)
            ));
        }
        let details = SourceDetails {
            about: document.clone(),
            now: "2026-11-30T12:00:00Z".to_owned(),
            outlet: Some(format!("Generated Outlet {}", s % 40)),
            title: Some(format!("Generated report {s}")),
            url: Some(format!("https://example.org/report/{s}")),
            date: Some("2026-11-30".to_owned()),
            language: Some("en".to_owned()),
        };
        let mut source = import_source_file(&format!("report-{s}.txt"), body.as_bytes(), &details)
            .map_err(|e| format!("generated source {s} does not import: {e}"))?;
        source.id = format!("generated-{s}");
        source.attributions = attribute_source(&source, &bundle);
        bundle = bundle.merged(Bundle::new(Vec::new(), vec![source], Vec::new()));
    }
    if let Some(dir) = args.out.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot create directory: {e}", dir.display()))?;
    }
    write_atomically(&args.out, &bundle.to_json_compact())?;
    let attributed: usize = bundle
        .sources
        .iter()
        .flat_map(|s| &s.attributions)
        .filter(|a| !a.candidates.is_empty())
        .count();
    eprintln!(
        "{}: {} articles, {} sources, {attributed} statements attributed",
        args.out.display(),
        args.articles,
        bundle.sources.len()
    );
    Ok(())
}
