// The hostile corpus (e2e/hostile/corpus.mjs) through every way into the app, under the shipped
// Content-Security-Policy: pasted text, source files, treaty files of every format, bundle files,
// `?bundle=` and the web component's attributes. A canary records any payload that runs, any
// dialog and any refusal of the policy (a refusal means hostile markup reached the page, even if
// the policy stopped it); after each path the page must still answer a click.
import { test, expect, appReady, openSourceForm } from "./helpers.mjs";
import * as hostile from "./hostile/corpus.mjs";

const host = (baseURL) => `http://127.0.0.1:${Number(new URL(baseURL).port) + 1}/`;

/** Arms the canary in every page and frame of the test; returns what it recorded. */
async function armCanary(page) {
  const fired = [];
  await page.exposeFunction("__canary", (name) => fired.push(String(name)));
  page.on("dialog", (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__canary?.(`refused: ${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return fired;
}

/** Elements and links no document may bring into the page. */
const FOREIGN =
  "script, iframe, object, embed, math, style, [onerror], [onload], [onclick], [style*='fixed'], " +
  "a[href^='javascript:' i], a[href^='data:' i], a[href^='vbscript:' i]";

/** The page shows the documents as text: nothing foreign in the app, no canary, and it answers a click. */
async function expectInertAndAnswering(page, fired, where) {
  const foreign = await page.evaluate(
    (selector) => [...document.querySelectorAll(`#app :is(${selector})`)].map((el) => el.outerHTML.slice(0, 100)),
    FOREIGN,
  );
  expect(foreign, where).toEqual([]);
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.locator(".theme-toggle").first().click({ timeout: 10_000 });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), { message: where }).not.toBe(before);
  expect(fired, where).toEqual([]);
}

/** Sets a field's value without typing it (a megabyte would take minutes). */
async function paste(page, text) {
  await page.locator(".source-text").evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

test("pasted text and source files are shown as text", async ({ page }) => {
  test.setTimeout(180_000);
  const fired = await armCanary(page);
  await openSourceForm(page);
  await paste(page, hostile.newsText("Hostile paste"));
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/source\/local-source-/, { timeout: 60_000 });
  await expect(page.locator(".source-body")).toContainText('<script>__canary("script")</script>');
  await expectInertAndAnswering(page, fired, "pasted source");

  for (const file of [
    { name: "hostile.html", mimeType: "text/html", buffer: Buffer.from(hostile.newsPage()) },
    { name: "hostile.txt", mimeType: "text/plain", buffer: Buffer.from(hostile.newsFile()) },
  ]) {
    await openSourceForm(page);
    await page.locator(".source-file").setInputFiles(file);
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page).toHaveURL(/\/source\//, { timeout: 60_000 });
    await expect(page.locator(".source-body")).toContainText("Article 4");
    await expectInertAndAnswering(page, fired, file.name);
  }
});

const treatyFiles = [
  { name: "hostile-text.txt", mimeType: "text/plain", body: hostile.treatyText("Hostile Text Treaty") },
  { name: "hostile-markdown.md", mimeType: "text/markdown", body: hostile.treatyMarkdown("Hostile Markdown Treaty") },
  { name: "hostile-page.html", mimeType: "text/html", body: hostile.treatyHtml("Hostile Page Treaty") },
  { name: "hostile-akn.xml", mimeType: "application/xml", body: hostile.treatyAkomaNtoso("Hostile Akoma Ntoso Treaty") },
  { name: "hostile.treaty-reader.json", mimeType: "application/json", body: JSON.stringify(hostile.bundle("hostile-bundle")) },
];

for (const file of treatyFiles) {
  test(`a treaty file (${file.name}) is previewed and read as text`, async ({ page }) => {
    test.setTimeout(120_000);
    const fired = await armCanary(page);
    await page.goto("./");
    await appReady(page);
    await page.locator(".import-file").setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.body) });
    const add = page.getByRole("button", { name: "Add to my library" });
    const refused = page.locator(".import-treaty .import-error");
    await expect(add.or(refused)).toBeVisible({ timeout: 60_000 });
    await expectInertAndAnswering(page, fired, `${file.name}: preview`);
    if (await add.isVisible()) {
      await add.click();
      await page.waitForURL(/\/treaty\/[^/]+$/, { timeout: 60_000 });
      await expectInertAndAnswering(page, fired, `${file.name}: treaty page`);
      await page.goto(`${page.url()}/article/1`);
      await expectInertAndAnswering(page, fired, `${file.name}: article page`);
    }
  });
}

