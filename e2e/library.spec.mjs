// The reader's own treaties: imported from a file, kept in IndexedDB across reloads; bad files
// get a message naming the problem and leave the library as it was.
import { test, expect, appReady, keepScreenshot, addTreatyFile } from "./helpers.mjs";

const MARKDOWN = `# Treaty of Example

## Preamble

The Parties agree as follows.

## Article 1

The Parties shall consult each other.

## Article 2

This Treaty enters into force on signature; see Article 1.
`;

function treatyFile(name, content) {
  return { name, mimeType: "text/plain", buffer: Buffer.from(content) };
}

/** Picks a file that is refused before any preview. */
async function importFile(page, name, content) {
  await page.locator(".import-file").setInputFiles(treatyFile(name, content));
}

/** Adds a file through its preview, then goes back to the library. */
async function addFile(page, name, content) {
  await addTreatyFile(page, treatyFile(name, content));
  await page.goto("./");
  await appReady(page);
}

test("an imported treaty appears in the library and survives a reload", async ({ page }, testInfo) => {
  await page.goto("./");
  await appReady(page);
  await addFile(page, "example-treaty.md", MARKDOWN);
  const card = page.locator('.treaty-card[data-document="local-example-treaty"]');
  await expect(card).toContainText("Treaty of Example");
  await expect(card.locator(".badge.imported")).toBeVisible();
  await expect(card.locator(".badge.unstated")).toHaveText("Status not stated");
  await keepScreenshot(page, testInfo, "library-imported");
  await page.reload();
  await appReady(page);
  await expect(card).toBeVisible();
  await expect(page.locator(".treaty-card")).toHaveCount(11);
  await card.getByRole("link").first().click();
  await page.locator('.toc-item[data-anchor="art-2"] a').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 2");
  const ref = page.locator("#art-2 .ref.internal .ref-link", { hasText: "Article 1" });
  await expect(ref).toHaveAttribute("href", "/reader/treaty/local-example-treaty/article/1");
});

test("the same file twice is kept once; a changed file of the same name is kept beside it", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await addFile(page, "twice.md", MARKDOWN);
  await expect(page.locator('.treaty-card[data-document="local-twice"]')).toBeVisible();
  await importFile(page, "twice.md", MARKDOWN);
  await expect(page.locator(".import-error")).toContainText("already in your library");
  await expect(page.locator(".treaty-card")).toHaveCount(11);
  await addFile(page, "twice.md", MARKDOWN.replace("Treaty of Example", "Treaty of Example, revised"));
  await expect(page.locator('.treaty-card[data-document="local-twice-2"]')).toContainText("revised");
});

test("a file as treaty databases write it is read, with what was set aside noted", async ({ page }) => {
  // A <meta> line and a title before the first heading, a heading without the space after its
  // hashes, a title run into a heading, and a cross-reference at the start of a line.
  const file = [
    '<meta name="generator" content="laws-markdown">',
    "",
    "# Convention on Examples",
    "",
    "The Parties have agreed as follows:",
    "",
    "###Article 1 Scope",
    "",
    "This Convention applies to examples.",
    "",
    "### Article 2",
    "",
    "Article 9 applies mutatis mutandis to drafts.",
    "",
    "### Article 3 – Entry into force",
    "",
    "It enters into force at once.",
    "",
  ].join("\n");
  await page.goto("./");
  await appReady(page);
  await addFile(page, "examples.md", file);
  const card = page.locator('.treaty-card[data-document="local-examples"]');
  await expect(card).toContainText("Convention on Examples");
  await card.locator("a").first().click();
  await expect(page.locator(".toc-item")).toHaveCount(4);
  await expect(page.locator('.toc-item[data-anchor="art-3"]')).toContainText("Entry into force");
  await expect(page.locator(".document-notes")).toContainText("line 13 “Article 9 applies mutatis mutandis");
  await expect(page.locator("#art-2")).toContainText("Article 9 applies mutatis mutandis to drafts.");
  await expect(page.locator("main")).not.toContainText("<meta");
});

const badFiles = [
  ["empty.md", "", /empty|no treaty structure/],
  ["utf16.txt", Buffer.from("\ufeffArticle 1\n", "utf16le"), /UTF-16/],
  ["broken.json", '{"format": "treaty-reader-bundle", "version": 1, "documents": [', /line \d+ column \d+/],
  ["oversized.md", Buffer.alloc(20 * 1024 * 1024 + 1, "a"), /20 MB/],
  ["binary.md", "Article 1\u0000\u0001\u0002", /binary content/],
  ["broken.xml", "<akomaNtoso><act><body><article><num>Article 1</num>", /line \d+/],
  ["notes.txt", "Some notes about a treaty, without any headings.\n", /no treaty structure/],
  ["page.html", "<!DOCTYPE html><html><body><p>News</p></body></html>", /web page/],
];

for (const [name, content, message] of badFiles) {
  test(`a bad file (${name}) gets a clear message and changes nothing`, async ({ page }) => {
    await page.goto("./");
    await appReady(page);
    await importFile(page, name, content);
    await expect(page.locator(".import-error")).toContainText(name);
    await expect(page.locator(".import-error")).toContainText(message);
    await expect(page.locator(".treaty-card")).toHaveCount(10);
    await page.reload();
    await appReady(page);
    await expect(page.locator(".treaty-card")).toHaveCount(10);
  });
}
