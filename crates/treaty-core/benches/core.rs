//! Timings of the core's hot paths, for reading rather than asserting: reference recognition
//! on a large text, statement extraction from a source, attribution of the eval-dev set
//! against the shipped library, quote anchoring in texts of 10 KB to 1 MB, and a search
//! keystroke over the shipped library's index.
//!
//! `cargo bench -p treaty-core` (add a group name, e.g. `-- anchor`, to run one). Each bench
//! takes ten samples over a few seconds so that the whole run stays near two minutes on a
//! small machine.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use treaty_core::attribution::anchor::{anchor_quote, search, PreparedText};
use treaty_core::attribution::{attribute_batch, extract};
use treaty_core::bundle::{Bundle, Source};
use treaty_core::import::{build_library, import_source};
use treaty_core::refs::{recognise, Catalog};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
const DEV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/eval-dev/sources"
);
/// The treaty the dev sources are about.
const DOCUMENT: &str = "rus-dprk-2024";
/// Sizes of the texts quotes are anchored in: a long article, a whole treaty, a book.
const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];
/// Quotes per anchoring sample: enough that one sample is not one lucky quote.
const QUOTES: usize = 8;
/// Character edits per hundred quote characters: the middle of the 0–10 % the issue names.
const ERROR_PERCENT: usize = 5;

fn read(file: &str) -> Result<String, String> {
    std::fs::read_to_string(format!("{CORPUS}/{file}")).map_err(|e| format!("{file}: {e}"))
}

fn library() -> Bundle {
    build_library(&read("library.toml").expect("library.toml"), read).expect("the library")
}

/// The `.txt` files in `dir`, in file name order.
fn text_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// The eval-dev sources, under ids of their own so that they are new to the library.
fn dev_sources() -> Vec<Source> {
    text_files(DEV)
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("a dev source");
            let name = path.file_stem().unwrap_or_default().to_string_lossy();
            import_source(&format!("dev-{name}"), vec![DOCUMENT.into()], &text)
                .expect("a dev source imports")
        })
        .collect()
}

/// The paragraphs of every corpus text (lines after the `#` header), in file name order.
fn corpus_paragraphs() -> Vec<String> {
    text_files(CORPUS)
        .iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).expect("a corpus text");
            text.lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A deterministic generator (SplitMix64), so that every run anchors the same quotes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Corpus paragraphs repeated until they hold `size` bytes.
fn text_of(paragraphs: &[String], size: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut bytes = 0;
    for p in paragraphs.iter().cycle() {
        if bytes >= size {
            break;
        }
        bytes += p.len() + 1;
        out.push(p.clone());
    }
    out
}

/// A quote of 100–500 characters from `text` with `ERROR_PERCENT` random character edits.
fn quote_of(text: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = text.chars().collect();
    let len = 100 + rng.below(401);
    let from = rng.below(chars.len().saturating_sub(len).max(1));
    let mut quote: Vec<char> = chars[from..(from + len).min(chars.len())].to_vec();
    for _ in 0..quote.len() * ERROR_PERCENT / 100 {
        let at = rng.below(quote.len());
        let letter = char::from(b'a' + rng.below(26) as u8);
        match rng.below(3) {
            0 => quote[at] = letter,
            1 => quote.insert(at, letter),
            _ => {
                quote.remove(at);
            }
        }
    }
    quote.into_iter().collect()
}

fn pipeline(c: &mut Criterion) {
    let library = library();
    let catalog = Catalog::from_bundles([&library]);
    let sources = dev_sources();
    let large = corpus_paragraphs().join("\n");
    let mut group = c.benchmark_group("pipeline");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    group.throughput(Throughput::Bytes(large.len() as u64));
    group.bench_function("refs_recognise_corpus", |b| {
        b.iter(|| recognise(black_box(&large), &catalog, DOCUMENT))
    });
    let longest = sources
        .iter()
        .max_by_key(|s| s.body.len())
        .expect("a dev source");
    group.throughput(Throughput::Bytes(longest.body.len() as u64));
    group.bench_function("extract_longest_dev_source", |b| {
        b.iter(|| {
            extract(
                black_box(&longest.body),
                &longest.language,
                &catalog,
                DOCUMENT,
            )
        })
    });
    group.throughput(Throughput::Elements(sources.len() as u64));
    group.bench_function("attribute_dev_set", |b| {
        b.iter(|| attribute_batch(black_box(&library), &sources))
    });
    group.finish();
}

fn anchoring(c: &mut Criterion) {
    let corpus = corpus_paragraphs();
    let mut group = c.benchmark_group("anchor");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    for size in SIZES {
        let paragraphs = text_of(&corpus, size);
        let text = paragraphs.join("\n");
        let mut rng = Rng(size as u64);
        let quotes: Vec<String> = (0..QUOTES).map(|_| quote_of(&text, &mut rng)).collect();
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        group.throughput(Throughput::Elements(QUOTES as u64));
        group.bench_with_input(BenchmarkId::new("anchor_quote", size), &refs, |b, refs| {
            b.iter(|| {
                quotes
                    .iter()
                    .map(|q| anchor_quote(black_box(refs), q))
                    .collect::<Vec<_>>()
            })
        });
        let prepared = PreparedText::new(&refs);
        group.bench_with_input(
            BenchmarkId::new("anchor_prepared", size),
            &prepared,
            |b, prepared| {
                b.iter(|| {
                    quotes
                        .iter()
                        .map(|q| black_box(prepared).anchor(q))
                        .collect::<Vec<_>>()
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("search", size), &text, |b, text| {
            b.iter(|| {
                quotes
                    .iter()
                    .map(|q| search(black_box(text), q, (q.chars().count() / 2).min(256)))
                    .collect::<Vec<_>>()
            })
        });
    }
    group.finish();
}

/// What one keystroke costs the core: parse the words typed so far, expand them over the
/// dictionary (stems, prefix, one-edit typos), rank and group, on the shipped library's index.
fn searching(c: &mut Criterion) {
    use treaty_core::search::{entries_of, group, search, Filter, Index, Query, Segment};
    let index = Index::build(&entries_of(&library()));
    let mut bench = c.benchmark_group("search");
    bench
        .sample_size(10)
        .measurement_time(Duration::from_secs(2));
    for typed in [
        "ar",
        "arm",
        "armed a",
        "armed attac",
        "coercive measures",
        "принудительные меры",
        "coersive",
    ] {
        bench.bench_function(BenchmarkId::new("keystroke", typed), |b| {
            b.iter(|| {
                let query = Query::parse(black_box(typed));
                group(&search(
                    &query,
                    &[Segment::Whole(&index)],
                    &Filter::default(),
                ))
            })
        });
    }
    bench.finish();
}

criterion_group!(benches, pipeline, anchoring, searching);
criterion_main!(benches);
