/**
 * The strategy's tiers × phases table, in real headless Chromium against
 * the real server: the objectives section of the demo strategy shows its
 * objectives counted by tier and phase, empty cells marked, and a count
 * names its objectives and goes to the first. A screenshot goes to
 * test/output/screenshots/ (and to docs/issue-15 with POC_UPDATE_DOCS=1).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDemoVault } from '../../scripts/demo/render.js';
import { TemplateSet } from '../../shared/template/set.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, keepForDocs, launchChromium, screenshot } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const DOC = 'tp-strategy';
const ED = '#ed0';

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let token: string;
let page: Page;

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  token = await server.addUser('amina', { name: 'Amina Diallo', grants: { [DOC]: 'editor' } });
  browser = await launchChromium();
  const strategy = renderDemoVault(TemplateSet.builtin()).find((f) => f.model.meta.type === 'strategy')!.model;
  await seedDocument(server.url, DOC, token, { ...strategy, meta: { ...strategy.meta, id: DOC } });
  const config: PageConfig = { serverUrl: server.url, docId: DOC, today, editors: [{ token, user: { name: 'Amina Diallo', color: '#c2410c' } }] };
  page = await browser.context.newPage();
  // The machine may be busy: loading is given time, and no assertion depends on how long anything took.
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(pages.pageUrl(config));
  await editorsMounted(page);
}, 180_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

const table = () => page.locator(`${ED} section[data-sid="A.2.2"] .poc-tp-table`);
/** The text of each body cell, row by row (tiers I–III by prevention, pre-emption, response, consolidation). */
const counts = () => table().locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent)));

describe('the tiers × phases table of the strategy', { timeout: 120_000 }, () => {
  it("counts the demo's objectives by tier and phase, a dash in each empty cell", async () => {
    await table().waitFor();
    expect(await table().locator('thead th').allTextContents()).toEqual(['Tier \\ phase', 'Prevention', 'Pre-emption', 'Response', 'Consolidation']);
    expect(await counts()).toEqual([
      ['2', '–', '–', '–'],
      ['–', '1', '1', '–'],
      ['–', '–', '–', '2'],
    ]);
    expect(await table().locator('td.is-empty').count()).toBe(8);
    await table().scrollIntoViewIfNeeded();
    keepForDocs(await screenshot(page, 'strategy-tiers-phases', `${ED} section[data-sid="A.2.2"] .poc-tier-phase`), 'docs/issue-15', 'strategy-tiers-phases');
  });

  it('names the objectives of a cell for screen readers and jumps to the first when its count is chosen', async () => {
    const cell = table().locator('td[data-tier="tier-3"][data-phase="consolidation"] button');
    expect(await cell.getAttribute('aria-label')).toMatch(/Tier III.*Consolidation: 2 objectives \(OBJ-5, OBJ-6\)/);
    await cell.click();
    // jumpTo focuses the first field of the row it goes to.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.poc-block')?.getAttribute('data-bid'))).toBe('OBJ-5');
  });

  it('on a 390 px phone the table scrolls within itself and the page does not grow wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await table().scrollIntoViewIfNeeded();
      const host = page.locator(`${ED} section[data-sid="A.2.2"] .poc-tier-phase`);
      expect(await host.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, 'strategy-tiers-phases-390');
      // Scrolled to its end, the table shows its last phase whole inside its box (not cut off by the editor's pane).
      const last = await host.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        const th = Array.from(el.querySelectorAll('thead th')).at(-1)!;
        return { box: el.getBoundingClientRect().right, th: th.getBoundingClientRect().right, text: th.textContent };
      });
      expect(last.text).toBe('Consolidation');
      expect(last.th).toBeLessThanOrEqual(last.box + 1);
      await screenshot(page, 'strategy-tiers-phases-390-scrolled');
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });
});
