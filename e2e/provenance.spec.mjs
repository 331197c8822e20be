// A library from another site never passes for the shipped one (issue 12, part 1). A link may
// name any bundle with `?bundle=`: one on the app's own origin loads as before; one from another
// site is fetched only after the reader agrees on a page that names the site, and then every
// page says where the library came from, across moves within the app and reloads; a `data:` (or
// any other non-web) address is refused; and whatever the link says is shown only as the
// address asked for, as text. The host server on PORT+1 (e2e/server.mjs) plays the other site.
import { test, expect, keepScreenshot } from "./helpers.mjs";

const other = (baseURL) => `http://127.0.0.1:${Number(new URL(baseURL).port) + 1}`;
const otherSite = (baseURL) => new URL(other(baseURL)).host;
const spoof = (baseURL) => `${other(baseURL)}/spoof.json`;
const article = (number, bundle) => `treaty/rus-dprk-2024/article/${number}?bundle=${encodeURIComponent(bundle)}`;
const banner = (page) => page.getByRole("region", { name: "Where this library comes from" });

/** The text of the page's main content outside the labelled address. */
const textOutsideAddress = (page) =>
  page.evaluate(() => {
    const main = document.querySelector("main").cloneNode(true);
    main.querySelector(".asked-address")?.remove();
    return `${document.title} ${main.textContent}`;
  });

test("a link to another site's library asks first, names the site and shows none of its text", async ({ page, baseURL }, testInfo) => {
  // Hosts asked for anything; the page's own address names the bundle, so only hosts count.
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).host));
  await page.goto(article(4, spoof(baseURL)));
  const consent = page.locator("main.consent-page");
  await expect(consent.getByRole("heading", { level: 1 })).toHaveText(`This link opens a library from ${otherSite(baseURL)}`);
  await expect(consent).toContainText(`published at ${other(baseURL)}`);
  await expect(consent).toContainText("It is not the reader's shipped library, and Treaty Reader cannot vouch for its texts");
  await expect(consent.locator(".bundle-url")).toHaveText(spoof(baseURL));
  await expect(consent.getByRole("link", { name: "Go to the shipped library" })).toHaveAttribute("href", `${baseURL}treaty/rus-dprk-2024/article/4`);
  // Neither the other site's text nor the shipped one (which would pass for it) is on the page.
  await expect(page.locator("body")).not.toContainText("SPOOFED");
  await expect(page.locator(".provision-text, .witness-line")).toHaveCount(0);
  expect(fetched.filter((host) => host === otherSite(baseURL))).toEqual([]);
  await keepScreenshot(page, testInfo, "bundle-consent");

  // The spoofing forms of another site's address are all recognised as such.
  for (const [asked, site] of [
    ["//evil.example/x.json", "evil.example"],
    ["https://evil.example", "evil.example"],
    ["\\\\evil.example/x.json", "evil.example"],
    ["/\t/evil.example/x.json", "evil.example"],
    ["HTTPS://Evil.Example:8443/x.json", "evil.example:8443"],
    [`${new URL(baseURL).origin}@evil.example/x.json`, "evil.example"],
  ]) {
    await page.goto(article(4, asked));
    await expect(page.locator("main.consent-page h1"), asked).toHaveText(`This link opens a library from ${site}`);
    await expect(page.locator(".provision-text")).toHaveCount(0);
  }
  expect(fetched.filter((host) => host.includes("evil.example"))).toEqual([]);
});

