// The scale case: a generated treaty of 500 articles (~1 MB of text) with 2,000 statements from
// 200 sources (`treaty synth`, written to build/bench/scale.json), read in the release build
// through `?bundle=`. Reports the longest main-thread task (PerformanceObserver 'longtask') in
// each phase: loading, opening the whole treaty, scrolling it, switching articles, filtering
// quotes. Goal: none over 100 ms once loaded. Reports only; nothing is asserted.
// `node scripts/benches/scale.mjs` (after `trunk build --release --public-url /reader/` and
// `cargo run --release -p treaty-cli -- synth --out build/bench/scale.json`).
import { copyFileSync, rmSync } from "node:fs";
import { launch, project, serve } from "./serve.mjs";

const bundle = "__scale.json";
const treaty = "local-generated-treaty";
copyFileSync(`${project}build/bench/scale.json`, `${project}dist/${bundle}`);

const { base, stop } = await serve(4210);
const browser = await launch();

try {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); }).observe({ type: "longtask", buffered: true });
  });
  const rows = [];
  const phase = async (name, action) => {
    await page.evaluate(() => (window.__tasks = []));
    const started = Date.now();
    await action();
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => window.__tasks);
    rows.push([name, tasks.length, tasks.length ? Math.max(...tasks) : 0, Date.now() - started]);
    if (process.env.SCALE_DEBUG) console.log(name, tasks.map((t) => t.toFixed(0)).join(" "));
  };
  await phase("load and parse the 3.4 MB bundle, render Article 1", async () => {
    await page.goto(`${base}treaty/${treaty}/article/1?bundle=${bundle}`);
    await page.locator("html[data-app]").waitFor({ state: "attached", timeout: 120000 });
    await page.locator(".provision-title").waitFor();
  });
  // The treaty page renders its first 200 articles, and the rest as the reader scrolls near them.
  await phase("open the whole treaty (500 articles; the first 200 rendered)", async () => {
    await page.locator(`.breadcrumbs a[href$="/treaty/${treaty}"], nav a[href$="/treaty/${treaty}"]`).first().click();
    await page.locator(".provision").nth(199).waitFor({ state: "attached", timeout: 120000 });
  });
  await phase("scroll it from top to bottom (rendering the other 300)", async () => {
    for (let i = 0; i < 2000; i++) {
      const done = await page.evaluate(
        () => !document.querySelector(".text-column > .window-edge") && innerHeight + scrollY >= document.body.scrollHeight - 2,
      );
      if (done) break;
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(16);
    }
    await page.locator(".provision").nth(499).waitFor({ state: "attached", timeout: 120000 });
  });
  await phase("switch articles (10 x next)", async () => {
    await page.goto(`${base}treaty/${treaty}/article/40?bundle=${bundle}`);
    await page.locator("html[data-app]").waitFor({ state: "attached" });
    await page.evaluate(() => (window.__tasks = []));
    for (let i = 0; i < 10; i++) {
      await page.locator(".pager a").last().click();
      await page.locator(".provision-title").filter({ hasText: `Article ${41 + i}` }).waitFor();
    }
  });
  await phase("filter the quotes of Article 44 by verdict and source", async () => {
    await page.locator(".provision-title").filter({ hasText: "Article 50" }).waitFor();
    await page.goto(`${base}treaty/${treaty}/article/44?bundle=${bundle}`);
    await page.locator("html[data-app]").waitFor({ state: "attached" });
    await page.evaluate(() => (window.__tasks = []));
    const verdicts = await page.locator(".filter-verdict option").allTextContents();
    await page.locator(".filter-verdict").selectOption({ index: Math.min(1, verdicts.length - 1) });
    await page.locator(".filter-verdict").selectOption({ index: 0 });
    await page.locator(".filter-source").selectOption({ index: 1 });
  });
  console.log("\n## Scale case: 500 articles, 2,000 statements from 200 sources\n");
  console.log("| phase | long tasks | longest | wall time |\n| --- | --- | --- | --- |");
  for (const [name, count, longest, wall] of rows) console.log(`| ${name} | ${count} | ${longest.toFixed(0)} ms | ${wall} ms |`);
  console.log("\nGoal: no long task over 100 ms while opening, scrolling, filtering and switching (loading is reported apart).");
} finally {
  await browser.close();
  stop();
  rmSync(`${project}dist/${bundle}`, { force: true });
}
