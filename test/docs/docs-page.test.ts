// End-to-end check of the rendered docs page in a real browser, offline:
// every event is on screen, the inline bundle runs without errors, it hydrates
// the server markup (a click changes the DOM), and nothing is fetched.
import { describe, it, expect } from "vitest";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { renderDocs } from "../../scripts/docs/index.ts";
import { PROTOCOL_V1_EVENTS } from "../support/protocol-v1-events.ts";

/** The browser: CHAT_CONTRACT_CHROMIUM when set (another path, another Chromium build), else Debian's. */
const CHROMIUM = process.env["CHAT_CONTRACT_CHROMIUM"] || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const EVENTS = PROTOCOL_V1_EVENTS;

interface PageLog {
  pageErrors: string[];
  consoleErrors: string[];
  /** Every request whose URL is not file: or data: (inline images). */
  offlineViolations: string[];
}

/** CI installs Debian's chromium; a missing browser is a broken setup, not a skip. */
function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: the docs page test needs Chromium. Run: apt-get install -y chromium, or set CHAT_CONTRACT_CHROMIUM to a Chromium executable`,
    );
  }
}

/** Listeners go on before navigation so nothing the page does is missed. */
async function openRecorded(browser: Browser, url: string): Promise<{ page: Page; log: PageLog }> {
  const log: PageLog = { pageErrors: [], consoleErrors: [], offlineViolations: [] };
  const page = await browser.newPage();
  page.on("pageerror", (error) => log.pageErrors.push(error.message));
  page.on("console", (msg) => {
    if (msg.type() === "error") log.consoleErrors.push(msg.text());
  });
  // Abort rather than just record, so a stray fetch cannot hang the test.
  await page.route("**/*", (route) => {
    const requested = route.request().url();
    if (/^(file|data):/.test(requested)) return route.continue();
    log.offlineViolations.push(requested);
    return route.abort();
  });
  page.on("request", (request) => {
    const requested = request.url();
    if (!/^(file|data):/.test(requested) && !log.offlineViolations.includes(requested)) {
      log.offlineViolations.push(requested);
    }
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, log };
}

describe("rendered docs page in chromium", () => {
  it("shows all 15 events, hydrates so 'Expand all' works, and runs offline without errors", async () => {
    requireChromium();
    const dir = await mkdtemp(join(tmpdir(), "docs-page-"));
    let browser: Browser | undefined;
    try {
      const { outFile } = await renderDocs({
        specPath: "asyncapi.yaml",
        outFile: join(dir, "docs", "index.html"),
      });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const { page, log } = await openRecorded(browser, pathToFileURL(outFile).href);

      // The inline bundle defined its global and the hydrate call after it ran.
      await page.waitForFunction(() => "AsyncApiStandalone" in window);

      // An element whose whole text is the event name and that is rendered
      // (the "Message ID" badge); innerText would glue "Message ID" onto it.
      const missing: string[] = [];
      for (const name of EVENTS) {
        const shown = page.getByText(name, { exact: true }).filter({ visible: true });
        if ((await shown.count()) === 0) missing.push(name);
      }
      expect(missing, "events not shown as visible text").toEqual([]);

      // Server markup has the button but no handler; only the hydrated React
      // tree flips it to "Collapse all". React hydrates the root synchronously
      // on a discrete event, so clicking right after the hydrate call is safe.
      const expandAll = page.getByRole("button", { name: "Expand all" }).first();
      const expandedBefore = await page.getByRole("button", { name: "Collapse all" }).count();
      await expandAll.click();
      await page
        .getByRole("button", { name: "Collapse all" })
        .first()
        .waitFor({ state: "visible" });
      expect(await page.getByRole("button", { name: "Collapse all" }).count()).toBeGreaterThan(
        expandedBefore,
      );

      expect(log.pageErrors, "uncaught errors in the page").toEqual([]);
      // A hydration mismatch is reported by React via console.error, not as a page error.
      expect(log.consoleErrors, "console errors (e.g. hydration mismatch)").toEqual([]);
      expect(log.offlineViolations, "requests to non-file URLs").toEqual([]);
    } finally {
      await browser?.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
