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
// be on any origin (the app's server must send CORS headers). The wasm loads once per page;
// each bundle is fetched once.
const APP = new URL("./", import.meta.url);
const GLUE = new URL("__GLUE__", APP);
const WASM = new URL("__WASM__", APP);
const STYLES = ["__READER_CSS__", "embed.css?v=__VERSION__"].map((f) => new URL(f, APP).href);
const LIBRARY = new URL("bundles/library.json", APP).href;

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

class TreatyReaderElement extends HTMLElement {
  static observedAttributes = ["treaty", "article", "quotes", "theme", "bundle"];

  #mount;
  #handle;
  #renders = 0;

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
          if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.stopPropagation();
          event.preventDefault();
          window.open(link.href, "_blank", "noopener");
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
    const turn = ++this.#renders;
    const bundleUrl = new URL(this.getAttribute("bundle") || LIBRARY, document.baseURI).href;
    try {
      const [glue, json] = await Promise.all([loadWasm(), loadBundle(bundleUrl)]);
      if (turn !== this.#renders || !this.isConnected) return;
      const options = new glue.EmbedOptions(
        bundleUrl,
        this.getAttribute("treaty") || "",
        this.getAttribute("article") || undefined,
        this.getAttribute("quotes") !== "off",
        this.getAttribute("theme") || "auto",
        APP.href,
      );
      if (this.#handle) this.#handle.update(options, json);
      else this.#handle = glue.render_embed(this.#mount, options, json);
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
