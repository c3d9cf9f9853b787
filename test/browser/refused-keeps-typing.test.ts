/**
 * Nothing anyone types is lost: when the server refuses a change of someone
 * who may edit (here, one that would take the document past its size limit),
 * the page says it was not saved and leaves what they typed on screen, so
 * they can copy it out. (Only a person who may not edit, a viewer, gets the
 * server's version back: test/browser/read-only.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/limits.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium } from './support/chromium.js';
import { type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const AMINA = { name: 'Amina Diallo', color: '#c2410c' };

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let amina: string;

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  // Room for the seeded matrix, not for a 200 kB paste on top of it.
  server = await startTestServer({ allowOrigins: [pages.url], limits: { ...DEFAULT_LIMITS, maxDocBytes: 96 * 1024 } });
  amina = await server.addUser('amina', { name: AMINA.name, grants: { 'big-paste': 'owner' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

describe('a refused change of someone who may edit', () => {
  it('stays on screen under "Not saved", and the server keeps its own version', async () => {
    await seedDocument(server.url, 'big-paste', amina, threatMatrixModel('big-paste', today));
    const page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(pages.pageUrl({ serverUrl: server.url, docId: 'big-paste', today, editors: [{ token: amina, user: AMINA }] }));
    await editorsMounted(page);
    const location = page.locator('#ed0 .poc-block[data-bid="T-1"]').getByLabel('Location / priorities');
    const pasted = `Kiri ${'and the villages along the northern road '.repeat(5000)}`;
    await location.fill(pasted);
    await page.locator('#ed0 .poc-statusline').getByText(/Not saved/).waitFor();
    // Still there after the refusal, for the person to copy out.
    await page.waitForTimeout(1500);
    expect(await location.inputValue()).toBe(pasted);
    const stored = (await server.api('/api/docs/big-paste?include=model', { token: amina })).body.model;
    expect(JSON.stringify(stored)).not.toContain('along the northern road and the villages');
    await page.close();
  });
});
