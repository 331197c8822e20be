// The reader's own collection beyond treaties: news sources added by paste or file and
// attributed at once, export of the library and of one treaty, deletion with confirmation,
// persistent storage, and a full storage quota.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, chromium, appReady, keepScreenshot, addTreatyFile } from "./helpers.mjs";

const ARTICLE_4 =
  "In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states, the other side shall provide military and other assistance with all means in its possession without delay";

const PASTED = `Pact scrutinised

Analysts returned to the treaty this week.
Article 4 of the treaty states: "${ARTICLE_4}."
The analysts said the clause echoes the alliance of 1961.
`;

const SAVED_PAGE = `<!DOCTYPE html>
<html><head>
<title>Mutual defence clause examined | The Example Herald</title>
<meta property="og:title" content="Mutual defence clause examined">
<meta property="og:site_name" content="The Example Herald">
<style>p { color: red }</style>
<script>window.__sourceScriptRan = true; document.title = "hacked";</script>
</head><body>
<p>Mutual defence clause examined</p>
<p>According to the treaty, "${ARTICLE_4}," the text reads.</p>
<p>&lt;img src=x onerror="window.__sourceScriptRan = true"&gt; is not markup here.</p>
</body></html>`;

async function treatyPage(page, id = "rus-dprk-2024") {
  await page.goto(`treaty/${id}`);
  await appReady(page);
  await expect(page.locator(".import-source")).toBeVisible();
}

test("a pasted source is attributed to Article 4 at once, opened, and kept", async ({ page }, testInfo) => {
  await treatyPage(page);
  await page.locator(".source-text").fill(PASTED);
  await page.locator(".source-outlet").fill("Example Wire");
  await page.locator(".source-date").fill("2026-11-20");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/reader\/source\/local-source-pact-scrutinised$/);
  await expect(page.locator(".source-header .outlet")).toHaveText("Example Wire");
  await expect(page.locator(".source-header .badge.imported")).toBeVisible();
  await expect(page.locator(".cited-provision")).toHaveText(["Article 4"]);
  await expect(page.locator(".statement-note").first()).toContainText("Article 4");
  await keepScreenshot(page, testInfo, "source-imported");
  await page.reload();
  await appReady(page);
  await expect(page.locator(".cited-provision")).toHaveText(["Article 4"]);
  await page.goto("treaty/rus-dprk-2024/article/4");
  const card = page.locator(".quote-card", { hasText: "Example Wire" });
  await expect(card).toBeVisible();
  await expect(card.locator(".badge.verdict")).toHaveText(/verbatim|close/i);
});

test("a saved page is read as text: its scripts and styles are dropped, its title and outlet found", async ({ page }) => {
  await treatyPage(page);
  await page.locator(".source-file").setInputFiles({ name: "herald.html", mimeType: "text/html", buffer: Buffer.from(SAVED_PAGE) });
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator(".source-header h1")).toHaveText("Mutual defence clause examined");
  await expect(page.locator(".source-header .outlet")).toHaveText("The Example Herald");
  await expect(page.locator(".source-body")).toContainText('<img src=x onerror="window.__sourceScriptRan = true"> is not markup here.');
  await expect(page.locator(".source-body")).not.toContainText("color: red");
  await expect(page.locator(".source-body")).not.toContainText("__sourceScriptRan = true;");
  expect(await page.evaluate(() => window.__sourceScriptRan)).toBeUndefined();
  await expect(page.locator(".cited-provision")).toHaveText(["Article 4"]);
});

test("a source is attributed against the treaty chosen on the library page", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await page.locator(".source-about").selectOption("north-atlantic-treaty-1949");
  await page.locator(".source-text").fill(
    'NATO allies\nArticle 5 says the Parties "agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all".\n',
  );
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/source\/local-source-nato-allies$/);
  await expect(page.locator(".cited-provision")).toHaveText(["Article 5"]);
  await expect(page.locator(".source-header")).toContainText("North Atlantic Treaty");
});

const badSources = [
  ["nothing given", null, /Paste the article's text or choose a file first/],
  ["a binary file", { name: "photo.html", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) }, /photo\.html was not imported: .*binary/],
  ["a UTF-16 file", { name: "utf16.txt", buffer: Buffer.from("\ufeffArticle 4 says", "utf16le") }, /utf16\.txt was not imported: .*UTF-16/],
  ["a treaty file", { name: "treaty.md", buffer: Buffer.from("# T\n\n## Article 1\n\nOne.\n") }, /treaty\.md was not imported: this is a treaty/],
  ["a page without text", { name: "empty.html", buffer: Buffer.from("<!DOCTYPE html><html><head><script>x()</script></head><body></body></html>") }, /empty\.html was not imported: no readable text/],
  ["an oversized file", { name: "huge.txt", buffer: Buffer.alloc(20 * 1024 * 1024 + 1, "a") }, /huge\.txt was not imported: .*limit of 20 MB/],
];

