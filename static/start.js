// Starts Treaty Reader's app on its own pages, when a page needs it. The script tag that loads
// this file names the app's files (Trunk.toml's pattern_script): data-glue, data-wasm.
//
// Every shipped page is prerendered: its text, provenance, quote cards, links, previews and
// share menus work before any wasm runs. The app (its wasm is most of a visit's bytes) is only
// needed to use a control, so a first visit downloads the page and its styles, and the app:
// - starts at once where nothing was prerendered (the app shell: imported treaties, the import
//   page), and where the service worker controls the page (it has cached the app: no download);
// - is fetched and compiled when the reader shows they are about to use a control (pointer over
//   it, focus on it, a touch), and takes the page over when a control is used; that control is
//   then used again in the app's view (the same element, by its place in the page).
// What the reader changed natively before the takeover (an open share menu, a filter chosen with
// the keyboard, the focus) is carried over to the app's view, which renders the same markup.
//
// It also registers the service worker, so a first visit makes the site readable offline even
// if the app never starts (src/pwa.rs registers it again, which is a no-op, to watch for updates).

const script = document.querySelector("script[data-glue]");
const root = document.getElementById("app");
const html = document.documentElement;

/** Controls that do nothing without the app (links, share menus and read-only fields work natively). */
const NEEDS_APP = "button, select, input:not([readonly]), textarea:not([readonly]), [data-needs-app]";
/** What a reader is about to use: the app is fetched when one is pointed at, touched or focused. */
const INTERACTIVE = `${NEEDS_APP}, summary, label`;

let app;
/** Fetches and compiles the app, once; it does not touch the page. */
function fetchApp() {
  app ??= import(new URL(script.dataset.glue, document.baseURI).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL(script.dataset.wasm, document.baseURI) });
    return glue;
  });
  return app;
}

/** Controls used before the takeover (their place in the page) and what to do with them after it. */
const replays = [];

let started;
/** Starts the app, once; resolves when it has taken the page over (it marks `<html data-app>`). */
function start() {
  started ??= (async () => {
    const prerendered = [...root.children];
    html.dataset.appStarting = "";
    try {
      const glue = await fetchApp();
      glue.startApp();
      await takenOver();
      // An embed of the reader's own treaty has no prerendered page: it is there now.
      reportEmbedHeight();
      // Found while the app's markup is still the prerendered one, before carrying state over
      // changes it (an opened share menu grows its citation).
      const used = replays.splice(0).map(({ path, act }) => [nodeAt(path), act]);
      carryOver(prerendered);
      // Let the app answer what was carried over (a share menu's toggle event) before a replay.
      await new Promise((resolve) => setTimeout(resolve));
      for (const [node, act] of used) if (node?.isConnected) act(node);
    } catch (error) {
      started = undefined;
      console.warn("Treaty Reader could not start; the page stays readable without it.", error);
      throw error;
    } finally {
      delete html.dataset.appStarting;
    }
  })();
  return started;
}

/**
 * Starts the app, then does `act` on the app's counterpart of `used`: once per control, however
 * often the reader presses it while the app is on its way (a second press would undo the first).
 */
function replay(used, act) {
  const path = pathOf(used, [...root.children]);
  if (!replays.some((queued) => queued.path.join() === path.join())) replays.push({ path, act });
  start().catch(() => {});
}
window.treatyReaderStart = start;

function takenOver() {
  return new Promise((resolve) => {
    if (html.dataset.app) return resolve();
    const watch = new MutationObserver(() => {
      if (!html.dataset.app) return;
      watch.disconnect();
      // The app marks itself in an effect, after its first render is in the page.
      resolve();
    });
    watch.observe(html, { attributes: true, attributeFilter: ["data-app"] });
  });
}

/** Where `node` is in the prerendered page: the index of its top element, then child indices. */
function pathOf(node, tops) {
  const path = [];
  let at = node;
  while (at.parentElement && at.parentElement !== root) {
    path.unshift([...at.parentElement.children].indexOf(at));
    at = at.parentElement;
  }
  path.unshift(tops.indexOf(at));
  return path;
}
function nodeAt(path) {
  return path.reduce((at, index) => at?.children[index], root);
}

let focused;
root.addEventListener("focusin", (event) => (focused = event.target));

