// Web Annotations imported back: the app's own export adds nothing it already holds; an
// annotation naming another article is kept, shows beside that article after a reload, and
// annotations that cannot be placed are listed with the reason.
import { readFileSync } from "node:fs";
import { test, expect, appReady } from "./helpers.mjs";

async function importAnnotations(page, name, json) {
  await page.goto("");
  await appReady(page);
  await page
    .locator(".import-annotations-file")
    .setInputFiles({ name, mimeType: "application/ld+json", buffer: Buffer.from(JSON.stringify(json)) });
  const report = page.locator(".import-annotations .annotations-report");
  await expect(report).toBeVisible({ timeout: 30000 });
  return report;
}

test("annotations come back as statements on their articles, and what cannot be placed is named", async ({ page, baseURL }) => {
  await page.goto("treaty/rus-dprk-2024/article/4");
  await appReady(page);
  const menu = page.locator(".provision-actions .share-menu");
  await menu.locator("summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), menu.locator(".download-annotations").click()]);
  const exported = JSON.parse(readFileSync(await file.path(), "utf8"));
  expect(exported.total).toBeGreaterThan(0);

  // The round trip: every statement is the library's already.
  let report = await importAnnotations(page, "article-4.annotations.jsonld", exported);
  await expect(report).toContainText("is new to your library");

  // A reader's correction: the words of one quote identified as Article 3 instead, and an
  // annotation on a page the library does not hold.
  const quote = exported.first.items[0];
  const words = [quote.target.selector].flat().find((s) => s.type === "TextQuoteSelector").exact;
  const corrected = structuredClone(quote);
  corrected.id = "https://annotations.example/1";
  corrected.body = [
    { type: "SpecificResource", purpose: "identifying", source: `${baseURL}treaty/rus-dprk-2024/article/3` },
  ];
  const elsewhere = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "https://annotations.example/2",
    type: "Annotation",
    target: { source: "https://news.example/not-in-the-library", selector: { type: "TextQuoteSelector", exact: "armed attack" } },
  };
  report = await importAnnotations(page, "mine.jsonld", {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    total: 2,
    first: { type: "AnnotationPage", items: [corrected, elsewhere] },
  });
  await expect(report).toContainText("1 statement added from mine.jsonld");
  await expect(report).toContainText("1 annotation could not be placed");
  await expect(report.locator(".annotations-skipped li")).toContainText("https://annotations.example/2");

  // Kept on this device: after a reload, Article 3 shows the quote.
  await page.goto("treaty/rus-dprk-2024/article/3");
  await page.reload();
  await appReady(page);
  const start = words.split(/\s+/).slice(0, 6).join(" ");
  await expect(page.locator(".quote-card .quote-words", { hasText: start }).first()).toBeVisible({ timeout: 15000 });
});
