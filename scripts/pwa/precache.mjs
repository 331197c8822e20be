// Writes the service worker for one build: the files of the build go into its precache list
// (prerendered pages aside, see `precached`), and the worker's version is a hash of all their
// contents, so that any change to any file (and only a change) makes browsers install a new
// worker. The JS glue and the wasm are cached together, all or nothing, under that version. The background worker's files
// (treaty-worker*, see crates/treaty-worker) and the large treaty files are listed apart: a
// first visit must not download them, so the service worker caches them into the same
// version's cache when the app first asks for them (the hash still covers them).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join, relative, sep } from "node:path";

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

/**
 * Whether a build file is precached: everything but the prerendered pages and fragments (their
 * HTML is only for a first visit, for readers without JavaScript and for the web component;
 * offline, the shell renders every page) and the whole-library bundle (the app reads the index
 * and the treaty files, which are precached). The library page (index.html) and the shell are.
 */
function precached(path) {
  if (path === "bundles/library.json") return false;
  return !path.endsWith(".html") || path === "index.html" || path === "shell.html";
}

/**
 * A treaty file larger than this (gzip bytes) is cached when first read, not at install: the
 * treaties imported from real files (UNCLOS 125 KB, the CWC 167 KB gzip) would more than double
 * what installing the app downloads, for texts a reader may never open. The others (30 KB gzip
 * at most today) stay precached, so most of the library works offline from the first visit.
 */
const LARGE_TREATY = 64 * 1024;

/**
 * The files fetched only when first needed, not at install: the background worker's, and the
 * large treaty files (`dir` is the build directory).
 */
function lazy(dir, path) {
  if (/^treaty-worker[^/]*$/.test(path)) return true;
  return /^bundles\/treaties\/[^/]+\.json$/.test(path) && gzipSync(readFileSync(join(dir, path))).length > LARGE_TREATY;
}

/** Fills static/sw.js's placeholders and writes it to `dir`/sw.js. */
export async function writeServiceWorker(template, dir) {
  const all = (await files(dir))
    .map((p) => relative(dir, p).split(sep).join("/"))
    .filter((p) => p !== "sw.js")
    .sort();
  const paths = all.filter(precached);
  const lazyPaths = paths.filter((p) => lazy(dir, p));
  const hash = createHash("sha256");
  for (const p of all) {
    hash.update(p);
    hash.update(await readFile(join(dir, p)));
  }
  const version = hash.digest("hex").slice(0, 16);
  const source = (await readFile(template, "utf8"))
    .replace('"__VERSION__"', JSON.stringify(version))
    .replace("[] /* __PRECACHE__ */", JSON.stringify(paths.filter((p) => !lazyPaths.includes(p)), null, 2))
    .replace("[] /* __LAZY__ */", JSON.stringify(lazyPaths, null, 2));
  await writeFile(join(dir, "sw.js"), source);
  return { version, files: paths.length, lazy: lazyPaths.length };
}
