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
// Then every visit to a page of a big input, once it is stored (issue 12, part 4): the page
// of a 20 MB source, Article 4 after a 1 MB source pasted as one line was attributed to it,
// and a treaty of 10,000 articles (from its start, at a deep link to article 9999, and that
// article's own page), and every start with 50,000 sources kept on the device: long tasks from
// the navigation until ten seconds after the page shows its content (a list rendered a chunk
// per turn keeps the page busy after it shows).
// Reports only, never asserts: times depend on the machine.
//
// Needs a release build under /reader/ in dist/ (`trunk build --release --public-url /reader/`,
// as scripts/test makes it; DIST names another directory) and Debian's Chromium. Usage:
// node scripts/benches/longtasks.mjs [--runs N] [--only PATTERN] (only the jobs whose name
// matches the regular expression, e.g. `--only visit`); BENCH_PORT picks the server's port
// (4220).
import { launch, serve } from "./serve.mjs";
import { largeSource, largeTreaty, oneLine, headings, manySources } from "../../e2e/large-inputs.mjs";

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(option("--runs")) || 1;
const only = new RegExp(option("--only") ?? "");

const { base, stop } = await serve(Number(process.env.BENCH_PORT) || 4220);
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
  return {
    input: summary(tasks.filter((t) => t.start >= start && t.start < began)),
    work: summary(tasks.filter((t) => t.start >= began && t.start < after)),
    after: summary(tasks.filter((t) => t.start >= after)),
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

/** A list of long tasks: the longest, how many, their total. */
function summary(list) {
  return {
    longest: list.reduce((m, t) => Math.max(m, t.duration), 0),
    count: list.length,
    total: list.reduce((s, t) => s + t.duration, 0),
  };
}

/**
 * Stores a big input with `setup` (not measured), then for each of `visits` ([name, path,
 * selector]) opens the page at `path` afresh and reports the long tasks from the navigation
 * until ten seconds after `selector` shows, and the wall time until it shows.
 */
async function measureVisits(setup, visits) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(base);
  await page.evaluate(() => window.treatyReaderStart?.());
  await page.locator("html[data-app]").waitFor({ state: "attached" });
  const stored = await setup(page);
  const out = [];
  for (const [name, path, selector] of visits) {
    // A fresh document each time (a visit by link, not a change of the fragment alone).
    await page.goto("about:blank");
    const t0 = Date.now();
    await page.goto(stored + path);
    await page.evaluate(() => window.treatyReaderStart?.());
    await page.locator(selector).first().waitFor({ timeout: 600_000 });
    const elapsed = Date.now() - t0;
    await page.waitForTimeout(10_000);
    const tasks = await page.evaluate(() => window.__longtasks);
    out.push({ name, ...summary(tasks), elapsed });
  }
  await context.close();
  return out;
}

/** Adds a source through the form on the Russia–DPRK treaty's page; the URL of its page. */
async function addSource(page, fill) {
  await page.goto(base + "treaty/rus-dprk-2024");
  await page.evaluate(() => window.treatyReaderStart?.());
  await page.locator(".import-source").waitFor();
  await fill(page);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.waitForURL(/\/source\//, { timeout: 1_200_000 });
  return page.url();
}

/**
 * Keeps `json` on the device under `key` as an import, written straight into the app's storage
 * as a record without its summary (what the first version of the app left), then starts the
 * app once, which writes the summary: what importing it would leave there, without measuring
 * the import.
 */
async function keepDirectly(page, key, json) {
  await page.evaluate(
    ([key, json]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("treaty-reader");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction("bundles", "readwrite");
          write.objectStore("bundles").put(json, key);
          write.oncomplete = () => resolve();
          write.onabort = () => reject(write.error);
        };
      }),
    [key, json],
  );
  await page.reload();
  await page.evaluate(() => window.treatyReaderStart?.());
  await page.locator("html[data-app]").waitFor({ state: "attached", timeout: 600_000 });
}

const visitScenarios = [
  [
    async (page) => {
      await keepDirectly(page, "source:bulk-1", manySources(50_000));
      return base;
    },
    [
      ["start with 50,000 sources kept: the library page", "", "html[data-app] .site-header .brand"],
      ["start with 50,000 sources kept: Article 4", "treaty/rus-dprk-2024/article/4", ".quote-card"],
    ],
  ],
  [
    async (page) => {
      const buffer = Buffer.from(largeSource(20 * 1024 * 1024 - 64 * 1024));
      return addSource(page, (p) => p.locator(".source-file").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer }));
    },
    [["visit the page of a 20 MB source", "", ".source-body p"]],
  ],
  [
    async (page) => {
      await addSource(page, (p) => p.locator(".source-text").evaluate((area, value) => (area.value = value), oneLine(largeSource())));
      return base;
    },
    [["visit Article 4 after a 1 MB one-line paste", "treaty/rus-dprk-2024/article/4", ".quote-card"]],
  ],
  [
    async (page) => {
      await page.locator(".import-file").setInputFiles({ name: "ten-thousand.md", mimeType: "text/markdown", buffer: Buffer.from(headings(10_000)) });
      await page.getByRole("button", { name: "Add to my library" }).click({ timeout: 600_000 });
      await page.waitForURL(/\/treaty\/[^/]+$/, { timeout: 600_000 });
      return page.url();
    },
    [
      ["visit a 10,000-article treaty", "", "section.provision"],
      ["visit it at #art-9999", "#art-9999", "#art-9999"],
      ["visit its article 9999", "/article/9999", ".toc-item.current"],
    ],
  ],
];

const rows = [];
for (const [name, path, work] of scenarios.filter(([name]) => only.test(name))) {
  for (const workers of [true, false]) {
    for (let r = 0; r < runs; r++) {
      const m = await measure({ workers }, path, work);
      rows.push({ name, where: workers ? "worker" : "on the page (no Worker)", ...m });
      process.stderr.write(".");
    }
  }
}
const visitRows = [];
for (const [setup, visits] of visitScenarios) {
  const wanted = visits.filter(([name]) => only.test(name));
  for (let r = 0; r < runs && wanted.length; r++) {
    visitRows.push(...(await measureVisits(setup, wanted)));
    process.stderr.write(".");
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
console.log("");
console.log("Visiting a page of a big input once it is stored: long tasks from the navigation until 10 s after its content shows:");
console.log("| visit | longest task | long tasks | their total | until the content shows |");
console.log("| --- | --- | --- | --- | --- |");
for (const r of visitRows) {
  console.log(`| ${r.name} | ${ms(r.longest)} | ${r.count} | ${ms(r.total)} | ${ms(r.elapsed)} |`);
}
