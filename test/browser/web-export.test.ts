/**
 * Exporting from the web workspace in real Chromium (issue 16): the real app
 * (web/app/main.ts, signed in by its session cookie) served by the real
 * server under its strict policy, on the demo threat matrix. "Export…" on
 * the document's page opens a dialog of three choices; Word and PDF arrive
 * as downloads named after the document; a version's reading page exports
 * that version; a server without Chromium says why in the dialog, and
 * nothing downloads. The open dialog is photographed at desktop and phone
 * widths (test/output/screenshots; docs/issue-16 with POC_UPDATE_DOCS=1).
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDemoVault } from '../../scripts/demo/render.js';
import { TemplateSet } from '../../shared/template/set.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cachedWebApp } from './support/bundle.js';
import { type AppPage, newAppPage, signInBrowser } from './support/app-page.js';
import { axeProblems } from './support/axe.js';
import { type Browser, keepForDocs, launchChromium, screenshot } from './support/chromium.js';
import { seedDocument } from './support/seed.js';

const demo = renderDemoVault(TemplateSet.builtin()).find((f) => f.model.meta.id === 'tm-minusar-sector-north')!.model;
const DOC = demo.meta.id;

/** The web app the server serves (a shared, cached build). */
let webDir: string;
/** A server that prints PDFs, and one whose Chromium is missing. */
let server: TestServer;
let noPdf: TestServer;
let browser: Browser;
const tokens = { server: '', noPdf: '' };

beforeAll(async () => {
  webDir = await cachedWebApp();
  server = await startTestServer({ webDir });
  noPdf = await startTestServer({ webDir, chromiumPath: '/nonexistent/chromium' });
  for (const [key, t] of [['server', server], ['noPdf', noPdf]] as const) {
    tokens[key] = await t.addUser('amina', { name: 'Amina Diallo', grants: { [DOC]: 'owner' } });
    await seedDocument(t.url, DOC, tokens[key], demo);
  }
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await noPdf?.stop();
});

/** Amina's page at `path` on `t`, `width` px wide, signed in by a session cookie as the web workspace is. */
async function openAs(t: TestServer, token: string, path: string, width = 1440): Promise<AppPage> {
  await signInBrowser(browser, t, token);
  const opened = await newAppPage(browser, width, { timeout: 20_000 });
  await opened.page.goto(`${t.httpUrl}${path}`);
  await opened.page.locator('.poc-web-header').getByText('Signed in as Amina Diallo').waitFor();
  return opened;
}

/** Opens the Export dialog with its button and answers the dialog. */
async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Export/ });
  await dialog.waitFor();
  return dialog;
}

/** Chooses `label` in the open dialog and answers the download with its first bytes, after the dialog said it was preparing it. */
async function download(page: Page, label: string, preparing: string): Promise<{ file: Download; head: string }> {
  const arriving = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  // Said while the server prepares it (the PDF takes a second or more; Word may already be here).
  if (label.startsWith('PDF')) await page.locator('.poc-export-status').getByText(preparing).waitFor();
  const file = await arriving;
  const bytes = await readFile((await file.path())!);
  return { file, head: bytes.subarray(0, 5).toString('latin1') };
}


