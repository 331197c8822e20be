// Size report of a release build: raw and gzip-9 bytes of what a reader downloads, and the
// ratio to the committed baseline (docs/size-baseline.json), so growth is seen in every run
// without failing it; and what a first visit to an article page downloads, against the
// 200 KB budget (scripts/benches/pages.mjs measures the same in a browser); exceeding it fails.
// `node scripts/size-report.mjs [DIST] [--update]` (--update rewrites the baseline after a
// deliberate change). Also writes build/size-report.json.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, relative, sep } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--")) || join(root, "dist");
const baselinePath = join(root, "docs/size-baseline.json");

// Groups of files by their path in the build.
const groups = {
  "app wasm": /^treaty-reader-[0-9a-f]+_bg\.wasm$/,
  "app JS glue": /^treaty-reader-[0-9a-f]+\.js$/,
  "start.js (starts the app when needed)": /^start\.js$/,
  "stylesheets": /\.css$/,
  "embed.js": /^embed\.js$/,
  "service worker": /^sw\.js$/,
  "library index": /^bundles\/index\.json$/,
  "treaty files (one per treaty, on demand)": /^bundles\/treaties\/.*\.json$/,
  "whole-library bundle (prerenderer, downloads)": /^bundles\/library\.json$/,
  "prerendered pages": /^(?!fragments\/).*\.html$/,
  "embed fragments": /^fragments\/.*\.html$/,
  // The background worker (crates/treaty-worker), downloaded only at the first import or export.
  "worker wasm (on first use)": /^treaty-worker_bg\.wasm$/,
  "worker JS (on first use)": /^treaty-worker(-loader)?\.js$/,
};

/**
 * What a first visit to Article 4 downloads: the prerendered page, its styles, start.js and the
 * icon. The app starts when the reader first uses a control (static/start.js), and then adds
 * `firstControl`.
 */
const firstVisit = [
  /^treaty\/rus-dprk-2024\/article\/4\.html$/,
  /^(reader|print)-[0-9a-f]+\.css$/,
  /^start\.js$/,
  /^icons\/icon-192\.png$/,
];
/** What the first use of a control adds: the app, the library index and the treaty's file. */
const firstControl = [
  /^treaty-reader-[0-9a-f]+(_bg\.wasm|\.js)$/,
  /^bundles\/index\.json$/,
  /^bundles\/treaties\/rus-dprk-2024\.json$/,
];
const BUDGET = 200 * 1024;
/** Met since the app starts when needed (static/start.js): exceeding it fails the build. */
const BUDGET_ENFORCED = true;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const report = {};
let visit = 0;
let control = 0;
for (const path of files(dist)) {
  const rel = relative(dist, path).split(sep).join("/");
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  if (firstVisit.some((p) => p.test(rel))) visit += gzip;
  if (firstControl.some((p) => p.test(rel))) control += gzip;
  const group = Object.keys(groups).find((g) => groups[g].test(rel));
  if (!group) continue;
  report[group] ??= { raw: 0, gzip: 0 };
  report[group].raw += bytes.length;
  report[group].gzip += gzip;
}

const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, "utf8")) : {};
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const ratio = (now, then) => (then ? `${(now / then).toFixed(2)}×` : "new");
console.log("| file | raw | gzip | gzip vs baseline |\n| --- | --- | --- | --- |");
for (const [group, size] of Object.entries(report)) {
  console.log(`| ${group} | ${kb(size.raw)} | ${kb(size.gzip)} | ${ratio(size.gzip, baseline[group]?.gzip)} |`);
}
mkdirSync(join(root, "build"), { recursive: true });
writeFileSync(join(root, "build/size-report.json"), JSON.stringify(report, null, 2));
if (args.includes("--update")) writeFileSync(baselinePath, `${JSON.stringify(report, null, 2)}\n`);
const verdict = visit <= BUDGET ? "within budget" : BUDGET_ENFORCED ? "OVER BUDGET" : "over budget (goal, not yet enforced)";
console.log(`\nFirst visit to an article page: ${kb(visit)} gzip, all files; budget ${kb(BUDGET)}: ${verdict}.`);
console.log(`The first use of a control adds the app: ${kb(control)} gzip.`);
if (BUDGET_ENFORCED && visit > BUDGET) process.exit(1);
