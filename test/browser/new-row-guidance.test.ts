/**
 * "Errors when they help", in real headless Chromium against the real
 * server: a row the person just added shows what it still needs as
 * guidance, not as a wall of red errors; its problems appear when the
 * person leaves the row, asks for them ("Check this row") or goes to one
 * from the problems panel, which counts them all along.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const DOCS = ['nr-guidance', 'nr-leave', 'nr-check', 'nr-panel', 'nr-jump'];
const ED = '#ed0';

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  token = await server.addUser('amina', { name: 'Amina Diallo', grants: Object.fromEntries(DOCS.map((d) => [d, 'editor' as const])) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

/** Seeds the threat matrix, opens Amina's editor on it and adds a threat after T-4 from its title (Enter); resolves with the page. */
async function withNewRow(docId: string): Promise<Page> {
  await seedDocument(server.url, docId, token, threatMatrixModel(docId, today));
  const config: PageConfig = { serverUrl: server.url, docId, today, editors: [{ token, user: { name: 'Amina Diallo', color: '#c2410c' } }] };
  const page = await browser.context.newPage();
  // The machine may be busy: loading is given time, and no assertion depends on how long anything took.
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(pages.pageUrl(config));
  await editorsMounted(page);
  await page.locator(`${ED} .poc-block[data-bid="T-4"] .poc-cell-title input`).click();
  await page.keyboard.press('Enter');
  await page.locator(`${ED} .poc-block[data-bid="T-5"] .poc-guidance`).waitFor();
  return page;
}

const row = (page: Page) => page.locator(`${ED} .poc-block[data-bid="T-5"]`);
const errorsShown = (page: Page) => row(page).locator('.poc-block-problems .poc-sev-error').count();

describe('a new row', { timeout: 120_000 }, () => {
  it('shows what it still needs as guidance, with no error marks, while the person is in it', async () => {
    const page = await withNewRow('nr-guidance');
    expect(await row(page).locator('.poc-guidance').textContent()).toMatch(/^Still to fill in: .*Location.*Check this row$/);
    expect(await errorsShown(page)).toBe(0);
    expect(await row(page).evaluate((el) => el.classList.contains('poc-has-error'))).toBe(false);
    expect(await row(page).locator('.poc-invalid').count()).toBe(0);
    await screenshot(page, 'new-row-guidance', `${ED} .poc-block[data-bid="T-5"]`);
    await page.close();
  });

  it('is still counted in the problems panel while it shows guidance', async () => {
    const page = await withNewRow('nr-panel');
    expect(await page.locator(`${ED} .poc-app-side .poc-problem[data-block="T-5"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows its errors once the person leaves it', async () => {
    const page = await withNewRow('nr-leave');
    await page.locator(`${ED} .poc-block[data-bid="T-1"] .poc-cell-title input`).click();
    await row(page).locator('.poc-block-problems .poc-sev-error').first().waitFor();
    expect(await row(page).locator('.poc-guidance').count()).toBe(0);
    expect(await row(page).evaluate((el) => el.classList.contains('poc-has-error'))).toBe(true);
    await screenshot(page, 'new-row-left', `${ED} .poc-block[data-bid="T-5"]`);
    await page.close();
  });

  it('shows its errors when the person asks with "Check this row"', async () => {
    const page = await withNewRow('nr-check');
    await row(page).getByRole('button', { name: 'Check this row' }).click();
    await row(page).locator('.poc-block-problems .poc-sev-error').first().waitFor();
    expect(await row(page).locator('.poc-guidance').count()).toBe(0);
    await page.close();
  });

  it('shows its errors when the person goes to one of them from the problems panel', async () => {
    const page = await withNewRow('nr-jump');
    await page.locator(`${ED} .poc-app-side .poc-problem[data-block="T-5"]`).first().click();
    await row(page).locator('.poc-block-problems .poc-sev-error').first().waitFor();
    expect(await row(page).locator('.poc-guidance').count()).toBe(0);
    await page.close();
  });
});
