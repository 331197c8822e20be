// A treaty whose file holds an annexed regulation with its own numbering and a translation
// (e2e/host/annexes-languages.json, a bundle of another site, as `?bundle=` loads it once the
// reader agrees to open it, and keeps it in the address): the
// contents list the annex and its articles, a deep link reaches the annex's Article 1 and not
// the treaty's, the reader chooses the language in the address, and the synoptic view shows the
// languages side by side.
import { test, expect, keepScreenshot, axeViolations } from "./helpers.mjs";

const host = (baseURL) => `http://127.0.0.1:${Number(new URL(baseURL).port) + 1}/`;
const treaty = "treaty/convention-essai-1907";
/** Opens `url`, agreeing to open the other site's bundle if asked (a tab asks once per bundle). */
async function open(page, url) {
  await page.goto(url);
  const agree = page.getByRole("button", { name: "Open it anyway" });
  if (await agree.count()) {
    await agree.click();
    await page.locator(".foreign-banner").waitFor({ timeout: 15000 });
  }
}
const withBundle = (baseURL, extra = "") => `${treaty}?bundle=${encodeURIComponent(`${host(baseURL)}annexes-languages.json`)}${extra}`;

test("the contents list the annex with its own articles, under divisions headed as printed", async ({ page, baseURL }, testInfo) => {
  await open(page, withBundle(baseURL));
  const toc = page.getByRole("navigation", { name: "Table of contents" });
  await expect(toc.locator(".toc-chapter").first()).toHaveText("Chapitre I — Des obligations");
  const annex = toc.locator('.toc-annex[data-anchor="annex-1"]');
  await expect(annex).toContainText("Annexe à la Convention. Règlement concernant");
  await expect(annex.locator(".toc-chapter")).toHaveText("Section I — Des belligérants");
  await expect(annex.locator(".toc-item")).toHaveCount(3);
  await expect(annex.locator('[data-anchor="annex-1-art-1"]')).toContainText("Article 1 — Qualité de belligérant");
  // The treaty's own 25 articles and its preamble, not the annex's counted among them.
  await expect(toc.locator(":scope > ol > .toc-item")).toHaveCount(26);
  await expect(page.locator("#annex-1 .annex-title")).toBeVisible();
  await keepScreenshot(page, testInfo, "treaty-with-annex");
  expect(await axeViolations(page)).toEqual([]);
});

test("a deep link to the annex's Article 1 lands on it, not on the treaty's Article 1", async ({ page, baseURL }) => {
  await open(page, withBundle(baseURL, "#annex-1-art-1"));
  const target = page.locator("#annex-1-art-1");
  await expect(target).toContainText("Les lois, les droits et les devoirs de la guerre");
  await expect(target).toHaveClass(/targeted/);
  await expect(target.locator(".provision-title")).toBeInViewport();
  await expect(page.locator("#art-1 .provision-title")).not.toBeInViewport();
});

