// The hostile corpus: what an attacker (or a careless copy and paste) puts into the documents a
// reader imports, as text each format carries. Every payload that could run calls
// `__canary(name)` (e2e/hostile.spec.mjs defines it and fails on any call); the rest try to
// restyle, reorder or hide what the reader sees, or to exhaust the page (one huge line, deep
// nesting, thousands of headings). The documents are built here from one list, so a payload
// added once reaches every format and every path into the app.

/** Markup and addresses that would run script if any of them reached the page as HTML or a link. */
export const PAYLOADS = [
  `<script>__canary("script")</script>`,
  `<img src=x onerror=__canary("img")>`,
  `<svg/onload=__canary("svg")>`,
  `<svg><script>__canary("svg-script")</script></svg>`,
  `<iframe src="javascript:__canary('iframe')"></iframe>`,
  `<iframe srcdoc="&lt;script&gt;parent.__canary('srcdoc')&lt;/script&gt;"></iframe>`,
  `<a href="javascript:__canary('link')">a link</a>`,
  `"'><img src=x onerror=__canary("attribute")>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__canary("mxss")>`,
  `<noscript><p title="</noscript><img src=x onerror=__canary('noscript')>">`,
  `<object data="javascript:__canary('object')"></object><embed src="javascript:__canary('embed')">`,
  `<style>*{display:none!important}</style><div style="position:fixed;inset:0;background:red">covered</div>`,
  `{{constructor.constructor('__canary("template")')()}} \${__canary("literal")}`,
];

/** Addresses that must never become links. */
export const BAD_URLS = [`javascript:__canary("url")`, `data:text/html,<script>__canary("data")</script>`, `vbscript:msgbox(1)`];

/** Text that tries to deceive rather than run: bidi overrides, zero-width characters. */
export const DECEPTIONS = [
  "Article \u202E4 elcitrA\u202C says the \u2066opposite\u2069",
  "Art\u200Bicle\u200C 4\u200D and \uFEFFArticle 5",
];

const all = [...PAYLOADS, ...DECEPTIONS].join(" ");

/** A news text that quotes Article 4 of the 2024 treaty among the payloads (paste and .txt). */
export function newsText(title = "Hostile wire") {
  return [
    `${title} ${PAYLOADS[0]}`,
    `Article 4 of the treaty states: "the other side shall provide military and other assistance with all means in its possession without delay". ${all}`,
    ...PAYLOADS.map((p, i) => `Paragraph ${i + 1}: ${p}`),
    ...DECEPTIONS,
  ].join("\n");
}

/** A news source file in the corpus text format, its address a javascript: URL. */
export function newsFile(title = "Hostile file") {
  return `# outlet: ${PAYLOADS[1]}
# title: ${title} ${PAYLOADS[0]}
# date: 2024-06-20
# language: en
# url: javascript://%0A__canary("source-file-url")

${newsText(title)}
`;
}

/** A saved news page: the payloads as real markup, and bad addresses as its canonical link. */
export function newsPage() {
  return `<!DOCTYPE html><html><head><title>Hostile page</title>
<link rel="canonical" href="${BAD_URLS[0]}"><meta property="og:url" content="${BAD_URLS[1]}">
<meta property="og:site_name" content="<img src=x onerror=__canary('site')>">
<script>__canary("page-script")</script><style>body{display:none}</style></head>
<body onload="__canary('body')"><article><h1>Hostile page ${PAYLOADS[1]}</h1>
<p>Article 4 of the treaty states: "the other side shall provide military and other assistance with all means in its possession without delay".</p>
${PAYLOADS.map((p) => `<p>${p}</p>`).join("\n")}
<p>${DECEPTIONS.join("</p><p>")}</p>
<p><a href="${BAD_URLS[0]}">javascript link</a> <a href="${BAD_URLS[1]}">data link</a></p>
</article></body></html>`;
}

/** A treaty in the corpus text format, its witness address a javascript: URL. */
export function treatyText(name) {
  return `# title: ${name} ${PAYLOADS[1]}
# source: ${PAYLOADS[0]}
# source-url: javascript://%0A__canary("source-url")
# language: en
# status: official text ${PAYLOADS[2]}
# completeness: complete

Article 1

${all}

Article 2

${PAYLOADS.join("\n\n")}
`;
}

/** A treaty in Markdown, with raw HTML and links of every bad kind. */
export function treatyMarkdown(name) {
  return `# ${name} ${PAYLOADS[0]}

## Article 1

${all} [click](${BAD_URLS[0]}) ![image](x" onerror="__canary('md-image')) <${BAD_URLS[1]}>

## Article 2 ${PAYLOADS[1]}

${PAYLOADS.join("\n\n")}
`;
}

