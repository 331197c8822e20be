#!/usr/bin/env node
// The longest main-thread task while the app does heavy work: attributing a pasted 1 MB news
// source, and importing a 2 MB Markdown treaty. Each is run with the background worker and,
// for comparison, in a browser without workers (the same module then runs on the page).
// Long tasks are counted in three phases: "input", the test putting the megabytes into the
// page (setting the textarea, Playwright's setInputFiles; not the app's doing), up to the
// submit or change event; "work" from that event until the progress display goes (reading,
// attributing, fitting, and for a source saving the result); and "after" from then until the
// result is shown (for a treaty: its preview, "Add to my library", saving it and opening it;
// the app reloads its library and renders the new source or treaty).
// Reports only, never asserts: times depend on the machine.
//
// Needs a release build under /reader/ in dist/ (`trunk build --release --public-url /reader/`,
// as scripts/test makes it) and Debian's Chromium. Usage: node scripts/benches/longtasks.mjs
// [--runs N]
import { launch, serve } from "./serve.mjs";
import { largeSource, largeTreaty } from "../../e2e/large-inputs.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 1;

const { base, stop } = await serve(4220);
const browser = await launch();

/** Runs `work` on a fresh page and reports the long tasks between its start and its end. */
async function measure({ workers }, path, work) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript((workers) => {
    if (!workers) delete window.Worker;
    window.__longtasks = [];
    window.__workEnded = null;
    window.__workStarted = null;
    const started = () => (window.__workStarted ??= performance.now());
    addEventListener("submit", started, true);
    addEventListener("change", (e) => e.target.matches?.(".import-file") && started(), true);
    new MutationObserver(() => {
      const busy = document.querySelector(".work-progress");
      if (busy) window.__workSeen = true;
      else if (window.__workSeen && window.__workEnded === null) window.__workEnded = performance.now();
    }).observe(document, { subtree: true, childList: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  }, workers);
  await page.goto(base + path);
  // Pages are prerendered and the app starts when needed: start it first, as a first control
  // used would, so that only the work is measured.
  await page.evaluate(() => window.treatyReaderStart?.());
  await page.locator("html[data-app]").waitFor({ state: "attached" });
  await page.locator(".site-header .brand").waitFor();
  await page.waitForTimeout(500);
  const start = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await work(page);
  const elapsed = Date.now() - t0;
  await page.waitForTimeout(200);
  const { tasks, began, ended } = await page.evaluate(() => ({
    tasks: window.__longtasks,
    began: window.__workStarted,
    ended: window.__workEnded,
  }));
  await context.close();
  const after = ended ?? Infinity;
  const sum = (list) => ({
    longest: list.reduce((m, t) => Math.max(m, t.duration), 0),
    count: list.length,
    total: list.reduce((s, t) => s + t.duration, 0),
  });
  return {
    input: sum(tasks.filter((t) => t.start >= start && t.start < began)),
    work: sum(tasks.filter((t) => t.start >= began && t.start < after)),
    after: sum(tasks.filter((t) => t.start >= after)),
    elapsed,
  };
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
    "import a 2 MB Markdown treaty (read, its preview, added and opened)",
    "",
    async (page) => {
      await page.locator(".import-file").setInputFiles({ name: "long.md", mimeType: "text/markdown", buffer: treaty });
      await page.getByRole("button", { name: "Add to my library" }).click({ timeout: 600_000 });
      await page.waitForURL(/\/treaty\/local-long$/, { timeout: 600_000 });
      await page.locator("section.provision").first().waitFor();
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
stop();

const ms = (x) => `${Math.round(x)} ms`;
const phase = (p) => `${ms(p.longest)} (${p.count}, ${ms(p.total)})`;
console.log("Longest main-thread task in each phase (count of long tasks, their total time):");
console.log("| job | runs in | input (the test) | during the work | after: reload and render | wall time |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(`| ${r.name} | ${r.where} | ${phase(r.input)} | ${phase(r.work)} | ${phase(r.after)} | ${ms(r.elapsed)} |`);
}
