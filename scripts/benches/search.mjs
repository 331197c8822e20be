#!/usr/bin/env node
// Search figures (issue 13), reported, never asserted (times depend on the machine):
// - the shipped index's size against the text it indexes (bytes of index per MB of text, raw
//   and gzip);
// - the bytes a first search fetches (the dictionary, the postings chunks its words need, the
//   fragments of the results shown), raw and gzip;
// - the time per keystroke, from the key to the results for the words typed so far being on
//   the page ("listed"; a result whose text is still being fetched shows "…"), and to their
//   snippets all being there ("complete"), typing "coercive measures" and "принудительные
//   меры": on the shipped library, then with UNCLOS and the TFEU (Dutch) imported
//   (../shared/import-dev); and on the shipped library with 80 ms round trips.
// Goal: under 30 ms per keystroke, a first search under 100 KB fetched.
//
// Needs a release build under /reader/ in dist/ (`trunk build --release --public-url /reader/`)
// and Debian's Chromium. Usage: node scripts/benches/search.mjs; BENCH_PORT picks the port (4230).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launch, serve, project } from "./serve.mjs";

const dist = join(project, process.env.DIST || "dist");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (buffer) => gzipSync(buffer).length;

// Index size per MB of text.
const library = JSON.parse(readFileSync(join(dist, "bundles/library.json"), "utf8"));
let textBytes = 0;
for (const d of library.documents)
  for (const p of [d.preamble, ...d.articles].filter(Boolean))
    for (const t of p.texts) for (const para of t.paragraphs) textBytes += Buffer.byteLength(para.text);
for (const s of library.sources) textBytes += Buffer.byteLength(s.body);
let raw = 0;
let zipped = 0;
const searchDir = join(dist, "bundles/search");
const files = readdirSync(searchDir);
for (const f of files) {
  const buffer = readFileSync(join(searchDir, f));
  raw += statSync(join(searchDir, f)).size;
  zipped += gzip(buffer);
}
const perMb = 1024 * 1024 / textBytes;
console.log(`index: ${files.length} files, ${kb(raw)} (${kb(zipped)} gzip) for ${kb(textBytes)} of text: ${kb(raw * perMb)} (${kb(zipped * perMb)} gzip) per MB of text`);

const { base, stop } = await serve(Number(process.env.BENCH_PORT) || 4230);
const browser = await launch();

/** Types `words` key by key and returns each key's times (ms) to its results listed, and to
 * their snippets complete. */
async function typeTimed(page, words) {
  const field = page.getByRole("searchbox", { name: "Search the library" });
  await field.fill("");
  await field.focus();
  const times = [];
  const complete = [];
  for (let i = 0; i < words.length; i++) {
    const typed = words.slice(0, i + 1);
    // A key's time starts at its event's timeStamp, when the browser received it (as the Event
    // Timing API counts), not when the harness sent it: the round trip of the automation
    // protocol is no part of what a reader waits for.
    await page.evaluate(() => {
      window.__keyAt = undefined;
      if (window.__keyListening) return;
      window.__keyListening = true;
      document.addEventListener("beforeinput", (e) => (window.__keyAt ??= e.timeStamp), { capture: true });
    });
    // One key as a keyboard types it (any script: insertText for letters no key map has).
    await page.keyboard.type(words[i]);
    if (!typed.trim()) continue;
    const [listedAt, completeAt] = await page.evaluate(
      (typed) =>
        new Promise((resolve) => {
          let listed;
          const check = () => {
            const results = document.querySelector(`.search-results[data-for="${CSS.escape(typed)}"]`);
            if (!results) return false;
            listed ??= performance.now();
            if (results.hasAttribute("data-waiting")) return false;
            resolve([listed, performance.now()]);
            return true;
          };
          if (check()) return;
          new MutationObserver((_, observer) => {
            if (check()) observer.disconnect();
          }).observe(document, { subtree: true, childList: true, attributes: true });
        }),
      typed,
    );
    const keyAt = await page.evaluate(() => window.__keyAt);
    times.push(listedAt - keyAt);
    complete.push(completeAt - keyAt);
  }
  times.complete = complete;
  return times;
}

const spread = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
};
const summary = (times) =>
  `listed ${spread(times)} (first ${times[0].toFixed(1)} ms); complete ${spread(times.complete)}; over ${times.length} keys`;

/** Records the search files `page` fetches into `into`. */
function recordSearchFiles(page, into) {
  page.on("response", async (response) => {
    const url = response.url();
    if (!url.includes("/bundles/search/")) return;
    try {
      const body = await response.body();
      into.push({ url, raw: body.length, gzip: gzip(body) });
    } catch {}
  });
}
const sum = (files) => files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });

// A first search opened from its address (a shared link): one query, its first page of results.
for (const words of ["coercive measures", "armed attack", "принудительные меры"]) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const files = [];
  recordSearchFiles(page, files);
  await page.goto(`${base}search?q=${encodeURIComponent(words)}`);
  await page.evaluate(() => window.treatyReaderStart?.());
  await page.locator(`.search-results[data-for="${words}"]`).waitFor({ state: "attached" });
  const bytes = sum(files);
  console.log(`first search "${words}" from its address: ${files.length} files, ${kb(bytes.raw)} (${kb(bytes.gzip)} gzip) fetched`);
  await context.close();
}

const context = await browser.newContext({ serviceWorkers: "block" });
const page = await context.newPage();
const fetched = [];
recordSearchFiles(page, fetched);
await page.goto(base);
await page.evaluate(() => window.treatyReaderStart?.());
await page.locator("html[data-app]").waitFor({ state: "attached" });
const first = await typeTimed(page, "coercive");
const firstBytes = sum(fetched);
console.log(`first search typed key by key ("coercive": 8 searches): ${fetched.length} files, ${kb(firstBytes.raw)} (${kb(firstBytes.gzip)} gzip) fetched`);
console.log(`shipped library, "coercive" as typed: ${summary(first)}`);
for (const words of ["coercive measures", "принудительные меры", "armed attack"]) {
  console.log(`shipped library, "${words}": ${summary(await typeTimed(page, words))}`);
}

// On a slower connection (40 ms each way, as a mobile network): a result is listed once the
// index answers, while its text (a fragment) is still on its way.
{
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 80, downloadThroughput: -1, uploadThroughput: -1 });
  for (const words of ["armed forces", "депозитарий"]) {
    console.log(`shipped library, 80 ms round trips, "${words}": ${summary(await typeTimed(page, words))}`);
  }
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.detach();
}

// With UNCLOS and the TFEU imported: the worker indexes each when it is added.
for (const name of ["unclos-1982.en.txt", "tfeu.nl.md"]) {
  await page.goto(base);
  await page.evaluate(() => window.treatyReaderStart?.());
  await page.locator("html[data-app]").waitFor({ state: "attached" });
  await page.locator(".import-file").setInputFiles(join(project, "../shared/import-dev", name));
  await page.getByRole("button", { name: "Add to my library" }).click({ timeout: 120_000 });
  await page.waitForURL(/\/treaty\/[^/]+$/, { timeout: 120_000 });
}
// The first search after the imports reads their indexes from storage (or waits for the worker).
await typeTimed(page, "warm");
for (const words of ["coercive measures", "continental shelf", "interne markt"]) {
  console.log(`with UNCLOS and the TFEU imported, "${words}": ${summary(await typeTimed(page, words))}`);
}

await browser.close();
stop();
