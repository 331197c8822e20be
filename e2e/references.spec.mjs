// References and terms: highlighted in treaty and source text, previewed, followed.
import { test, expect, keepScreenshot } from "./helpers.mjs";

const charterArticle51 = /inherent right of individual or collective self-defen/;

test("the TASS source links Article 4 and previews Article 51 of the UN Charter", async ({ page }, testInfo) => {
  await page.goto("source/tass-2024-10-24");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("not directed against third countries");

  const article4 = page.locator(".ref.internal .ref-link", { hasText: /^Article 4 of the document$/ }).first();
  await expect(article4).toHaveAttribute("href", "/reader/treaty/rus-dprk-2024/article/4");

  const charterRef = page.locator(".ref.external", { hasText: "Article 51 of the UN Charter" });
  await expect(charterRef).toHaveCount(1);
  await charterRef.hover();
  const popover = charterRef.locator('[role="tooltip"]');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText("UN Charter — Article 51");
  await expect(popover).toContainText(charterArticle51);
  await keepScreenshot(page, testInfo, "source-tass-popover");

  await charterRef.locator(".ref-link").click();
  await expect(page).toHaveURL(/\/reader\/treaty\/un-charter-1945\/article\/51$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 51");
  await expect(page.locator("#art-51")).toContainText(charterArticle51);

  await page.goBack();
  await article4.click();
  await expect(page).toHaveURL(/\/reader\/treaty\/rus-dprk-2024\/article\/4$/);
});

test("the same reference in Article 5 of the North Atlantic Treaty resolves the same way", async ({ page }) => {
  await page.goto("treaty/north-atlantic-treaty-1949/article/5");
  const ref = page.locator(".ref.external", { hasText: "Article 51 of the Charter of the United Nations" });
  await ref.hover();
  await expect(ref.locator('[role="tooltip"]')).toContainText(charterArticle51);
  await ref.locator(".ref-link").click();
  await expect(page).toHaveURL(/\/treaty\/un-charter-1945\/article\/51$/);
});

test("popovers open on keyboard focus and close on Escape", async ({ page }) => {
  await page.goto("source/tass-2024-10-24");
  const ref = page.locator(".ref.external", { hasText: "Article 51 of the UN Charter" });
  await ref.locator(".ref-link").focus();
  await expect(ref.locator('[role="tooltip"]')).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(ref.locator('[role="tooltip"]')).toHaveCount(0);
  await page.keyboard.press("Tab");
  await expect(ref.locator('[role="tooltip"]')).toHaveCount(0);
});

test("references inside the Charter resolve within the Charter", async ({ page }) => {
  await page.goto("treaty/un-charter-1945/article/2");
  const ref = page.locator("#art-2 .ref.internal .ref-link", { hasText: "Article 1" }).first();
  await expect(ref).toHaveAttribute("href", "/reader/treaty/un-charter-1945/article/1");
});

test("glossary terms show their definition", async ({ page }) => {
  await page.goto("source/tass-2024-10-24");
  const term = page.locator("button.term", { hasText: "DPRK" }).first();
  await term.click();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(".term-popover").first()).toContainText("Democratic People's Republic of Korea");
});