for (const [what, file, message] of badSources) {
  test(`a bad source (${what}) gets a clear message and adds nothing`, async ({ page }) => {
    await treatyPage(page);
    const before = await page.locator(".source-list li").count();
    if (file) {
      await page.locator(".source-file").setInputFiles({ mimeType: "application/octet-stream", ...file });
    }
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.locator(".import-source .import-error")).toHaveText(message);
    await expect(page).toHaveURL(/\/treaty\/rus-dprk-2024$/);
    await page.reload();
    await appReady(page);
    await expect(page.locator(".source-list li")).toHaveCount(before);
  });
}

test("a bad address or date in the details is named", async ({ page }) => {
  await treatyPage(page);
  await page.locator(".source-text").fill(PASTED);
  await page.locator(".source-url").evaluate((input) => { input.type = "text"; });
  await page.locator(".source-url").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator(".import-source .import-error")).toContainText("is not a web address");
});

async function download(page, trigger) {
  const [file] = await Promise.all([page.waitForEvent("download"), trigger()]);
  return { name: file.suggestedFilename(), bundle: JSON.parse(readFileSync(await file.path(), "utf8")) };
}

test("the whole library and one treaty export as bundles that import again", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await addTreatyFile(page, { name: "mine.md", mimeType: "text/markdown", buffer: Buffer.from("# Mine\n\n## Article 1\n\nOurs.\n") });
  await page.goto("./");
  await appReady(page);
  await expect(page.locator('.treaty-card[data-document="local-mine"]')).toBeVisible();
  const library = await download(page, () => page.getByRole("button", { name: "Export the whole library" }).click());
  expect(library.name).toBe("library.treaty-reader.json");
  expect(library.bundle.format).toBe("treaty-reader-bundle");
  expect(library.bundle.documents.map((d) => d.id)).toEqual(expect.arrayContaining(["rus-dprk-2024", "un-charter-1945", "local-mine"]));
  expect(library.bundle.sources.length).toBeGreaterThan(10);

  await page.goto("treaty/rus-dprk-2024");
  const one = await download(page, () => page.getByRole("button", { name: "Export this treaty with its sources" }).click());
  expect(one.name).toBe("rus-dprk-2024.treaty-reader.json");
  expect(one.bundle.documents.map((d) => d.id)).toEqual(["rus-dprk-2024"]);
  expect(one.bundle.sources.length).toBeGreaterThan(0);
  expect(one.bundle.sources.every((s) => s.about.includes("rus-dprk-2024") || one.bundle.documents[0].articles.some((a) => a.reports.some((r) => r.source === s.id)))).toBe(true);
  expect(one.bundle.sources.some((s) => (s.attributions ?? []).length > 0)).toBe(true);

  await page.goto("./");
  await page.locator(".import-file").setInputFiles({ name: "library.treaty-reader.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(library.bundle)) });
  await expect(page.locator(".import-treaty .import-error")).toContainText("already in your library");
  await expect(page.locator(".treaty-card")).toHaveCount(11);
});

test("deleting an imported treaty asks first, says what goes, and removes it with its sources", async ({ page }, testInfo) => {
  await page.goto("./");
  await appReady(page);
  await addTreatyFile(page, { name: "doomed.md", mimeType: "text/markdown", buffer: Buffer.from("# Doomed Treaty\n\n## Article 1\n\nThe Parties shall meet yearly.\n") });
  await expect(page).toHaveURL(/\/treaty\/local-doomed$/);
  await page.locator(".source-text").fill('Yearly meetings\nArticle 1 says "The Parties shall meet yearly."\n');
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator(".cited-provision")).toHaveText(["Article 1"]);
  await page.goto("treaty/local-doomed");
  await expect(page.locator(".export-bundle")).toBeVisible();
  await page.getByRole("button", { name: "Delete from this device…" }).click();
  const question = page.locator(".confirm-delete");
  await expect(question).toContainText("Delete “Doomed Treaty” and the source you added about it from this device?");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await keepScreenshot(page, testInfo, "delete-confirmation");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Doomed Treaty");
  await page.getByRole("button", { name: "Delete from this device…" }).click();
  await page.locator(".confirm-delete").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/reader\/$/);
  await expect(page.locator(".treaty-card")).toHaveCount(10);
  await page.reload();
  await appReady(page);
  await expect(page.locator(".treaty-card")).toHaveCount(10);
  await page.goto("source/local-source-yearly-meetings");
  await expect(page.locator("main")).toContainText("is not in this library");
});

test("shipped treaties and sources offer no delete", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  await expect(page.locator(".export-bundle")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete from this device…" })).toHaveCount(0);
});

