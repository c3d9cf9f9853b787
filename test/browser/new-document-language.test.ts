/**
 * The language of a new document, chosen in the home page's "New document"
 * dialog, in real headless Chromium: the real app (scripts/web-build.mjs) on
 * the real server. The choice is labelled in the interface's language and
 * starts on it; a document created in Français opens with its section titles
 * and guidance in French, one created as the dialog offers it in an English
 * interface opens in English. Screenshots of the dialog in both languages at
 * a phone's 390 px and at 1440 px go to test/output/screenshots/, and the
 * dialog is checked to fit the window with every control within it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/i18n/locale.js';
import { TemplateSet } from '../../shared/template/set.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import { ROOT, startTestServer, type TestServer } from '../support/test-server.js';
import { cachedWebApp } from './support/bundle.js';
import { newAppPage, signInBrowser } from './support/app-page.js';
import { type Browser, launchChromium, screenshot } from './support/chromium.js';

const matrix = TemplateSet.builtin().get('threat-matrix');

/** The web app the server serves (a shared, cached build). */
let webDir: string;
let server: TestServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  webDir = await cachedWebApp(join(ROOT, 'test/browser/support/web-app-entry.ts'));
  server = await startTestServer({ webDir });
  token = await server.addUser('amina', { name: 'Amina Diallo' });
  await server.server.storage.setCanCreate('amina', true);
  browser = await launchChromium();
  await signInBrowser(browser, server, token);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the home page, `width` px wide, in the interface language `ui` (kept in this browser as the language menu keeps it). */
async function openHome(ui: Locale, width = 1440) {
  const opened = await newAppPage(browser, width);
  await opened.page.addInitScript((l) => localStorage.setItem('poc-language', l), ui);
  await opened.page.goto(`${server.httpUrl}/`);
  await opened.page.getByRole('button', { name: ui === 'fr' ? 'Nouveau document' : 'New document' }).waitFor();
  return opened;
}

/** Where the dialog and each of its controls stand against the window: what pokes out of it, or out of the dialog. */
async function outside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog.poc-home-dialog')!;
    const box = dialog.getBoundingClientRect();
    const out: string[] = [];
    if (box.left < 0 || box.right > window.innerWidth || box.top < 0 || box.bottom > window.innerHeight) out.push('the dialog');
    for (const el of Array.from(dialog.querySelectorAll('label, select, input, button, p, h2'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < box.left || r.right > box.right + 0.5) out.push(el.textContent || el.id);
      // Text cut inside its own box (a label or option wider than its control).
      if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'SELECT') out.push(`${el.textContent} (cut)`);
    }
    return out;
  });
}

/** The section titles and guidance of the open document as the editor draws them (the guidance is each title's tooltip). */
async function shownTemplate(page: Page) {
  await page.locator('.poc-section-title').first().waitFor();
  return page.evaluate(() => ({
    titles: Array.from(document.querySelectorAll('.poc-section-title')).map((h) => (h.textContent ?? '').replace(/^\S+\s/, '')),
    guidance: Array.from(document.querySelectorAll('.poc-section-title')).map((h) => h.getAttribute('title')),
    // What an empty section shows in its body: its guidance, as a placeholder or a paragraph.
    shownInBody: Array.from(document.querySelectorAll('.poc-section-body [data-placeholder], .poc-section-body .poc-guidance')).map((e) => e.getAttribute('data-placeholder') ?? e.textContent),
  }));
}

/** The template's section titles and guidance in `locale`, as a document in that language shows them. */
function expected(locale: Locale) {
  const t = localizeTemplate(matrix, locale);
  return { titles: t.sections.map((s) => s.title), guidance: t.sections.map((s) => s.guidance ?? null) };
}

/** Opens the dialog, photographs it at 1440 and 390 px as `<name>-1440|390`, and checks that it fits both. */
async function photographDialog(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect({ width, outside: await outside(page) }).toEqual({ width, outside: [] });
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Fills the dialog's title, creates, and waits for the new document's page; returns its id. */
async function createAndOpen(page: Page, titleLabel: string, title: string, create: string): Promise<string> {
  await page.getByLabel(titleLabel, { exact: true }).fill(title);
  await page.getByRole('button', { name: create, exact: true }).click();
  await page.waitForURL(/\/d\/.+/);
  return decodeURIComponent(new URL(page.url()).pathname.slice(3));
}

describe('the language of a new document', () => {
  it('in an English interface the dialog offers English first, and the document it creates opens in English', async () => {
    const { page, problems } = await openHome('en');
    await page.getByRole('button', { name: 'New document' }).click();
    const language = page.getByLabel('Language of the document');
    expect(await language.locator('option').allTextContents()).toEqual(['English', 'Français']);
    expect(await language.inputValue()).toBe('en');
    await page.getByLabel('Type of document').selectOption('threat-matrix');
    await photographDialog(page, 'new-document-language-en');
    const id = await createAndOpen(page, 'Title', 'Threat matrix, Sector East', 'Create');
    const shown = await shownTemplate(page);
    expect({ titles: shown.titles, guidance: shown.guidance }).toEqual(expected('en'));
    expect(shown.shownInBody).toContain(expected('en').guidance[0]);
    expect((await server.api(`/api/docs/${id}?include=model`, { token })).body.model.meta.lang).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('choosing Français in an English interface creates a French document, which opens with its section titles and guidance in French', async () => {
    const { page, problems } = await openHome('en');
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByLabel('Type of document').selectOption('threat-matrix');
    await page.getByLabel('Language of the document').selectOption('fr');
    const id = await createAndOpen(page, 'Title', 'Matrice des menaces, secteur Est', 'Create');
    const shown = await shownTemplate(page);
    expect({ titles: shown.titles, guidance: shown.guidance }).toEqual(expected('fr'));
    expect(shown.titles[1]).toBe('Menaces contre les civils');
    expect(shown.shownInBody).toContain(expected('fr').guidance[0]);
    expect((await server.api(`/api/docs/${id}?include=model`, { token })).body.model.meta.lang).toBe('fr');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in a French interface the dialog asks for the language in French and offers Français first, and the document opens in French', async () => {
    const { page, problems } = await openHome('fr');
    await page.getByRole('button', { name: 'Nouveau document' }).click();
    const language = page.getByLabel('Langue du document');
    expect(await language.inputValue()).toBe('fr');
    expect(await page.getByLabel('Type de document').locator('option[value="threat-matrix"]').textContent()).toBe('Matrice des menaces POC');
    // The home page's groups name the type in the same words (the listing follows the interface's language).
    expect(await page.getByRole('heading', { name: 'Matrice des menaces POC' }).count()).toBe(1);
    await page.getByLabel('Type de document').selectOption('threat-matrix');
    await photographDialog(page, 'new-document-language-fr');
    const id = await createAndOpen(page, 'Titre', 'Matrice des menaces, secteur Sud', 'Créer');
    const shown = await shownTemplate(page);
    expect({ titles: shown.titles, guidance: shown.guidance }).toEqual(expected('fr'));
    expect(shown.shownInBody).toContain(expected('fr').guidance[0]);
    expect((await server.api(`/api/docs/${id}?include=model`, { token })).body.model.meta.lang).toBe('fr');
    expect(problems).toEqual([]);
    await page.close();
  });
});
