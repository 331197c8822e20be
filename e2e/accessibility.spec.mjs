// Automated accessibility checks (axe-core, WCAG 2 A and AA rules) on every main view, in both
// themes, and keyboard-only reading of an article.
import { test, expect, addTreatyFile, axeViolations } from "./helpers.mjs";

const views = {
  library: "./",
  treaty: "treaty/rus-dprk-2024",
  article: "treaty/rus-dprk-2024/article/4",
  missing: "treaty/rus-dprk-2024/article/10",
  charter: "treaty/un-charter-1945/article/51",
  source: "source/tass-2024-10-24",
  embed: "embed/rus-dprk-2024/article/4?quotes=on",
};

for (const theme of ["light", "dark"]) {
  for (const [name, path] of Object.entries(views)) {
    test(`the ${name} view has no WCAG A/AA violations (${theme} theme)`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem("treaty-reader-theme", JSON.stringify(t)), theme);
      await page.goto(name === "embed" ? `${path}&theme=${theme}` : path);
      await page.locator(name === "embed" ? ".embed .provision-title" : ".site-header .brand").waitFor();
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("an open reference preview has no violations either", async ({ page }) => {
  await page.goto("source/tass-2024-10-24");
  const ref = page.locator(".ref.external .ref-link").first();
  await ref.focus();
  await expect(page.locator('[role="tooltip"]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("an open share panel, an import preview and a delete confirmation have no violations either", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024/article/4");
  await page.locator(".provision-actions .share-menu summary").click();
  await expect(page.locator(".provision-actions .share-citation")).toBeVisible();
  await page.locator(".quote-card .share-menu summary").first().click();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("./");
  const mine = { name: "mine.md", mimeType: "text/markdown", buffer: Buffer.from("# Mine\n\n## Article 1\n\nOurs.\n") };
  await page.locator(".import-file").setInputFiles(mine);
  await expect(page.locator(".import-preview")).toBeVisible({ timeout: 30_000 });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Cancel" }).click();
  await addTreatyFile(page, mine);
  await page.getByRole("button", { name: "Delete from this device…" }).click();
  await expect(page.locator(".confirm-delete")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a keyboard user can go from the skip link to the text and follow a reference", async ({ page }) => {
  await page.goto("source/tass-2024-10-24");
  await page.locator(".site-header .brand").waitFor();
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.textContent === "Article 4 of the document");
  }
  expect(reached).toBe(true);
  await expect(page.locator('[role="tooltip"]')).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/treaty\/rus-dprk-2024\/article\/4$/);
});
