/**
 * Printing an export's page to PDF with Chromium, driven by the kept
 * `playwright-core` (Debian's `chromium` on the server). Chromium, rather
 * than a pure-JS PDF library, because the PDF is then the reading view the
 * web workspace shows, laid out by the same engine with the same
 * stylesheet, with real text (searchable, copyable, read by `pdftotext`),
 * tables that break across pages with their heads repeated, and landscape
 * pages for wide tables; a pure-JS renderer would be a second layout of the
 * document to keep in step with the first.
 *
 * One browser per printer, started on the first print and closed after a
 * minute unused; prints run one at a time (each takes the CPU while it
 * lays out), each in a tab of its own that is closed after. The page runs with JavaScript off and every request refused:
 * it is a document, and what people typed in it must not be able to act.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import type { PaperSize } from '../../shared/api/exports.js';

/** Where Chromium is looked for when no path is given: Debian's, then other common places. */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** How long an unused browser is kept before it is closed. */
const IDLE_MS = 60_000;

/**
 * Pages up to this size (characters of HTML: every document of the demo, a strategy of 60 pages) are printed as a
 * tagged PDF with an outline, which screen readers and the bookmarks pane read. Past it they are not: on a
 * 500-row threat matrix (1.6 MB of HTML, 950 pages) the tags doubled the time and quadrupled the size.
 */
export const TAGGED_UP_TO_CHARS = 800_000;

/** The longest a print may take before it is abandoned. */
const PRINT_TIMEOUT_MS = 120_000;

/** Said when no Chromium can be found: what to install, or where to point. */
export class ChromiumMissingError extends Error {
  constructor(readonly tried: readonly string[]) {
    super(
      `PDF export needs Chromium, which was not found on this machine (looked at ${tried.join(', ')}). Install it (Debian or Ubuntu: apt-get install chromium) or give its path with --chromium or POC_CHROMIUM. Word export works without it.`,
    );
    this.name = 'ChromiumMissingError';
  }
}

/** The Chromium to print with: `explicit`, else POC_CHROMIUM, else the first of `CHROMIUM_PATHS` present; throws `ChromiumMissingError` when none is. */
export function findChromium(explicit?: string): string {
  const given = explicit ?? process.env.POC_CHROMIUM;
  const candidates = given ? [given] : CHROMIUM_PATHS;
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new ChromiumMissingError(candidates);
  return found;
}

/** Said when as many prints as the printer queues are already waiting: the print is refused rather than queued without end. */
export class PrinterBusyError extends Error {
  constructor(readonly waiting: number) {
    super(`The server is already printing ${waiting} PDF exports, so this one was not started.`);
    this.name = 'PrinterBusyError';
  }
}

/** Said when a print takes longer than the printer allows: it is abandoned and its browser closed, so the prints after it go on. */
export class PrintTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`Printing the PDF took longer than ${Math.round(ms / 1000)} s, so it was abandoned.`);
    this.name = 'PrintTimeoutError';
  }
}

/** At most this many prints wait or print at once (each holds its page in memory and may take up to the print timeout). */
export const PRINTS_QUEUED_AT_MOST = 8;

/** What a print is asked for. */
export interface PrintOptions {
  paper: PaperSize;
}

/** Prints export pages to PDF, one at a time, with one Chromium kept warm between prints. */
export class PdfPrinter {
  /** The browser and the one context every print opens a tab in (JavaScript off, offline, every request refused). */
  private session?: Promise<{ browser: Browser; context: BrowserContext }>;
  private queue: Promise<unknown> = Promise.resolve();
  /** Prints waiting or printing now. */
  private pending = 0;
  private idle?: NodeJS.Timeout;
  private closed = false;

  /** `executablePath`: the Chromium to use (default: `findChromium()`, checked at the first print); `maxQueued`: prints that may wait or print at once. */
  constructor(
    private readonly executablePath?: string,
    private readonly maxQueued = PRINTS_QUEUED_AT_MOST,
    /** The longest one print may take once the browser is up (Playwright's `page.pdf` has no timeout of its own). */
    public timeoutMs = PRINT_TIMEOUT_MS,
  ) {}

  /** The PDF of `page` (complete HTML from html.ts), as bytes; rejects with `PrinterBusyError` when `maxQueued` prints are already queued. */
  print(page: string, opts: PrintOptions): Promise<Uint8Array> {
    if (this.pending >= this.maxQueued) return Promise.reject(new PrinterBusyError(this.pending));
    this.pending++;
    const job = this.queue.then(() => this.printNow(page, opts)).finally(() => this.pending--);
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Closes the browser; prints after this fail. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.idle) clearTimeout(this.idle);
    await this.closeBrowser();
  }

  private launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    if (this.closed) return Promise.reject(new Error('The PDF printer is closed.'));
    if (!this.session) {
      const executablePath = findChromium(this.executablePath);
      // Loaded on the first print: a server that never prints never loads it.
      this.session = import('playwright-core').then(async ({ chromium }) => {
        const browser = await chromium.launch({
          executablePath,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
        });
        // One context for every print (a context costs about half a second): pages share nothing, as none runs script or keeps anything.
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        await context.route('**/*', (route) => route.abort());
        return { browser, context };
      });
      // A browser that failed to start is not kept: the next print tries again.
      this.session.catch(() => (this.session = undefined));
    }
    return this.session;
  }

  /**
   * One print, abandoned after `timeoutMs`: `page.pdf` waits without limit, and a print that never ends would hold
   * every later one in the queue. On a timeout the browser is closed (ending the print); the next print starts another.
   */
  private async printNow(page: string, opts: PrintOptions): Promise<Uint8Array> {
    if (this.idle) clearTimeout(this.idle);
    const { context } = await this.launch();
    const ms = this.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintTimeoutError(ms)), ms);
    });
    const printing = this.printInTab(context, page, opts, ms);
    try {
      return await Promise.race([printing, expired]);
    } catch (e) {
      if (e instanceof PrintTimeoutError) {
        await this.closeBrowser();
        // Closing the browser ends the abandoned print; its tab's clean-up must not leave an idle timer to close the next one's browser.
        await printing.catch(() => undefined);
        if (this.idle) clearTimeout(this.idle);
      }
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  private async printInTab(context: BrowserContext, page: string, opts: PrintOptions, ms: number): Promise<Uint8Array> {
    const tab = await context.newPage();
    try {
      tab.setDefaultTimeout(ms);
      // Laid out for print from the start, so the screen layout of a long document is not computed for nothing.
      await tab.emulateMedia({ media: 'print' });
      await tab.setContent(page, { waitUntil: 'load' });
      // The page's own CSS gives the paper, the margins and the marking with the page numbers (html.ts).
      const pdf = await tab.pdf({
        format: opts.paper === 'letter' ? 'Letter' : 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        ...(page.length <= TAGGED_UP_TO_CHARS ? { outline: true, tagged: true } : {}),
      });
      return new Uint8Array(pdf);
    } finally {
      await tab.close().catch(() => undefined);
      if (!this.closed) {
        this.idle = setTimeout(() => void this.closeBrowser(), IDLE_MS);
        this.idle.unref();
      }
    }
  }

  private async closeBrowser(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    if (session) await (await session.catch(() => undefined))?.browser.close();
  }
}
