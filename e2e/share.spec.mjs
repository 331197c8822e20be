// Sharing and export: permalinks for an article, a paragraph and a quote that resolve after a
// reload; a quote's link to its statement on the original page; embed snippets that work; the
// citation; the attributions as W3C Web Annotations that meet the model's required fields; and
// every download (citations, annotations, Akoma Ntoso, the bundle) is the file `treaty export`
// makes.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { test, expect, appReady, keepScreenshot } from "./helpers.mjs";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

async function openArticle(page, path = "treaty/rus-dprk-2024/article/4") {
  await page.goto(path);
  await appReady(page);
  await expect(page.locator(".provision-title")).toBeVisible();
}

test("an article's permalink, embed snippets and citation; the link survives a reload", async ({ page, baseURL }, testInfo) => {
  await openArticle(page);
  const menu = page.locator(".provision-actions .share-menu");
  await menu.getByRole("button", { name: "Share Article 4" }).or(menu.locator("summary")).click();
  const link = menu.locator(".share-link input");
  await expect(link).toHaveValue(`${baseURL}treaty/rus-dprk-2024/article/4`);
  await menu.locator(".share-link .copy").click();
  await expect(menu.locator(".share-link .copy-status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}treaty/rus-dprk-2024/article/4`);
  await expect(menu.locator(".share-embed-component textarea")).toHaveValue(
    `<script type="module" src="${baseURL}embed.js"></script>\n<treaty-reader treaty="rus-dprk-2024" article="4" quotes="on"></treaty-reader>`,
  );
  const iframe = await menu.locator(".share-embed-iframe textarea").inputValue();
  const src = iframe.match(/src="([^"]+)"/)[1];
  expect(src).toBe(`${baseURL}embed/rus-dprk-2024/article/4?quotes=on`);
  const citation = await menu.locator(".share-citation textarea").inputValue();
  expect(citation).toContain("Treaty on Comprehensive Strategic Partnership");
  expect(citation).toContain("art. 4");
  expect(citation).toMatch(/partial/i);
  expect(citation).toContain(`${baseURL}treaty/rus-dprk-2024/article/4`);
  await keepScreenshot(page, testInfo, "share-article");

  await page.goto(await link.inputValue());
  await page.reload();
  await appReady(page);
  await expect(page.locator(".provision-title")).toHaveText("Article 4");
  await page.goto(src);
  await expect(page.locator(".embed .provision-title")).toHaveText("Article 4");
});

test("a paragraph's permalink brings that paragraph into view after a reload", async ({ page, baseURL }) => {
  await openArticle(page, "treaty/un-charter-1945/article/51");
  const pilcrow = page.locator("#art-51-p1-1 .para-link");
  await expect(pilcrow).toHaveAttribute("href", `${baseURL}treaty/un-charter-1945/article/51#art-51-p1-1`);
  await page.goto("treaty/north-atlantic-treaty-1949");
  await appReady(page);
  const target = page.locator("#art-11-p1-1");
  const href = await target.locator(".para-link").getAttribute("href");
  expect(href).toBe(`${baseURL}treaty/north-atlantic-treaty-1949/article/11#art-11-p1-1`);
  await page.goto(href);
  await page.reload();
  await appReady(page);
  await expect(page.locator("#art-11-p1-1")).toBeInViewport();
  await expect(page.locator("#art-11-p1-1")).toHaveClass(/targeted/);
  expect(page.url()).toBe(href);
});

test("a quote's permalink opens its statement, and a text fragment link points into the original page", async ({ page, baseURL }) => {
  await openArticle(page);
  const card = page.locator(".quote-card", { has: page.locator(".share-menu") }).filter({ hasText: "TASS" }).first();
  await card.locator(".share-menu summary").click();
  const permalink = await card.locator(".share-link input").inputValue();
  expect(permalink).toMatch(new RegExp(`^${baseURL}source/[\\w-]+/quote/\\d+$`));
  const fragment = await card.locator(".share-fragment input").inputValue();
  expect(fragment).toMatch(/^https:\/\/tass\.(com|ru)\/.*#:~:text=[^#\s]+$/);
  const directive = decodeURIComponent(fragment.split("#:~:text=")[1].split(",")[0]);
  const words = (await card.locator(".quote-words").innerText()).replace(/\s+/g, " ");
  expect(words).toContain(directive.split(" ")[0]);

  await page.goto(permalink);
  await page.reload();
  await appReady(page);
  const selected = page.locator(".statement-note.selected");
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText("Article 4");
  await expect(selected).toBeInViewport();
});

async function download(page, trigger) {
  const [file] = await Promise.all([page.waitForEvent("download"), trigger()]);
  return { name: file.suggestedFilename(), json: JSON.parse(readFileSync(await file.path(), "utf8")) };
}

/** The W3C Web Annotation model's required fields, checked on every annotation. */
function checkAnnotation(a, baseURL) {
  const absolute = (iri) => /^https?:\/\/\S+$/.test(iri);
  const context = [a["@context"]].flat();
  expect(context).toContain("http://www.w3.org/ns/anno.jsonld");
  expect(absolute(a.id)).toBe(true);
  expect(a.type).toBe("Annotation");
  expect(absolute(a.target.source)).toBe(true);
  const selectors = [a.target.selector].flat();
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const position = selectors.find((s) => s.type === "TextPositionSelector");
  expect(typeof quote.exact).toBe("string");
  expect(quote.exact.length).toBeGreaterThan(0);
  expect(Number.isInteger(position.start) && Number.isInteger(position.end) && position.start <= position.end).toBe(true);
  const bodies = [a.body].flat();
  expect(bodies.every((b) => typeof b.type === "string" || typeof b.id === "string")).toBe(true);
  const article = bodies.find((b) => b.purpose === "identifying");
  expect(JSON.stringify(article)).toMatch(new RegExp(`${baseURL}treaty/rus-dprk-2024/(article/\\w+|preamble)`));
  return { quote, bodies };
}

test("an article's quotes export as Web Annotations, and its citation as CSL-JSON", async ({ page, baseURL }) => {
  await openArticle(page);
  const menu = page.locator(".provision-actions .share-menu");
  await menu.locator("summary").click();
  const annotations = await download(page, () => menu.locator(".download-annotations").click());
  expect(annotations.name).toBe("rus-dprk-2024-art-4.annotations.jsonld");
  const collection = annotations.json;
  expect(collection.type).toBe("AnnotationCollection");
  const items = collection.first.items;
  expect(items.length).toBe(collection.total);
  // Every occurrence is annotated; a statement the source repeats is one card, marked
  // "Repeated in the source." (the shipped sources repeat a statement once at most).
  const cards = await page.locator(".quote-card").count();
  const repeated = await page.locator(".quote-card .statement-link.repeated", { hasText: "Repeated in the source." }).count();
  expect(items.length).toBe(cards + repeated);
  for (const item of items) {
    const { bodies } = checkAnnotation(item, baseURL);
    expect(JSON.stringify(bodies)).toContain("treaty/rus-dprk-2024/article/4");
  }
  expect(items.some((a) => [a.body].flat().some((b) => b.purpose === "classifying" && /verbatim|close|paraphrase|divergent/.test(b.value)))).toBe(true);

  const csl = await download(page, () => menu.locator(".download-csl").click());
  expect(csl.name).toBe("rus-dprk-2024-art-4.csl.json");
  expect(csl.json).toHaveLength(1);
  expect(csl.json[0]).toMatchObject({ type: "treaty", section: "art. 4", issued: { "date-parts": [[2024, 6, 19]] } });
  expect(csl.json[0].id).toBeTruthy();
});

test("a whole treaty's quotes export from the treaty page", async ({ page, baseURL }) => {
  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  const menu = page.locator(".document-actions .share-menu");
  await menu.locator("summary").click();
  await expect(menu.locator(".share-link input")).toHaveValue(`${baseURL}treaty/rus-dprk-2024`);
  const annotations = await download(page, () => menu.locator(".download-annotations").click());
  const items = annotations.json.first.items;
  expect(items.length).toBeGreaterThan(10);
  const articles = new Set(items.map((a) => JSON.stringify([a.body].flat().find((b) => b.purpose === "identifying")).match(/(article\/\w+|preamble)/)?.[1]));
  expect(articles.size).toBeGreaterThan(3);
  for (const item of items) checkAnnotation(item, baseURL);
});

async function downloadText(page, trigger) {
  const [file] = await Promise.all([page.waitForEvent("download"), trigger()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** `treaty export` on the bundle the build ships, writing to `out`; the CLI is already built
 * (trunk's pre-build hook runs it). */
function cliExport(args, out) {
  execFileSync(
    "cargo",
    ["run", "--quiet", "-p", "treaty-cli", "--", "export", "--bundle", "build/bundles/library.json", ...args, "--out", out],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  return readFileSync(out, "utf8");
}

test("the share menu's and the treaty page's downloads are the files `treaty export` makes", async ({ page, baseURL }, testInfo) => {
  await openArticle(page);
  const accessed = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const menu = page.locator(".provision-actions .share-menu");
  await menu.locator("summary").click();
  const names = { csl: "csl.json", bibtex: "bib", ris: "ris", annotations: "annotations.jsonld" };
  for (const [format, suffix] of Object.entries(names)) {
    const file = await downloadText(page, () => menu.locator(`.download-${format}`).click());
    expect(file.name).toBe(`rus-dprk-2024-art-4.${suffix}`);
    const made = cliExport(
      ["--treaty", "rus-dprk-2024", "--article", "4", "--format", format, "--base", baseURL, "--accessed", accessed],
      testInfo.outputPath(file.name),
    );
    expect(file.text, format).toBe(made);
  }

  await page.goto("treaty/rus-dprk-2024");
  await appReady(page);
  const actions = page.locator(".document-actions");
  const akn = await downloadText(page, () => actions.getByRole("button", { name: "Akoma Ntoso (XML)" }).click());
  expect(akn.name).toBe("rus-dprk-2024.akn.xml");
  expect(akn.text).toContain("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
  expect(akn.text).toBe(cliExport(["--treaty", "rus-dprk-2024", "--format", "akn", "--base", baseURL], testInfo.outputPath(akn.name)));
  const bundle = await downloadText(page, () => actions.getByRole("button", { name: "Export this treaty with its sources" }).click());
  expect(bundle.name).toBe("rus-dprk-2024.treaty-reader.json");
  expect(bundle.text).toBe(cliExport(["--treaty", "rus-dprk-2024", "--format", "bundle", "--base", baseURL], testInfo.outputPath(bundle.name)));
});
