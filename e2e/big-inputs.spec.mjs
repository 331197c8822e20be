// Big inputs stay usable (issue 12, part 4): a 20 MB source file, a 1 MB source pasted as one
// line and a treaty of 10,000 articles open with the page answering clicks during and after,
// their long lists rendered as a window that grows as the reader scrolls, deep links still
// reaching their target, and a source with too many statements saying so. The inputs are
// generated here, never committed. Long-task figures are the benchmark's
// (scripts/benches/longtasks.mjs), not assertions.
import { test, expect, appReady, addTreatyFile, openSourceForm } from "./helpers.mjs";
import { largeSource, oneLine, headings } from "./large-inputs.mjs";

/** The theme toggle answers a click: the theme changes (the page's main thread is free). */
async function answersAClick(page) {
  const before = await page.evaluate(() => document.documentElement.getAttribute("data-theme"));
  await page.locator(".theme-toggle").first().click({ timeout: 5_000 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.getAttribute("data-theme")), { timeout: 5_000 })
    .not.toBe(before);
}

/** The source page shows a window of its paragraphs, says so, and grows as it is scrolled. */
async function growsOnScroll(page) {
  const paragraphs = page.locator(".source-body > p:not(.window-edge)");
  const edge = page.locator(".source-body .window-edge");
  await expect(edge).toContainText(/of [\d,]+ paragraphs shown; the rest load as you scroll/);
  const before = await paragraphs.count();
  expect(before).toBeLessThan(1000);
  await edge.scrollIntoViewIfNeeded();
  await expect.poll(() => paragraphs.count()).toBeGreaterThan(before);
  // The edge's button asks for the next chunk (dispatched: scrolling to click it would let the
  // edge itself grow the window first).
  const grown = await paragraphs.count();
  await page.locator(".source-body .window-more").dispatchEvent("click");
  await expect.poll(() => paragraphs.count()).toBeGreaterThan(grown);
}

test("a 20 MB source file opens at once, answers clicks, and says its statements are capped", async ({ page }) => {
  test.setTimeout(600_000);
  await openSourceForm(page);
  const buffer = Buffer.from(largeSource(20 * 1024 * 1024 - 64 * 1024));
  await page.locator(".source-file").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer });
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator(".import-source .cancel-work")).toBeVisible();
  await answersAClick(page);
  await expect(page).toHaveURL(/\/source\/local-source-/, { timeout: 570_000 });
  await answersAClick(page);
  await expect(page.locator(".statements-capped")).toHaveText(/^First 200 statements shown; this page has \d+,\d{3}\.$/);
  await growsOnScroll(page);
  // Every visit, not only the first, opens at once.
  const url = page.url();
  await page.goto(url);
  await appReady(page);
  await answersAClick(page);
  await expect(page.locator(".source-body > p:not(.window-edge)").first()).toBeVisible();
  await growsOnScroll(page);
});

test("a 1 MB source pasted as one line is read in paragraphs, and its article's page opens", async ({ page }) => {
  test.setTimeout(300_000);
  await openSourceForm(page);
  await page.locator(".source-text").evaluate((area, value) => (area.value = value), oneLine(largeSource()));
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/source\/local-source-/, { timeout: 280_000 });
  await answersAClick(page);
  await expect(page.locator(".statements-capped")).toContainText("First 200 statements shown; this page has");
  await growsOnScroll(page);
  // The article the statements are attributed to opens and answers, during and after.
  await page.getByRole("link", { name: "Article 4", exact: true }).first().click();
  await answersAClick(page);
  await expect(page.locator(".provision-page h2, .provision-page .provision").first()).toBeVisible();
  await expect(page.locator(".quote-card").first()).toBeVisible();
  await answersAClick(page);
});

test("a treaty of 10,000 articles opens with a window of its articles and contents, and deep links reach article 9999", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("./");
  await appReady(page);
  await addTreatyFile(page, { name: "ten-thousand.md", mimeType: "text/markdown", buffer: Buffer.from(headings(10_000)) });
  await answersAClick(page);
  const treaty = page.url();
  const articles = page.locator(".text-column section.provision");
  await expect(articles.first()).toBeVisible();
  await expect(page.locator(".text-column > .window-edge")).toContainText("of 10,000 articles shown");
  expect(await articles.count()).toBeLessThan(1000);
  await expect(page.locator(".toc .window-edge")).toContainText("of 10,000 entries shown");
  // A deep link to an article far down (followed from elsewhere, so the page loads afresh)
  // renders around it, not everything above it.
  await page.goto("./");
  await page.goto(`${treaty}#art-9999`);
  await expect(page.locator("#art-9999")).toBeInViewport();
  await answersAClick(page);
  await expect(page.locator(".text-column > .window-edge").first()).toContainText("earlier articles load as you scroll up");
  // Its own page, with the contents rendered around it (not from the first entry on).
  await page.goto(`${treaty}/article/9999`);
  await expect(page.locator(".provision-title")).toHaveText("Article 9999");
  await expect(page.locator(".toc-item.current")).toContainText("Article 9999");
  await expect(page.locator(".toc .window-edge.before")).toContainText("earlier entries load as you scroll up");
  expect(await page.locator(".toc-item").count()).toBeLessThan(1000);
  await answersAClick(page);
});
