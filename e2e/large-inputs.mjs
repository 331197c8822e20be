// Large inputs for the background-worker and big-input tests and the long-task benchmark
// (scripts/benches/longtasks.mjs): a pasted news source of about `bytes` with many treaty
// statements, and a Markdown treaty of about `bytes`.

const ARTICLE_4 =
  "In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states, the other side shall provide military and other assistance with all means in its possession without delay";

const FILLER =
  "Observers in the region followed the talks closely, and the ministries of both countries issued statements about trade, transport links and cultural exchanges that were planned for the coming year. ";

/** A news source of about `bytes` (UTF-8): paragraphs of commentary, every third one quoting Article 4. */
export function largeSource(bytes = 1024 * 1024) {
  const parts = ["Pact under the microscope\n\n"];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const paragraph =
      i % 3 === 0
        ? `Article 4 of the treaty states: "${ARTICLE_4}." Analysts discussed it in session ${i}.\n\n`
        : `${FILLER.repeat(3)}(Report ${i}.)\n\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join("");
}

/** A Markdown treaty of about `bytes`: numbered articles of a few paragraphs each. */
export function largeTreaty(bytes = 2 * 1024 * 1024) {
  const parts = ["# Treaty of Long Testing\n\n"];
  let size = parts[0].length;
  for (let n = 1; size < bytes; n++) {
    const article = `## Article ${n}\n\nThe Parties shall cooperate in matter ${n} and consult each other without delay. ${FILLER.repeat(2)}\n\nEach Party shall report on matter ${n} once a year. ${FILLER}\n\n`;
    parts.push(article);
    size += article.length;
  }
  return parts.join("");
}

/** `text` on one line: its paragraph breaks become spaces (a page pasted without them). */
export function oneLine(text) {
  return text.replace(/\s*\n+\s*/g, " ").trim();
}

/** A Markdown treaty of `count` short articles, each under its own heading. */
export function headings(count = 10_000) {
  const parts = ["# Treaty of Many Headings\n\n"];
  for (let n = 1; n <= count; n++) {
    parts.push(`## Article ${n}\n\nThe Parties shall cooperate in matter ${n}.\n\n`);
  }
  return parts.join("");
}

/**
 * A bundle (its JSON) of `count` short news sources about the Russia–DPRK treaty, as an import of
 * sources kept on the device: the library every start reads (issue 12: a bundle of 50,000
 * sources used to add seconds to every start).
 */
export function manySources(count = 50_000) {
  const sources = [];
  for (let n = 1; n <= count; n++) {
    sources.push({
      id: `bulk-${n}`,
      outlet: `Outlet ${n % 97}`,
      title: `Wire report ${n} on the partnership treaty`,
      date: "2024-06-20",
      language: "en",
      url: `https://news.example/${n}`,
      about: ["rus-dprk-2024"],
      body: `Wire report ${n}.\n\n${FILLER}`,
    });
  }
  return JSON.stringify({ format: "treaty-reader-bundle", version: 1, documents: [], sources, glossary: [] });
}
