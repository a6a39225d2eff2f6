import "server-only";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * A page of this app as PDF, printed by headless Chromium (playwright-core drives the system's
 * Chromium, CHROMIUM_PATH). The page is loaded from this same server over loopback with the
 * signed-in researcher's session cookie, so it is rendered exactly as they may see it: the page
 * checks the session itself, as for any request. Requests to any other origin are blocked.
 *
 * One print at a time per app instance: a Chromium takes a few hundred MB and a core while it
 * lays out a long report; further requests wait their turn.
 */
export class PdfUnavailableError extends Error {
  constructor() {
    super("De PDF kan nu niet worden gemaakt: Chromium is niet beschikbaar op deze server. Vraag de beheerder om Chromium te installeren (zie README, Deploy), of druk de pagina af vanuit de browser.");
  }
}
export class PdfRenderError extends Error {}

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
/** A4 at 96 dpi less the margins below: the width the page is laid out (and its charts drawn) at. */
const PRINT_WIDTH = 703;
const MARGIN = { top: "14mm", bottom: "16mm", left: "12mm", right: "12mm" };
const TIMEOUT_MS = 90_000;

/** Done when nothing is loading and every chart has been drawn (charts draw once their width is known). */
const isReady = () =>
  document.readyState === "complete" &&
  document.querySelector('[aria-busy="true"]') === null &&
  [...document.querySelectorAll("div.chart, [data-testid='per-day-chart']")].every((c) => c.querySelector("svg") !== null);

const FOOTER = `<div style="font-size:8px;color:#555;width:100%;padding:0 12mm;display:flex;justify-content:space-between;font-family:sans-serif">
  <span class="title"></span><span>pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`;

/**
 * Only the session cookie goes along (next-auth may split a large one into .0, .1, …), and the
 * admin interface's language (admin_lang), so the PDF is in the language the researcher reads.
 */
export function sessionCookie(cookieHeader: string | null): string {
  return (cookieHeader ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?=/.test(c) || /^admin_lang=(nl|en)$/.test(c))
    .join("; ");
}

let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => {});
  return run;
}

async function launch(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) throw new PdfUnavailableError();
  try {
    return await chromium.launch({ executablePath, args: ARGS, timeout: 30_000 });
  } catch (error) {
    console.error(`Chromium did not start (${executablePath}): ${(error as Error).message.split("\n")[0]}`);
    throw new PdfUnavailableError();
  }
}

export type TPdfRequest = { url: string; cookie: string; executablePath: string };

/** The PDF of `url` (a page of this server) as the holder of `cookie` sees it. */
export function renderPdf({ url, cookie, executablePath }: TPdfRequest): Promise<Buffer> {
  return oneAtATime(async () => {
    const browser = await launch(executablePath);
    try {
      const origin = new URL(url).origin;
      const context = await browser.newContext({
        viewport: { width: PRINT_WIDTH, height: 1000 }, locale: "nl-NL", timezoneId: "Europe/Amsterdam",
        extraHTTPHeaders: cookie ? { cookie } : {},
      });
      await context.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.emulateMedia({ media: "print" });
      const response = await page.goto(url, { waitUntil: "load", timeout: TIMEOUT_MS });
      if (!response || response.status() >= 400 || new URL(page.url()).pathname === "/login") {
        throw new PdfRenderError(`The page answered ${response?.status() ?? "nothing"} at ${new URL(page.url()).pathname}`);
      }
      await page.waitForFunction(isReady, null, { timeout: TIMEOUT_MS, polling: 200 });
      return await page.pdf({ format: "A4", printBackground: true, margin: MARGIN, displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: FOOTER });
    } finally {
      await browser.close().catch(() => {});
    }
  });
}
