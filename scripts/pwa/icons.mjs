// Renders every app icon from the one source image, static/icon.svg: 192 and 512 px, and a
// maskable 512 px one whose artwork sits inside the safe zone (the inner 80% circle) on a
// full-bleed background, as Android's adaptive icons crop it.
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const MASKABLE_BACKGROUND = "#1f4e8c";
const MASKABLE_SCALE = 0.7;

function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
}

/** The source image scaled into the safe zone of a full-bleed square. */
function maskable(svg) {
  const inner = svg.replace(/<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  const offset = (512 * (1 - MASKABLE_SCALE)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
    <rect width="512" height="512" fill="${MASKABLE_BACKGROUND}"/>
    <g transform="translate(${offset} ${offset}) scale(${MASKABLE_SCALE})">${inner}</g>
  </svg>`;
}

/** Writes icons/icon-192.png, icons/icon-512.png and icons/icon-maskable-512.png into `dir`. */
export async function writeIcons(source, dir) {
  const svg = await readFile(source, "utf8");
  const out = join(dir, "icons");
  await mkdir(out, { recursive: true });
  await writeFile(join(out, "icon-192.png"), render(svg, 192));
  await writeFile(join(out, "icon-512.png"), render(svg, 512));
  await writeFile(join(out, "icon-maskable-512.png"), render(maskable(svg), 512));
}
