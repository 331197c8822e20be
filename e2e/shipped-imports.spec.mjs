// The treaties the library ships from real files (corpus/imported/, read at build time by the
// importer): their text is fetched only when a reader opens one, and the treaty page says where
// the text comes from.
import { test, expect, appReady } from "./helpers.mjs";

const UNCLOS = "bundles/treaties/unclos-1982.json";
const COMMIT = "6cd289d7290bc4c3ad6f99e7eb5b6126ceb29058";

test("UNCLOS opens from the library page, fetched on demand, with its provenance", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto("./");
  await appReady(page);
  const card = page.locator('.treaty-card[data-document="unclos-1982"]');
  await expect(card).toContainText("United Nations Convention on the Law of the Sea");
  expect(fetched.filter((p) => p.endsWith(UNCLOS)), "not loaded with the library page").toEqual([]);

  await card.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("United Nations Convention on the Law of the Sea");
  expect(fetched.filter((p) => p.endsWith(UNCLOS))).toHaveLength(1);

  const notes = page.locator(".document-notes");
  await expect(notes).toContainText("github.com/dacheah/bbnj-high-seas-treaty-corpus");
  await expect(notes).toContainText(COMMIT);
  await expect(notes).toContainText("UN-materials-terms");
  const witness = page.locator("#art-1 .witness-line");
  await expect(witness.locator(".badge.witness")).toHaveText("Official text");
  await expect(witness.locator(".publisher a")).toHaveAttribute(
    "href",
    `https://github.com/dacheah/bbnj-high-seas-treaty-corpus/blob/${COMMIT}/authoritative/un/unclos-1982/1982-12-10/text.txt`,
  );
  await expect(page.locator(".toc")).toContainText("Article 320");
});

test("a large shipped treaty is cached when first read, not when the app installs", async ({ request }) => {
  const worker = await (await request.get("sw.js")).text();
  const list = (name) => JSON.parse(worker.match(new RegExp(`const ${name} = (\\[[^\\]]*\\])`))[1]);
  expect(list("PRECACHE")).not.toContain(UNCLOS);
  expect(list("LAZY")).toContain(UNCLOS);
  expect(list("PRECACHE")).toContain("bundles/treaties/rus-dprk-2024.json");
});
