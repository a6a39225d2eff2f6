/**
 * `npm run bench:first-screen`: how long a new respondent on a slow phone waits before the
 * welcome text can be read. Chromium (playwright-core) opens the survey link with a 390 px
 * phone viewport, on an emulated slow 4G network (400 ms round trip, 400 kbit/s down and up) and
 * a CPU four times slower (Chrome DevTools Protocol: Network.emulateNetworkConditions,
 * Emulation.setCPUThrottlingRate). Every run is a fresh browser context: empty cache, no stored
 * progress. Prints per run and as medians:
 *
 * - readable: the welcome text is in the page and laid out (an observer injected before the
 *   document loads notes the first frame in which it is visible);
 * - interactive: the questionnaire's own form has taken over (form[data-page]);
 * - the bytes of JavaScript and HTML that went over the wire.
 *
 * Starts the production server (`npm start`: builds when needed) on an embedded PostgreSQL in a
 * temporary folder, or measures BENCH_URL (a running server's survey link) when set.
 * Options (env): BENCH_RUNS (5), BENCH_PORT (a free one), BENCH_SLUG (internationale-competenties), BENCH_TEXT (the start of
 * the welcome text), CHROMIUM_PATH.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { freePort, startEmbeddedPostgres } from "../lib/db/embedded";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SLUG = process.env.BENCH_SLUG ?? "internationale-competenties";
const TEXT = process.env.BENCH_TEXT ?? "Met dit onderzoek brengen we in kaart";
/** Slow 4G as in Lighthouse's mobile profile: latency in ms, throughput in bytes per second. */
const NETWORK = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const CPU_SLOWDOWN = 4;

type TRun = { readable: number; interactive: number; fcp: number; jsBytes: number; htmlBytes: number; jsFiles: number };

/**
 * Runs in the page before any of its own scripts: notes the frame in which the text is first laid
 * out. A string, not a function: the TypeScript loader would wrap a function in helpers that the
 * page does not have.
 */
const observer = (text: string) => `(() => {
  const text = ${JSON.stringify(text)};
  const observer = new MutationObserver(() => {
    if (window.__readableAt !== undefined || !document.body) return;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.includes(text)) continue;
      const el = n.parentElement;
      if (el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden") {
        observer.disconnect();
        requestAnimationFrame(() => { window.__readableAt ??= performance.now(); });
      }
      return;
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function measure(browser: Browser, url: string): Promise<TRun> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript({ content: observer(TEXT) });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => (window as unknown as { __readableAt?: number }).__readableAt !== undefined, undefined, { timeout: 60_000, polling: 50 });
  await page.waitForSelector("form[data-page]", { timeout: 60_000 });
  const interactiveAt = await page.evaluate(() => performance.now());
  await page.waitForLoadState("networkidle", { timeout: 60_000 }).catch(() => {});
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) => r.initiatorType === "script" || r.name.endsWith(".js"));
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
    return {
      readable: (window as unknown as { __readableAt: number }).__readableAt,
      fcp,
      jsBytes: scripts.reduce((s, r) => s + r.transferSize, 0),
      jsFiles: scripts.length,
      htmlBytes: nav.transferSize,
    };
  });
  await context.close();
  return { ...m, interactive: interactiveAt };
}

function waitFor(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => pattern.test(d.toString()) && resolve());
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-first-"));
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let app: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    let url = process.env.BENCH_URL;
    if (!url) {
      embedded = await startEmbeddedPostgres({ dir: path.join(tmp, "db"), isPersistent: false });
      const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
      app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        env: { ...process.env, DATABASE_URL: embedded.url, PORT: String(port), DATA_DIR: tmp },
        stdio: ["ignore", "pipe", "inherit"],
      });
      await waitFor(app, /Ready in|started server/);
      url = `http://127.0.0.1:${port}/s/${SLUG}`;
    }
    const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-quic"] });
    console.log(`bench:first-screen: ${url}, slow 4G (400 ms RTT, 400 kbit/s), CPU ${CPU_SLOWDOWN}× slower, ${RUNS} runs\n`);
    // One unthrottled visit first: the server's own first-request costs do not count.
    await (await browser.newPage()).goto(url);
    const runs: TRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await measure(browser, url);
      runs.push(r);
      console.log(`run ${i + 1}: welcome readable ${s(r.readable)} (first contentful paint ${s(r.fcp)}), form interactive ${s(r.interactive)}, JS ${kb(r.jsBytes)} in ${r.jsFiles} files, HTML ${kb(r.htmlBytes)} over the wire`);
    }
    const readable = median(runs.map((r) => r.readable));
    console.log(`\nmedian: welcome readable ${s(readable)}, first contentful paint ${s(median(runs.map((r) => r.fcp)))}, form interactive ${s(median(runs.map((r) => r.interactive)))}`);
    console.log(`JS over the wire ${kb(median(runs.map((r) => r.jsBytes)))}, HTML ${kb(median(runs.map((r) => r.htmlBytes)))}`);
    console.log(`target: welcome readable < 1.5 s: ${readable < 1500 ? "met" : "NOT met"}`);
  } finally {
    await browser?.close();
    app?.kill("SIGTERM");
    if (app) await new Promise((r) => app!.once("exit", r));
    await embedded?.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
