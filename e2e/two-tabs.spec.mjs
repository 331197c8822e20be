// Two tabs of the reader on one device: imports made in both at the same moment are both kept
// (the write allocates the key; a key the other tab took moves the import to the next one),
// and each tab follows what the other keeps and deletes without a reload.
import { test, expect, appReady } from "./helpers.mjs";

const TREATY = `# Treaty of Sameness

## Article 1

The Parties shall keep both copies.
`;

const ARTICLE_4 =
  "In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states, the other side shall provide military and other assistance with all means in its possession without delay";

const PASTED = `Pact scrutinised

Analysts returned to the treaty this week.
Article 4 of the treaty states: "${ARTICLE_4}."
`;

const SHIPPED = 10;

function file(name, content) {
  return { name, mimeType: "text/markdown", buffer: Buffer.from(content) };
}

/** Two tabs of one browser (one storage), both on the library page with the app running. */
async function twoTabs(context, page) {
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto("./");
    await appReady(tab);
  }
  return [page, other];
}

/** Marks the tab's document, so that a test can tell it was not reloaded. */
async function mark(tab) {
  await tab.evaluate(() => { window.__notReloaded = true; });
}

async function notReloaded(tab) {
  expect(await tab.evaluate(() => window.__notReloaded === true)).toBe(true);
}

/** Goes to the library inside the app (no reload). */
async function toLibrary(tab) {
  await tab.locator(".site-header .brand").click();
  await expect(tab).toHaveURL(/\/reader\/$/);
}

test("the same file imported in two tabs at once is kept twice, and each tab shows both", async ({ context, page }) => {
  const tabs = await twoTabs(context, page);
  await Promise.all(
    tabs.map(async (tab) => {
      await tab.locator(".import-file").setInputFiles(file("same.md", TREATY));
      await expect(tab.getByRole("button", { name: "Add to my library" })).toBeVisible({ timeout: 30_000 });
    }),
  );
  await Promise.all(tabs.map(mark));
  await Promise.all(tabs.map((tab) => tab.getByRole("button", { name: "Add to my library" }).click()));
  await Promise.all(tabs.map((tab) => tab.waitForURL(/\/treaty\/local-same(-2)?$/)));
  const opened = tabs.map((tab) => new URL(tab.url()).pathname).sort();
  expect(opened).toEqual(["/reader/treaty/local-same", "/reader/treaty/local-same-2"]);
  for (const tab of tabs) {
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Treaty of Sameness");
    await expect(tab.locator(".import-error")).toHaveCount(0);
    await toLibrary(tab);
    await expect(tab.locator('.treaty-card[data-document="local-same"]')).toBeVisible();
    await expect(tab.locator('.treaty-card[data-document="local-same-2"]')).toBeVisible();
    await expect(tab.locator(".treaty-card")).toHaveCount(SHIPPED + 2);
    await notReloaded(tab);
  }
  for (const tab of tabs) {
    await tab.reload();
    await appReady(tab);
    await expect(tab.locator(".treaty-card")).toHaveCount(SHIPPED + 2);
    await expect(tab.locator('.treaty-card[data-document="local-same"]')).toContainText("Treaty of Sameness");
    await expect(tab.locator('.treaty-card[data-document="local-same-2"]')).toContainText("Treaty of Sameness");
  }
});

test("two pasted sources with the same headline added in two tabs at once are both kept", async ({ context, page }) => {
  const tabs = await twoTabs(context, page);
  for (const tab of tabs) {
    await tab.locator(".source-about").selectOption("rus-dprk-2024");
    await tab.locator(".source-text").fill(PASTED);
    await mark(tab);
  }
  await Promise.all(tabs.map((tab) => tab.getByRole("button", { name: "Add source" }).click()));
  await Promise.all(tabs.map((tab) => tab.waitForURL(/\/source\/local-source-pact-scrutinised(-2)?$/, { timeout: 60_000 })));
  const opened = tabs.map((tab) => new URL(tab.url()).pathname).sort();
  expect(opened).toEqual([
    "/reader/source/local-source-pact-scrutinised",
    "/reader/source/local-source-pact-scrutinised-2",
  ]);
  for (const tab of tabs) {
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Pact scrutinised");
    await expect(tab.locator(".cited-provision")).toHaveText(["Article 4"]);
    await notReloaded(tab);
  }
  const [first] = tabs;
  for (const id of ["local-source-pact-scrutinised", "local-source-pact-scrutinised-2"]) {
    await first.goto(`source/${id}`);
    await expect(first.getByRole("heading", { level: 1 })).toHaveText("Pact scrutinised");
    await expect(first.locator(".source-header .badge.imported")).toBeVisible();
  }
});

