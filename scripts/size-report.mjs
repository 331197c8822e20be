// Size report of a release build: raw and gzip-9 bytes of what a reader downloads, and the
// ratio to the committed baseline (docs/size-baseline.json), so growth is seen in every run
// without failing it. `node scripts/size-report.mjs [DIST] [--update]` (--update rewrites the
// baseline after a deliberate change). Also writes build/size-report.json.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--")) || join(root, "dist");
const baselinePath = join(root, "docs/size-baseline.json");

const groups = {
  "app wasm": /^treaty-reader-[0-9a-f]+_bg\.wasm$/,
  "app JS glue": /^treaty-reader-[0-9a-f]+\.js$/,
  "stylesheets": /\.css$/,
  "embed.js": /^embed\.js$/,
  "service worker": /^sw\.js$/,
  "library bundle": /^library\.json$/,
  // The background worker (crates/treaty-worker), downloaded only at the first import or export.
  "worker wasm (on first use)": /^treaty-worker_bg\.wasm$/,
  "worker JS (on first use)": /^treaty-worker(-loader)?\.js$/,
};

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const report = {};
for (const path of files(dist)) {
  const name = path.split("/").pop();
  const group = Object.keys(groups).find((g) => groups[g].test(name));
  if (!group) continue;
  const bytes = readFileSync(path);
  report[group] ??= { raw: 0, gzip: 0 };
  report[group].raw += bytes.length;
  report[group].gzip += gzipSync(bytes, { level: 9 }).length;
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
