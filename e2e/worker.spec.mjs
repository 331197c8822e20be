// The background worker (crates/treaty-worker): heavy work leaves the page responsive and shows
// progress, Cancel stops it and keeps nothing, a worker that cannot be loaded is a message
// (never a wait), a browser without workers runs the work on the page with a notice, and a
// first visit never downloads the worker.
import { test, expect, appReady, openSourceForm } from "./helpers.mjs";
import { largeSource } from "./large-inputs.mjs";

const WORKER_FILES = /treaty-worker/;

/** Pastes `text` into the source form without typing it (a megabyte would take minutes). */
async function paste(page, text) {
  await page.locator(".source-text").evaluate((area, value) => {
    area.value = value;
  }, text);
}

test("a 1 MB source is attributed with progress while the page answers clicks", async ({ page }) => {
  test.setTimeout(180_000);
  await openSourceForm(page);
  await paste(page, largeSource());
  await page.getByRole("button", { name: "Add source" }).click();
  const status = page.locator(".import-source .import-status");
  await expect(status).toContainText(/Attributing statement \d+ of \d+/, { timeout: 60_000 });
  // While the worker attributes (its progress and Cancel are shown), the page still answers: the
  // theme toggle changes the theme.
  await expect(page.locator(".import-source .cancel-work")).toBeVisible();
  const before = await page.evaluate(() => document.documentElement.getAttribute("data-theme"));
  await page.locator(".theme-toggle").first().click({ timeout: 2_000 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.getAttribute("data-theme")), { timeout: 2_000 })
    .not.toBe(before);
  await expect(page).toHaveURL(/\/source\/local-source-pact-under-the-microscope$/, { timeout: 170_000 });
  await expect(page.locator(".cited-provision")).toHaveText(["Article 4"]);
});

test("Cancel stops the work and keeps nothing", async ({ page }) => {
  test.setTimeout(120_000);
  await openSourceForm(page);
  const before = await page.locator(".source-list li").count();
  // Long enough (8 MB) that the work is still running when Cancel is pressed.
  await paste(page, largeSource(8 * 1024 * 1024));
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator(".import-source .import-status")).toContainText(/Attributing statement/, { timeout: 60_000 });
  await page.locator(".import-source .cancel-work").click();
  await expect(page.locator(".import-source .import-status")).toHaveText("Stopped. Nothing was saved.");
  await expect(page).toHaveURL(/\/treaty\/rus-dprk-2024$/);
  await page.reload();
  await appReady(page);
  await expect(page.locator(".source-list li")).toHaveCount(before);
  // A new worker is started for the next job.
  await page.locator(".source-text").fill('Short note\nArticle 4 of the treaty states: "the other side shall provide military and other assistance with all means in its possession without delay".\n');
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/source\/local-source-short-note$/);
});

test.describe("blocked worker files", () => {
  // page.route does not see what the service worker fetches: without it, the block holds.
  test.use({ serviceWorkers: "block" });

  test("a worker whose files do not load gives a message, not a wait", async ({ page }) => {
    await page.route(WORKER_FILES, (route) => route.abort());
    await openSourceForm(page);
    await page.locator(".source-text").fill("Short note\nArticle 4 says the sides shall help each other.\n");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.locator(".import-source .import-error")).toContainText(
      "The pasted text was not imported: the background worker could not be loaded",
      { timeout: 15_000 },
    );
    await expect(page.locator(".import-source .cancel-work")).toHaveCount(0);
    // The same for a treaty file on the library page.
    await page.goto("./");
    await appReady(page);
    await page.locator(".import-file").setInputFiles({ name: "mine.md", mimeType: "text/markdown", buffer: Buffer.from("# Mine\n\n## Article 1\n\nOurs.\n") });
    await expect(page.locator(".import-treaty .import-error")).toContainText("mine.md was not imported: the background worker could not be loaded", { timeout: 15_000 });
  });
});

test("a browser without workers does the work on the page, with a notice", async ({ page }) => {
  await page.addInitScript(() => {
    delete window.Worker;
    // The notice shows while the work runs on the page, which is busy until it ends and then
    // opens the source: a test cannot look in between, so the page records what it showed.
    window.__notices = [];
    new MutationObserver(() => {
      for (const notice of document.querySelectorAll(".work-notice")) window.__notices.push(notice.textContent);
    }).observe(document, { childList: true, subtree: true });
  });
  await openSourceForm(page);
  await page.locator(".source-text").fill('Page note\nArticle 4 of the treaty states: "the other side shall provide military and other assistance with all means in its possession without delay".\n');
  await page.getByRole("button", { name: "Add source" }).click();
  // On a loaded 2-core machine the work on the page can take longer than the default wait.
  await expect(page).toHaveURL(/\/source\/local-source-page-note$/, { timeout: 30_000 });
  const shown = await page.evaluate(() => window.__notices);
  expect(shown.some((text) => text.includes("could not start a background worker"))).toBe(true);
  await expect(page.locator(".cited-provision")).toHaveText(["Article 4"]);
});

test("a first visit to an article does not download the worker; opening Share does", async ({ page, context }) => {
  const requested = [];
  context.on("request", (request) => requested.push(request.url()));
  page.on("request", (request) => requested.push(request.url()));
  await page.goto("treaty/rus-dprk-2024/article/4");
  await appReady(page);
  await expect(page.locator(".provision-title")).toBeVisible();
  // Let the service worker install (it precaches the build) before looking.
  await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.ready);
  await page.waitForTimeout(500);
  expect(requested.filter((url) => WORKER_FILES.test(url))).toEqual([]);
  expect(requested.some((url) => /_bg\.wasm/.test(url))).toBe(true);

  await page.locator(".provision-actions .share-menu summary").click();
  await expect(page.locator(".provision-actions .share-citation textarea")).toHaveValue(/art\. 4/);
  expect(requested.some((url) => WORKER_FILES.test(url))).toBe(true);
});
