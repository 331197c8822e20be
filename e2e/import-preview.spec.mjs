// Real treaty files from the importer development set (../shared/import-dev/, beside the
// project) imported through "Add your own treaty": the preview says what was found before
// anything is saved, Cancel keeps nothing, and "Add to my library" opens the treaty with its
// articles. A file without any treaty structure is offered to the news-source form instead.
import { readFileSync } from "node:fs";
import { test, expect, appReady, keepScreenshot } from "./helpers.mjs";

const DEV_SET = new URL("../../shared/import-dev/", import.meta.url);

const documents = [
  {
    kind: "plain text",
    file: "partxi-agreement-1994.en.txt",
    mimeType: "text/plain",
    articles: "10 articles (1–10)",
    languages: ["en"],
    preamble: "Yes",
    first: { article: "1", words: "The States Parties to this Agreement undertake to implement Part XI" },
    last: "10",
  },
  {
    kind: "Markdown in two languages",
    file: "hague-iv-1907.fr-nl.md",
    mimeType: "text/markdown",
    articles: "9 articles (1–9)",
    languages: ["fr", "nl"],
    preamble: "Yes",
    // The annexed Regulations keep their own numbering (Article premier to 56).
    annex: "(56 articles of its own)",
    first: { article: "1", words: "Les Puissances contractantes donneront à leurs forces armées de terre" },
    last: "9",
  },
  {
    kind: "Akoma Ntoso",
    file: "us-usc-title9-ch3.en.akn.xml",
    mimeType: "application/xml",
    articles: "7 articles (301–307)",
    languages: ["en"],
    preamble: "No",
    first: { article: "301", words: "The Inter-American Convention on International Commercial Arbitration of January 30, 1975, shall be enforced" },
    last: "307",
  },
];

function devFile(doc) {
  return { name: doc.file, mimeType: doc.mimeType, buffer: readFileSync(new URL(doc.file, DEV_SET)) };
}

/** Picks the file and waits for its preview: the id the treaty would get. */
async function preview(page, doc) {
  await page.goto("./");
  await appReady(page);
  await page.locator(".import-file").setInputFiles(devFile(doc));
  const found = page.locator(".import-preview");
  // A large file is read in the worker; on a loaded 2-core machine that takes a while.
  await expect(found).toBeVisible({ timeout: 30_000 });
  return found.locator(".preview-treaty").first().getAttribute("data-document");
}

for (const doc of documents) {
  test(`${doc.kind}: the preview of ${doc.file} shows what was found; Cancel keeps nothing; Add opens it`, async ({ page }, testInfo) => {
    const id = await preview(page, doc);
    const found = page.locator(".import-preview");
    await expect(found.locator(".preview-articles")).toHaveText(doc.articles);
    await expect(found.locator(".preview-languages li")).toHaveCount(doc.languages.length);
    for (const [i, language] of doc.languages.entries()) {
      await expect(found.locator(".preview-languages li").nth(i)).toHaveAttribute("data-language", language);
    }
    await expect(found.locator(".preview-preamble")).toHaveText(doc.preamble);
    if (doc.annex) await expect(found.locator(".preview-annexes")).toContainText(doc.annex);
    await expect(found.locator(".preview-excerpt").first()).toContainText(doc.first.words);
    await expect(found.locator(".preview-label").first()).toContainText(`Article ${doc.first.article}`);
    await keepScreenshot(page, testInfo, `import-preview-${doc.file}`);

    // Cancel: nothing saved, the form as it was.
    await found.getByRole("button", { name: "Cancel" }).click();
    await expect(found).toHaveCount(0);
    await expect(page.locator(".treaty-card").first()).toBeVisible();
    await expect(page.locator(`.treaty-card[data-document="${id}"]`)).toHaveCount(0);
    await page.reload();
    await appReady(page);
    await expect(page.locator(".treaty-card").first()).toBeVisible();
    await expect(page.locator(`.treaty-card[data-document="${id}"]`)).toHaveCount(0);

    // Add: kept, and opened with its articles.
    expect(await preview(page, doc)).toBe(id);
    await page.getByRole("button", { name: "Add to my library" }).click();
    await page.waitForURL(new RegExp(`/treaty/${id}$`));
    await expect(page.locator(`section.provision[id^="art-"]`).first()).toBeVisible();
    await expect(page.locator(`#art-${doc.first.article}`)).toContainText(doc.first.words);
    await expect(page.locator(`#art-${doc.last}`)).toBeVisible();
    await page.reload();
    await appReady(page);
    await expect(page.locator(`#art-${doc.first.article}`)).toContainText(doc.first.words);
  });
}

test("a file without treaty structure says what was looked for and can be added as a news source", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  const notes = [
    "Pact scrutinised",
    "",
    'Analysts said the treaty\'s Article 4 states: "the other side shall provide military and other assistance with all means in its possession without delay".',
    "",
  ].join("\n");
  await page.locator(".import-file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from(notes) });
  const refused = page.locator(".import-treaty .import-error");
  await expect(refused).toContainText("notes.txt was not imported: no treaty structure found: looked for article headings");
  await expect(refused).toContainText('"Article 1"');
  await expect(page.locator(".import-preview")).toHaveCount(0);
  await page.getByRole("button", { name: "Add it as a news source instead" }).click();
  await expect(refused).toHaveCount(0);
  const form = page.locator(".import-source");
  await expect(form.locator(".import-status")).toContainText("notes.txt is ready to be added as a news source");
  expect(await form.locator(".source-file").evaluate((input) => [...input.files].map((f) => f.name))).toEqual(["notes.txt"]);
  await form.locator(".source-about").selectOption("rus-dprk-2024");
  await form.getByRole("button", { name: "Add source" }).click();
  await page.waitForURL(/\/source\//, { timeout: 30_000 });
  await expect(page.locator(".cited-provision")).toHaveText(["Article 4"]);
});
