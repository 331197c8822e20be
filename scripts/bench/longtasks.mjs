#!/usr/bin/env node
// The longest main-thread task while the app does heavy work: attributing a pasted 1 MB news
// source, and importing a 2 MB Markdown treaty. Each is run with the background worker and,
// for comparison, in a browser without workers (the same module then runs on the page).
// Reports only, never asserts: times depend on the machine.
//
// Needs a release build under /reader/ in dist/ (`trunk build --release --public-url /reader/`,
// as scripts/test makes it) and Debian's Chromium. Usage: node scripts/bench/longtasks.mjs
// [--runs N]
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { largeSource, largeTreaty } from "../../e2e/large-inputs.mjs";

const root = new URL("../../", import.meta.url).pathname;
const port = 4190 + Math.floor(Math.random() * 50);
const base = `http://127.0.0.1:${port}/reader/`;
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 1;

const server = spawn("node", [`${root}e2e/server.mjs`], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {}
  if (i > 100) throw new Error("the test server did not start");
  await sleep(100);
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });

/** Runs `work` on a fresh page and reports the long tasks between its start and its end. */
async function measure({ workers }, path, work) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript((workers) => {
    if (!workers) delete window.Worker;
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  }, workers);
  await page.goto(base + path);
  await page.locator(".site-header .brand").waitFor();
  await page.waitForTimeout(500);
  const start = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await work(page);
  const elapsed = Date.now() - t0;
  await page.waitForTimeout(200);
  const tasks = (await page.evaluate(() => window.__longtasks)).filter((t) => t.start >= start);
  await context.close();
  const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  const total = tasks.reduce((s, t) => s + t.duration, 0);
  return { longest, count: tasks.length, total, elapsed };
}

const source = largeSource(1024 * 1024);
const treaty = Buffer.from(largeTreaty(2 * 1024 * 1024));

const scenarios = [
  [
    "attribute a pasted 1 MB source",
    "treaty/rus-dprk-2024",
    async (page) => {
      await page.locator(".source-text").evaluate((area, value) => (area.value = value), source);
      await page.getByRole("button", { name: "Add source" }).click();
      await page.waitForURL(/\/source\//, { timeout: 600_000 });
      await page.locator(".cited-provision").first().waitFor();
    },
  ],
  [
    "import a 2 MB Markdown treaty",
    "",
    async (page) => {
      const cards = await page.locator(".treaty-card").count();
      await page.locator(".import-file").setInputFiles({ name: "long.md", mimeType: "text/markdown", buffer: treaty });
      await page.locator(".treaty-card").nth(cards).waitFor({ timeout: 600_000 });
    },
  ],
];

const rows = [];
for (const [name, path, work] of scenarios) {
  for (const workers of [true, false]) {
    for (let r = 0; r < runs; r++) {
      const m = await measure({ workers }, path, work);
      rows.push({ name, where: workers ? "worker" : "on the page (no Worker)", ...m });
      process.stderr.write(".");
    }
  }
}
process.stderr.write("\n");
await browser.close();
server.kill();

const ms = (x) => `${Math.round(x)} ms`;
console.log("| work | runs in | longest main-thread task | long tasks (count, total) | wall time |");
console.log("| --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(`| ${r.name} | ${r.where} | ${ms(r.longest)} | ${r.count}, ${ms(r.total)} | ${ms(r.elapsed)} |`);
}
