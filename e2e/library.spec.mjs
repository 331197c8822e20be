// The reader's own treaties: imported from a file, kept in IndexedDB across reloads; bad files
// get a message naming the problem and leave the library as it was.
import { test, expect } from "@playwright/test";
import { appReady, keepScreenshot } from "./helpers.mjs";

const MARKDOWN = `# Treaty of Example

## Preamble

The Parties agree as follows.

## Article 1

The Parties shall consult each other.

## Article 2

This Treaty enters into force on signature; see Article 1.
`;

async function importFile(page, name, content) {
  await page.locator(".import-file").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(content) });
}

test("an imported treaty appears in the library and survives a reload", async ({ page }, testInfo) => {
  await page.goto("./");
  await appReady(page);
  await importFile(page, "example-treaty.md", MARKDOWN);
  const card = page.locator('.treaty-card[data-document="local-example-treaty"]');
  await expect(card).toContainText("Treaty of Example");
  await expect(card.locator(".badge.imported")).toBeVisible();
  await keepScreenshot(page, testInfo, "library-imported");
  await page.reload();
  await appReady(page);
  await expect(card).toBeVisible();
  await expect(page.locator(".treaty-card")).toHaveCount(6);
  await card.getByRole("link").first().click();
  await page.locator('.toc-item[data-anchor="art-2"] a').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 2");
  const ref = page.locator("#art-2 .ref.internal .ref-link", { hasText: "Article 1" });
  await expect(ref).toHaveAttribute("href", "/reader/treaty/local-example-treaty/article/1");
});

test("importing the same file twice keeps both", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await importFile(page, "twice.md", MARKDOWN);
  await expect(page.locator('.treaty-card[data-document="local-twice"]')).toBeVisible();
  await importFile(page, "twice.md", MARKDOWN);
  await expect(page.locator('.treaty-card[data-document="local-twice-2"]')).toBeVisible();
});

const badFiles = [
  ["binary.md", "Article 1\u0000\u0001\u0002", /binary content/],
  ["broken.xml", "<akomaNtoso><act><body><article><num>Article 1</num>", /line \d+/],
  ["notes.txt", "Some notes about a treaty, without any headings.\n", /no treaty structure/],
  ["twice.md", "# T\n\n## Article 1\n\nOne.\n\n## Article 1\n\nAgain.\n", /line \d+/],
  ["page.html", "<!DOCTYPE html><html><body><p>News</p></body></html>", /web page/],
];

for (const [name, content, message] of badFiles) {
  test(`a bad file (${name}) gets a clear message and changes nothing`, async ({ page }) => {
    await page.goto("./");
    await appReady(page);
    await importFile(page, name, content);
    await expect(page.locator(".import-error")).toContainText(name);
    await expect(page.locator(".import-error")).toContainText(message);
    await expect(page.locator(".treaty-card")).toHaveCount(5);
    await page.reload();
    await appReady(page);
    await expect(page.locator(".treaty-card")).toHaveCount(5);
  });
}