test("the reader chooses the language; the address keeps it and deep links still land", async ({ page, baseURL }) => {
  await open(page, withBundle(baseURL));
  const article = page.locator("#art-1");
  await expect(article).toContainText("Les Puissances contractantes donneront");
  await expect(article).not.toContainText("De Verdragsluitende Mogendheden");
  const choice = page.getByRole("navigation", { name: "Language of the text" });
  await expect(choice.locator('[aria-current="true"]')).toHaveText("Français");
  await choice.getByRole("link", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(/[?&]lang=nl(&|$)/);
  await expect(page).toHaveURL(/[?&]bundle=/);
  await expect(article).toContainText("De Verdragsluitende Mogendheden");
  await expect(article).not.toContainText("Les Puissances contractantes donneront");
  await expect(page.locator("#annex-1-art-1")).toContainText("De wetten, de rechten en de plichten van den oorlog");
  await choice.getByRole("link", { name: "Both" }).click();
  await expect(page).toHaveURL(/[?&]lang=all(&|$)/);
  await expect(article.locator(".provision-text")).toHaveCount(2);

  // A shared address with the language and a fragment opens in that language, at that place.
  await open(page, withBundle(baseURL, "&lang=nl#annex-1-art-3"));
  const third = page.locator("#annex-1-art-3");
  await expect(third).toContainText("De gewapende macht der oorlogvoerende Partijen");
  await expect(third.locator(".provision-title")).toBeInViewport();

  // From an article's page, the contents lead to the annex's article on the treaty's page.
  await page.locator('.toc-item[data-anchor="art-2"] a').click();
  await expect(page).toHaveURL(/\/article\/2\?lang=nl&bundle=[^&#]+$/);
  await expect(page.locator("#art-2")).toContainText("De bepalingen, vervat in het");
  await page.locator('.toc-item[data-anchor="annex-1-art-2"] a').click();
  await expect(page).toHaveURL(/\/treaty\/convention-essai-1907\?lang=nl&bundle=[^&#]+#annex-1-art-2$/);
  await expect(page.locator("#annex-1-art-2 .provision-title")).toBeInViewport();
});

test("the synoptic view shows an article's languages side by side", async ({ page, baseURL }, testInfo) => {
  await open(page, withBundle(baseURL));
  await page.locator('.toc-item[data-anchor="art-1"] a').click();
  await page.getByRole("link", { name: /Article 1 in its languages side by side/ }).click();
  await expect(page).toHaveURL(/\/article\/1\/synoptic\?bundle=[^&#]+$/);
  const table = page.locator("table.parallel");
  await expect(table.locator("thead th")).toHaveCount(2);
  await expect(table.locator("thead th").first()).toContainText("Français");
  await expect(table.locator("thead th").last()).toContainText("Nederlands");
  const [french, dutch] = [table.locator('tbody td[lang="fr"]').first(), table.locator('tbody td[lang="nl"]').first()];
  await expect(french).toContainText("Les Puissances contractantes donneront");
  await expect(dutch).toContainText("De Verdragsluitende Mogendheden");
  const [a, b] = [await french.boundingBox(), await dutch.boundingBox()];
  expect(b.x).toBeGreaterThan(a.x + a.width - 1);
  expect(Math.abs(b.y - a.y)).toBeLessThan(2);
  await keepScreenshot(page, testInfo, "synoptic-languages");
  expect(await axeViolations(page)).toEqual([]);
});

// A shipped treaty in two languages with an annexed regulation (Hague IV, French and Dutch,
// read by the importer at build time) is prerendered like the others.
const hague = "treaty/hague-iv-1907";

test.describe("prerendered, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the static page shows the annex and the first language, without the choice it cannot make", async ({ page }) => {
    await page.goto(hague);
    await expect(page.locator("#art-1")).toContainText("Les Puissances contractantes");
    await expect(page.locator("#art-1")).not.toContainText("De verdragsluitende");
    await expect(page.locator("#annex-1 .annex-title")).toBeVisible();
    await expect(page.locator("#annex-1-art-1")).toContainText("Les lois, les droits et les devoirs de la guerre");
    await expect(page.locator('.toc-annex[data-anchor="annex-1"]')).toBeVisible();
    await expect(page.locator(".language-switch")).toBeHidden();
    await page.goto(`${hague}#annex-1-art-1`);
    await expect(page.locator("#annex-1-art-1 .provision-title")).toBeInViewport();
  });
});

test("the app takes the prerendered page over with its annex and language, and renders another language asked for", async ({ page }) => {
  await page.goto(hague);
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.locator("#art-1")).toContainText("Les Puissances contractantes");
  await expect(page.locator("#annex-1-art-1")).toContainText("Les lois, les droits et les devoirs de la guerre");
  await expect(page.locator(".language-switch")).toBeVisible();
  await page.goto(`${hague}?lang=nl`);
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.locator("#art-1")).toContainText("De verdragsluitende");
  await expect(page.locator("#annex-1-art-1")).toContainText("De wetten, de rechten");
});
