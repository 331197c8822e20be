// Page measurements of the release build (dist/, built for /reader/), served by e2e/server.mjs
// on loopback: what a first visit downloads, largest contentful paint against a static twin of
// the same page, layout shift when the app takes over, and what one embedded article costs.
// Reports only: times are never asserted. `node scripts/benches/pages.mjs [--runs N]`.
//
// - Bytes: every response of a fresh browser context (no cache, no service worker yet), gzip -9
//   of each body, until the page has loaded and the network is idle; then what the first use of
//   a control adds (the app starts: static/start.js), and how long from that click to the
//   control's effect in the app's view.
// - LCP: the article page against its static twin (the same prerendered HTML without any
//   script, written to dist/__static-twin.html), fresh context each run, runs interleaved,
//   median; once unthrottled and once on a slow phone network (CDP: 1.6 Mbit/s, 150 ms RTT).
// - CLS: layout shifts from navigation to the app's takeover (started by script, not by a
//   click, so that shifts are not excused as following input).
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { launch, project, serve } from "./serve.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 7;
const article = "treaty/rus-dprk-2024/article/4";

const twin = `${project}dist/__static-twin.html`;
const page = readFileSync(`${project}dist/${article}.html`, "utf8");
writeFileSync(
  twin,
  page
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, ""),
);

const { base, host, stop } = await serve(4200);
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Every response of a first visit to `url`, with raw and gzip sizes; then, if `use` is given,
 * the responses after the reader uses a control (`use(tab)` resolves when it has acted).
 */
async function firstVisit(url, ready, use) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const tab = await context.newPage();
  let files = [];
  tab.on("response", async (response) => {
    const body = await response.body().catch(() => null);
    if (body) files.push({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  await tab.goto(url);
  await ready(tab);
  await tab.waitForLoadState("networkidle");
  const visit = files;
  files = [];
  let used = null;
  if (use) {
    const clicked = performance.now();
    await use(tab);
    used = { files, ms: performance.now() - clicked };
    await tab.waitForLoadState("networkidle");
  }
  await context.close();
  return { visit, used };
}

/** LCP and CLS of one fresh visit. */
async function paint(url, throttled, takeover) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const tab = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  }
  await tab.addInitScript(() => {
    window.__lcp = 0;
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: "layout-shift", buffered: true });
  });
  await tab.goto(url, { waitUntil: "load" });
  if (takeover) {
    await tab.evaluate(() => window.treatyReaderStart());
    await tab.locator("html[data-app]").waitFor({ state: "attached", timeout: 60000 });
  }
  await tab.waitForTimeout(200);
  const result = await tab.evaluate(() => ({ lcp: window.__lcp, cls: window.__cls }));
  await context.close();
  return result;
}

try {
  const { visit, used } = await firstVisit(
    `${base}${article}`,
    (tab) => tab.locator("#art-4").waitFor(),
    async (tab) => {
      await tab.locator(".select-quote").first().click();
      await tab.locator('.select-quote[aria-pressed="true"]').first().waitFor();
    },
  );
  const table = (files) => {
    console.log("| file | raw | gzip |\n| --- | --- | --- |");
    for (const f of files) console.log(`| ${f.url.replace(base, "")} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  };
  const sum = (files) => files.reduce((s, f) => s + f.gzip, 0);
  console.log(`\n## First visit to /${article} (gzip -9 of every response)\n`);
  table(visit);
  console.log(`| **all ${visit.length} files** | | **${kb(sum(visit))}** (budget 200 KB) |`);
  console.log(`\n## The first use of a control on it (the app starts)\n`);
  table(used.files);
  console.log(`| **all ${used.files.length} files** | | **${kb(sum(used.files))}** |`);
  console.log(`\nFrom the click to its effect in the app's view: ${used.ms.toFixed(0)} ms (loopback).`);

  const { visit: embed } = await firstVisit(`${host}light.html`, (tab) => tab.locator("#light .provision-title").waitFor());
  const embedBytes = embed.filter((f) => !f.url.endsWith("light.html")).reduce((s, f) => s + f.gzip, 0);
  console.log(`\nOne embedded article (<treaty-reader>, before interaction): ${embed.length - 1} files, ${kb(embedBytes)} gzip (budget 60 KB); wasm fetched: ${embed.some((f) => f.url.endsWith(".wasm")) ? "yes" : "no"}`);

  for (const throttled of [false, true]) {
    const app = [];
    const still = [];
    const shifts = [];
    for (let i = 0; i < runs; i++) {
      const a = await paint(`${base}${article}`, throttled, true);
      app.push(a.lcp);
      shifts.push(a.cls);
      still.push((await paint(`${base}__static-twin.html`, throttled, false)).lcp);
    }
    const ratio = median(app) / median(still);
    console.log(`\n## LCP, ${throttled ? "slow phone network (1.6 Mbit/s, 150 ms RTT)" : "loopback, unthrottled"} (median of ${runs})\n`);
    console.log("| page | LCP |\n| --- | --- |");
    console.log(`| article page (app) | ${median(app).toFixed(0)} ms |`);
    console.log(`| static twin | ${median(still).toFixed(0)} ms |`);
    console.log(`| ratio | **${ratio.toFixed(2)}x** (goal ≤ 1.2x) |`);
    console.log(`| CLS until the app takes over (worst run) | ${Math.max(...shifts).toFixed(3)} (goal < 0.05) |`);
  }
} finally {
  await browser.close();
  stop();
  rmSync(twin, { force: true });
}
