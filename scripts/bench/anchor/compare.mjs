// Quote anchoring under node: Treaty Reader's matcher (the core compiled to wasm, built by
// scripts/bench/anchor.sh into wasm/pkg/) against approx-string-match, the matcher Hypothesis
// uses, on the same generated inputs.
//
// Inputs: the shipped corpus texts (corpus/*.txt without their `#` headers, one paragraph a
// line) repeated to 10 K, 100 K and 1 M characters; from each, quotes of 100–500 characters
// cut at random places, with 0, 5 and 10 % random character edits (substitutions, insertions,
// deletions of a letter). A seeded generator makes every run use the same inputs.
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

import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import search from "approx-string-match";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const require = createRequire(import.meta.url);
// The wasm glue directory: wasm/pkg, or another build given as the first argument (to time
// another version of the core).
const pkg = process.argv[2] ?? join(here, "wasm", "pkg");
const { Text } = require(join(pkg, "treaty_anchor_bench.js"));

/** Text sizes in characters: a long article, a whole treaty, a book. */
const SIZES = [10_000, 100_000, 1_000_000];
/** Character edits per quote character. */
const ERROR_RATES = [0, 0.05, 0.1];
/** Quotes per size and error rate (fewer on the largest text, to keep the run short). */
const QUOTES = { 10000: 40, 100000: 20, 1000000: 6 };
/** Timed rounds over the quotes, after one warm-up round. */
const ROUNDS = 3;
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

function corpusLines() {
  const dir = join(root, "corpus");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split("\n")
        .filter((l) => !l.startsWith("#") && l.trim() !== ""),
    );
}

/** Corpus lines repeated to `size` characters. */
function textOf(lines, size) {
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i = (i + 1) % lines.length) {
    out.push(lines[i]);
    length += lines[i].length + 1;
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
function time(quotes, run) {
  let results = quotes.map(run);
  const start = performance.now();
  for (let r = 0; r < ROUNDS; r += 1) results = quotes.map(run);
  return { ms: (performance.now() - start) / (ROUNDS * quotes.length), results };
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
const prepared = typeof Text.prototype.anchorPrepared === "function";
console.log(
  "| text | errors | approx-string-match ms | ours search ms | ratio | ours anchor_quote ms | ratio |" +
    (prepared ? " ours prepared ms | ratio |" : "") +
    " same best match | same start |",
);
console.log(
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |" +
    (prepared ? " ---: | ---: |" : "") +
    " ---: | ---: |",
);
for (const size of SIZES) {
  const text = textOf(lines, size);
  const wasmText = new Text(text);
  for (const rate of ERROR_RATES) {
    const random = generator(size + Math.round(rate * 1000));
    const quotes = Array.from({ length: QUOTES[size] }, () => quoteOf(text, rate, random));
    const theirs = time(quotes, (q) => search(text, q, maxErrorsOf(q)));
    const ours = time(quotes, (q) => matches(wasmText.search(q, maxErrorsOf(q))));
    const anchored = time(quotes, (q) => wasmText.anchor(q));
    const agreed = agreement(ours.results, theirs.results);
    let row =
      `| ${size / 1000} K | ${rate * 100} % | ${fmt(theirs.ms)} | ${fmt(ours.ms)} | ` +
      `${ratio(theirs.ms, ours.ms)} | ${fmt(anchored.ms)} | ${ratio(theirs.ms, anchored.ms)} |`;
    if (prepared) {
      const fast = time(quotes, (q) => wasmText.anchorPrepared(q));
      const same = fast.results.every(
        (r, i) => r.join() === anchored.results[i].join(),
      );
      if (!same) throw new Error("prepared anchoring differs from anchor_quote");
      row += ` ${fmt(fast.ms)} | ${ratio(theirs.ms, fast.ms)} |`;
    }
    row += ` ${agreed.same}/${agreed.of} | ${agreed.starts}/${agreed.of} |`;
    console.log(row);
  }
}
