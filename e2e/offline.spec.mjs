// Installable and offline: the service worker takes control, the app works without a network,
// a new version installs in the background and replaces the old one whole, when the reader asks.
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, chromium, appReady, keepScreenshot, addTreatyFile } from "./helpers.mjs";

const project = new URL("../", import.meta.url).pathname;

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("the worker takes control and the library, Article 4, the Charter and an import read offline", async ({ page, context }, testInfo) => {
  await page.goto("./");
  await appReady(page);
  await controlled(page);
  await addTreatyFile(page, {
    name: "offline-treaty.md",
    mimeType: "text/markdown",
    buffer: Buffer.from("# Offline Treaty\n\n## Article 1\n\nThe Parties read on planes.\n"),
  });
  await page.goBack();
  await expect(page.locator('.treaty-card[data-document="local-offline-treaty"]')).toBeVisible();
  await context.setOffline(true);
  await expect(page.locator(".offline-indicator")).toBeVisible();
  const reloaded = await page.reload();
  expect(reloaded.fromServiceWorker()).toBe(true);
  await appReady(page);
  await expect(page.locator(".treaty-card")).toHaveCount(11);
  await page.goto("treaty/local-offline-treaty/article/1");
  await expect(page.locator("#art-1")).toContainText("read on planes");
  await page.goto("treaty/rus-dprk-2024/article/4");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 4");
  await expect(page.locator(".quote-card").first()).toBeVisible();
  await keepScreenshot(page, testInfo, "offline-article-4");
  await page.goto("treaty/un-charter-1945/article/51");
  await expect(page.locator("#art-51")).toContainText("inherent right");
  await context.setOffline(false);
  await expect(page.locator(".offline-indicator")).toHaveCount(0);
});

test("the manifest passes Chromium's installability check", async ({ baseURL }) => {
  // Installability is never granted in an incognito profile, which every Playwright context
  // is; a persistent profile in a fresh directory is a normal one.
  const profile = mkdtempSync(join(tmpdir(), "treaty-reader-profile-"));
  const context = await chromium.launchPersistentContext(profile, { ...test.info().project.use.launchOptions, baseURL });
  try {
    const page = await context.newPage();
    await page.goto("./");
    await appReady(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    const parsed = JSON.parse(manifest.data);
    expect(parsed.start_url).toBe("./");
    for (const icon of parsed.icons) {
      const response = await page.request.get(icon.src);
      expect(response.status()).toBe(200);
      const png = await response.body();
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** A copy of the build under test (DIST, else dist/) as the next deployment: new asset names, a marker, its own worker. */
function makeNextBuild() {
  const next = `${project}dist-next`;
  rmSync(next, { recursive: true, force: true });
  cpSync(`${project}${process.env.DIST || "dist"}`, next, { recursive: true });
  const glue = readdirSync(next).find((f) => /^treaty-reader-[0-9a-f]+\.js$/.test(f));
  const hash = glue.match(/treaty-reader-([0-9a-f]+)\.js/)[1];
  const nextHash = "00000000deadbeef";
  for (const suffix of [".js", "_bg.wasm"]) {
    renameSync(`${next}/treaty-reader-${hash}${suffix}`, `${next}/treaty-reader-${nextHash}${suffix}`);
  }
  const pages = readdirSync(next, { recursive: true }).filter((f) => f.endsWith(".html"));
  for (const file of [...pages, `treaty-reader-${nextHash}.js`]) {
    const path = `${next}/${file}`;
    writeFileSync(path, readFileSync(path, "utf8").replaceAll(hash, nextHash));
  }
  for (const file of pages) {
    const path = `${next}/${file}`;
    writeFileSync(path, readFileSync(path, "utf8").replace("<head>", '<head>\n  <meta name="treaty-reader-build" content="next">'));
  }
  execFileSync("node", ["scripts/pwa/build.mjs", next], { cwd: project, stdio: "ignore" });
  return nextHash;
}

test("a new version is offered, after reload every asset comes from it, and imports are kept", async ({ browser }) => {
  // Two versions install here, each precaching the whole build (the search index with it), and
  // an import runs in between: more than the default 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  const nextHash = makeNextBuild();
  const port = 4180; // its own server (and host-page server on 4181), beside the main one on 4173–4174
  const server = spawn("node", ["e2e/server.mjs"], { cwd: project, env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  const context = await browser.newContext({ baseURL: `${origin}/reader/` });
  try {
    const page = await context.newPage();
    await expect(async () => expect((await page.request.get(`${origin}/reader/`)).ok()).toBe(true)).toPass();
    await page.goto("./");
    await appReady(page);
    await controlled(page);
    const imported = page.locator('.treaty-card[data-document="local-kept"]');
    await addTreatyFile(page, {
      name: "kept.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("# Kept Treaty\n\n## Article 1\n\nIt stays.\n"),
    });
    await page.goBack();
    await expect(imported).toBeVisible();
    expect((await page.request.get(`${origin}/__deploy?dir=dist-next`)).ok()).toBe(true);
    await page.reload();
    await appReady(page);
    // The new version is offered once its worker has installed: it precaches the whole build
    // (the search index with it), which takes a while on a busy machine.
    await expect(page.locator(".update-banner")).toContainText("A new version is ready", { timeout: 30_000 });
    await expect(page.locator('meta[name="treaty-reader-build"]')).toHaveCount(0);
    await page.locator(".apply-update").click();
    await page.waitForFunction(() => document.querySelector('meta[name="treaty-reader-build"]')?.content === "next");
    await appReady(page);
    const assets = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /treaty-reader-[0-9a-z]+(\.js|_bg\.wasm)/.test(n)),
    );
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) expect(asset).toContain(nextHash);
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("treaty-reader-")).length))
      .toBe(1);
    await expect(page.locator(".update-banner")).toHaveCount(0);
    await expect(imported).toContainText("Kept Treaty");
  } finally {
    await context.close();
    server.kill();
  }
});
