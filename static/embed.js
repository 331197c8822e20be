// <treaty-reader> — Treaty Reader as a web component for other sites (template: the build
// fills the file names, see scripts/pwa/embed.mjs).
//
//   <script type="module" src="https://…/reader/embed.js"></script>
//   <treaty-reader treaty="rus-dprk-2024" article="4" quotes="on" theme="auto"></treaty-reader>
//
// Attributes: treaty (a document id), article (a number, or "preamble"), quotes ("on"/"off"),
// theme ("light"/"dark"/"auto"), bundle (URL of another bundle; default: the app's library).
// Each element renders in its own shadow root, so the host page's styles do not reach it and
// its styles do not leak out. Every asset is loaded relative to this file, so the host page may
// be on any origin (the app's server must send CORS headers).
//
// Light first: for the app's own library the element shows the provision's prerendered view
// (a fragment the build writes, a few KB), whose links and previews work with CSS alone. The
// wasm and the library load only when the reader interacts with a control (a button, a filter)
// or the element needs what no fragment has (another bundle, an unknown article); the click
// that asked for it is then replayed on the same control of the live view. The wasm loads
// once per page; each bundle is fetched once. Of the app's own library the element loads what
// the app would: the index (every treaty, so references to others resolve) and its treaty's
// file, not the whole library (UNCLOS and the CWC alone are 290 KB gzip).
const APP = new URL("./", import.meta.url);
const GLUE = new URL("__GLUE__", APP);
const WASM = new URL("__WASM__", APP);
const STYLES = ["__READER_CSS__", "embed.css?v=__VERSION__"].map((f) => new URL(f, APP).href);
const INDEX = new URL("bundles/index.json", APP).href;

/** The prerendered view of a provision (see `fragment_file` in src/prerender.rs). */
function fragmentUrl(treaty, article, quotes) {
  const provision = !article || article === "preamble" ? "preamble" : `article/${encodeURIComponent(article)}`;
  return new URL(`fragments/${encodeURIComponent(treaty)}/${provision}.${quotes ? "quotes" : "plain"}.html`, APP).href;
}

const fragments = new Map();
function loadFragment(url) {
  if (!fragments.has(url)) {
    fragments.set(
      url,
      fetch(url).then((response) => (response.ok ? response.text() : null)).catch(() => null),
    );
  }
  return fragments.get(url);
}

/** The path from `root` down to `node` as child indices, to find the same control again. */
function pathOf(root, node) {
  const path = [];
  for (let at = node; at && at !== root; at = at.parentNode) path.unshift([...at.parentNode.children].indexOf(at));
  return path;
}
function nodeAt(root, path) {
  return path.reduce((at, index) => at?.children[index], root);
}

let wasm;
function loadWasm() {
  wasm ??= import(GLUE.href).then(async (glue) => {
    await glue.default({ module_or_path: WASM });
    return glue;
  });
  return wasm;
}

const bundles = new Map();
function loadBundle(url) {
  if (!bundles.has(url)) {
    bundles.set(
      url,
      fetch(url).then((response) => {
        if (!response.ok) throw new Error(`The treaty library at ${url} could not be loaded (HTTP ${response.status}).`);
        return response.text();
      }),
    );
  }
  return bundles.get(url);
}

/** The app's own library for an element showing `treaty`: the index, and the treaty's file if the index lists it. */
async function loadOwn(treaty) {
  const index = await loadBundle(INDEX);
  const entry = JSON.parse(index).treaties?.find((t) => t.id === treaty);
  const json = entry ? await loadBundle(new URL(entry.file, INDEX).href) : undefined;
  return { json, index };
}

class TreatyReaderElement extends HTMLElement {
  static observedAttributes = ["treaty", "article", "quotes", "theme", "bundle"];