test("after consent every page names the site, after moves within the app and after a reload", async ({ page, baseURL }, testInfo) => {
  await page.goto(article(4, spoof(baseURL)));
  await page.getByRole("button", { name: "Open it anyway" }).click();
  await expect(banner(page)).toContainText(`it comes from ${otherSite(baseURL)} (${other(baseURL)})`, { timeout: 15000 });
  await expect(banner(page)).toContainText("cannot vouch for its texts");
  const text = page.locator(".provision-text").first();
  await expect(text).toContainText("SPOOFED-FOUR");
  await expect(text.locator(".witness-line .from-elsewhere")).toHaveText(`From ${otherSite(baseURL)}, not the shipped library`);
  await keepScreenshot(page, testInfo, "bundle-foreign-banner");

  // Links carry the address of the library, and so do the router's moves.
  await expect(page.locator(".site-header .brand")).toHaveAttribute("href", /[?&]bundle=/);
  await page.locator('.toc-item[data-anchor="art-5"] a').click();
  await expect(page).toHaveURL(/\/article\/5\?bundle=/);
  expect(new URL(page.url()).searchParams.get("bundle")).toBe(spoof(baseURL));
  await expect(page.locator(".provision-text").first()).toContainText("SPOOFED-FIVE");
  await expect(banner(page)).toContainText(otherSite(baseURL));

  // The library page too.
  await page.locator(".site-header .brand").click();
  expect(new URL(page.url()).searchParams.get("bundle")).toBe(spoof(baseURL));
  await expect(banner(page)).toContainText(otherSite(baseURL));
  await page.goBack();
  await expect(page.locator(".provision-text").first()).toContainText("SPOOFED-FIVE");

  await page.reload();
  await expect(banner(page)).toContainText(otherSite(baseURL), { timeout: 15000 });
  await expect(page.locator(".provision-text").first()).toContainText("SPOOFED-FIVE");

  // The way out leads to the same page of the shipped library, which says nothing of elsewhere.
  await banner(page).getByRole("link", { name: "Go to the shipped library" }).click();
  await expect(page).toHaveURL(`${baseURL}treaty/rus-dprk-2024/article/5`);
  await expect(page.locator("#main")).not.toContainText("SPOOFED");
  await expect(banner(page)).toHaveCount(0);
  await expect(page.locator(".from-elsewhere")).toHaveCount(0);
});

test("a data: address is refused, and its payload is shown only as the address asked for", async ({ page }, testInfo) => {
  // A whole library in the address, 777 characters long, with no server behind it.
  const bundle = (title) => ({
    format: "treaty-reader-bundle",
    version: 1,
    documents: [{ id: "rus-dprk-2024", title, completeness: "complete", articles: [] }],
    sources: [],
  });
  const payload = (title) => `data:application/json,${JSON.stringify(bundle(title))}`;
  const title = "DATA-PAYLOAD official treaty";
  const address = payload(title.padEnd(title.length + 777 - payload(title).length, "."));
  expect(address.length).toBe(777);
  await page.goto(article(4, address));
  const alert = page.getByRole("alert");
  await expect(alert.locator(".why")).toHaveText("This link asks for a library from a data: address, which the reader does not open.");
  await expect(alert.locator(".asked-address")).toContainText("The address asked for");
  await expect(alert.locator(".bundle-url")).toHaveText(`${address.slice(0, 120)}…`);
  await expect(page.locator(".provision-text, .witness-line")).toHaveCount(0);
  expect(await textOutsideAddress(page)).not.toContain("DATA-PAYLOAD");
  expect(await textOutsideAddress(page)).not.toContain("format");
  await expect(alert.getByRole("link", { name: "Go to the shipped library" })).toHaveAttribute("href", /\/article\/4$/);
  await keepScreenshot(page, testInfo, "bundle-data-refused");

  for (const [asked, why] of [
    ["javascript:alert(document.domain)//.json", "a javascript: address"],
    ["blob:http://127.0.0.1/0b6a", "a blob: address"],
    ["Ministry:Statement", "an address that is not a web address"],
    ["HTTPS://", "an address the reader cannot read"],
  ]) {
    await page.goto(article(4, asked));
    await expect(page.locator(".refused-page .why"), asked).toContainText(why);
    await expect(page.locator(".refused-page .bundle-url")).toHaveText(asked);
  }
});

test("words in ?bundle= appear only as the labelled address, as text", async ({ page }) => {
  const words =
    "Official notice from the Ministry: this treaty was revoked on 1 May 2025 <img src=x onerror=window.__ran=1> and <b>no longer applies</b>; read the real text at our site";
  await page.goto(`treaty/rus-dprk-2024/article/4?bundle=${encodeURIComponent(words)}`);
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading")).toHaveText("The treaty library could not be loaded");
  await expect(alert.locator(".asked-address")).toContainText("The address asked for (as written in the link):");
  await expect(alert.locator(".bundle-url")).toHaveText(`${words.slice(0, 120)}…`);
  expect(await textOutsideAddress(page)).not.toContain("revoked");
  expect(await textOutsideAddress(page)).not.toContain("Official notice");
  await expect(page.locator("main img, main b")).toHaveCount(0);
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();
});

