// How the reader's imports are kept and read back (issue 12: big imports must not cost every
// start): each import is one record with its summary beside it; a start reads the summaries
// only, and a record is read when a page shows something of it. Records kept by the first
// version of the app (no summaries) are summarised once, and stay readable.
import { readFileSync } from "node:fs";
import { test, expect, appReady, addTreatyFile } from "./helpers.mjs";

const TREATY = `# Treaty of Lazy Reading

## Article 1

The Parties shall read what they need when they need it.
`;

const ARTICLE_4 =
  "In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states, the other side shall provide military and other assistance with all means in its possession without delay";

const PASTED = `Pact read again

Article 4 of the treaty states: "${ARTICLE_4}."
`;

/** Records every read of the app's storage as `store:method:key` in `window.__reads`. */
async function watchReads(page) {
  await page.addInitScript(() => {
    window.__reads = [];
    for (const method of ["get", "getAll", "getAllKeys"]) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (...args) {
        window.__reads.push(`${this.name}:${method}:${args[0] ?? ""}`);
        return original.apply(this, args);
      };
    }
  });
}

const reads = (page) => page.evaluate(() => window.__reads);
const recordReads = async (page) => (await reads(page)).filter((r) => r.startsWith("bundles:get:") || r.startsWith("bundles:getAll:"));

test("a start reads the imports' summaries; a record is read when a page shows it", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await addTreatyFile(page, { name: "lazy.md", mimeType: "text/markdown", buffer: Buffer.from(TREATY) });
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  await page.locator(".source-text").fill(PASTED);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.waitForURL(/\/source\/local-source-pact-read-again$/, { timeout: 60_000 });

  await watchReads(page);
  await page.goto("./");
  await appReady(page);
  await expect(page.locator("main")).toContainText("Treaty of Lazy Reading");
  expect(await recordReads(page)).toEqual([]);
  expect(await reads(page)).toContain("summaries:getAll:");

  // The imported treaty's page reads its record only.
  await page.getByRole("link", { name: "Treaty of Lazy Reading" }).first().click();
  await expect(page.locator(".provision-text").first()).toContainText("read what they need");
  expect(await recordReads(page)).toEqual(["bundles:get:local-lazy"]);

  // Article 4 of the shipped treaty waits for the source about it, and shows its quote.
  await page.goto("treaty/rus-dprk-2024/article/4");
  await appReady(page);
  await expect(page.locator('.quote-card:has(a[href*="/source/local-source-pact-read-again/"])')).toBeVisible();
  expect(await recordReads(page)).toEqual(["bundles:get:source:local-source-pact-read-again"]);
});

test("imports kept by the first version of the app are summarised once and read as before", async ({ page }) => {
  const bundle = JSON.parse(readFileSync(new URL("host/spoof.json", import.meta.url), "utf8"));
  const [document] = bundle.documents;
  Object.assign(document, { id: "local-old-pact", title: "Old Pact of Storage", short_title: "Old Pact", aliases: [] });
  bundle.documents = [document];
  bundle.sources = [];
  bundle.glossary = [];
  // A file of the site, where the app does not run: the database as version 1 left it, the
  // records' store only.
  await page.goto("bundles/index.json");
  await page.evaluate(
    (json) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("treaty-reader", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("bundles");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction("bundles", "readwrite");
          write.objectStore("bundles").add(json, "local-old-pact");
          write.oncomplete = () => {
            open.result.close();
            resolve();
          };
          write.onabort = () => reject(write.error);
        };
      }),
    JSON.stringify(bundle),
  );
  await page.goto("./");
  await appReady(page);
  await expect(page.locator("main")).toContainText("Old Pact of Storage");
  const summaries = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("treaty-reader");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("summaries").objectStore("summaries").getAllKeys();
          read.onsuccess = () => resolve({ version: open.result.version, keys: read.result });
        };
      }),
  );
  // Version 3 (search indexes beside the records) upgrades version 1's database in one step.
  expect(summaries).toEqual({ version: 3, keys: ["local-old-pact"] });

  await watchReads(page);
  await page.goto("treaty/local-old-pact/article/4");
  await appReady(page);
  await expect(page.locator(".provision-text").first()).toContainText("SPOOFED-FOUR");
  expect(await recordReads(page)).toEqual(["bundles:get:local-old-pact"]);

  // It has no search index yet: the first search makes one (in the worker) and keeps it.
  await page.getByRole("searchbox", { name: "Search the library" }).fill("spoofed");
  await expect(page.locator(".search-group.provision").filter({ hasText: "Old Pact" }).first()).toBeVisible({ timeout: 30_000 });
  const indexed = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open("treaty-reader");
        open.onsuccess = () => {
          const read = open.result.transaction("search").objectStore("search").getAllKeys();
          read.onsuccess = () => resolve(read.result);
        };
      }),
  );
  expect(indexed).toEqual(["local-old-pact"]);
});
