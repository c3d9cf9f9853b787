/**
 * The editor's layout at a desk (1400 px), on a tablet (900 px) and on a
 * phone (390 px), in real headless Chromium against the real server: the
 * threat matrix and the action plan are photographed at each width (and
 * once in the dark theme) into test/output/screenshots/layout-*.png, and
 * the phone-width facts a person relies on are checked: the editor keeps
 * room to read, the side panel (problems, sign-off) can still be reached,
 * rating buttons are big enough to tap, and the page never scrolls sideways.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel } from '../support/build-model.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const WIDTHS = [1400, 900, 390] as const;
const DOCS = ['layout-tm', 'layout-ap'];
const ED = '#ed0';

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  token = await server.addUser('amina', { name: 'Amina Diallo', offices: ['head-of-office'], grants: Object.fromEntries(DOCS.map((d) => [d, 'editor' as const])) });
  browser = await launchChromium();
  await seedDocument(server.url, 'layout-tm', token, threatMatrixModel('layout-tm', today));
  await seedDocument(server.url, 'layout-ap', token, actionPlan('layout-ap'));
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

/** A fully filled action plan under another id. */
function actionPlan(docId: string): DocModel {
  const model = filledModel(TemplateSet.builtin().get('action-plan'), today).build();
  return JSON.parse(JSON.stringify(model).replaceAll(`"${model.meta.id}"`, JSON.stringify(docId))) as DocModel;
}

/** Opens one person's editor on a document at a viewport width; resolves once it has loaded. */
async function open(docId: string, width: number, opts: { dark?: boolean } = {}): Promise<Page> {
  const config: PageConfig = { serverUrl: server.url, docId, today, editors: [{ token, user: { name: 'Amina Diallo', color: '#c2410c' }, offices: ['head-of-office'] }] };
  const page = await browser.context.newPage();
  // The machine may be busy: loading is given time, and no assertion depends on how long anything took.
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(pages.pageUrl(config, opts));
  await editorsMounted(page);
  await page.locator(`${ED} .poc-block`).first().waitFor();
  return page;
}

/** The phone-width page the checks that only read it share (the panel test, which opens the drawer, has its own). */
let phonePage: Promise<Page> | undefined;
const phone = () => (phonePage ??= open('layout-tm', 390));
afterAll(async () => {
  await (await phonePage)?.close();
});

describe('the editor at desk, tablet and phone widths', { timeout: 120_000 }, () => {
  for (const [doc, name] of [
    ['layout-tm', 'threat-matrix'],
    ['layout-ap', 'action-plan'],
  ] as const) {
    it(`the ${name} is photographed at ${WIDTHS.join(', ')} px and once in the dark theme`, async () => {
      for (const width of WIDTHS) {
        const page = await open(doc, width);
        await screenshot(page, `layout-${name}-${width}`);
        // Then its rows, as a person scrolling down sees them.
        await page.locator(`${ED} .poc-block`).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await screenshot(page, `layout-${name}-${width}-rows`);
        await page.close();
      }
      const dark = await open(doc, 900, { dark: true });
      await screenshot(dark, `layout-${name}-900-dark`);
      await dark.close();
    });
  }

  it('at 390 px the editor is at least 300 px wide', async () => {
    const page = await phone();
    const box = await page.locator(`${ED} .poc-app-editor`).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(300);
  });

  it('at 390 px the problems and sign-off panel can be reached and shown', async () => {
    const page = await open('layout-tm', 390);
    const side = page.locator(`${ED} .poc-app-side`);
    const toggle = page.locator(`${ED} .poc-app-drawer-toggle`);
    if (await toggle.isVisible()) await toggle.click();
    await side.scrollIntoViewIfNeeded();
    const box = await side.boundingBox();
    const viewport = page.viewportSize()!;
    await screenshot(page, 'layout-threat-matrix-390-panel');
    await page.close();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(300);
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= viewport.width + 1).toBe(true);
  });

  it('at 390 px every rating button is at least 40 × 40 px', async () => {
    const page = await phone();
    const sizes = await page.locator(`${ED} .poc-rating .poc-group-btn`).evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })));
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s.w < 40 || s.h < 40)).toEqual([]);
  });

  it('at 390 px the page never scrolls sideways', async () => {
    const page = await phone();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("the problems panel counts a threat's risk notes apart from the problems, as information", async () => {
    const page = await open('layout-tm', 1400);
    const counts = page.locator(`${ED} .poc-counts`);
    const info = await counts.locator('[data-severity="info"]').textContent();
    const problems = await counts.locator('[data-severity="error"], [data-severity="warning"]').allTextContents();
    await page.close();
    expect(info).toBe('4 notes for information');
    expect(problems.map((t) => t.replace(/^\d+ /, ''))).toEqual([expect.stringMatching(/^errors?$/), expect.stringMatching(/^warnings?$/)]);
  });
});
