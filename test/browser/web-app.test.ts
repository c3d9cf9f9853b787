/**
 * The web workspace end to end in real Chromium: the app built by
 * scripts/web-build.mjs (with the test entry, which gives the real app a
 * token client until sign-in by cookie is on the server), served by the real
 * server on loopback under its strict Content-Security-Policy. A document
 * opened at /d/<docId> is live between two people; no WebSocket URL carries
 * the token; nothing breaks the policy. The sign-in page is driven against
 * the session contract (shared/api/session.ts) by answering its
 * /api/session calls in the test.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared/api/session.js';
import { ROOT, startTestServer, type TestServer } from '../support/test-server.js';
import { cachedWebApp } from './support/bundle.js';
import { newAppPage } from './support/app-page.js';
import { axeProblems } from './support/axe.js';
import { type Browser, launchChromium, screenshot } from './support/chromium.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const DOC = 'tm-web-live';

/** The web app the server serves (a shared, cached build). */
let webDir: string;
let server: TestServer;
let browser: Browser;
let tokens: { amina: string; ben: string };

beforeAll(async () => {
  webDir = await cachedWebApp(join(ROOT, 'test/browser/support/web-app-entry.ts'));
  server = await startTestServer({ webDir });
  tokens = {
    amina: await server.addUser('amina', { name: 'Amina Diallo', grants: { [DOC]: 'editor' } }),
    ben: await server.addUser('ben', { name: 'Ben Okafor', offices: ['head-of-office'], grants: { [DOC]: 'editor' } }),
  };
  await seedDocument(server.url, DOC, tokens.amina, threatMatrixModel(DOC, today));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What a page saw that the tests check: every WebSocket URL, and every report of the security policy. */
interface Watched {
  page: Page;
  sockets: string[];
  violations: string[];
}

/** A new page at `width` px, as the person with `token` (none: not signed in), watching sockets and policy reports. */
async function openPage(token: string | undefined, width: number): Promise<Watched> {
  const { page, problems } = await newAppPage(browser, width, { token });
  const watched: Watched = { page, sockets: [], violations: problems };
  page.on('websocket', (ws) => watched.sockets.push(ws.url()));
  return watched;
}


/** Clicks at the end of section 1's "start writing" place and types. */
async function typeInFirstSection(page: Page, text: string): Promise<void> {
  await page.locator('.poc-section[data-sid="1"] .poc-start-writing').click();
  await page.keyboard.type(text);
}

describe('a document in the web workspace', () => {
  it('opens at /d/<docId> under the strict policy, syncs what is typed, and another person sees it live; no socket carries the token', async () => {
    const amina = await openPage(tokens.amina, 1440);
    const ben = await openPage(tokens.ben, 1440);
    const policy = (await amina.page.goto(`${server.httpUrl}/d/${DOC}`))?.headers()['content-security-policy'];
    expect(policy).toContain("connect-src 'self'");
    await ben.page.goto(`${server.httpUrl}/d/${DOC}`);
    for (const { page } of [amina, ben]) {
      await page.locator('.poc-web-header').getByText(page === amina.page ? 'Signed in as Amina Diallo' : 'Signed in as Ben Okafor').waitFor();
      await page.locator('.poc-statusline').getByText('1 other here').waitFor();
    }
    await expect.poll(() => amina.page.title()).toContain('— POC Workspace');

    await typeInFirstSection(amina.page, 'Raids moved south after the rains.');
    await amina.page.locator('.poc-status-sync').getByText('All changes synced').waitFor();
    await expect.poll(() => ben.page.locator('.poc-section[data-sid="1"] .poc-section-body').textContent()).toContain('Raids moved south after the rains.');
    await ben.page.locator('.poc-remote-cursor[data-user="Amina Diallo"]').waitFor();
    await screenshot(amina.page, 'web-app-document-1440');

    for (const w of [amina, ben]) {
      expect(w.sockets.length).toBeGreaterThan(0);
      for (const url of w.sockets) {
        expect(url).toMatch(/[?&]ticket=/);
        expect(url).not.toContain(tokens.amina);
        expect(url).not.toContain(tokens.ben);
      }
      expect(w.violations).toEqual([]);
    }
    await amina.page.close();
    await ben.page.close();
  });

  it('works on a phone, 390 px wide: header, link home and the editor in one column', async () => {
    const w = await openPage(tokens.amina, 390);
    await w.page.goto(`${server.httpUrl}/d/${DOC}`);
    await w.page.locator('.poc-status-sync').getByText('All changes synced').waitFor();
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await w.page.getByRole('button', { name: 'Problems, sign-off and comments ↓' }).waitFor();
    await screenshot(w.page, 'web-app-document-390');
    expect(w.violations).toEqual([]);
    // The watch itself works: an inline style attribute set from markup is refused and reported.
    await w.page.evaluate(() => document.body.setAttribute('style', 'outline: 0'));
    await expect.poll(() => w.violations.some((v) => v.includes('style-src'))).toBe(true);
    await w.page.close();
  });

  it('the link home goes to the home page without reloading, its list links back, and unknown documents and pages say so', async () => {
    const w = await openPage(tokens.amina, 1440);
    await w.page.goto(`${server.httpUrl}/d/${DOC}`);
    await w.page.locator('.poc-statusline').waitFor();
    await w.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await w.page.getByRole('link', { name: '← All documents' }).click();
    await w.page.getByRole('heading', { name: 'Documents', exact: true }).waitFor();
    expect(new URL(w.page.url()).pathname).toBe('/');
    expect(await axeProblems(w.page)).toEqual([]);
    await w.page.locator(`.poc-home-doc[data-doc="${DOC}"] a`).first().click();
    await w.page.locator('.poc-statusline').waitFor();
    expect(new URL(w.page.url()).pathname).toBe(`/d/${DOC}`);
    expect(await w.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await w.page.goto(`${server.httpUrl}/d/no-such-document`);
    await w.page.getByRole('heading', { name: 'There is no such document you can open' }).waitFor();
    expect(await w.page.locator('.poc-statusline').count()).toBe(0);
    await w.page.goto(`${server.httpUrl}/no/such/page`);
    await w.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await w.page.getByRole('link', { name: 'Go to your documents' }).waitFor();
    expect(w.violations).toEqual([]);
    await w.page.close();
  });
});

describe('signing in', () => {
  it('on a device that prefers a dark theme, the sign-in page is dark and still readable', async () => {
    const w = await openPage(undefined, 390);
    await w.page.emulateMedia({ colorScheme: 'dark' });
    await w.page.goto(`${server.httpUrl}/signin`);
    await w.page.getByLabel('Access token').waitFor();
    expect(await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(38, 38, 38)');
    expect(await axeProblems(w.page)).toEqual([]);
    await screenshot(w.page, 'web-app-signin-dark-390');
    await w.page.close();
  });

  it('a person not signed in is sent to the sign-in page, which says what went wrong and then opens the page they wanted', async () => {
    const w = await openPage(undefined, 1440);
    const { page } = w;
    // The server's session routes are not there yet: this test answers them as the contract says (shared/api/session.ts).
    const answers: Array<(route: import('playwright-core').Route) => Promise<void>> = [
      (r) => r.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unauthorized', message: 'Unknown token.' } }) }),
      (r) => r.fulfill({ status: 429, headers: { 'retry-after': '42' }, contentType: 'application/json', body: JSON.stringify({ error: { code: 'too-many-requests', message: 'Slow down.' } }) }),
      (r) => r.abort('connectionrefused'),
    ];
    let signedIn = false;
    const tokensSent: string[] = [];
    await page.route('**/api/session', async (route) => {
      tokensSent.push((route.request().postDataJSON() as { token: string }).token);
      const next = answers.shift();
      if (next) return next(route);
      signedIn = true;
      const me = (await server.api('/api/me', { token: tokens.amina })).body as SessionResponse['me'];
      const body: SessionResponse = { me, idleExpiresAt: new Date(Date.now() + 3_600_000).toISOString(), expiresAt: new Date(Date.now() + 86_400_000).toISOString() };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    });
    // Once signed in, the browser's cookie is played by adding Amina's token to the page's other API calls.
    await page.route(/\/api\/(?!session)/, (route) =>
      route.continue(signedIn ? { headers: { ...route.request().headers(), authorization: `Bearer ${tokens.amina}` } } : {}),
    );

    await page.goto(`${server.httpUrl}/d/${DOC}`);
    const field = page.getByLabel('Access token');
    await field.waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/signin?next=${encodeURIComponent(`/d/${DOC}`)}`);
    expect(await field.getAttribute('type')).toBe('password');
    expect(await field.getAttribute('autocomplete')).toBe('off');
    await screenshot(page, 'web-app-signin-1440');

    const alert = page.locator('.poc-web-error-summary');
    await field.fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await alert.getByText('This access token was not recognised').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'web-app-signin-wrong-token-1440');
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await alert.getByText('Too many attempts to sign in. Try again in 42 seconds.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await alert.getByText('The server could not be reached').waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'web-app-signin-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);

    await field.fill(` ${tokens.amina} `);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.poc-web-header').getByText('Signed in as Amina Diallo').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/d/${DOC}`);
    await page.locator('.poc-statusline').waitFor();
    expect(tokensSent.at(-1)).toBe(tokens.amina);
    expect(w.violations.filter((v) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(v))).toEqual([]);
    await page.close();
  });
});