/** A treaty as an HTML page. */
export function treatyHtml(name) {
  return `<!DOCTYPE html><html><head><title>${name}</title><script>__canary("treaty-page")</script></head>
<body><h1>${name} ${PAYLOADS[1]}</h1><h2>Article 1</h2><p>${all}</p>
<h2>Article 2 <img src=x onerror=__canary("heading")></h2>${PAYLOADS.map((p) => `<p>${p}</p>`).join("")}
<p><a href="${BAD_URLS[0]}">link</a></p></body></html>`;
}

const escapeXml = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A treaty in Akoma Ntoso, with an entity declaration (never expanded) and escaped payloads. */
export function treatyAkomaNtoso(name) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE akomaNtoso [<!ENTITY lol "lollollollollollollollollollol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="hostile">
<meta><identification source="#x"><FRBRWork><FRBRthis value="${escapeXml(BAD_URLS[0])}"/></FRBRWork></identification></meta>
<preface><p><docTitle>${escapeXml(name)} ${escapeXml(PAYLOADS[0])} &lol2;</docTitle></p></preface>
<body>
<article eId="art_1"><num>Article 1</num><heading>${escapeXml(PAYLOADS[1])}</heading><content><p>${escapeXml(all)}</p></content></article>
<article eId="art_2"><num>Article 2</num><content>${PAYLOADS.map((p) => `<p>${escapeXml(p)}</p>`).join("")}<p><a href="${escapeXml(BAD_URLS[0])}">link</a></p></content></article>
</body></act></akomaNtoso>`;
}

/** A whole bundle whose every text and address is hostile. */
export function bundle(id) {
  const witness = { kind: "official", publisher: `Ministry ${PAYLOADS[1]}`, url: BAD_URLS[0], date: "2024-01-01", note: PAYLOADS[0] };
  return {
    format: "treaty-reader-bundle",
    version: 1,
    documents: [
      {
        id,
        title: `Hostile bundle ${PAYLOADS[0]}`,
        short_title: `Hostile ${PAYLOADS[1]}`,
        aliases: [PAYLOADS[2]],
        self_references: ["this Treaty"],
        parties: [PAYLOADS[3], DECEPTIONS[0]],
        signed: { date: "2024-01-01", place: PAYLOADS[4] },
        in_force: null,
        authentic_languages: ["en"],
        notes: PAYLOADS,
        completeness: "complete",
        preamble: null,
        chapters: [],
        articles: [
          {
            number: "1",
            heading: PAYLOADS[5],
            texts: [{ language: "en", witness, completeness: "complete", paragraphs: PAYLOADS.map((text) => ({ number: null, text })) }],
            reports: [],
          },
        ],
        unplaced: [],
      },
    ],
    sources: [
      {
        id: `${id}-source`,
        outlet: `Outlet ${PAYLOADS[1]}`,
        title: `Source ${PAYLOADS[0]}`,
        date: "2024-01-02",
        date_note: PAYLOADS[6],
        language: "en",
        url: BAD_URLS[1],
        about: [id],
        body: newsText(),
      },
    ],
    glossary: [{ id: `${id}-term`, term: "Hostile", forms: ["Hostile"], definition: PAYLOADS[1], documents: [id] }],
  };
}

// Inputs that try to exhaust the page rather than run in it.

/** One line of about `bytes` bytes: no line breaks for the reader to split on. */
export function oneLine(bytes = 1024 * 1024) {
  const sentence = `Article 4 of the treaty states: "the other side shall provide military and other assistance with all means in its possession without delay". `;
  return `One line wire\n${sentence.repeat(Math.ceil(bytes / sentence.length))}`;
}

/** An HTML page nested `depth` elements deep. */
export function deepHtml(depth = 50_000) {
  return `<!DOCTYPE html><html><head><title>Deep page</title></head><body>${"<div>".repeat(depth)}Article 4 says "without delay".${"</div>".repeat(depth)}</body></html>`;
}

/** Akoma Ntoso nested `depth` elements deep. */
export function deepAkomaNtoso(depth = 50_000) {
  return `<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body><article eId="art_1"><num>Article 1</num><content>${"<p>".repeat(depth)}deep${"</p>".repeat(depth)}</content></article></body></act></akomaNtoso>`;
}

/** JSON nested `depth` arrays deep, as a bundle file. */
export function deepJson(depth = 50_000) {
  return `{"format":"treaty-reader-bundle","version":1,"documents":${"[".repeat(depth)}${"]".repeat(depth)}}`;
}

/** A Markdown treaty of `count` articles, each a heading with one short paragraph. */
export function manyHeadings(name, count = 10_000) {
  const articles = Array.from({ length: count }, (_, i) => `## Article ${i + 1}\n\nThe Parties shall meet ${i + 1} times.\n`);
  return `# ${name}\n\n${articles.join("\n")}`;
}
