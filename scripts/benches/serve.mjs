// What the page benchmarks share: the release build (dist/) served under /reader/ by
// e2e/server.mjs on a port of the benchmark's own, and Debian's Chromium.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

const project = new URL("../../", import.meta.url).pathname;

/** Starts the test server on `port` (the host-page server takes `port + 1`) and waits for it. */
export async function serve(port) {
  const server = spawn("node", ["e2e/server.mjs"], { cwd: project, env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}/reader/`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {}
    if (i > 100) {
      server.kill();
      throw new Error("the test server did not start");
    }
    await sleep(100);
  }
  return { base, host: `http://127.0.0.1:${port + 1}/`, stop: () => server.kill() };
}

/** Headless Chromium as the tests run it. */
export function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
}

export { project };
