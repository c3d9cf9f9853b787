/**
 * The mission picture in the web workspace (`/picture`, issue 15) in real
 * Chromium: the real app (built by scripts/web-build.mjs with the test
 * entry's token client) served by the real server, which imported the demo
 * vault. The header's link opens it; it ranks the threats of both sector
 * matrices; filtering by sector narrows the ranking and the heat map;
 * clicking a threat opens its matrix at that row; a failed request is said
 * in words; at 390 px nothing but the heat map's own box scrolls sideways.
 * Screenshots at 1440 and 390 px go to test/output/screenshots (and the
 * desktop one to docs/issue-15 with POC_UPDATE_DOCS=1).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startTestServer, type TestServer } from '../support/test-server.js';
import { cachedWebApp } from './support/bundle.js';
import { type AppPage, newAppPage } from './support/app-page.js';
import { axeProblems } from './support/axe.js';
import { type Browser, keepForDocs, launchChromium, screenshot } from './support/chromium.js';

const DEMO_TODAY = '2026-11-24';
const NORTH = 'tm-minusar-sector-north';
const SOUTH = 'tm-minusar-sector-south';

/** The web app the server serves (a shared, cached build). */
let webDir: string;
let server: TestServer;
let browser: Browser;
let reader: string;

beforeAll(async () => {
  webDir = await cachedWebApp(join(ROOT, 'test/browser/support/web-app-entry.ts'));
  server = await startTestServer({ webDir, demoVaultDir: join(ROOT, 'demo-vault'), now: () => new Date(`${DEMO_TODAY}T12:00:00Z`) });
  reader = await server.addUser('reader', { name: 'Rania Haddad', grants: { '*': 'viewer' } });
  // This file's own browser: its cookies and storage are nobody else's.
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A new page at `width` px as the reader (the test entry's token client), recording policy reports and page errors. */
const openPage = (width: number): Promise<AppPage> => newAppPage(browser, width, { token: reader });

/** The ranked threats shown, as "docId T-n". */
const ranking = (page: Page) => page.locator('.poc-picture-ranking .poc-picture-link').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-doc')} ${e.getAttribute('data-block')}`));
/** How many threats the heat map's cells count together. */
const heatTotal = (page: Page) => page.locator('.poc-picture-heat-cell').evaluateAll((els) => els.reduce((n, e) => n + Number(e.textContent || 0), 0));


describe('the mission picture page', () => {
  it("the header's link opens it, and it ranks the threats of both demo sector matrices together with their heat map", async () => {
    const { page, problems } = await openPage(1440);
    await page.goto(`${server.httpUrl}/`);
    await page.locator('.poc-web-header a', { hasText: 'Mission picture' }).click();
    await page.waitForURL(`${server.httpUrl}/picture`);
    await page.locator('.poc-picture-ranking').waitFor();
    expect(await page.title()).toBe('Mission picture — POC Workspace');
    const shown = await ranking(page);
    expect(shown).toHaveLength(12);
    expect(shown[0]).toBe(`${NORTH} T-1`);
    expect(new Set(shown.map((s) => s.split(' ')[0]))).toEqual(new Set([NORTH, SOUTH]));
    expect(await heatTotal(page)).toBe(12);
    expect(await page.locator('.poc-picture-heat-cell[aria-label="Likelihood 4 × impact 5 = 20: 1 threat"]').count()).toBe(1);
    // Sign-offs come from the server: the picture does not say they are unknown.
    expect(await page.locator('.poc-picture-note', { hasText: 'Sign-offs are kept on the server' }).count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    keepForDocs(await screenshot(page, 'web-picture-1440'), 'docs/issue-15', 'web-picture');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filtering by sector narrows the ranking and the heat map to that matrix', async () => {
    const { page } = await openPage(1440);
    await page.goto(`${server.httpUrl}/picture`);
    await page.locator('.poc-picture-ranking').waitFor();
    const sector = page.locator('select[data-facet="sector"]');
    const south = await sector.locator('option', { hasText: 'Sector South' }).getAttribute('value');
    await sector.selectOption(south!);
    await expect.poll(() => ranking(page)).toHaveLength(3);
    expect(new Set((await ranking(page)).map((s) => s.split(' ')[0]))).toEqual(new Set([SOUTH]));
    expect(await heatTotal(page)).toBe(3);
    await sector.selectOption('*');
    await expect.poll(() => ranking(page)).toHaveLength(12);
    await page.close();
  });

  it('clicking a threat opens its matrix at that row', async () => {
    const { page } = await openPage(1440);
    await page.goto(`${server.httpUrl}/picture`);
    const link = page.locator(`.poc-picture-ranking .poc-picture-link[data-doc="${SOUTH}"][data-block="T-1"]`);
    expect(await link.getAttribute('href')).toBe(`/d/${SOUTH}#T-1`);
    await link.click();
    await page.waitForURL(`${server.httpUrl}/d/${SOUTH}#T-1`);
    await page.locator('.poc-block.poc-linked[data-bid="T-1"]').waitFor();
    expect(await page.locator('.poc-linked').count()).toBe(1);
    await page.close();
  });

  it('says it is loading, then says in words when the picture could not be read', async () => {
    const { page } = await openPage(1440);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/picture', async (route) => {
      await held;
      await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'The server is restarting.' } }) });
    });
    await page.goto(`${server.httpUrl}/picture`);
    await expect.poll(() => page.locator('.poc-picture-status').textContent()).toBe('Reading every document you can open…');
    release();
    const alert = page.locator('.poc-picture-status[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^The mission picture could not be loaded\. .*The server is restarting\..* Choose Refresh to try again\.$/);
    await page.unroute('**/api/picture');
    await page.locator('.poc-picture-refresh').click();
    await page.locator('.poc-picture-ranking').waitFor();
    expect(await page.locator('.poc-picture-status').isHidden()).toBe(true);
    await page.close();
  });

  it('at 390 px only the heat map scrolls sideways, within its own box; the page does not', async () => {
    const { page } = await openPage(390);
    await page.goto(`${server.httpUrl}/picture`);
    await page.locator('.poc-picture-ranking').waitFor();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    // Every filter, link and list fits the screen.
    const outside = await page.locator('.poc-picture-filter, .poc-picture-link, .poc-picture-list, .poc-picture-heat-scroll').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).map((e) => e.className),
    );
    expect(outside).toEqual([]);
    await screenshot(page, 'web-picture-390');
    await page.locator('.poc-picture-lists').scrollIntoViewIfNeeded();
    await screenshot(page, 'web-picture-390-lists');
    await page.close();
  });
});
