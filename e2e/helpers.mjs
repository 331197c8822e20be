// Shared steps of the end-to-end tests.
import { mkdirSync } from "node:fs";

const screenshotDir = new URL("./artifacts/screenshots/", import.meta.url).pathname;
mkdirSync(screenshotDir, { recursive: true });

/** Saves a full-page screenshot as a kept artifact and attaches it to the HTML report. */
export async function keepScreenshot(page, testInfo, name) {
  const path = `${screenshotDir}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** Waits until the library has loaded (the shell's header is rendered by the app). */
export async function appReady(page) {
  await page.locator(".site-header .brand").waitFor();
}
