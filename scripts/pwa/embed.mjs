// Writes embed.js for one build from static/embed.js: the <treaty-reader> element must load
// this build's hashed JS glue, wasm and stylesheet, which only exist once trunk has built.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

function only(names, pattern, what) {
  const found = names.filter((n) => pattern.test(n));
  if (found.length !== 1) throw new Error(`embed: expected one ${what} in the build, found ${found.length}`);
  return found[0];
}

/** Fills static/embed.js's placeholders and writes it to `dir`/embed.js. */
export async function writeEmbed(template, dir) {
  const names = await readdir(dir);
  // embed.css keeps its name (the element links it), so its content hash busts caches.
  const version = createHash("sha256").update(await readFile(join(dir, "embed.css"))).digest("hex").slice(0, 16);
  const glue = only(names, /^treaty[-_]reader-[0-9a-f]+\.js$/, "JS glue");
  const wasm = only(names, /^treaty[-_]reader-[0-9a-f]+_bg\.wasm$/, "wasm module");
  const css = only(names, /^reader-[0-9a-f]+\.css$/, "reader stylesheet");
  const source = (await readFile(template, "utf8"))
    .replace("__GLUE__", glue)
    .replace("__WASM__", wasm)
    .replace("__READER_CSS__", css)
    .replace("__VERSION__", version);
  await writeFile(join(dir, "embed.js"), source);
}
