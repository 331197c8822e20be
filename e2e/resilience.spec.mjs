// A broken library and small screens: the reader says what is wrong and stays usable.
import { test, expect, keepScreenshot } from "./helpers.mjs";

// These tests answer the page's requests themselves (page.route); a service worker would
// fetch past those routes, so none is allowed here.
test.use({ serviceWorkers: "block" });

test("a bundle URL that does not exist shows the error page", async ({ page }, testInfo) => {
  await page.goto("./?bundle=bundles/missing.json");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading")).toHaveText("The treaty library could not be loaded");
  await expect(alert.locator(".bundle-url")).toHaveText("bundles/missing.json");
  await expect(alert.locator(".problem")).toContainText("404");
  await keepScreenshot(page, testInfo, "error-missing-bundle");
});

test("a bundle that is not valid JSON shows the error page naming the problem", async ({ page }) => {
  await page.route("**/broken.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"format": "treaty-reader-bundle", "version": 1, "documents": [' }),
  );
  await page.goto("./?bundle=broken.json");
  await expect(page.getByRole("alert").locator(".problem")).toContainText("not a valid bundle");
});

test("a JSON file that is not a bundle is named as such", async ({ page }) => {
  await page.route("**/other.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"hello": "world"}' }),
  );
  await page.goto("./?bundle=other.json");
  await expect(page.getByRole("alert").locator(".problem")).toContainText("not a Treaty Reader bundle");
});

test("on a phone the contents come before the text and nothing overflows", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("treaty/rus-dprk-2024/article/4");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 4");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const toc = await page.locator(".toc-column").boundingBox();
  const text = await page.locator(".text-column").boundingBox();
  expect(toc.y).toBeLessThan(text.y);
  await keepScreenshot(page, testInfo, "article-4-phone");
});

test("the dark theme is chosen, applied and remembered", async ({ page }, testInfo) => {
  await page.goto("treaty/north-atlantic-treaty-1949");
  const toggle = page.locator(".theme-toggle");
  await toggle.click();
  await expect(toggle).toHaveText("Theme: light");
  await toggle.click();
  await expect(toggle).toHaveText("Theme: dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(22, 23, 26)");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await keepScreenshot(page, testInfo, "treaty-dark");
});

test("printing shows the text without navigation", async ({ page }) => {
  await page.goto("treaty/north-atlantic-treaty-1949/article/5");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".toc-column")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator("#art-5")).toBeVisible();
});

test("the automatic theme follows the system's colour scheme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("./");
  await expect(page.locator(".theme-toggle")).toHaveText("Theme: auto");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(22, 23, 26)");
  await page.emulateMedia({ colorScheme: "light" });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(253, 252, 248)");
});

test("addresses that are not web addresses are shown as text, never as links", async ({ page, request }) => {
  // A bundle from elsewhere may carry any string where an address belongs.
  const library = await (await request.get("bundles/library.json")).json();
  const hostile = "javascript:window.__linkRan=true";
  for (const source of library.sources) source.url = hostile;
  for (const document of library.documents) {
    for (const provision of [...(document.preamble ? [document.preamble] : []), ...document.articles]) {
      for (const text of provision.texts) text.witness.url = "data:text/html,<script>parent.__linkRan=true</script>";
    }
  }
  await page.route("**/hostile.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(library) }));

  await page.goto("source/tass-2024-10-24?bundle=hostile.json");
  await expect(page.locator(".not-a-link")).toHaveText(hostile);
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
  await expect(page.locator(".share-fragment")).toHaveCount(0);

  await page.goto("treaty/rus-dprk-2024/article/1?bundle=hostile.json");
  await expect(page.locator(".witness-line .publisher").first()).toContainText("Korean Central News Agency");
  await expect(page.locator(".witness-line a")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.__linkRan)).toBeUndefined();
});
