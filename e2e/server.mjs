// Serves the release build (dist/) under the sub-path /reader/, as a static host would: a path
// without a file extension gets its prerendered page (`treaty/x/article/4` → `treaty/x/article/4.html`,
// the library at `index.html`), and any other such path the app shell (`shell.html`), so deep
// links to the reader's own treaties survive a reload too. Missing files get a real 404 (the broken-bundle test relies on it).
// For the update test, `GET /__deploy?dir=NAME` makes it serve the build in NAME/ instead, as
// a deployment of a new version would. Every response allows cross-origin reads, as a host of
// the embeddable component must.
//
// A second server on PORT+1 plays another site: it serves e2e/host/*.html with "__APP__"
// replaced by the app's address, so embedding is tested across origins, and bundles of its own
// (e2e/host/*.json) for the component's `bundle` attribute.
//
// Every response of the app carries the security headers a host should send (e2e/csp.mjs,
// docs/hosting.md): the end-to-end tests run under the shipped Content-Security-Policy.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { securityHeaders } from "./csp.mjs";

const project = new URL("../", import.meta.url).pathname;
// DIST names another build directory (relative to the project), so that two builds can be tested side by side.
let root = `${project}${process.env.DIST || "dist"}/`;
const prefix = "/reader/";
const port = Number(process.env.PORT || 4173);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

async function file(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/__deploy") {
    const dir = url.searchParams.get("dir") || "dist";
    if (!/^[\w-]+$/.test(dir)) {
      res.writeHead(400);
      return res.end();
    }
    root = `${project}${dir}/`;
    res.writeHead(200, { "content-type": "text/plain" });
    return res.end(`serving ${dir}`);
  }
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(302, { location: prefix });
    return res.end();
  }
  const relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
  if (relative.startsWith("..")) {
    res.writeHead(400);
    return res.end();
  }
  const wanted = join(root, relative);
  let body = await file(wanted);
  let type = types[extname(wanted)] || "application/octet-stream";
  if (!body && !extname(relative)) {
    const page = relative === "." ? "index.html" : `${relative.replace(/\/$/, "")}.html`;
    body = (await file(join(root, page))) || (await file(join(root, "shell.html"))) || (await file(join(root, "index.html")));
    type = types[".html"];
  }
  if (!body) {
    res.writeHead(404, { "content-type": "text/plain" });
    return res.end("not found");
  }
  res.writeHead(200, {
    "content-type": type,
    "cache-control": "no-cache",
    "access-control-allow-origin": "*",
    ...securityHeaders(relative.split(sep).join("/")),
  });
  res.end(body);
}).listen(port, "127.0.0.1", () => console.log(`serving dist/ at http://127.0.0.1:${port}${prefix}`));

const app = `http://127.0.0.1:${port}${prefix}`;
createServer(async (req, res) => {
  const name = new URL(req.url, "http://localhost").pathname.slice(1) || "index.html";
  const body = /^[\w-]+\.(html|json)$/.test(name) ? await file(`${project}e2e/host/${name}`) : null;
  if (!body) {
    res.writeHead(404, { "content-type": "text/plain", "access-control-allow-origin": "*" });
    return res.end("not found");
  }
  res.writeHead(200, { "content-type": types[extname(name)], "cache-control": "no-cache", "access-control-allow-origin": "*" });
  res.end(body.toString("utf8").replaceAll("__APP__", app));
}).listen(port + 1, "127.0.0.1", () => console.log(`serving e2e/host/ at http://127.0.0.1:${port + 1}/`));
