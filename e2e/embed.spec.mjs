// Embedding: the <treaty-reader> web component on another origin's page with hostile CSS, and
// the iframe embed reporting its height to the page that holds it.
import { test, expect, keepScreenshot } from "./helpers.mjs";

const host = (baseURL) => `http://127.0.0.1:${Number(new URL(baseURL).port) + 1}/`;

test("two readers on a hostile page render independently, isolated both ways", async ({ page, baseURL }, testInfo) => {
  const wasmRequests = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasmRequests.push(r.url()));
  await page.goto(`${host(baseURL)}hostile.html`);
  const first = page.locator("#first");
  const second = page.locator("#second");
  await expect(first.locator(".provision-title")).toHaveText("Article 4");
  await expect(second.locator(".provision-title")).toHaveText("Article 5");
  await expect(first.locator(".quote-card").first()).toBeVisible();
  expect(await first.locator(".quote-card").count()).toBeGreaterThan(3);
  await expect(second.locator(".quote-card")).toHaveCount(0);
  await expect(second.locator(".para").first()).toContainText("armed attack");
  await expect(first.locator(".embed-open a")).toHaveAttribute("href", `${baseURL}treaty/rus-dprk-2024/article/4`);
  await keepScreenshot(page, testInfo, "embed-hostile-host");

  const style = (locator) =>
    locator.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, fontSize: s.fontSize, display: s.display, background: getComputedStyle(el.closest(".embed-root")).backgroundColor };
    });
  const firstPara = await style(first.locator(".para").first());
  expect(firstPara.color).not.toBe("rgb(255, 0, 0)");
  expect(firstPara.fontSize).not.toBe("40px");
  expect(firstPara.display).toBe("block");
  const secondPara = await style(second.locator(".para").first());
  expect(secondPara.fontSize).toBe(firstPara.fontSize);
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
  expect(luminance(firstPara.background)).toBeGreaterThan(600);
  expect(luminance(secondPara.background)).toBeLessThan(150);

  const hostParagraph = await page.locator("#host-paragraph").evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, fontSize: s.fontSize };
  });
  expect(hostParagraph).toEqual({ color: "rgb(255, 0, 0)", fontSize: "40px" });
  expect(await page.evaluate(() => document.querySelectorAll("link[rel=stylesheet]").length)).toBe(0);

  const box = await first.boundingBox();
  const content = await first.evaluate((el) => el.shadowRoot.querySelector(".embed-mount").getBoundingClientRect().height);
  expect(box.height).toBeGreaterThan(300);
  expect(Math.abs(box.height - content)).toBeLessThan(2);
  expect(new Set(wasmRequests).size).toBe(1);
});

test("unknown treaties and articles get a clear message", async ({ page, baseURL }) => {
  await page.goto(`${host(baseURL)}hostile.html`);
  await expect(page.locator("#unknown .embed-problem")).toContainText("“no-such-treaty” is not a treaty in Treaty Reader's library.");
  await expect(page.locator("#missing-article .embed-problem")).toContainText("UN Charter has no Article 999.");
});

test("changing an attribute re-renders only that reader", async ({ page, baseURL }) => {
  await page.goto(`${host(baseURL)}hostile.html`);
  const first = page.locator("#first");
  await expect(first.locator(".provision-title")).toHaveText("Article 4");
  await first.evaluate((el) => el.setAttribute("article", "3"));
  await expect(first.locator(".provision-title")).toHaveText("Article 3");
  await first.evaluate((el) => el.setAttribute("quotes", "off"));
  await expect(first.locator(".quote-card")).toHaveCount(0);
  await first.evaluate((el) => el.setAttribute("theme", "dark"));
  await expect(first.locator(".embed-root")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("#second .provision-title")).toHaveText("Article 5");
  await page.evaluate(() => {
    const added = document.createElement("treaty-reader");
    added.id = "added";
    added.setAttribute("treaty", "un-charter-1945");
    added.setAttribute("article", "51");
    document.body.append(added);
  });
  await expect(page.locator("#added .para").first()).toContainText("inherent right");
});

test("links in an embed open the full app in a new tab", async ({ page, baseURL, context }) => {
  await page.goto(`${host(baseURL)}hostile.html`);
  const link = page.locator("#second .embed-open a");
  await expect(link).toBeVisible();
  const [opened] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(`${baseURL}treaty/north-atlantic-treaty-1949/article/5`);
  expect(page.url()).toBe(`${host(baseURL)}hostile.html`);
});

test("the iframe embed reports its height and the parent fits it", async ({ page, baseURL }, testInfo) => {
  await page.goto(`${host(baseURL)}iframe.html`);
  const frame = page.frameLocator("#embed");
  await expect(frame.locator(".provision-title")).toHaveText("Article 4");
  await expect(frame.locator(".quote-card").first()).toBeVisible();
  await expect(frame.locator(".site-header")).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  await expect
    .poll(async () => {
      const last = await page.evaluate(() => window.heights.at(-1));
      const inner = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      return last.height === inner && last.height > 400;
    })
    .toBe(true);
  const last = await page.evaluate(() => window.heights.at(-1));
  expect(last).toMatchObject({ type: "treaty-reader:height", treaty: "rus-dprk-2024", article: "4" });
  const box = await page.locator("#embed").boundingBox();
  expect(Math.round(box.height)).toBe(last.height);
  // All of it from the prerendered page: the app has not started in the frame.
  await expect(frame.locator("html")).not.toHaveAttribute("data-app", /.*/);
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "light");
  await keepScreenshot(page, testInfo, "embed-iframe");
});

test("a reader can show another bundle, and a bundle that cannot be loaded is named", async ({ page, baseURL }) => {
  await page.goto(`${host(baseURL)}own-bundle.html`);
  await expect(page.locator("#own .provision-title")).toContainText("Article 2");
  await expect(page.locator("#own .embed-treaty")).toContainText("Test Treaty");
  await expect(page.locator("#shipped .para").first()).toContainText("inherent right");
  await expect(page.locator("#absent .embed-problem")).toHaveText(
    `The treaty library at ${host(baseURL)}no-such-bundle.json could not be loaded (HTTP 404).`,
  );
});

test("one embedded article is light: its prerendered view first, the wasm only when a control is used", async ({ page, baseURL }) => {
  const requests = [];
  page.on("requestfinished", async (request) => {
    const response = await request.response();
    const body = await response?.body().catch(() => null);
    requests.push({ url: request.url(), bytes: body?.length ?? 0 });
  });
  await page.goto(`${host(baseURL)}light.html`);
  const reader = page.locator("#light");
  await expect(reader.locator(".provision-title")).toHaveText("Article 4");
  await expect(reader.locator(".quote-card").first()).toBeVisible();
  await expect(reader.locator(".embed-open a")).toHaveAttribute("href", `${baseURL}treaty/rus-dprk-2024/article/4`);
  await page.waitForLoadState("networkidle");
  expect(requests.filter((r) => r.url.endsWith(".wasm"))).toHaveLength(0);
  expect(requests.filter((r) => r.url.includes("bundles/"))).toHaveLength(0);

  // A control of the static view brings the app, and the click lands on the live view.
  const select = reader.locator(".select-quote").first();
  await select.click();
  await expect(reader.locator(".select-quote").first()).toHaveAttribute("aria-pressed", "true");
  await expect(reader.locator(".quote-card.selected")).toHaveCount(1);
  expect(requests.some((r) => r.url.endsWith(".wasm"))).toBe(true);
});