describe('exporting from the web workspace', () => {
  it("downloads the demo threat matrix as Word and as an A4 PDF from its page, named after it, saying what it prepares", async () => {
    const { page, problems } = await openAs(server, tokens.server, `/d/${DOC}`);
    // The document behind the dialog, for the picture.
    await page.locator('.poc-status-sync').getByText('All changes synced').waitFor();
    const dialog = await openExport(page);
    // The first choice has focus; the dialog says what the file holds.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Word (.docx)');
    await expect.poll(() => dialog.textContent()).toContain('classification marking on every page');
    const shot = await screenshot(page, 'web-export-menu-1440');
    keepForDocs(shot, 'docs/issue-16', 'web-export-menu');
    expect(await axeProblems(page)).toEqual([]);

    const word = await download(page, 'Word (.docx)', 'Preparing the Word file…');
    expect(word.head.slice(0, 2)).toBe('PK');
    expect(word.file.suggestedFilename()).toMatch(/threat-matrix.*\.docx$/);
    await dialog.getByText(`Your browser is saving ${word.file.suggestedFilename()}.`).waitFor();

    const pdf = await download(page, 'PDF, A4', 'Preparing the PDF…');
    expect(pdf.head).toBe('%PDF-');
    expect(pdf.file.suggestedFilename()).toMatch(/\.pdf$/);

    // Escape closes the dialog and gives focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export…');
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it('fits a phone, 390 px wide: every choice whole on screen, nothing wider than the window', async () => {
    const { page } = await openAs(server, tokens.server, `/d/${DOC}`, 390);
    const dialog = await openExport(page);
    await screenshot(page, 'web-export-menu-390');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    for (const label of ['Word (.docx)', 'PDF, A4', 'PDF, US Letter', 'Close']) {
      const b = (await page.getByRole('button', { name: label }).boundingBox())!;
      expect(b.x, label).toBeGreaterThanOrEqual(box.x);
      expect(b.x + b.width, label).toBeLessThanOrEqual(box.x + box.width);
      expect(b.y + b.height, label).toBeLessThanOrEqual(900);
    }
    // No text cut inside its button.
    expect(await dialog.locator('button').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.close();
  });

  it("exports the version a reading page shows, not the document as it is now", async () => {
    const saved = await fetch(`${server.httpUrl}/api/docs/${DOC}/versions`, { method: 'POST', headers: { authorization: `Bearer ${tokens.server}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Sent to the UNCT' }) });
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    const { page } = await openAs(server, tokens.server, `/d/${DOC}/read?v=${encodeURIComponent(id)}`);
    await page.locator('.poc-review-about').getByText('You are reading an earlier version').waitFor();
    await screenshot(page, 'web-export-reading-1440');
    const asked: string[] = [];
    page.on('response', (r) => r.url().includes('/export?') && asked.push(`${r.status()} ${r.url()} ${r.headers()['x-poc-version'] ?? ''}`));
    const dialog = await openExport(page);
    await expect.poll(() => dialog.locator('h2').textContent()).toMatch(/^Export this version of/);
    const word = await download(page, 'Word (.docx)', 'Preparing the Word file…');
    expect(word.head.slice(0, 2)).toBe('PK');
    // Named apart from the document as it is now, so the two never overwrite each other in Downloads.
    expect(word.file.suggestedFilename()).toMatch(/-version-sent-to-the-unct\.docx$/);
    expect(asked).toEqual([expect.stringMatching(new RegExp(`^200 .*format=docx&version=${id} ${id}$`))]);
    await page.close();
  });

  it('says to check the connection when the export cannot reach the server, and downloads nothing', async () => {
    const { page } = await openAs(server, tokens.server, `/d/${DOC}`);
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.route('**/export?**', (route) => route.abort('internetdisconnected'));
    const dialog = await openExport(page);
    await page.getByRole('button', { name: 'Word (.docx)' }).click();
    await dialog.getByRole('alert').getByText('The server could not be reached, so the file was not made. Check your connection, then try again.').waitFor();
    expect(downloads).toEqual([]);
    await page.close();
  });

  it("says the server's reason in the dialog when the server has no Chromium for PDFs, and downloads nothing", async () => {
    const { page, problems } = await openAs(noPdf, tokens.noPdf, `/d/${DOC}`);
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    const dialog = await openExport(page);
    await page.getByRole('button', { name: 'PDF, A4' }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText(/PDF export needs Chromium/).waitFor();
    // Plain words first (what the person can do), then the server's own reason, for its administrator.
    expect(await alert.textContent()).toMatch(/^This server cannot make PDF files yet: choose Word \(\.docx\) instead, and tell the server's administrator\. The server says: PDF export needs Chromium, which was not found on this machine.*meanwhile export to Word\.$/);
    // Focus stays on the choice pressed, so the keyboard carries on from there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('PDF, A4');
    await screenshot(page, 'web-export-no-pdf-1440');
    expect(downloads).toEqual([]);
    // The choices work again, and Word, which needs no Chromium, still downloads from this server.
    const word = await download(page, 'Word (.docx)', 'Preparing the Word file…');
    expect(word.head.slice(0, 2)).toBe('PK');
    expect(await dialog.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
