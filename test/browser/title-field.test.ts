/**
 * The document title in the editor: one line of text that wraps, so a long
 * title stays whole at phone width (French titles run a fifth longer than
 * English), and that never takes a line break, since the title is one line
 * in Markdown and on every export's title page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot } from './support/chromium.js';
import { type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const LONG = 'Matrice des menaces hebdomadaire du bureau de terrain de Bunia — semaine 48, secteur Ituri';

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  token = await server.addUser('amina', { name: 'Amina Diallo', grants: { 'tf-long': 'editor', 'tf-safari': 'editor', 'tf-lines': 'editor' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

/** Opens `docId` (its title `title`) in two editors of one page at `width` pixels. */
async function open(docId: string, title: string, width: number, opts: { withoutFieldSizing?: boolean } = {}): Promise<Page> {
  const model = threatMatrixModel(docId, today);
  model.meta.title = title;
  await seedDocument(server.url, docId, token, model);
  const user = { name: 'Amina Diallo', color: '#c2410c' };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  if (opts.withoutFieldSizing) {
    // As in Safari (Obsidian on iOS): no `field-sizing`, so the editor must size the title itself.
    await page.addInitScript(() => {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = ((...args: [string, string?]) => (args[0] === 'field-sizing' ? false : supports(...(args as [string, string])))) as typeof CSS.supports;
      addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: '.poc-doc-title { field-sizing: fixed !important; }' })));
    });
  }
  await page.setViewportSize({ width, height: 844 });
  await page.goto(pages.pageUrl({ serverUrl: server.url, docId, today, editors: [{ token, user }, { token, user }] }));
  await editorsMounted(page);
  return page;
}

describe('the document title', () => {
  for (const [docId, browserKind, withoutFieldSizing] of [['tf-long', 'Chromium', false], ['tf-safari', 'a browser without CSS field-sizing', true]] as const) {
    it(`wraps a long title at phone width and shows all of it, in ${browserKind}`, async () => {
      const page = await open(docId, LONG, 390, { withoutFieldSizing });
      try {
        const title = page.locator('#ed0 .poc-doc-title');
        await expect.poll(() => title.inputValue()).toBe(LONG);
        if (withoutFieldSizing) expect(await title.evaluate((el) => getComputedStyle(el).getPropertyValue('field-sizing'))).toBe('fixed');
        const box = await title.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight, lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)) }));
        expect(box.sw).toBeLessThanOrEqual(box.cw);
        expect(box.sh).toBeLessThanOrEqual(box.ch + 1);
        expect(box.lines).toBeGreaterThan(1);
        await screenshot(page, `title-long-390${withoutFieldSizing ? '-no-field-sizing' : ''}`, '#ed0 .poc-doc-header');
      } finally {
        await page.close();
      }
    });
  }

  it('takes no line break: Enter does nothing and pasted lines become one line, in both editors', async () => {
    const page = await open('tf-lines', 'Plan', 1024);
    try {
      const title = page.locator('#ed0 .poc-doc-title');
      await title.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(' Ituri\nsemaine 48\r\nsecteur nord');
      await expect.poll(() => title.inputValue()).toBe('Plan Ituri semaine 48 secteur nord');
      await expect.poll(() => page.locator('#ed1 .poc-doc-title').inputValue()).toBe('Plan Ituri semaine 48 secteur nord');
    } finally {
      await page.close();
    }
  });
});
