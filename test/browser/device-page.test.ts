/**
 * Devices in the web workspace (issue 14), in real Chromium against the real
 * server serving the app it builds: the plugin's link to `/auth/device` finds
 * the person signed out, the sign-in keeps the link, the page asks whether to
 * allow the device, and "Allow" sends the browser back to Obsidian (the
 * `obsidian://` navigation is intercepted) while showing the one-time code; a
 * broken link is explained in words. `/account` lists the person's devices
 * and signs one out. Screenshots go to test/output/screenshots and the main
 * ones to docs/issue-14 when POC_UPDATE_DOCS is set.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_AUTH_ACTION, DEVICE_PAGE_PATH } from '../../shared/api/sign-in.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cachedWebApp } from './support/bundle.js';
import { type Browser, keepForDocs, launchChromium, screenshot } from './support/chromium.js';

const DEVICE = 'Obsidian on LAPTOP-JUBA-04';

/** The web app the server serves (a shared, cached build). */
let webDir: string;
let server: TestServer;
let browser: Browser;
let amina: string;
const verifier = randomBytes(32).toString('base64url');
const challenge = createHash('sha256').update(verifier).digest('base64url');
const state = 'plugin-state-0123456789abcdef';

beforeAll(async () => {
  webDir = await cachedWebApp();
  server = await startTestServer({ webDir });
  amina = await server.addUser('amina', { name: 'Amina Diallo' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Saves a screenshot to test/output/screenshots and, for the main screens, to docs/issue-14 when asked (keepForDocs). */
async function shot(page: Page, name: string, keep = true): Promise<void> {
  const path = await screenshot(page, name);
  if (keep) keepForDocs(path, 'docs/issue-14', name);
}

/** A fresh page with nobody signed in, whose `window.open` records what it was asked to open instead of leaving the page. */
async function newPage(width = 1024): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 760 });
  page.setDefaultTimeout(15_000);
  await page.addInitScript(() => {
    const w = window as unknown as { opened: string[]; open: (url: string) => null };
    w.opened = [];
    w.open = (url: string) => {
      w.opened.push(String(url));
      return null;
    };
  });
  return page;
}

const deviceLink = () => `${server.httpUrl}${DEVICE_PAGE_PATH}?${new URLSearchParams({ challenge, state, device: DEVICE }).toString()}`;

describe('allowing a device in the browser', () => {
  let code = '';

  it('a signed-out person is asked to sign in first, and comes back to the question with the link kept', async () => {
    const page = await newPage();
    await page.goto(deviceLink());
    await page.getByLabel('Access token').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toContain(DEVICE_PAGE_PATH);
    await page.getByLabel('Access token').fill(amina);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const question = page.getByRole('heading', { name: `Allow ${DEVICE} to sign in as Amina Diallo (amina)?` });
    await question.waitFor();
    expect(new URL(page.url()).searchParams.get('challenge')).toBe(challenge);
    expect(await page.getByText('read and change every document you can').count()).toBe(1);
    await shot(page, 'device-allow');

    await page.getByRole('button', { name: 'Allow' }).click();
    await page.getByRole('heading', { name: 'Return to Obsidian' }).waitFor();
    const opened = await page.evaluate(() => (window as unknown as { opened: string[] }).opened);
    expect(opened).toHaveLength(1);
    const back = new URL(opened[0]);
    expect(back.protocol).toBe('obsidian:');
    expect(opened[0].startsWith(`obsidian://${DEVICE_AUTH_ACTION}?`)).toBe(true);
    expect(back.searchParams.get('state')).toBe(state);
    code = back.searchParams.get('code')!;
    expect(await page.locator('.poc-web-device-code').textContent()).toBe(code);
    expect(await page.getByRole('link', { name: 'Return to Obsidian' }).getAttribute('href')).toBe(opened[0]);
    await shot(page, 'device-return');
    await page.close();
  });

  it('a broken link is explained in words, with what to do', async () => {
    const page = await newPage();
    await page.goto(`${server.httpUrl}${DEVICE_PAGE_PATH}?challenge=short&device=x`);
    await page.getByLabel('Access token').fill(amina);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'This sign-in link does not work' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Sign in with your browser' }).textContent()).toMatch(/lacks state/);
    await shot(page, 'device-broken-link', false);
    await page.close();
  });

  it('“Your devices” lists the device once it signed in, and signs it out', async () => {
    const exchanged = await server.api('/api/device-tokens', { method: 'POST', body: { code, verifier } });
    expect(exchanged.status).toBe(200);
    const page = await newPage();
    await page.goto(`${server.httpUrl}/`);
    await page.getByLabel('Access token').fill(amina);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Your devices' }).click();
    await page.getByRole('heading', { name: 'Your devices' }).waitFor();
    const row = page.locator(`tr[data-token="${exchanged.body.tokenId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('live');
    expect(await row.locator('th').textContent()).toBe(DEVICE);
    await shot(page, 'account-devices');
    await row.getByRole('button', { name: `Sign out ${DEVICE}` }).click();
    await page.locator(`tr[data-token="${exchanged.body.tokenId}"][data-state="revoked"]`).waitFor();
    expect((await server.api('/api/me', { token: exchanged.body.token })).status).toBe(401);
    await page.getByText(`${DEVICE} is signed out`).waitFor();
    await shot(page, 'account-device-signed-out', false);
    await page.close();
  });

  it('both pages fit a 390 px phone', async () => {
    const page = await newPage(390);
    await page.goto(`${server.httpUrl}/account`);
    await page.getByLabel('Access token').fill(amina);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your devices' }).waitFor();
    await page.locator('tr[data-token]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'account-devices-phone');
    await page.close();
  });
});
