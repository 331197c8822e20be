// How statements stand to each other in a source, where readers see it: an article named by its
// ordinal, a sentence going on about the article the one before named, a statement the source
// repeats, and a statement that only mentions an article.
import { test, expect, appReady } from "./helpers.mjs";

const PASTED = `Pact provisions explained

The fifth article of the treaty obliges both sides not to conclude agreements with third countries directed against the other side.
Article 8 of the treaty provides for mechanisms for joint measures to strengthen defence capabilities. It also says that the two countries will work together to prevent war and to ensure peace in the region and the world.
`;

async function paste(page, text) {
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  await page.locator(".source-text").fill(text);
  await page.locator(".source-outlet").fill("Example Wire");
  await page.locator(".source-date").fill("2026-11-20");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/reader\/source\/local-source-pact-provisions-explained$/);
}

test("a pasted article naming \"the fifth article\" lands on Article 5, and the sentence going on from Article 8 on Article 8", async ({ page }) => {
  await paste(page, PASTED);
  await expect(page.locator(".cited-provision")).toHaveText(["Article 5", "Article 8"]);
  const notes = page.locator(".statement-note");
  await expect(notes.nth(0)).toContainText("Article 5");
  const goingOn = notes.nth(2);
  await expect(goingOn).toContainText("Article 8");
  await expect(goingOn.locator(".statement-link.continues")).toContainText("which names Article 8");

  await page.goto("treaty/rus-dprk-2024/article/5");
  await expect(page.locator(".quote-card", { hasText: "Example Wire" })).toContainText("The fifth article of the treaty");

  await page.goto("treaty/rus-dprk-2024/article/8");
  const card = page.locator(".quote-card", { hasText: "It also says" });
  await expect(card).toBeVisible();
  const link = card.locator(".statement-link.continues a");
  await expect(link).toContainText("Article 8 of the treaty provides");
  await link.click();
  await expect(page).toHaveURL(/\/source\/local-source-pact-provisions-explained/);
  await expect(page.locator(".statement-note.selected")).toContainText("Statement 2");
});

test("a statement the source repeats shows once, marked as repeated, and only mentioning Article 4 is a mention", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024/article/4");
  const cards = page.locator(".quote-card", { hasText: "including article 4 on mutual support" });
  await expect(cards).toHaveCount(1);
  await expect(cards.locator(".statement-link.repeated")).toHaveText("Repeated in the source.");
  await expect(cards.locator(".badge.verdict")).toHaveText("Mention");

  await page.goto("source/tass-2024-11-04");
  const notes = page.locator(".statement-note", { hasText: "repeats" });
  await expect(notes).toHaveCount(1);
  await expect(notes.locator(".repeats a")).toHaveText("Statement 1");
});