/** Copies the state the reader gave the prerendered markup (now detached) to the app's view. */
function carryOver(tops) {
  for (const top of tops) {
    for (const old of [top, ...top.querySelectorAll("details, select, input, textarea")]) {
      if (!old.matches("details, select, input, textarea")) continue;
      const now = nodeAt(pathOf(old, tops));
      if (!now || now.tagName !== old.tagName) continue;
      if (old.tagName === "DETAILS") {
        if (now.open !== old.open) now.open = old.open;
      } else if (now.value !== old.value && !old.readOnly) {
        now.value = old.value;
        now.dispatchEvent(new Event("input", { bubbles: true }));
        now.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
  }
  if (focused && !focused.isConnected && tops.some((top) => top.contains(focused))) {
    nodeAt(pathOf(focused, tops))?.focus({ preventScroll: true });
  }
}

/** A control of the prerendered page that needs the app, or nothing. */
function control(event) {
  const target = event.target instanceof Element ? event.target.closest(INTERACTIVE) : null;
  return target && root.contains(target) ? target : null;
}

function watchForIntent() {
  const prefetch = (event) => {
    if (control(event)) fetchApp().catch(() => {});
  };
  for (const type of ["pointerover", "focusin", "touchstart"]) {
    document.addEventListener(type, prefetch, { capture: true, passive: true });
  }
  // A control used before the app runs: take over, then use the same control in the app's view.
  document.addEventListener(
    "click",
    (event) => {
      const used = control(event);
      if (html.dataset.app || !used?.matches(NEEDS_APP) || used.matches("select")) return;
      event.preventDefault();
      event.stopPropagation();
      replay(used, (node) => node.click());
    },
    true,
  );
  // A form sent without a button (Enter in a field): the app's form is sent instead.
  document.addEventListener(
    "submit",
    (event) => {
      if (html.dataset.app || !root.contains(event.target)) return;
      event.preventDefault();
      replay(event.target, (form) => form.requestSubmit());
    },
    true,
  );
  // A list box would open in the prerendered page and close when the app replaces it: open it in the app's.
  document.addEventListener(
    "mousedown",
    (event) => {
      const used = control(event);
      if (html.dataset.app || !used?.matches("select")) return;
      event.preventDefault();
      replay(used, (select) => {
        select.focus();
        try {
          select.showPicker();
        } catch {
          // Without the reader's gesture still in effect the browser refuses; the list box has focus.
        }
      });
    },
    true,
  );
  // A value changed natively (a list box with the keyboard): the app starts and applies it.
  for (const type of ["input", "change"]) {
    document.addEventListener(type, (event) => {
      if (!html.dataset.app && control(event)?.matches(NEEDS_APP)) start().catch(() => {});
    });
  }
}

// A library the address names (`?bundle=`) is not the one the build prerendered: the page
// shows no text of the shipped library meanwhile (it would pass for the named one), and the app
// starts at once; it asks the reader before opening a library from another site
// (src/provenance.rs). Every address within the app keeps `?bundle=` (the router's moves and the
// links' addresses), so that a reload, a link opened in a new tab or a copied address opens the
// same library and, for one from elsewhere, still says where it came from. A link marked
// `data-leaves-bundle` ("Go to the shipped library") is the way out.
const bundleParam = new URLSearchParams(location.search).get("bundle");
const bundle = bundleParam?.trim() ? bundleParam : null;
if (bundle !== null) {
  const notice = document.createElement("main");
  notice.id = "main";
  notice.className = "loading";
  notice.setAttribute("aria-busy", "true");
  notice.append(Object.assign(document.createElement("p"), { textContent: "Loading the library this link names…" }));
  root.replaceChildren(notice);
  const appPath = new URL(document.baseURI).pathname;
  /** `url` (an app address without `?bundle=`) with it; any other address unchanged. */
  const keepBundle = (url) => {
    if (url === undefined || url === null) return url;
    const next = new URL(url, location.href);
    if (next.origin !== location.origin || !next.pathname.startsWith(appPath) || next.searchParams.has("bundle")) return url;
    next.searchParams.set("bundle", bundle);
    return next.href;
  };
  for (const name of ["pushState", "replaceState"]) {
    const move = history[name].bind(history);
    history[name] = (state, unused, url) => move(state, unused, keepBundle(url));
  }
  const keepInLinks = () => {
    for (const link of root.querySelectorAll("a[href]:not([data-leaves-bundle])")) {
      const href = link.getAttribute("href");
      const kept = keepBundle(href);
      if (kept !== href) link.setAttribute("href", kept);
    }
  };
  new MutationObserver(keepInLinks).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["href"] });
}

// The build knows the app's path but not the address it is served from: the prerendered
// permanent links in share menus become whole addresses, as the app writes them.
for (const field of root.querySelectorAll(".share-link input")) field.value = new URL(field.value, location.href).href;

// The iframe embed (embed/…) reports its height to the embedding page, app or not
// (docs/embedding.md); `quotes=off` asks for a view the prerendered page is not: the app renders it.
let heightReported = false;
function reportEmbedHeight() {
  const embedPage = root.querySelector("main.embed-page[data-treaty]");
  if (heightReported || !embedPage || window.parent === window) return;
  heightReported = true;
  const { treaty, article } = embedPage.dataset;
  const report = () => {
    const height = Math.ceil(html.getBoundingClientRect().height);
    window.parent.postMessage({ type: "treaty-reader:height", height, treaty, article }, "*");
  };
  new ResizeObserver(report).observe(html);
}
reportEmbedHeight();
const quotesOff =
  root.querySelector("main.embed-page") && new URLSearchParams(location.search).get("quotes") === "off";

// A document read in another of its languages (`?lang=nl`) is a view the build did not write
// either: the prerendered page shows the default language until the app renders the one asked for.
const otherLanguage = new URLSearchParams(location.search).has("lang");

const prerendered = !root.querySelector("main.loading") && !quotesOff && !otherLanguage && bundle === null;
const cached = Boolean(navigator.serviceWorker?.controller);
/** Runs `then` once the page has loaded, so nothing competes with its HTML and styles. */
function afterLoad(then) {
  if (document.readyState === "complete") then();
  else addEventListener("load", then, { once: true });
}

// A page framed by another site is refused (frame-guard.js): the app does not start there.
if (html.hasAttribute("data-framed")) console.warn("Treaty Reader does not start inside another site's frame.");
else if (prerendered && !cached) watchForIntent();
else afterLoad(() => start().catch(() => {}));

// Offline reading from the first visit on, app or not: the worker precaches the site in the background.
afterLoad(() => {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register(new URL("sw.js", document.baseURI).href, { scope: document.baseURI, updateViaCache: "none" })
    .catch((error) => console.warn("Treaty Reader will not work offline: the service worker did not register.", error));
});
