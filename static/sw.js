// Treaty Reader's service worker (template: the build fills VERSION and PRECACHE, see
// scripts/pwa/precache.mjs).
//
// Each build is one cache, installed all or nothing: a page is never served the JS glue of
// one version with the wasm of another. A new version installs in the background and waits;
// the app offers "A new version is ready — reload" and sends "skip-waiting" when the reader
// accepts, so nothing changes under an open page. Old caches are deleted once the new
// version is active.
//
// The background worker's files and the large treaty files (LAZY, paths relative to the scope)
// are not fetched at install, so that a first visit does not download them; they go into the
// same version's cache when the app first asks for them, and work offline from then on (a
// treaty read once can be read again offline).
const VERSION = "__VERSION__";
const PRECACHE = [] /* __PRECACHE__ */;
const LAZY = [] /* __LAZY__ */;
const CACHE = `treaty-reader-${VERSION}`;
// The app shell, served for every address without a precached page of its own. The prerendered
// pages are not precached (hundreds of files a reader may never open); offline, the shell
// renders any of them from the cached library.
const SHELL = "shell.html";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("treaty-reader-") && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (request.mode === "navigate") {
        const page = await cache.match(new URL(pageFile(request.url), self.registration.scope).href);
        const shell = page || (await cache.match(new URL(SHELL, self.registration.scope).href));
        if (shell) return isEmbed(request.url) ? frameable(shell) : shell;
      }
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      const response = await fetch(request);
      const path = new URL(request.url).pathname.slice(new URL(self.registration.scope).pathname.length);
      // Kept for offline use when there is room; a full quota must not cost the page the file.
      if (response.ok && LAZY.includes(path)) event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
      return response;
    })(),
  );
});

/** Whether `url` is an embed page (embed/…), which other sites frame. */
function isEmbed(url) {
  return new URL(url).pathname.startsWith(new URL("embed/", self.registration.scope).pathname);
}

/**
 * The cached shell as an embed page: it was cached with the headers of the app's pages, which
 * forbid framing (frame-ancestors 'none', X-Frame-Options; docs/hosting.md), and an embed must be
 * framable by any site, as the host's headers for embed/… say.
 */
function frameable(response) {
  const headers = new Headers(response.headers);
  headers.delete("x-frame-options");
  const policy = headers.get("content-security-policy");
  if (policy) headers.set("content-security-policy", policy.replace(/frame-ancestors[^;]*/, "frame-ancestors *"));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** The file of a prerendered page, relative to the scope: the library page is index.html. */
function pageFile(url) {
  const path = new URL(url).pathname.slice(new URL(self.registration.scope).pathname.length);
  return path.replace(/\/$/, "") === "" ? "index.html" : `${path.replace(/\/$/, "")}.html`;
}
