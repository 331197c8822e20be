// Search the library, and find the same clause in other treaties (issue 13). The header's field
// is on every page and `/` reaches it; results come as the reader types, grouped by treaty
// article and by source, with the matched words marked; a result opens its paragraph with the
// words marked there; the address restores a search; it works offline. Each article lists the
// closest provisions of the other treaties, and the compare view marks what two share.
import { test, expect, appReady, addTreatyFile, axeViolations, keepScreenshot } from "./helpers.mjs";

const field = (page) => page.getByRole("searchbox", { name: "Search the library" });
const group = (page, treaty, article) => page.locator(".search-group.provision").filter({ has: page.locator(`a[href$="/treaty/${treaty}/article/${article}"]`) });
const sourceGroup = (page, source) => page.locator(".search-group.source").filter({ has: page.locator(`a[href$="/source/${source}"]`) });

/** Types `words` into the header's field, as a reader does, and waits for the results. */
async function search(page, words) {
  await field(page).fill("");
  await field(page).pressSequentially(words, { delay: 15 });
  await expect(page).toHaveURL(/\/search\?/);
  await expect(page.locator(".search-results")).not.toHaveAttribute("aria-busy", "true");
  await expect(page.locator(".search-status, .search-groups").first()).toBeVisible();
}

test("“coercive measures” finds Article 16 of the 2024 treaty and the sources that report it", async ({ page }, testInfo) => {
  await page.goto("./");
  await appReady(page);
  await search(page, "coercive measures");
  await expect(page).toHaveURL(/[?&]q=coercive(\+|%20)measures/);
  const article16 = group(page, "rus-dprk-2024", "16");
  await expect(article16).toBeVisible();
  await expect(article16.locator("mark.search-hit").first()).toHaveText(/coercive/i);
  await expect(sourceGroup(page, "rt-2024-10-14")).toBeVisible();
  await expect(sourceGroup(page, "k4s-2024-10-15")).toBeVisible();
  await keepScreenshot(page, testInfo, "search-coercive-measures");
  expect(await axeViolations(page)).toEqual([]);
});

test("“принудительные меры” finds the Russian text of Article 16 through its stems", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await search(page, "принудительные меры");
  const article16 = group(page, "rus-dprk-2024", "16");
  await expect(article16.locator('.search-result[lang="ru"]').first()).toBeVisible();
  // Stems, not exact forms: the marked words are whatever inflection the text uses.
  await expect(article16.locator('.search-result[lang="ru"] mark.search-hit').first()).toHaveText(/^принудительн/i);
});

test("“sanctions” finds the sources that say it and, through the glossary, Article 16", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await search(page, "sanctions");
  await expect(sourceGroup(page, "rt-2024-10-14")).toBeVisible();
  const article16 = group(page, "rus-dprk-2024", "16");
  await expect(article16).toBeVisible();
  await expect(article16.locator(".search-result-note").first()).toContainText("glossary");
});

test("a typo (“coersive”) still finds Article 16", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await search(page, "coersive");
  await expect(group(page, "rus-dprk-2024", "16")).toBeVisible();
});

test("`/` focuses the field, and a result opens its paragraph with the words marked", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024/article/1");
  await appReady(page);
  await page.locator("main h1").click();
  await page.keyboard.press("/");
  await expect(field(page)).toBeFocused();
  await page.keyboard.type("coercive", { delay: 15 });
  await expect(page).toHaveURL(/\/search\?q=coercive/);
  const result = group(page, "rus-dprk-2024", "16").locator(".search-result-link").first();
  await result.click();
  await expect(page).toHaveURL(/\/treaty\/rus-dprk-2024\/article\/16\?.*hl=coercive.*#art-16-p\d+-\d+$/);
  const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(target.locator("mark.found").first()).toHaveText(/coercive/i);
});

test("a search address restores its results, and “Article 4” offers the article", async ({ page }) => {
  await page.goto("search?q=coercive%20measures&scope=sources");
  await appReady(page);
  await expect(field(page)).toHaveValue("coercive measures");
  await expect(sourceGroup(page, "rt-2024-10-14")).toBeVisible();
  await expect(page.locator(".search-group.provision")).toHaveCount(0);
  await search(page, "Article 4");
  await expect(page.locator(".search-jump a")).toHaveAttribute("href", /\/treaty\/rus-dprk-2024\/article\/4$/);
  // Enter on an article reference opens the article: in the treaty on screen first.
  await page.goto("treaty/un-charter-1945/article/1");
  await appReady(page);
  await field(page).fill("ст. 51");
  await field(page).press("Enter");
  await expect(page).toHaveURL(/\/treaty\/un-charter-1945\/article\/51$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 51");
});

test("search works offline", async ({ page, context }) => {
  await page.goto("./");
  await appReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The precache holds the index: wait until the worker is active and has cached it.
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    for (const key of keys) {
      const cache = await caches.open(key);
      if (await cache.match(new URL("bundles/search/meta.json", document.baseURI).href)) return true;
    }
    return false;
  });
  await context.setOffline(true);
  await search(page, "coercive");
  await expect(group(page, "rus-dprk-2024", "16")).toBeVisible();
  await context.setOffline(false);
});

