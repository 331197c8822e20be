// Quote anchoring under node: Treaty Reader's matcher (the core compiled to wasm, built by
// scripts/benches/anchor.sh into wasm/pkg/) against approx-string-match, the matcher Hypothesis
// uses, on the same generated inputs.
//
// Inputs: every paragraph (line without a `#` header) of the texts the project has: the
// shipped corpus (corpus/*.txt and corpus/sources/*.txt), the shared corpus next to the
// worktree (../shared/corpus/*.txt and the import-dev treaties ../shared/import-dev/*.txt,
// *.md, when present) and the eval-dev sources
// (crates/treaty-core/tests/fixtures/eval-dev/sources/*.txt), each distinct paragraph once;
// shuffled with a seeded generator and dealt out, reshuffled on every pass, until the text
// has 10 K, 100 K and 1 M characters. With the shared texts there are about 2 M distinct
// characters, so no text repeats a paragraph (without them, about 0.1 M: the 1 M text then
// repeats each paragraph about ten times, in different neighbourhoods). From each text,
// quotes of 100–500 characters cut at random places, with 0, 5 and 10 % random character
// edits (substitutions, insertions, deletions of a letter). A seeded generator makes every
// run use the same inputs.
//
// What is timed, per call, averaged over every quote and round (after one warm-up round):
// - theirs: `search(text, quote, maxErrors)` on the JS string, with maxErrors = min(256,
//   quote length / 2) as Hypothesis's match-quote passes;
// - ours search: the core's `search(text, quote, maxErrors)` with the same maxErrors, the text
//   already in wasm memory (converted from UTF-16 once, before timing, as the JS side has its
//   string once); the quote is passed, and so converted, on every call;
// - ours anchor: the core's `anchor_quote(lines, quote)`, the whole of what attribution does
//   for a quote: typography folded away in the quote and in every line, every line searched,
//   the best place chosen and mapped back to the original text;
// - ours prepared: the same with the lines normalised once per text (`PreparedText`, built
//   before timing), as the attribution pipeline now does once per article. Builds of the
//   core before `PreparedText` lack this column.
// The ratio is theirs / ours: how many times faster ours is.
//
// Positions: JS strings count UTF-16 code units, the core UTF-8 bytes. The wasm wrapper
// converts every position it returns into a UTF-16 offset in the whole text (from an index
// built before timing), and the corpus has no characters outside the BMP, so a character is
// one unit on both sides and edit distances agree. Agreement is checked on the searches: the
// same error count, the same first best match end, and every end ours reports among theirs
// (ours drops a match that contains another, the fix for approx-string-match issue #17, so it
// may report fewer). Starts are counted separately: for a best end approx-string-match takes
// the longest span with that error count, ours the tightest, so they may differ by design.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import search from "approx-string-match";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const require = createRequire(import.meta.url);
// The wasm glue directory: wasm/pkg, or another build given as the first argument (to time
// another version of the core).
// Builds of the core to time, as label=directory arguments (the wasm glue directory that
// wasm-bindgen wrote); by default the app's profile (wasm/pkg) and, when built, the worker's
// (wasm/pkg-worker: treaty-core at opt-level 3).
const builds = (
  process.argv.length > 2
    ? process.argv.slice(2).map((a) => { const at = a.indexOf("="); return [a.slice(0, at), resolve(a.slice(at + 1))]; })
    : [
        ["ours (app profile)", join(here, "wasm", "pkg")],
        ["ours (worker profile, opt 3)", join(here, "wasm", "pkg-worker")],
      ]
)
  .filter(([, dir]) => existsSync(join(dir, "treaty_anchor_bench.js")))
  .map(([label, dir]) => ({ label, Text: require(join(dir, "treaty_anchor_bench.js")).Text }));
if (builds.length === 0) throw new Error("no wasm build to time; run scripts/benches/anchor.sh");

/** Text sizes in characters: a long article, a whole treaty, a book. */
const SIZES = [10_000, 100_000, 1_000_000];
/** Character edits per quote character. */
const ERROR_RATES = [0, 0.05, 0.1];
/** Quotes per size and error rate (fewer on the largest text, to keep the run short). */
const QUOTES = { 10000: 40, 100000: 30, 1000000: 20 };
/** Timed rounds over the quotes, after one warm-up round. */
const ROUNDS = { 10000: 5, 100000: 3, 1000000: 2 };
/** match-quote's limit on errors, beside half the quote's length. */
const MAX_ERRORS = 256;

/** mulberry32: a small seeded generator, so that both matchers see the same inputs. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The paragraphs of every `.txt` (and `.md`) file in `dir` (none when it does not exist). */
function paragraphsIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
    .filter((f) => f !== "README.md")
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split("\n")
        .map((l) => l.trimEnd())
        .filter((l) => !l.startsWith("#") && l.trim() !== ""),
    );
}

/** Every distinct paragraph the project's texts have, in a fixed order. */
function corpusLines() {
  const dirs = [
    join(root, "corpus"),
    join(root, "corpus", "sources"),
    join(root, "..", "shared", "corpus"),
    join(root, "..", "shared", "import-dev"),
    join(root, "crates", "treaty-core", "tests", "fixtures", "eval-dev", "sources"),
  ];
  return [...new Set(dirs.flatMap(paragraphsIn))];
}

