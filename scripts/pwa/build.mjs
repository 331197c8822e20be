// trunk post_build hook (see Trunk.toml): icons, the web component's embed.js, then the service
// worker over the finished staging directory. Also runs on its own: `node scripts/pwa/build.mjs DIR`.
import { writeIcons } from "./icons.mjs";
import { writeEmbed } from "./embed.mjs";
import { writeServiceWorker } from "./precache.mjs";

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("pwa: no directory (give one, or run as a trunk post_build hook)");
  process.exit(1);
}
const root = new URL("../../", import.meta.url).pathname;
try {
  await writeIcons(`${root}static/icon.svg`, dir);
  await writeEmbed(`${root}static/embed.js`, dir);
  const { version, files, lazy } = await writeServiceWorker(`${root}static/sw.js`, dir);
  console.error(`pwa: service worker ${version} caches ${files} files (${lazy} when first used)`);
} catch (error) {
  console.error(`pwa: ${error.message}`);
  process.exit(1);
}