test("a treaty imported in one tab appears in the other's library without a reload", async ({ context, page }) => {
  const [watching, importing] = await twoTabs(context, page);
  await mark(watching);
  await importing.locator(".import-file").setInputFiles(file("elsewhere.md", TREATY.replace("Sameness", "Elsewhere")));
  await importing.getByRole("button", { name: "Add to my library" }).click({ timeout: 30_000 });
  await importing.waitForURL(/\/treaty\/local-elsewhere$/);
  const card = watching.locator('.treaty-card[data-document="local-elsewhere"]');
  await expect(card).toContainText("Treaty of Elsewhere");
  await expect(watching.locator(".treaty-card")).toHaveCount(SHIPPED + 1);
  await notReloaded(watching);
});

test("a treaty deleted in one tab disappears from the other without a reload, which stays on its page", async ({ context, page }) => {
  const [watching, deleting] = await twoTabs(context, page);
  await deleting.locator(".import-file").setInputFiles(file("doomed.md", TREATY.replace("Sameness", "Doom")));
  await deleting.getByRole("button", { name: "Add to my library" }).click({ timeout: 30_000 });
  await deleting.waitForURL(/\/treaty\/local-doomed$/);
  const card = watching.locator('.treaty-card[data-document="local-doomed"]');
  await expect(card).toBeVisible();
  await mark(watching);
  await deleting.getByRole("button", { name: "Delete from this device…" }).click();
  await deleting.locator(".confirm-delete").getByRole("button", { name: "Delete" }).click();
  await expect(deleting).toHaveURL(/\/reader\/$/);
  await expect(card).toHaveCount(0);
  await expect(watching.locator(".treaty-card")).toHaveCount(SHIPPED);
  await expect(watching).toHaveURL(/\/reader\/$/);
  await notReloaded(watching);
});

test("without BroadcastChannel the other tab hears of an import through the storage event", async ({ context, page }) => {
  await context.addInitScript(() => { delete window.BroadcastChannel; });
  const [watching, importing] = await twoTabs(context, page);
  expect(await watching.evaluate(() => "BroadcastChannel" in window)).toBe(false);
  await mark(watching);
  await importing.locator(".import-file").setInputFiles(file("fallback.md", TREATY.replace("Sameness", "Fallback")));
  await importing.getByRole("button", { name: "Add to my library" }).click({ timeout: 30_000 });
  await importing.waitForURL(/\/treaty\/local-fallback$/);
  await expect(watching.locator('.treaty-card[data-document="local-fallback"]')).toContainText("Treaty of Fallback");
  await notReloaded(watching);
});

test("a source added in one tab joins the article the other is reading, in place", async ({ context, page }) => {
  const [watching, adding] = await twoTabs(context, page);
  await watching.locator(".site-header .brand").waitFor();
  await watching.getByRole("link", { name: /Russia–DPRK Treaty/ }).first().click();
  await watching.locator('.toc-item[data-anchor="art-4"] a').click();
  await expect(watching).toHaveURL(/\/treaty\/rus-dprk-2024\/article\/4$/);
  await expect(watching.locator(".quote-card").first()).toBeVisible();
  await mark(watching);
  // Whether the page ever gives way to a loading notice while the source comes in.
  await watching.evaluate(() => {
    window.__loadingShown = false;
    new MutationObserver(() => {
      if (document.querySelector("main.loading")) window.__loadingShown = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await adding.locator(".source-about").selectOption("rus-dprk-2024");
  await adding.locator(".source-text").fill(PASTED.replace("Pact scrutinised", "Pact read elsewhere"));
  await adding.getByRole("button", { name: "Add source" }).click();
  await adding.waitForURL(/\/source\/local-source-pact-read-elsewhere$/, { timeout: 60_000 });
  await expect(watching.locator('.quote-card:has(a[href*="/source/local-source-pact-read-elsewhere/"])')).toBeVisible();
  expect(await watching.evaluate(() => window.__loadingShown)).toBe(false);
  await notReloaded(watching);
});
