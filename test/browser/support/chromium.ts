/**
 * Real headless Chromium (Debian's /usr/bin/chromium) driven by
 * playwright-core, with a fresh profile per launch and no background
 * network, and a place to keep screenshots for review.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { ROOT } from '../../support/test-server.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Where screenshots go (gitignored; look at them when the editor's look changes). */
export const SCREENSHOTS = join(ROOT, 'test/output/screenshots');

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a throw-away profile; throws a message saying how to install it when it is missing.
 * `locale` sets the browser's language (navigator.languages and the Accept-Language it sends), e.g. "fr-FR".
 */
export async function launchChromium(opts: { locale?: string } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'poc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the page (or of one element) as test/output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
  return path;
}

/** Like `screenshot`, but with the page's scroll boxes unrolled, so a whole document shows in one picture. */
export async function screenshotUnrolled(page: Page, name: string, selector: string): Promise<string> {
  const style = await page.addStyleTag({ content: 'main > div { height: auto !important; } .poc-app-editor, .poc-app-side { overflow: visible !important; } .poc-block { content-visibility: visible !important; }' });
  try {
    return await screenshot(page, name, selector);
  } finally {
    await style.evaluate((el) => (el as Element).remove());
  }
}

/** Resolves once the test page (support/page.ts) has mounted every editor and each has its handle (polled: the page's script may not have run yet). */
export async function editorsMounted(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { sessions?: Array<{ handle?: unknown }> }).sessions?.every((s) => s.handle) === true);
}

/**
 * Copies a screenshot into a documentation folder (e.g. docs/issue-14) when `POC_UPDATE_DOCS` is set, so the README's
 * pictures can be refreshed from a test run while an ordinary run (and CI) leaves the working tree as it was.
 */
export function keepForDocs(path: string, folder: string, name: string): void {
  if (!process.env.POC_UPDATE_DOCS) return;
  const dir = join(ROOT, folder);
  mkdirSync(dir, { recursive: true });
  copyFileSync(path, join(dir, `${name}.png`));
}