test.describe("?bundle=", () => {
  // The bundle is served by page.route, which does not see what a service worker fetches.
  test.use({ serviceWorkers: "block" });

  test("a hostile bundle named by ?bundle= is read as text", async ({ page, baseURL }) => {
    const fired = await armCanary(page);
    const url = `${baseURL}hostile-bundle.json`;
    await page.route(url, (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(hostile.bundle("hostile-linked")) }));
    await page.goto(`treaty/hostile-linked/article/1?bundle=${encodeURIComponent(url)}`);
    await appReady(page);
    await expect(page.locator(".provision").first()).toContainText('<script>__canary("script")</script>');
    await expectInertAndAnswering(page, fired, "?bundle= article");
    await page.goto(`source/hostile-linked-source?bundle=${encodeURIComponent(url)}`);
    await appReady(page);
    await expectInertAndAnswering(page, fired, "?bundle= source");
  });
});

test("the web component's attributes never become markup or links", async ({ page, baseURL }) => {
  const fired = await armCanary(page);
  await page.goto(`${host(baseURL)}hostile-attributes.html`);
  for (const id of ["treaty-markup", "article-markup", "path-escape", "theme-markup", "bundle-js", "bundle-data"]) {
    const reader = page.locator(`#${id}`);
    // Each reader settles on something to show: the article, or a message saying what is wrong.
    await expect.poll(() => reader.evaluate((el) => el.shadowRoot?.textContent.trim().length ?? 0), { message: id }).toBeGreaterThan(0);
    const foreign = await reader.evaluate(
      (el, selector) => [...el.shadowRoot.querySelectorAll(selector)].map((n) => n.outerHTML.slice(0, 100)),
      FOREIGN.replace("style, ", ""),
    );
    expect(foreign, id).toEqual([]);
  }
  expect(fired).toEqual([]);
});

test("inputs made to exhaust the page get a result or a message, and the page keeps answering", async ({ page }) => {
  test.setTimeout(600_000);
  const fired = await armCanary(page);

  await openSourceForm(page);
  await paste(page, hostile.oneLine());
  await page.getByRole("button", { name: "Add source" }).click();
  await expectInertAndAnswering(page, fired, "1 MB line: while it is read");
  await expect(page).toHaveURL(/\/source\/local-source-one-line-wire/, { timeout: 300_000 });
  await expectInertAndAnswering(page, fired, "1 MB line: its page");

  await openSourceForm(page);
  await page.locator(".source-file").setInputFiles({ name: "deep.html", mimeType: "text/html", buffer: Buffer.from(hostile.deepHtml()) });
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator(".import-source .import-error").or(page.locator(".source-body"))).toBeVisible({ timeout: 240_000 });
  await expectInertAndAnswering(page, fired, "50,000 nested elements of HTML");

  for (const [name, mimeType, body] of [
    ["deep.xml", "application/xml", hostile.deepAkomaNtoso()],
    ["deep.treaty-reader.json", "application/json", hostile.deepJson()],
    ["headings.md", "text/markdown", hostile.manyHeadings("Ten Thousand Headings")],
  ]) {
    await page.goto("./");
    await appReady(page);
    await page.locator(".import-file").setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
    const add = page.getByRole("button", { name: "Add to my library" });
    await expect(add.or(page.locator(".import-treaty .import-error"))).toBeVisible({ timeout: 240_000 });
    await expectInertAndAnswering(page, fired, `${name}: preview or message`);
    if (name === "headings.md") {
      await add.click();
      await page.waitForURL(/\/treaty\/[^/]+$/, { timeout: 120_000 });
      await expectInertAndAnswering(page, fired, `${name}: treaty page`);
    }
  }
});
