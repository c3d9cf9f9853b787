/**
 * The web workspace's language in real Chromium, the real app (scripts/
 * web-build.mjs) on the real server: a browser that asks for French
 * (Accept-Language and navigator.languages "fr-FR") gets the sign-in page in
 * French with no choice saved; the language menu switches to English and
 * back, each choice kept in the browser across reloads; the home page and
 * "Your devices" follow it. No English sentence of the web catalogues shows
 * on a French page. Screenshots of the French sign-in and home pages at a
 * phone's 390 px and at 1440 px, checked for nothing wider than the window.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../shared/i18n/catalogue.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';
import { webAdminPeople } from '../../shared/i18n/messages/web-admin-people.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';
import { ROOT, startTestServer, type TestServer } from '../support/test-server.js';
import { cachedWebApp } from './support/bundle.js';
import { newAppPage, signInBrowser } from './support/app-page.js';
import { type Browser, launchChromium, screenshot } from './support/chromium.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const DOC = 'tm-langue';

/** The web app the server serves (a shared, cached build). */
let webDir: string;
let server: TestServer;
let browser: Browser;
let token: string;
let adminToken: string;

beforeAll(async () => {
  webDir = await cachedWebApp(join(ROOT, 'test/browser/support/web-app-entry.ts'));
  server = await startTestServer({ webDir });
  token = await server.addUser('amina', { name: 'Amina Diallo', grants: { [DOC]: 'editor' } });
  adminToken = await server.addUser('ines', { name: 'Ines Admin', grants: { '*': 'owner' } });
  const model = threatMatrixModel(DOC, today);
  await seedDocument(server.url, DOC, token, { ...model, meta: { ...model.meta, title: 'Matrice des menaces — secteur Nord' } });
  browser = await launchChromium({ locale: 'fr-FR' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The English sentences of catalogues that French writes differently (placeholders and one-word labels left out: a name may match them). */
function englishOnly(...catalogues: Array<{ messages: { en: object; fr: object } }>): string[] {
  return catalogues.flatMap((c) => {
    const en = c.messages.en as Record<string, Message>;
    const fr = c.messages.fr as Record<string, Message>;
    return Object.keys(en).filter((k) => typeof en[k] === 'string' && en[k] !== fr[k] && !(en[k] as string).includes('{') && (en[k] as string).includes(' ')).map((k) => en[k] as string);
  });
}

/** The English sentences among the page's visible text. */
async function englishOn(page: Page, sentences: string[]): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return sentences.filter((s) => text.includes(s));
}

/** How far the page is wider than the window (0 when nothing is cut or pushed off the side). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the language of the web workspace', () => {
  it('a browser asking for French gets the sign-in page in French when nothing is chosen yet', async () => {
    const { page, problems } = await newAppPage(browser, 1440);
    await page.goto(`${server.httpUrl}/signin`);
    await page.getByRole('heading', { name: 'Se connecter à POC Workspace' }).waitFor();
    await page.getByLabel('Jeton d’accès').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.title()).toBe('Connexion — POC Workspace');
    expect(await page.evaluate(() => localStorage.getItem('poc-language'))).toBeNull();
    expect(await englishOn(page, englishOnly(webApp))).toEqual([]);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'web-language-signin-fr-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'web-language-signin-fr-390');
    // A refusal is in French too.
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('.poc-web-error-summary').getByText('Saisissez votre jeton d’accès.').first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the menu offers each language in its own name, and choosing English redraws the sign-in page in English and keeps the choice', async () => {
    const { page } = await newAppPage(browser, 1440);
    await page.goto(`${server.httpUrl}/signin`);
    const menu = page.getByLabel('Langue');
    expect(await menu.locator('option').allTextContents()).toEqual(['English', 'Français']);
    await menu.selectOption('en');
    await page.getByRole('heading', { name: 'Sign in to POC Workspace' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to POC Workspace' }).waitFor();
    await page.close();
  });

  it('choosing Français on "Your devices" turns the page French, the choice survives a reload, and English comes back the same way', async () => {
    const { page, problems } = await newAppPage(browser, 1440);
    await page.goto(`${server.httpUrl}/signin`);
    // English, as chosen in the test before (the same browser profile).
    await page.getByLabel('Access token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.poc-web-header').getByText('Signed in as Amina Diallo').waitFor();
    await page.getByRole('link', { name: 'Your devices' }).click();
    await page.getByRole('heading', { name: 'Your devices', level: 1 }).waitFor();

    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await page.getByRole('heading', { name: 'Vos appareils', level: 1 }).waitFor();
    await page.locator('.poc-web-header').getByText('Connecté en tant que Amina Diallo').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Vos appareils', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.evaluate(() => localStorage.getItem('poc-language'))).toBe('fr');
    // The token's row: its name, kind and state in French, and the day it was made as French writes it ("3 déc. 2026").
    const row = page.locator('.poc-web-devices-table tbody tr', { hasText: 'Jeton d’accès remis par votre administrateur' });
    await row.waitFor();
    expect(await row.locator('td[data-label="Type"]').textContent()).toBe('Jeton d’accès');
    expect(await row.locator('td[data-label="État"]').textContent()).toBe('Connecté');
    expect(await row.locator('td[data-label="Créé le"]').textContent()).toMatch(/^\d{1,2} [a-zéû]+\.? \d{4}, \d{2}:\d{2}$/);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'web-language-account-fr-390');

    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'Your devices', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Your devices', level: 1 }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the home page in French says everything in French, on a phone and a wide screen, with nothing wider than the window', async () => {
    const { page, problems } = await newAppPage(browser, 1440);
    await page.goto(`${server.httpUrl}/account`);
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await page.getByRole('heading', { name: 'Vos appareils', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'POC Workspace' }).click();
    await page.getByRole('heading', { name: 'Tous les documents' }).waitFor();
    await page.locator('.poc-home-doc').first().waitFor();
    expect(await page.title()).toBe('Documents — POC Workspace');
    await page.locator('.poc-home-count').getByText('1 document').waitFor();
    expect(await englishOn(page, englishOnly(webApp, webHome))).toEqual([]);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'web-language-home-fr-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'web-language-home-fr-390');

    // A document's page: its links, buttons and status line in French, still within a phone's width.
    await page.getByRole('link', { name: 'Matrice des menaces — secteur Nord' }).click();
    await page.getByRole('navigation', { name: 'Ce document' }).getByRole('link', { name: '← Tous les documents' }).waitFor();
    await page.locator('.poc-status-sync').getByText('Toutes les modifications sont synchronisées').waitFor();
    await page.getByRole('button', { name: 'Problèmes, approbations et commentaires ↓' }).waitFor();
    expect(await page.title()).toBe('Matrice des menaces — secteur Nord — POC Workspace');
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'web-language-document-fr-390');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the administration in French fits a phone, with no English sentence of its catalogues', async () => {
    // French was chosen in the test before; the administrator signs in on the same browser.
    await browser.context.clearCookies();
    await signInBrowser(browser, server, adminToken);
    const { page, problems } = await newAppPage(browser, 390);
    const english = englishOnly(webApp, webAdmin, webAdminPeople);
    for (const [path, heading] of [
      ['/admin', 'Personnes'],
      ['/admin/people/amina', 'Amina Diallo (amina)'],
      ['/admin/teams', 'Équipes'],
      ['/admin/documents', 'Documents'],
      ['/admin/audit', 'Journal d’audit'],
    ] as const) {
      await page.goto(`${server.httpUrl}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.locator('.poc-admin-body > *').first().waitFor();
      expect({ path, english: await englishOn(page, english), overflow: await overflow(page) }).toEqual({ path, english: [], overflow: 0 });
      if (path === '/admin' || path === '/admin/people/amina') await screenshot(page, `web-language-admin${path === '/admin' ? '' : '-person'}-fr-390`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