test("a bundle on the app's own origin still loads without asking", async ({ page, baseURL }) => {
  for (const asked of ["bundles/library.json", `${baseURL}bundles/library.json`]) {
    await page.goto(article(4, asked));
    await expect(page.locator("main.consent-page")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 4");
    await expect(page.locator(".provision-text").first()).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    await expect(page.locator(".from-elsewhere")).toHaveCount(0);
  }
});

test("embeds of another site's library say where it came from, in the frame and in the element; a data: one is refused", async ({ page, baseURL }, testInfo) => {
  await page.goto(`${other(baseURL)}/foreign.html`);
  const frame = page.frameLocator("#framed");
  await expect(frame.locator("main.consent-page h1")).toHaveText(`This link opens a library from ${otherSite(baseURL)}`, { timeout: 15000 });
  await expect(frame.locator("body")).not.toContainText("SPOOFED");
  await frame.getByRole("button", { name: "Open it anyway" }).click();
  await expect(frame.getByRole("region", { name: "Where this library comes from" })).toContainText(otherSite(baseURL), { timeout: 15000 });
  await expect(frame.locator("main.embed-page")).toContainText("SPOOFED-FOUR");

  const element = page.locator("#element");
  await expect(element.locator(".foreign-banner")).toContainText(`it comes from ${otherSite(baseURL)}`, { timeout: 15000 });
  await expect(element).toContainText("SPOOFED-FOUR");
  await expect(element.locator(".from-elsewhere")).toHaveText(`From ${otherSite(baseURL)}, not the shipped library`);
  // A data: bundle in the element is not opened either.
  await expect(page.locator("#data .embed-problem")).toHaveText(
    /^The treaty library at data:application\/json,.* is not at a web \(http or https\) address, so the reader does not open it\.$/,
  );
  await keepScreenshot(page, testInfo, "bundle-foreign-embeds");
});

test("what is shared from another site's library opens that library, behind the same consent", async ({ page, context, baseURL }) => {
  await page.goto(article(4, spoof(baseURL)));
  await page.getByRole("button", { name: "Open it anyway" }).click();
  await expect(banner(page)).toContainText(otherSite(baseURL), { timeout: 15000 });
  const menu = page.locator(".provision-actions .share-menu");
  await menu.locator("summary").click();
  const named = (address) => new URL(address).searchParams.get("bundle");

  const permalink = await menu.locator(".share-link input").inputValue();
  expect(permalink.split("?")[0]).toBe(`${baseURL}treaty/rus-dprk-2024/article/4`);
  expect(named(permalink)).toBe(spoof(baseURL));
  const iframe = await menu.locator(".share-embed-iframe textarea").inputValue();
  const src = new URL(iframe.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&"));
  expect(src.pathname).toBe(new URL(`${baseURL}embed/rus-dprk-2024/article/4`).pathname);
  expect(src.searchParams.get("bundle")).toBe(spoof(baseURL));
  expect(src.searchParams.get("quotes")).toBe("on");
  await expect(menu.locator(".share-embed-component textarea")).toHaveValue(new RegExp(` bundle="${spoof(baseURL)}"></treaty-reader>$`));
  // A paragraph's link keeps it too.
  expect(named(await page.locator(".para-link").first().evaluate((a) => a.href))).toBe(spoof(baseURL));

  // Opened in another tab, the permanent link asks again before showing anything.
  const other = await context.newPage();
  await other.goto(permalink);
  await expect(other.locator("main.consent-page h1")).toHaveText(`This link opens a library from ${otherSite(baseURL)}`);
  await other.getByRole("button", { name: "Open it anyway" }).click();
  await expect(other.locator(".provision-text").first()).toContainText("SPOOFED-FOUR", { timeout: 15000 });

  // The shipped library's links name no library.
  await page.goto("treaty/rus-dprk-2024/article/4");
  await page.locator(".provision-actions .share-menu summary").click();
  await expect(page.locator(".provision-actions .share-link input")).toHaveValue(`${baseURL}treaty/rus-dprk-2024/article/4`);
});