test("Article 4 lists Article 1 of the USSR–DPRK treaty and Article 5 of the North Atlantic Treaty, and the compare view marks what they share", async ({ page }, testInfo) => {
  await page.goto("treaty/rus-dprk-2024/article/4");
  await appReady(page);
  const similar = page.getByRole("region", { name: "Similar provisions elsewhere" });
  // Closed until asked for; opening it fetches the list.
  await expect(similar.locator(".similar-item")).toHaveCount(0);
  await similar.getByText("Similar provisions elsewhere").click();
  await expect(similar.locator('.similar-item[data-treaty="ussr-dprk-1961"][data-article="1"]')).toBeVisible();
  const nato = similar.locator('.similar-item[data-treaty="north-atlantic-treaty-1949"][data-article="5"]');
  await expect(nato).toBeVisible();
  await expect(nato.locator(".why")).toContainText("armed attack");
  // The kind of clause both are is named, not only the words they share.
  await expect(nato.locator(".why")).toContainText("both are collective defence clauses");
  await nato.getByRole("link", { name: "Compare side by side" }).click();
  await expect(page).toHaveURL(/\/compare\/rus-dprk-2024~4_north-atlantic-treaty-1949~5$/);
  const sides = page.locator(".compare-side");
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(0).locator("mark.shared").first()).toBeVisible();
  await expect(sides.nth(1).locator("mark.shared").first()).toBeVisible();
  // A shared passage carries the same number on both sides.
  const id = await sides.nth(0).locator("mark.shared").first().getAttribute("data-shared");
  await expect(sides.nth(1).locator(`mark.shared[data-shared="${id}"]`).first()).toBeVisible();
  await expect(sides.nth(1).locator("mark.shared", { hasText: /armed attack/i }).first()).toBeVisible();
  await keepScreenshot(page, testInfo, "compare-article-4-nato-5");
  expect(await axeViolations(page)).toEqual([]);
  // The address is the comparison: opened anew, it shows the same.
  await page.goto("compare/rus-dprk-2024~4_north-atlantic-treaty-1949~5");
  await expect(page.locator(".compare-side")).toHaveCount(2);
});

const PACT = `# Pact of Searchable Friendship

## Article 1

The Parties shall exchange zebrafish observations every spring.

## Article 2

Should either Party be subjected to an armed attack, the other Party shall immediately provide military and other assistance with all means at its disposal.
`;

test("an imported treaty is indexed as it is kept, found by search after a reload, and its articles list similar provisions", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await addTreatyFile(page, { name: "pact.md", mimeType: "text/markdown", buffer: Buffer.from(PACT) });
  const id = new URL(page.url()).pathname.split("/").pop();
  // The worker's index is kept beside the import in IndexedDB.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open("treaty-reader");
            open.onsuccess = () => {
              const request = open.result.transaction("search").objectStore("search").getAllKeys();
              request.onsuccess = () => resolve(request.result.length);
              request.onerror = () => resolve(-1);
            };
            open.onerror = () => resolve(-1);
          }),
      ),
    )
    .toBe(1);
  await page.reload();
  await appReady(page);
  await search(page, "zebrafish");
  const hit = group(page, id, "1");
  await expect(hit).toContainText("Pact of Searchable Friendship");
  await expect(hit.locator("mark.search-hit")).toHaveText("zebrafish");
  // Its mutual-defence article finds its counterparts in the shipped library (the worker ranks,
  // as no build knew this treaty).
  await page.goto(`treaty/${id}/article/2`);
  const similar = page.getByRole("region", { name: "Similar provisions elsewhere" });
  await similar.getByText("Similar provisions elsewhere").click();
  await expect(similar.locator('.similar-item[data-treaty="ussr-dprk-1961"][data-article="1"]')).toBeVisible({ timeout: 30_000 });
});

test("a search shows its ten best places, and “More results” adds the next ones", async ({ page }) => {
  await page.goto("search?q=article");
  await appReady(page);
  await expect(page.locator(".search-group")).toHaveCount(10);
  await expect(page.locator(".search-status")).toContainText("the best 10 shown");
  await page.getByRole("button", { name: "More results" }).click();
  await expect(page.locator(".search-group")).toHaveCount(20);
});

test("results are listed as soon as the index answers, and their snippets follow when their texts arrive", async ({ page }) => {
  // The texts of the results (the index's fragments) come slowly, as on a slow connection.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/bundles/search/fragments-*", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await appReady(page);
  await field(page).fill("coercive measures");
  const results = page.locator('.search-results[data-for="coercive measures"]');
  await expect(results).toHaveAttribute("data-waiting", "true");
  const article16 = group(page, "rus-dprk-2024", "16");
  await expect(article16).toBeVisible();
  await expect(article16.locator(".search-result-waiting").first()).toHaveText(/…/);
  release();
  await expect(results).not.toHaveAttribute("data-waiting");
  await expect(article16.locator(".search-result-waiting")).toHaveCount(0);
  await expect(article16.locator("mark.search-hit").first()).toHaveText(/coercive/i);
});
