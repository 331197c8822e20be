// What each quote changed of the text: on its card, in the synoptic view and on its source page.
import { test, expect, keepScreenshot } from "./helpers.mjs";

const reutersOnArticle1 = /non-aggression on territory/;

test("a card shows what the quote leaves out", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("treaty/rus-dprk-2024/article/1");
  const card = page.locator('.quote-card[data-source="reuters-2024-06-20"]', { hasText: reutersOnArticle1 });
  await expect(card).toHaveCount(1);
  const changes = card.locator(".quote-changes");
  await expect(changes.locator(".quote-changes-title")).toHaveText("What it changed");
  await expect(changes.locator("li", { hasText: "Leaves out: territorial inviolability" })).toHaveCount(1);
  await keepScreenshot(page, testInfo, "article-1-card-changes");
});

test("a change of legal force is listed first and marked", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("treaty/rus-dprk-2024/article/3");
  const card = page.locator('.quote-card[data-source="interfax-2024-12-05"]', { hasText: /hold consultations/ });
  await expect(card).toHaveCount(1);
  const items = card.locator(".quote-changes li");
  await expect(items.first()).toHaveClass(/force/);
  await expect(items.first()).toHaveText("Legal force: Says “will” where the text says “shall”");
  await expect(card.locator(".quote-changes li.force", { hasText: "Drops “immediately”" })).toHaveCount(1);
});

test("the synoptic view and the source page show what the quote leaves out", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024/article/1/synoptic");
  const rendering = page.locator(".rendering", { hasText: reutersOnArticle1 });
  await expect(rendering).toHaveCount(1);
  await expect(rendering.locator(".quote-changes li", { hasText: "Leaves out: territorial inviolability" })).toHaveCount(1);

  await page.goto("source/reuters-2024-06-20");
  const note = page.locator(".statement-note", { has: page.locator('a[href$="/treaty/rus-dprk-2024/article/1"]') });
  await expect(note.locator(".quote-changes li", { hasText: "Leaves out: territorial inviolability" })).toHaveCount(1);
});

test("a Russian report names the terms of the text it renders", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024/article/4");
  const card = page.locator('.quote-card[data-source="bbc-russian-2024-06-20"]', { hasText: /незамедлительно/ });
  await expect(card).toHaveCount(1);
  await expect(card.locator(".quote-changes li", { hasText: /^Renders the text’s .*military.*assistance/ })).toHaveCount(1);
});
