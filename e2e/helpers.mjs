// Shared steps of the end-to-end tests, and the `test` every spec uses.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, chromium } from "@playwright/test";

export { expect, chromium };

/**
 * Starts the app on a page of its own, as a reader's first use of a control would, and waits
 * until it has taken the page over (`<html data-app>`, set after its first render). Pages are
 * prerendered and the app starts only when needed (static/start.js): a test that clicks before
 * the takeover would click static markup. Pages of other sites, and pages where the app cannot
 * start (tests of that), are left as they are after a short wait.
 */
export async function appTakeover(page, timeout = 15000) {
  await page.evaluate(() => window.treatyReaderStart?.().catch(() => {})).catch(() => {});
  await page
    .waitForFunction(
      () => {
        const html = document.documentElement;
        // theme.js, the first script in the page, sets data-theme: without it, script is off.
        const scripted = html.hasAttribute("data-theme");
        return !document.querySelector('meta[name="treaty-reader-app"]') || !scripted || html.dataset.app;
      },
      null,
      { timeout },
    )
    .catch(() => {});
}

/** Playwright's `test`, whose `page.goto` and `page.reload` start the app and wait for its takeover. */
export const test = base.extend({
  page: async ({ page }, use) => {
    for (const name of ["goto", "reload"]) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await original(...args);
        await appTakeover(page);
        return response;
      };
    }
    await use(page);
  },
});

const screenshotDir = new URL("./artifacts/screenshots/", import.meta.url).pathname;
mkdirSync(screenshotDir, { recursive: true });

/** Saves a full-page screenshot as a kept artifact and attaches it to the HTML report. */
export async function keepScreenshot(page, testInfo, name) {
  const path = `${screenshotDir}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** Starts the app (see appTakeover) and waits until it has loaded the library and taken the page over. */
export async function appReady(page) {
  await page.evaluate(() => window.treatyReaderStart?.().catch(() => {})).catch(() => {});
  await page.locator("html[data-app]").waitFor({ state: "attached" });
  await page.locator(".site-header .brand").waitFor();
}

/** Opens the Russia–DPRK treaty's page with the app running, its "Add a news source" form shown. */
export async function openSourceForm(page) {
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  await expect(page.locator(".import-source")).toBeVisible();
}

/**
 * Adds a treaty file through "Add your own treaty" as a reader does: picks it, waits for the
 * preview of what was found, presses "Add to my library" and waits for the treaty to open.
 */
export async function addTreatyFile(page, file) {
  await page.locator(".import-file").setInputFiles(file);
  await page.getByRole("button", { name: "Add to my library" }).click({ timeout: 30_000 });
  await page.waitForURL(/\/treaty\/[^/]+$/);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * WCAG 2 A and AA violations on the page, by axe-core. axe is evaluated through the DevTools
 * protocol, not added as a <script> element: the app's policy refuses inline scripts, and the
 * tests check the pages under the policy they ship with.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
