// What a reader does: open a treaty, find an article, follow references, read sources.
import { test, expect, appReady, keepScreenshot } from "./helpers.mjs";

test("the library lists every shipped treaty with its status", async ({ page }, testInfo) => {
  await page.goto("./");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  const cards = page.locator(".treaty-card");
  await expect(cards).toHaveCount(10);
  await expect(cards.first()).toContainText("Russia–DPRK Treaty (2024)");
  await expect(cards.first().locator(".availability")).toContainText("without text");
  await expect(page.locator('.treaty-card[data-document="un-charter-1945"] .availability')).toHaveText("Complete text");
  await keepScreenshot(page, testInfo, "library");
});

test("the default treaty's table of contents leads to Article 4, marked partial", async ({ page }, testInfo) => {
  await page.goto("./");
  await appReady(page);
  await page.locator(".treaty-card").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/reader\/treaty\/rus-dprk-2024$/);
  const toc = page.getByRole("navigation", { name: "Table of contents" });
  await expect(toc.locator(".toc-item")).toHaveCount(24);
  await expect(toc.locator('[data-anchor="preamble"]')).toContainText("Text not available");
  await keepScreenshot(page, testInfo, "treaty");
  await toc.locator('[data-anchor="art-4"] a').click();
  await expect(page).toHaveURL(/\/reader\/treaty\/rus-dprk-2024\/article\/4$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 4");
  const text = page.locator("#art-4 .provision-text").first();
  await expect(text.locator(".badge.completeness")).toHaveText("Partial");
  await expect(text.locator(".badge.witness")).toHaveText("News agency report");
  await expect(text).toContainText("military and other assistance");
  await expect(text.locator(".gap")).toBeVisible();
  await expect(page.locator('.toc-item[data-anchor="art-4"]')).toHaveAttribute("aria-current", "page");
  await keepScreenshot(page, testInfo, "article-4");
});

test("an article deep link survives a reload", async ({ page }) => {
  await page.goto("treaty/un-charter-1945/article/51");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 51");
  await page.getByRole("link", { name: /Article 52/ }).last().click();
  await expect(page).toHaveURL(/\/article\/52$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Article 52/);
  await expect(page.locator("#art-52")).toContainText("regional arrangements");
});

test("an article without text says so, with what sources report", async ({ page }, testInfo) => {
  await page.goto("treaty/rus-dprk-2024/article/10");
  await expect(page.locator("#art-10 .text-missing")).toContainText("Text not available.");
  await expect(page.locator("#art-10 .provision-text")).toHaveCount(0);
  await expect(page.locator("#art-10 .no-reports")).toBeVisible();
  await page.goto("treaty/rus-dprk-2024/article/5");
  await expect(page.locator("#art-5 .text-missing")).toBeVisible();
  await expect(page.locator("#art-5 .unanchored .quote-card")).not.toHaveCount(0);
  await keepScreenshot(page, testInfo, "article-5-missing");
});

test("an unknown article is reported as not found", async ({ page }) => {
  await page.goto("treaty/north-atlantic-treaty-1949/article/99");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await expect(page.locator("main")).toContainText("Article 99");
});

test("the contents scroll to the current article in a long treaty", async ({ page }) => {
  await page.goto("treaty/un-charter-1945/article/100");
  const current = page.locator('.toc-item[data-anchor="art-100"]');
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(current).toBeInViewport();
});

test("a long treaty opened inside the app lists all of its contents, a chunk per turn, and scrolls to the current article", async ({ page }) => {
  // Opened by a link once the app runs: rendered in chunks (a takeover renders all at once).
  await page.goto("treaty/north-atlantic-treaty-1949/article/5");
  await page.locator('#main a[href$="/treaty/un-charter-1945/article/51"]').first().click();
  await expect(page.locator(".provision-title")).toHaveText("Article 51");
  const items = page.locator(".toc-item");
  await expect(items).toHaveCount(112);
  const current = page.locator('.toc-item[data-anchor="art-51"]');
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(current).toBeInViewport();
});