test("persistent storage is asked for after an import and its state is shown", async ({ page }) => {
  await page.addInitScript(() => {
    window.__persistCalls = 0;
    let granted = false;
    navigator.storage.persist = async () => { window.__persistCalls += 1; granted = true; return true; };
    navigator.storage.persisted = async () => granted;
  });
  await page.goto("./");
  await appReady(page);
  await expect(page.locator(".storage-status")).toHaveCount(0);
  await addTreatyFile(page, { name: "kept.md", mimeType: "text/markdown", buffer: Buffer.from("# Kept\n\n## Article 1\n\nKept.\n") });
  await page.goBack(); // in the app, so the stubbed storage keeps its state
  await expect(page.locator('.treaty-card[data-document="local-kept"]')).toBeVisible();
  await expect(page.locator(".storage-status")).toHaveText(/kept in this browser until you delete them/);
  expect(await page.evaluate(() => window.__persistCalls)).toBe(1);
});

test("without persistent storage the reader is told to keep an export", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.storage.persist = async () => false;
    navigator.storage.persisted = async () => false;
  });
  await page.goto("./");
  await appReady(page);
  await addTreatyFile(page, { name: "fragile.md", mimeType: "text/markdown", buffer: Buffer.from("# Fragile\n\n## Article 1\n\nFragile.\n") });
  await page.goBack();
  await expect(page.locator(".storage-status")).toHaveText(/may clear .* export the library/);
});

test("a full storage quota gets a clear message and loses nothing", async ({ baseURL }) => {
  // Quotas are enforced only in a normal (on-disk) profile, and Chromium applies a quota
  // override only before the origin's first write in a browser session: so one session imports
  // a treaty, and a second session on the same profile fills the quota before loading the app.
  const profile = mkdtempSync(join(tmpdir(), "treaty-reader-quota-"));
  // A browser that crashes while starting (seen once on a loaded CI machine, before any page)
  // is started again: what is tested is the app's handling of a full quota, not the launch.
  const launchOnce = () => chromium.launchPersistentContext(profile, { ...test.info().project.use.launchOptions, baseURL });
  const launch = () => launchOnce().catch(launchOnce);
  try {
    let context = await launch();
    let page = await context.newPage();
    await page.goto("./");
    await appReady(page);
    await addTreatyFile(page, { name: "first.md", mimeType: "text/markdown", buffer: Buffer.from("# First\n\n## Article 1\n\nFirst.\n") });
    await page.goBack();
    await expect(page.locator('.treaty-card[data-document="local-first"]')).toBeVisible();
    await context.close();

    context = await launch();
    page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseURL).origin;
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1024 });
    expect(await cdp.send("Storage.getUsageAndQuota", { origin })).toMatchObject({ quota: 1024, overrideActive: true });
    await page.goto("./");
    await appReady(page);
    await expect(page.locator(".treaty-card")).toHaveCount(11);
    const big = "# Big Treaty\n\n" + Array.from({ length: 400 }, (_, i) => `## Article ${i + 1}\n\n${"The Parties shall cooperate closely. ".repeat(40)}\n`).join("\n");
    await page.locator(".import-file").setInputFiles({ name: "big.md", mimeType: "text/markdown", buffer: Buffer.from(big) });
    // Read and previewed; the storage refuses it when it is added.
    await page.getByRole("button", { name: "Add to my library" }).click({ timeout: 30_000 });
    await expect(page.locator(".import-treaty .import-error")).toContainText("big.md was not imported: the browser's storage for this site is full");
    await expect(page.locator(".treaty-card")).toHaveCount(11);
    await page.reload();
    await appReady(page);
    await expect(page.locator(".treaty-card")).toHaveCount(11);
    await expect(page.locator('.treaty-card[data-document="local-first"]')).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test("an imported source is deleted on its own page, after a confirmation, and stays deleted", async ({ page }) => {
  await treatyPage(page);
  const before = await page.locator(".source-list li").count();
  await page.locator(".source-text").fill(PASTED);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/source\/local-source-pact-scrutinised$/);
  await page.goto("treaty/rus-dprk-2024/article/4");
  await expect(page.locator(".quote-card", { hasText: "Unknown outlet" })).toHaveCount(1);
  await page.goto("source/local-source-pact-scrutinised");
  await page.getByRole("button", { name: "Delete from this device…" }).click();
  await expect(page.locator(".confirm-delete")).toContainText("Delete this source from this device?");
  await page.locator(".confirm-delete").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/reader\/$/);
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  await expect(page.locator(".source-list li")).toHaveCount(before);
  await page.goto("treaty/rus-dprk-2024/article/4");
  await expect(page.locator(".quote-card").first()).toBeVisible();
  await expect(page.locator(".quote-card", { hasText: "Unknown outlet" })).toHaveCount(0);
});