  #mount;
  #handle;
  #renders = 0;
  /** Showing a prerendered fragment; the live view replaces it on interaction. */
  #light = false;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" });
      for (const href of STYLES) {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = href;
        root.append(link);
      }
      this.#mount = document.createElement("div");
      this.#mount.className = "embed-mount";
      root.append(this.#mount);
      // Links carry the app's paths: make them absolute (this page may be on another origin),
      // now and whenever the view changes them.
      const absolute = () => {
        for (const link of this.#mount.querySelectorAll('a[href^="/"]')) link.href = new URL(link.getAttribute("href"), APP).href;
      };
      new MutationObserver(absolute).observe(this.#mount, { childList: true, subtree: true, attributes: true, attributeFilter: ["href"] });
      // Links lead to the full app: open them in a new tab instead of the embed's own router.
      root.addEventListener(
        "click",
        (event) => {
          const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.href);
          if (link) {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.stopPropagation();
            event.preventDefault();
            // Only web addresses leave the embed, without telling the host page's address.
            if (link.protocol === "https:" || link.protocol === "http:") window.open(link.href, "_blank", "noopener,noreferrer");
            return;
          }
          // A control of the static view: go live, then press the same control there.
          const control = event.composedPath().find((node) => node instanceof Element && node.matches?.("button, input, select, summary"));
          if (this.#light && control && this.#mount.contains(control)) {
            event.preventDefault();
            event.stopPropagation();
            this.#goLive(pathOf(this.#mount, control));
          }
        },
        true,
      );
    }
    this.#render();
  }

  disconnectedCallback() {
    this.#handle?.destroy();
    this.#handle?.free();
    this.#handle = undefined;
  }

  attributeChangedCallback() {
    if (this.#mount && this.isConnected) this.#render();
  }

  async #render() {
    if (!this.#handle && !this.hasAttribute("bundle") && (await this.#showFragment())) return;
    await this.#renderLive();
  }

  /** Shows the prerendered view of the provision, if the build wrote one; false if not. */
  async #showFragment() {
    const turn = ++this.#renders;
    const quotes = this.getAttribute("quotes") !== "off";
    const html = await loadFragment(fragmentUrl(this.getAttribute("treaty") || "", this.getAttribute("article"), quotes));
    if (turn !== this.#renders || !this.isConnected) return true;
    if (html === null) return false;
    const view = document.createElement("div");
    view.className = "embed-root";
    view.dataset.theme = this.getAttribute("theme") || "auto";
    // The app's own prerendered markup (document text in it is escaped): parsed inert, no script runs.
    view.append(...new DOMParser().parseFromString(html, "text/html").body.childNodes);
    this.#mount.replaceChildren(view);
    this.#light = true;
    return true;
  }

  /** Replaces the static view with the app's, then presses the control at `path` in it. */
  async #goLive(path) {
    await this.#renderLive();
    if (!this.#handle) return;
    // Yew renders on a microtask after the call; wait for it before looking for the control.
    await new Promise((resolve) => setTimeout(resolve));
    nodeAt(this.#mount, path)?.click();
  }

  async #renderLive() {
    const turn = ++this.#renders;
    const own = !this.hasAttribute("bundle");
    const bundleUrl = own ? INDEX : new URL(this.getAttribute("bundle"), document.baseURI).href;
    const treaty = this.getAttribute("treaty") || "";
    try {
      const library = own ? loadOwn(treaty) : loadBundle(bundleUrl).then((json) => ({ json }));
      const [glue, { json, index }] = await Promise.all([loadWasm(), library]);
      if (turn !== this.#renders || !this.isConnected) return;
      const options = new glue.EmbedOptions(
        bundleUrl,
        treaty,
        this.getAttribute("article") || undefined,
        this.getAttribute("quotes") !== "off",
        this.getAttribute("theme") || "auto",
        APP.href,
      );
      if (this.#handle) this.#handle.update(options, json, index);
      else {
        this.#mount.replaceChildren();
        this.#handle = glue.render_embed(this.#mount, options, json, index);
      }
      this.#light = false;
    } catch (error) {
      if (turn !== this.#renders) return;
      this.#handle?.destroy();
      this.#handle = undefined;
      const message = document.createElement("p");
      message.className = "embed-problem";
      message.textContent = typeof error === "string" ? error : error.message || String(error);
      this.#mount.replaceChildren(message);
    }
  }
}

if (!customElements.get("treaty-reader")) customElements.define("treaty-reader", TreatyReaderElement);
