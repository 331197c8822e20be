// The shipped Content-Security-Policy (e2e/csp.mjs, docs/hosting.md): the pages carry it, the
// test server sends it as every host should (so every end-to-end test runs under it), the app
// runs under it with nothing refused, and no page but embed/… shows inside another site's frame.
import { readFileSync } from "node:fs";
import { test, expect, appReady } from "./helpers.mjs";
import { META_POLICY, APP_POLICY, EMBED_POLICY } from "./csp.mjs";

const host = (baseURL) => `http://127.0.0.1:${Number(new URL(baseURL).port) + 1}/`;

/** Records every refusal of the policy on the page (all frames) in `window.refused`. */
async function watchRefusals(page) {
  await page.addInitScript(() => {
    window.refused = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.refused.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
}

test("the policy is in every page, in the headers and in the hosting guide", async ({ request }) => {
  const docs = readFileSync(new URL("../docs/hosting.md", import.meta.url), "utf8");
  expect(docs).toContain(META_POLICY);
  for (const [path, policy] of [
    ["", APP_POLICY],
    ["treaty/rus-dprk-2024/article/4", APP_POLICY],
    ["source/tass-2024-10-24", APP_POLICY],
    ["treaty/my-own-import", APP_POLICY],
    ["embed/rus-dprk-2024/article/4", EMBED_POLICY],
  ]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toBe(policy);
    expect(headers["x-frame-options"], path).toBe(policy === APP_POLICY ? "DENY" : undefined);
    const html = await response.text();
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
    expect(meta?.[1].replaceAll("&#x27;", "'").replaceAll("&#39;", "'"), path).toBe(META_POLICY);
    // No inline script (only data blocks, which never run) and no inline style.
    const inline = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1])
      .filter((attrs) => !/\bsrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs));
    expect(inline, path).toEqual([]);
    // (The share menu's iframe snippet is text in a <textarea>, for the embedding site's page.)
    expect(html.replace(/<textarea[\s\S]*?<\/textarea>/g, ""), path).not.toMatch(/<style\b|\sstyle="/);
  }
});

test("the app starts, renders and works under the policy with nothing refused", async ({ page }) => {
  test.setTimeout(120_000);
  await watchRefusals(page);
  const messages = [];
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && messages.push(m.text()));
  for (const path of ["", "treaty/rus-dprk-2024/article/4", "source/tass-2024-10-24", "embed/rus-dprk-2024/article/4?quotes=off"]) {
    await page.goto(path);
    // (An embed has no site header for appReady to wait for: goto's takeover is enough.)
    if (!path.startsWith("embed/")) await appReady(page);
    await expect(page.locator("html[data-app]"), path).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBeTruthy();
    expect(await page.evaluate(() => window.refused), path).toEqual([]);
  }
  // The background worker compiles its own wasm under the policy: an export runs in it.
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  const download = page.waitForEvent("download", { timeout: 60_000 });
  await page.locator("button.export-bundle").first().click();
  await download;
  expect(await page.evaluate(() => window.refused)).toEqual([]);
  expect(messages).toEqual([]);
});

test("another site cannot frame the app; it can frame the embed", async ({ page, baseURL }) => {
  await page.goto(`${host(baseURL)}frames.html`);
  const embed = page.frameLocator("#embed-page");
  await expect(embed.locator(".provision-title")).toHaveText("Article 4");
  for (const id of ["#app-page", "#library-page"]) {
    const frame = await page.locator(id).elementHandle().then((el) => el.contentFrame());
    // The browser refuses the document (frame-ancestors 'none'): nothing of the app is in it.
    await expect.poll(() => frame.locator("#app, .provision, .delete-import").count(), { message: id }).toBe(0);
  }
});

test("where a host sends no headers, the page still refuses to be framed and the app does not start", async ({ page, baseURL }) => {
  // As on GitHub Pages: the same files, no security headers; only the <meta> and frame-guard.js.
  await page.route(`${baseURL}**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers["content-security-policy"];
    delete headers["x-frame-options"];
    await route.fulfill({ response, headers });
  });
  await page.goto(`${host(baseURL)}frames.html`);
  const app = page.frameLocator("#app-page");
  await expect(app.locator(".framed-refusal")).toContainText("does not open inside another site's page");
  await expect(app.locator(".framed-refusal a")).toHaveAttribute("target", "_blank");
  await expect(app.locator(".provision, .delete-import")).toHaveCount(0);
  const library = page.frameLocator("#library-page");
  await expect(library.locator(".framed-refusal")).toBeVisible();
  // The app never starts in a refused frame: no wasm is fetched for it, however long we wait.
  const appFrame = await page.locator("#app-page").elementHandle().then((el) => el.contentFrame());
  await page.waitForTimeout(1000);
  expect(await appFrame.evaluate(() => document.documentElement.hasAttribute("data-app"))).toBe(false);
  await expect(page.frameLocator("#embed-page").locator(".provision-title")).toHaveText("Article 4");
});

test("once the service worker serves the pages, the embed can still be framed and the app still cannot", async ({ page, baseURL }) => {
  // The worker answers every navigation with the cached shell, cached with the app's headers.
  await page.goto("treaty/rus-dprk-2024/article/4");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
  await page.goto(`${host(baseURL)}frames.html`);
  await expect(page.frameLocator("#embed-page").locator(".provision-title")).toHaveText("Article 4");
  const frame = await page.locator("#app-page").elementHandle().then((el) => el.contentFrame());
  await expect.poll(() => frame.locator("#app, .provision").count()).toBe(0);
});
