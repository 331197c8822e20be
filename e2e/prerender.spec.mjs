// Prerendered pages: every shipped page is static HTML written by the build with the app's own
// components. Without JavaScript a reader (or a crawler) reads all of it; with JavaScript the
// app takes the page over without changing what is on screen.
import { test, expect, keepScreenshot } from "./helpers.mjs";

/** One page of every kind, with something only that page shows. */
const pages = [
  ["./", ".treaty-card", "Treaty on Comprehensive Strategic Partnership"],
  ["treaty/rus-dprk-2024", ".toc", "Article 4"],
  ["treaty/rus-dprk-2024/preamble", "main h1", "Preamble"],
  ["treaty/rus-dprk-2024/article/4", ".quote-card", "Article 4"],
  ["treaty/rus-dprk-2024/article/4/synoptic", "main", "Article 4"],
  ["treaty/un-charter-1945/article/51", "main h1", "Article 51"],
  ["source/tass-2024-11-04", "main", "TASS"],
  ["embed/rus-dprk-2024/article/4", ".embed-open", "Open in Treaty Reader"],
];

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, selector, text] of pages) {
    test(`${path} is readable`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response.status()).toBe(200);
      await expect(page.locator(selector).first()).toBeVisible();
      await expect(page.locator("body")).toContainText(text);
      await expect(page.locator("body")).not.toContainText("Loading");
      await expect(page.locator("body")).not.toContainText("needs JavaScript");
    });
  }

  test("an article shows its provenance, its quotes and references as real links with previews", async ({ page }, testInfo) => {
    await page.goto("treaty/rus-dprk-2024/article/4");
    await expect(page).toHaveTitle(/Article 4 — .* · Treaty Reader/);
    await expect(page.locator("#art-4 .badge.witness").first()).toBeVisible();
    await expect(page.locator(".quote-card").first()).toBeVisible();
    // Controls that need the app are not offered where it cannot run.
    await expect(page.locator(".theme-toggle")).toBeHidden();
    await expect(page.locator(".select-quote").first()).toBeHidden();
    await expect(page.locator(".import-source")).toBeHidden();
    await keepScreenshot(page, testInfo, "prerendered-article-4-no-js");
    await page.goto("treaty/north-atlantic-treaty-1949/article/5");
    const charter = page.locator('a.ref-link[href="/reader/treaty/un-charter-1945/article/51"]').first();
    await expect(charter).toBeVisible();
    // The reference's preview opens on hover with CSS alone.
    const preview = charter.locator("xpath=..").locator(".popover");
    await expect(preview).toBeHidden();
    await charter.hover();
    await expect(preview).toBeVisible();
    await expect(preview).toContainText("Article 51");
    // Following it opens the Charter's prerendered page, still without script.
    await charter.click();
    await expect(page).toHaveURL(/\/reader\/treaty\/un-charter-1945\/article\/51$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 51");
  });

  test("every shipped treaty, article, synoptic view, embed and source has its own page", async ({ request }) => {
    const index = await (await request.get("bundles/index.json")).json();
    const paths = [];
    for (const t of index.treaties) {
      paths.push(`treaty/${t.id}`);
      if (t.preamble) paths.push(`treaty/${t.id}/preamble`);
      for (const n of t.articles) paths.push(`treaty/${t.id}/article/${n}`, `treaty/${t.id}/article/${n}/synoptic`, `embed/${t.id}/article/${n}`);
    }
    for (const s of index.sources) paths.push(`source/${s.id}`);
    expect(paths.length).toBeGreaterThan(400);
    // About 1,900 pages (UNCLOS alone has 320 articles): fetched 16 at a time.
    test.setTimeout(120_000);
    for (let i = 0; i < paths.length; i += 16) {
      await Promise.all(
        paths.slice(i, i + 16).map(async (path) => {
          const html = await (await request.get(path)).text();
          expect(html, path).toContain('<main id="main"');
          expect(html, path).not.toContain("Loading Treaty Reader");
          expect(html, path).not.toContain('class="not-found"');
        }),
      );
    }
  });

  test("a glossary term explains itself on focus", async ({ page }) => {
    await page.goto("treaty/rus-dprk-2024/article/1");
    const term = page.locator("button.term").first();
    await term.focus();
    await expect(term.locator("xpath=..").locator(".popover")).toBeVisible();
  });
});

test.describe("with JavaScript on", () => {
  for (const path of ["treaty/rus-dprk-2024/article/4", "treaty/un-charter-1945/article/51", "source/tass-2024-11-04", "./"]) {
    test(`the app takes over ${path} without changing the visible text or the layout`, async ({ browser, page }) => {
      // The prerendered page as a reader sees it before the app has started: script on, the
      // app's wasm not (yet) there.
      const still = await browser.newContext({ serviceWorkers: "block" });
      const staticPage = await still.newPage();
      await staticPage.route(/\.wasm$/, (route) => route.abort());
      await staticPage.goto(path, { waitUntil: "load" });
      const before = await staticPage.locator("main").innerText();
      await still.close();

      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
      expect(await page.locator("main").innerText()).toBe(before);
      expect(await page.evaluate(() => window.__cls)).toBeLessThan(0.05);
    });
  }

  test("an address with no page of its own gets the app shell, and the app renders it", async ({ page }) => {
    const response = await page.request.get("treaty/rus-dprk-2024/article/99");
    expect(await response.text()).toContain("Loading Treaty Reader");
    await page.goto("treaty/rus-dprk-2024/article/99");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  });
});
