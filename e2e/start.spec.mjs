// When the app starts (static/start.js): a first visit reads the prerendered page and downloads
// no wasm; pointing at a control fetches the app; using a control starts it, and the control
// acts in the app's view; what the reader changed natively is kept; the app shell and pages the
// service worker controls start at once.
//
// These tests see pages as a reader does, so they use Playwright's own `test`, whose `goto` does
// not start the app (helpers.mjs's does, as a reader's first click would).
import { test, expect } from "@playwright/test";

const article = "treaty/rus-dprk-2024/article/4";

/** The app's wasm requests of `page`, as a live list. */
function wasmRequests(page) {
  const seen = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".wasm")) seen.push(request.url());
  });
  return seen;
}

test.use({ serviceWorkers: "block" });

test("a first visit reads the prerendered page and downloads no wasm", async ({ page }) => {
  const wasm = wasmRequests(page);
  await page.goto(article, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await expect(page.locator("#art-4 .para").first()).toContainText("In case any one of the two sides");
  await expect(page.locator(".quote-card").first()).toBeVisible();
  await expect(page.locator(".select-quote").first()).toBeVisible();
  expect(wasm).toEqual([]);
  await expect(page.locator("html")).not.toHaveAttribute("data-app", /.*/);
});

test("pointing at a control fetches the app without replacing the page", async ({ page }) => {
  const wasm = wasmRequests(page);
  await page.goto(article, { waitUntil: "load" });
  const response = page.waitForResponse((r) => r.url().endsWith(".wasm"));
  await page.locator(".filter-verdict").hover();
  await response;
  expect(wasm).toHaveLength(1);
  await page.waitForTimeout(500);
  await expect(page.locator("html")).not.toHaveAttribute("data-app", /.*/);
});

test("a button used before the app runs acts once the app has taken over", async ({ page }) => {
  await page.goto(article, { waitUntil: "load" });
  const first = page.locator(".select-quote").first();
  await expect(first).toHaveAttribute("aria-pressed", "false");
  await first.click();
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.locator(".select-quote").first()).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".select-quote").first()).toHaveText("Highlighted in the text");
  // Used once, not twice (a second press would turn it off again).
  await page.waitForTimeout(300);
  await expect(page.locator(".select-quote").first()).toHaveAttribute("aria-pressed", "true");
});

test("a button pressed twice while the app starts acts once", async ({ page }) => {
  await page.goto(article, { waitUntil: "load" });
  const first = page.locator(".select-quote").first();
  await first.click();
  await first.click();
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.locator(".select-quote").first()).toHaveAttribute("aria-pressed", "true");
  await page.waitForTimeout(300);
  await expect(page.locator(".select-quote").first()).toHaveAttribute("aria-pressed", "true");
});

test("a share menu opened before the app runs stays open, and its copy button works", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(article, { waitUntil: "load" });
  const menu = page.locator("details.share-menu").first();
  await menu.locator("summary").click();
  await expect(menu).toHaveAttribute("open", "");
  await expect(page.locator("html")).not.toHaveAttribute("data-app", /.*/);
  const field = menu.locator("input[readonly]").first();
  const link = await field.inputValue();
  await menu.locator("button.copy").first().click();
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.locator("details.share-menu").first()).toHaveAttribute("open", "");
  await expect(page.locator("details.share-menu").first().locator(".copy-status").first()).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test("a filter chosen with the keyboard before the app runs is applied by the app", async ({ page }) => {
  await page.goto(article, { waitUntil: "load" });
  const cards = page.locator(".quote-card");
  const all = await cards.count();
  const filter = page.locator(".filter-source");
  await filter.focus();
  await page.keyboard.press("ArrowDown");
  const chosen = await filter.inputValue();
  expect(chosen).not.toBe("");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.locator(".filter-source")).toHaveValue(chosen);
  await expect(page.locator(".filter-source")).toBeFocused();
  await expect.poll(() => cards.count()).toBeLessThan(all);
  for (const outlet of await page.locator(".quote-card .outlet").allTextContents()) expect(outlet).toBe(chosen);
});

test("the app shell starts the app at once", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024/article/99");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
});

test("an iframe embed asking for no quotes starts the app, which leaves them out", async ({ page }) => {
  await page.goto("embed/rus-dprk-2024/article/4?quotes=off&theme=dark");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".provision-title")).toHaveText("Article 4");
  await expect(page.locator(".quote-card")).toHaveCount(0);
});

test.describe("under the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("a page the service worker controls starts the app at once, from its cache", async ({ page }) => {
    await page.goto(article, { waitUntil: "load" });
    // Registered by start.js on a first visit, without the app.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect(page.locator("html")).not.toHaveAttribute("data-app", /.*/);
    const network = [];
    page.on("requestfinished", async (request) => {
      const response = await request.response();
      if (request.url().endsWith(".wasm") && !response?.fromServiceWorker()) network.push(request.url());
    });
    await page.reload({ waitUntil: "load" });
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    expect(network).toEqual([]);
  });
});