/** Fisher–Yates with the seeded generator. */
function shuffled(items, random) {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The paragraphs, shuffled anew on every pass, until the text has `size` characters. */
function textOf(lines, size) {
  const random = generator(size ^ 0x5eed);
  const out = [];
  let length = 0;
  while (length < size) {
    for (const line of shuffled(lines, random)) {
      if (length >= size) break;
      out.push(line);
      length += line.length + 1;
    }
  }
  return out.join("\n").slice(0, size);
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function quoteOf(text, rate, random) {
  const length = 100 + Math.floor(random() * 401);
  const from = Math.floor(random() * Math.max(1, text.length - length));
  const quote = text.slice(from, from + length).split("");
  const edits = Math.round(quote.length * rate);
  for (let e = 0; e < edits; e += 1) {
    const at = Math.floor(random() * quote.length);
    const letter = LETTERS[Math.floor(random() * LETTERS.length)];
    const op = Math.floor(random() * 3);
    if (op === 0) quote[at] = letter;
    else if (op === 1) quote.splice(at, 0, letter);
    else quote.splice(at, 1);
  }
  return quote.join("");
}

const maxErrorsOf = (quote) => Math.min(MAX_ERRORS, Math.floor(quote.length / 2));

/** Mean milliseconds per call of `run` over the quotes, and the last round's results. */
function time(quotes, rounds, run) {
  let results = quotes.map(run);
  const start = performance.now();
  for (let r = 0; r < rounds; r += 1) results = quotes.map(run);
  return { ms: (performance.now() - start) / (rounds * quotes.length), results };
}

/** Flat [start, end, errors, ...] into match objects. */
function matches(flat) {
  const out = [];
  for (let i = 0; i < flat.length; i += 3) {
    out.push({ start: flat[i], end: flat[i + 1], errors: flat[i + 2] });
  }
  return out;
}

function agreement(ours, theirs) {
  let same = 0;
  let starts = 0;
  for (let q = 0; q < ours.length; q += 1) {
    const o = ours[q];
    const t = theirs[q];
    const ends = new Set(t.map((m) => m.end));
    const agree =
      o.length === 0
        ? t.length === 0
        : t.length > 0 &&
          o[0].errors === t[0].errors &&
          o[0].end === t[0].end &&
          o.every((m) => ends.has(m.end) && m.errors === t[0].errors);
    if (agree) same += 1;
    if (agree && o.length > 0 && o[0].start === t[0].start) starts += 1;
  }
  return { same, starts, of: ours.length };
}

const fmt = (ms) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));
const ratio = (theirs, ours) => `${(theirs / ours).toFixed(2)}x`;

const lines = corpusLines();
const distinct = lines.reduce((n, l) => n + l.length + 1, 0);
console.log(`${lines.length} distinct paragraphs, ${distinct} characters`);
const rows = [];
for (const size of SIZES) {
  const text = textOf(lines, size);
  const texts = builds.map((b) => new b.Text(text));
  for (const rate of ERROR_RATES) {
    const random = generator(size + Math.round(rate * 1000));
    const quotes = Array.from({ length: QUOTES[size] }, () => quoteOf(text, rate, random));
    const rounds = ROUNDS[size];
    const theirs = time(quotes, rounds, (q) => search(text, q, maxErrorsOf(q)));
    const row = { size, rate, theirs: theirs.ms, quotes: quotes.length, builds: [] };
    texts.forEach((wasmText, b) => {
      const ours = time(quotes, rounds, (q) => matches(wasmText.search(q, maxErrorsOf(q))));
      const anchored = time(quotes, rounds, (q) => wasmText.anchor(q));
      const fast = time(quotes, rounds, (q) => wasmText.anchorPrepared(q));
      const same = fast.results.every((r, i) => r.join() === anchored.results[i].join());
      if (!same) throw new Error(`${builds[b].label}: prepared anchoring differs from anchor_quote`);
      if (b > 0 && anchored.results.some((r, i) => r.join() !== row.builds[0].anchorResults[i].join())) {
        throw new Error(`${builds[b].label}: anchoring differs from ${builds[0].label}`);
      }
      row.builds.push({
        search: ours.ms,
        anchor: anchored.ms,
        prepared: fast.ms,
        anchorResults: anchored.results,
        agreed: agreement(ours.results, theirs.results),
      });
    });
    rows.push(row);
  }
}

const cell = (row) => `| ${row.size / 1000} K | ${row.rate * 100} % | ${row.quotes} |`;
for (const [b, build] of builds.entries()) {
  console.log(`\n${build.label}\n`);
  console.log(
    "| text | errors | quotes | approx-string-match ms | search ms | ratio | anchor_quote ms | ratio |" +
      " prepared ms | ratio | same best match | same start |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) {
    const o = row.builds[b];
    console.log(
      `${cell(row)} ${fmt(row.theirs)} | ${fmt(o.search)} | ${ratio(row.theirs, o.search)} | ` +
        `${fmt(o.anchor)} | ${ratio(row.theirs, o.anchor)} | ${fmt(o.prepared)} | ` +
        `${ratio(row.theirs, o.prepared)} | ${o.agreed.same}/${o.agreed.of} | ` +
        `${o.agreed.starts}/${o.agreed.of} |`,
    );
  }
}
if (builds.length > 1) {
  console.log("\nRatios (approx-string-match time / ours; above 1 is faster)\n");
  const heads = builds.flatMap((b) => [`${b.label} search`, "anchor_quote", "prepared"]);
  console.log(`| text | errors | quotes | ${heads.join(" | ")} |`);
  console.log(`| ---: | ---: | ---: |${heads.map(() => " ---: |").join("")}`);
  for (const row of rows) {
    const ratios = row.builds.flatMap((o) => [o.search, o.anchor, o.prepared].map((ms) => ratio(row.theirs, ms)));
    console.log(`${cell(row)} ${ratios.join(" | ")} |`);
  }
}
