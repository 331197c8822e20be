// Quotes beside the article, statements in their sources, every rendering compared.
import { test, expect, keepScreenshot } from "./helpers.mjs";

const rudenko = /Article 4 of the document is of particular importance/;

test("Article 4 shows the TASS Rudenko quote as a card with its verdict; selecting it highlights the span", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("treaty/rus-dprk-2024/article/4");
  const card = page.locator('.quote-card[data-source="tass-2024-10-24"]', { hasText: rudenko });
  await expect(card).toHaveCount(1);
  await expect(card.locator(".outlet")).toHaveText("TASS (tass.com)");
  await expect(card.locator(".speaker")).toContainText("Rudenko");
  await expect(card.locator(".badge.verdict")).toHaveText(/Paraphrase|Close|Verbatim/);
  await expect(page.locator(".quote-span.selected")).toHaveCount(0);
  await card.locator(".select-quote").click();
  await expect(card).toHaveClass(/selected/);
  const span = page.locator("#art-4 .quote-span.selected");
  await expect(span.first()).toBeVisible();
  const highlighted = (await span.allTextContents()).join("");
  expect(highlighted).toMatch(/state of war/);
  expect(highlighted).toMatch(/military and other assistance/);
  const cardBox = await card.boundingBox();
  const textBox = await page.locator("#art-4 .para").first().boundingBox();
  expect(cardBox.x).toBeGreaterThan(textBox.x + textBox.width - 1);
  await keepScreenshot(page, testInfo, "article-4-quotes");
});

test("selecting a highlighted span selects its card", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("treaty/rus-dprk-2024/article/4");
  const span = page.locator("#art-4 .quote-span").first();
  await span.click();
  await expect(page.locator(".quote-card.selected")).toHaveCount(1);
  await expect(page.locator("#art-4 .quote-span.selected").first()).toBeVisible();
});

test("cards never overlap and follow a resize", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("treaty/rus-dprk-2024/article/4");
  await expect(page.locator(".quote-card").first()).toBeVisible();
  const boxes = async () => {
    const cards = page.locator(".quote-card");
    const n = await cards.count();
    const out = [];
    for (let i = 0; i < n; i++) out.push(await cards.nth(i).boundingBox());
    return out;
  };
  const overlapping = (list) =>
    list.some((a, i) => list.some((b, j) => i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height));
  const wide = await boxes();
  expect(wide.length).toBeGreaterThan(3);
  expect(overlapping(wide)).toBe(false);
  await page.setViewportSize({ width: 1000, height: 900 });
  const medium = await boxes();
  expect(overlapping(medium)).toBe(false);
  expect(medium[0].x).not.toBe(wide[0].x);
});

test("filters narrow the cards by verdict and by source", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024/article/4");
  const cards = page.locator(".quote-card");
  await expect(cards.first()).toBeVisible();
  const all = await cards.count();
  const outlets = await page.locator(".quote-card .outlet").allTextContents();
  const fromTass = outlets.filter((o) => o === "TASS (tass.com)").length;
  expect(fromTass).toBeGreaterThan(0);
  expect(fromTass).toBeLessThan(all);
  await page.locator(".filter-source").selectOption("TASS (tass.com)");
  await expect(cards).toHaveCount(fromTass);
  for (const outlet of await page.locator(".quote-card .outlet").allTextContents()) expect(outlet).toBe("TASS (tass.com)");
  await page.locator(".filter-source").selectOption("");
  await expect(cards).toHaveCount(all);
  const label = (await page.locator(".filter-verdict option").nth(1).textContent()).replace(/ \(\d+\)$/, "");
  const withVerdict = (await page.locator(".quote-card .badge.verdict").allTextContents()).filter((v) => v === label).length;
  await page.locator(".filter-verdict").selectOption(label);
  await expect(cards).toHaveCount(withVerdict);
  for (const v of await page.locator(".quote-card .badge.verdict").allTextContents()) expect(v).toBe(label);
});

test("on a narrow screen the cards fold under their paragraph", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("treaty/rus-dprk-2024/article/4");
  const para = await page.locator("#art-4 .para-row .para").first().boundingBox();
  const card = await page.locator("#art-4 .para-row .quote-card").first().boundingBox();
  expect(card.y).toBeGreaterThan(para.y + para.height - 1);
  expect(card.x + card.width).toBeLessThanOrEqual(390);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await keepScreenshot(page, testInfo, "article-4-quotes-phone");
});

test("the TASS source page links its statements to their articles", async ({ page }, testInfo) => {
  await page.goto("source/tass-2024-10-24");
  const notes = page.locator(".statement-note");
  await expect(notes.first()).toBeVisible();
  expect(await notes.count()).toBeGreaterThan(1);
  const toArticle4 = notes.filter({ has: page.locator('a[href$="/treaty/rus-dprk-2024/article/4"]') });
  await expect(toArticle4.first()).toBeVisible();
  await expect(page.locator(".cited-in")).toContainText("Article 4");
  const others = await page.locator(".cited-in a").allTextContents();
  expect(others.length).toBeGreaterThan(1);
  await keepScreenshot(page, testInfo, "source-tass-statements");
  await toArticle4.first().locator('a[href$="/article/4"]').click();
  await expect(page).toHaveURL(/\/treaty\/rus-dprk-2024\/article\/4$/);
});

test("a card leads to its statement in the source", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024/article/4");
  const card = page.locator('.quote-card[data-source="tass-2024-10-24"]', { hasText: rudenko });
  await card.locator(".to-source").click();
  await expect(page).toHaveURL(/\/source\/tass-2024-10-24\/statement\/\d+$/);
  await expect(page.locator(".statement-note.selected")).toHaveCount(1);
  const highlighted = (await page.locator(".quote-span.selected").allTextContents()).join("");
  expect(highlighted).toMatch(rudenko);
});

test("the synoptic view compares every rendering of Article 4", async ({ page }, testInfo) => {
  await page.goto("treaty/rus-dprk-2024/article/4");
  await page.getByRole("link", { name: /Compare every rendering of Article 4/ }).click();
  await expect(page).toHaveURL(/\/article\/4\/synoptic$/);
  await expect(page.locator(".base-label")).toContainText("News agency report");
  expect(await page.locator(".rendering").count()).toBeGreaterThan(3);
  await expect(page.locator(".base-text .supported:not(.support-none)").first()).toBeVisible();
  const german = page.locator(".rendering", { hasText: "Vertragspartei" }).first();
  await expect(german.locator(".agreement")).toContainText("compared by meaning, not word by word");
  await expect(german.locator(".diff-same")).toHaveCount(0);
  await keepScreenshot(page, testInfo, "article-4-synoptic");
});
