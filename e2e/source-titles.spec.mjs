// Sources as they come: every shipped source is shown under its headline, never under the site
// furniture its stored copy opens with ("×", a text-only banner, a site's Arabic menu, "date
// 2024-06 Photo : YONHAP News"), and a pasted text's title is guessed in the form, for the reader
// to correct before adding it.
import { test, expect, appReady } from "./helpers.mjs";

/** Every shipped source about the Russia–DPRK treaty and its headline, as library.toml gives it. */
const HEADLINES = {
  "rt-2024-10-14": "Putin asks MPs to approve strategic partnership with North Korea",
  "tass-2024-10-24": "Russia, North Korea strategic partnership treaty not directed against third countries",
  "reuters-2024-06-20": "Factbox-Key points of North Korea, Russia landmark strategic partnership treaty",
  "sputnik-africa-2024-06-20": "Russia, N. Korea Confirm Intention to Promote Multipolar World Order by Signing Agreement",
  "swedenherald-2024-06-20": "North Korea on the pact: Immediate help",
  "see-news-2024-06-23": "N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation",
  "k4s-2024-10-15": "Russia is preparing to ratify the strategic partnership agreement with the DPRK",
  "tass-2024-10-26":
    "The Treaty on Comprehensive Strategic Partnership between Moscow and Pyongyang will take effect once the parties exchange ratifications",
  "tass-2024-11-04": "Russian-North Korean partnership treaty called to stabilize region — Russian diplomat",
  "valdaiclub-2024-11-26": "Valdai Club to Discuss Russia-North Korea Treaty",
  "interfax-2024-12-05": "Russia-N. Korea Treaty of Comprehensive Strategic Partnership takes effect - KCNA",
  "bbc-russian-2024-06-20":
    "«Военная помощь всеми имеющимися средствами при нападении». Что именно говорится в новом договоре между КНДР и Россией?",
  "duma-2024-10-24":
    "Государственная Дума ратифицировала Договор о всеобъемлющем стратегическом партнерстве между Российской Федерацией и Корейской Народно-Демократической Республикой",
  "kbs-world-2024-06-20":
    "Nordkorea hat den Volltext des am Mittwoch mit Russland unterzeichneten Abkommens über eine umfassende strategische Partnerschaft veröffentlicht",
  "cri-german-2024-11-10":
    "Der russische Präsident Wladimir Putin hat am Samstag einen Vertrag über eine umfassende strategische Partnerschaft mit Nordkorea unterzeichnet",
};

/** What the stored copies open with, which must never be shown as a title. */
const DEBRIS = [/^×$/, /text-only version/, /صدى البلد/, /Photo : YONHAP/, /^\s*date \d{4}/, /^By Thomson Reuters/];

test("no shipped source shows site furniture as its title on the treaty page", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024");
  const links = page.locator(".source-list li a");
  await expect(links).toHaveCount(Object.keys(HEADLINES).length);
  const shown = {};
  for (const link of await links.all()) {
    const id = (await link.getAttribute("href")).split("/source/")[1];
    shown[id] = (await link.textContent()).trim();
  }
  expect(shown).toEqual(HEADLINES);
  for (const title of Object.values(shown)) {
    for (const debris of DEBRIS) expect(title).not.toMatch(debris);
  }
});

test("each shipped source's page is headed by its headline", async ({ page }) => {
  for (const [id, headline] of Object.entries(HEADLINES)) {
    await page.goto(`source/${id}`);
    await expect(page.locator(".source-header h1")).toHaveText(headline);
    await expect(page).toHaveTitle(new RegExp(headline.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  }
});

const PASTED = `×
Photo: Reuters
Analysts revisit the mutual defence clause
By Jane Reporter

Analysts returned to the treaty this week.
Article 4 of the treaty says that the other party will provide military and other assistance "with all means at its disposal without delay".
`;

test("a pasted text's title is guessed in the form, corrected by the reader and kept", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  const title = page.locator(".source-title");
  await page.locator(".source-text").fill(PASTED);
  await expect(title).toHaveValue("Analysts revisit the mutual defence clause");
  await expect(page.locator("#source-title-note")).toContainText("Guessed from the text");
  // The reader's correction is theirs: more text does not replace it.
  await title.fill("Analysts revisit the treaty's mutual defence clause");
  await expect(page.locator("#source-title-note")).toHaveCount(0);
  await page.locator(".source-text").fill(`${PASTED}\nThey said the clause echoes the alliance of 1961.\n`);
  await expect(title).toHaveValue("Analysts revisit the treaty's mutual defence clause");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/source\/local-source-analysts-revisit-the-treaty-s-mutual-/);
  await expect(page.locator(".source-header h1")).toHaveText("Analysts revisit the treaty's mutual defence clause");
  // The site furniture pasted with it is not part of the source.
  await expect(page.locator(".source-body")).not.toContainText("×");
  await expect(page.locator(".source-body")).not.toContainText("Photo: Reuters");
  await page.reload();
  await appReady(page);
  await expect(page.locator(".source-header h1")).toHaveText("Analysts revisit the treaty's mutual defence clause");
});

test("a guess left as it is becomes the title", async ({ page }) => {
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  await page.locator(".source-text").fill(PASTED);
  await expect(page.locator(".source-title")).toHaveValue("Analysts revisit the mutual defence clause");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator(".source-header h1")).toHaveText("Analysts revisit the mutual defence clause");
});
