/**
 * Issue 11 defect 2 in real Chromium against the real server: a person with
 * view-only access (the SRSG, who may read and sign) gets a read-only editor
 * that says so, cannot change the document however she tries, and is never
 * told "synced" about changes the server did not keep. A document that turns
 * view-only while open says, in words, what was not saved and shows the
 * server's version.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const EDITOR = '#ed0';
const VIEWER = '#ed1';
const AMINA = { name: 'Amina Diallo', color: '#c2410c' };
const SRSG = { name: 'Sofia Reyes', color: '#1d4ed8' };

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let tokens: { amina: string; sofia: string; admin: string };

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  tokens = {
    amina: await server.addUser('amina', { name: AMINA.name, grants: { 'ro-viewer': 'owner', 'ro-turns': 'owner', 'ro-typing': 'owner', 'ro-archived': 'owner' } }),
    // Read and sign: view-only access, and the office whose sign-off the document needs.
    sofia: await server.addUser('sofia', { name: SRSG.name, offices: ['head-of-office'], grants: { 'ro-viewer': 'viewer', 'ro-turns': 'editor', 'ro-typing': 'viewer', 'ro-archived': 'editor' } }),
    // An administrator: owner of every document.
    admin: await server.addUser('admin', { grants: { '*': 'owner' } }),
  };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

/** Seeds the threat matrix and opens Amina's editor (#ed0) above Sofia's (#ed1); resolves once both are mounted. */
async function openPage(docId: string): Promise<Page> {
  await seedDocument(server.url, docId, tokens.amina, threatMatrixModel(docId, today));
  const config: PageConfig = {
    serverUrl: server.url,
    docId,
    today,
    editors: [
      { token: tokens.amina, user: AMINA },
      { token: tokens.sofia, user: SRSG, offices: ['head-of-office'] },
    ],
  };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1440, height: 1640 });
  await page.goto(pages.pageUrl(config));
  await editorsMounted(page);
  await page.locator(`${VIEWER} .poc-statusline`).getByText('1 other here').waitFor();
  return page;
}

/** Every form control and editable element in an editor that a person could still type into or change. */
function editableIn(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((el) => {
    const open: string[] = [];
    for (const c of el.querySelectorAll<HTMLElement>('input, select, textarea, [contenteditable]')) {
      const control = c as HTMLInputElement;
      const locked = c.matches('[contenteditable]') ? c.getAttribute('contenteditable') === 'false' : control.disabled || control.readOnly;
      if (!locked && !c.closest('.poc-app-side')) open.push(c.outerHTML.slice(0, 160));
    }
    return open;
  });
}

/** What the server holds: the document's model through the API. */
async function serverModel(docId: string): Promise<unknown> {
  const r = await server.api(`/api/docs/${docId}?include=model`, { token: tokens.amina });
  return r.body.model;
}

/** The model an editor on the page shows (0: Amina, 1: Sofia). */
function pageModel(page: Page, index: number): Promise<unknown> {
  return page.evaluate((i) => (window as unknown as { sessions: Array<{ handle: { model(): unknown } }> }).sessions[i].handle.model(), index);
}

describe('a viewer gets a read-only editor', () => {
  it('has no element she can type into, says why, and the sign-off panel still offers her office', async () => {
    const page = await openPage('ro-viewer');
    await page.locator(`${VIEWER} .poc-readonly-note`).getByText('View only — you can read this document but not change it').waitFor();
    expect(await page.locator(`${VIEWER} .poc-editor.is-readonly`).count()).toBe(1);
    expect(await editableIn(page, `${VIEWER} .poc-app-editor`)).toEqual([]);
    // The owner's editor, on the same page, is not locked.
    expect(await page.locator(`${EDITOR} .poc-readonly-note`).count()).toBe(0);
    expect((await editableIn(page, `${EDITOR} .poc-app-editor`)).length).toBeGreaterThan(0);
    // No menus, and no button that adds or removes content, unless it is disabled.
    const adders = page.locator(`${VIEWER} .poc-app-editor :is(.poc-block-actions button, .poc-add-block, .poc-add-field, .poc-start-writing):visible`);
    for (const b of await adders.all()) expect(await b.isDisabled(), await b.evaluate((el) => el.outerHTML.slice(0, 160))).toBe(true);
    const sign = page.locator(`${VIEWER} .poc-signoff[data-role="head-of-office"] .poc-sign-btn`);
    await sign.waitFor();
    expect(await sign.isEnabled()).toBe(true);
    const status = page.locator(`${VIEWER} .poc-status-sync`);
    expect(await status.textContent()).not.toMatch(/synced/i);
    await screenshot(page, 'read-only-viewer', `${VIEWER} .poc-app`);
    await page.close();
  });

  it('typing into it, however forced, changes the document nowhere and is never called synced', async () => {
    const page = await openPage('ro-typing');
    const before = await serverModel('ro-typing');
    const syncTexts: string[] = [];
    const status = page.locator(`${VIEWER} .poc-status-sync`);
    const note = async () => void syncTexts.push((await status.textContent()) ?? '');

    // A person's way: click into text, a short field, the title, and type.
    for (const target of ['.poc-section-body p', '.poc-field input', '.poc-doc-title']) {
      const el = page.locator(`${VIEWER} .poc-app-editor ${target}`).first();
      if (!(await el.count())) continue;
      await el.click({ force: true });
      await page.keyboard.type('SRSG WAS HERE');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Backspace');
      await note();
    }
    // Forced: focus every input in turn and type into it, as a script or an extension might.
    const inputs = page.locator(`${VIEWER} .poc-app-editor input`);
    for (let i = 0; i < Math.min(await inputs.count(), 6); i++) {
      await inputs.nth(i).focus();
      await page.keyboard.type('forced');
    }
    // Forced harder: write into the Y.Doc the viewer's editor is bound to, as a tampered page could.
    await page.evaluate(() => {
      const s = (window as unknown as { sessions: Array<{ ydoc: { getMap(n: string): { set(k: string, v: unknown): void } } }> }).sessions[1];
      s.ydoc.getMap('meta').set('title', 'Forged by the viewer');
    });
    await page.locator(`${VIEWER} .poc-status-sync.is-refused`).waitFor();
    await note();
    expect(await status.textContent()).toBe('Not saved: You can read this document but not change it: your changes were not saved.');

    // Unchanged on the server, for the owner on the same page, and in the viewer's own editor (back to the server's version).
    await expect.poll(() => pageModel(page, 1)).toEqual(before);
    expect(await serverModel('ro-typing')).toEqual(before);
    expect(await pageModel(page, 0)).toEqual(before);
    expect(await page.locator(`${VIEWER} .poc-readonly-note`).count()).toBe(1);
    for (const t of syncTexts) expect(t).not.toMatch(/synced/i);
    await screenshot(page, 'read-only-viewer-refused', `${VIEWER} .poc-app`);
    await page.close();
  });
});

describe('a document that turns view-only while open', () => {
  it('says in words what was not saved, shows the server\'s version and locks the editor', async () => {
    const page = await openPage('ro-turns');
    const title = page.locator(`${VIEWER} .poc-doc-title`);
    expect(await title.isEditable()).toBe(true);
    const r = await server.api('/api/docs/ro-turns/members/sofia', { method: 'PUT', token: tokens.amina, body: { access: 'viewer' } });
    expect(r.status).toBe(200);
    await expect.poll(() => server.server.sync.listConnections().find((c) => c.user.username === 'sofia')?.access).toBe('viewer');
    const before = await serverModel('ro-turns');

    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (typed after the access changed)');
    await page.locator(`${VIEWER} .poc-status-sync.is-refused`).waitFor();
    expect(await page.locator(`${VIEWER} .poc-status-sync`).textContent()).toBe('Not saved: You can read this document but not change it: your changes were not saved.');
    await page.locator(`${VIEWER} .poc-readonly-note`).getByText('View only').waitFor();
    await expect.poll(() => pageModel(page, 1)).toEqual(before);
    expect(await serverModel('ro-turns')).toEqual(before);
    expect(await editableIn(page, `${VIEWER} .poc-app-editor`)).toEqual([]);
    await screenshot(page, 'read-only-turned', `${VIEWER} .poc-app`);
    await page.close();
  });

  it('archived by an administrator meanwhile: the change is not saved, and the editor says the document is archived', async () => {
    const page = await openPage('ro-archived');
    const r = await server.api('/api/docs/ro-archived/archived', { method: 'PUT', token: tokens.admin, body: { archived: true } });
    expect(r.status).toBe(200);
    await expect.poll(() => server.server.sync.listConnections().find((c) => c.user.username === 'sofia')?.access).toBe('viewer');
    const before = await serverModel('ro-archived');

    const title = page.locator(`${VIEWER} .poc-doc-title`);
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (typed after it was archived)');
    await page.locator(`${VIEWER} .poc-status-sync.is-refused`).waitFor();
    await page.locator(`${VIEWER} .poc-readonly-note`).getByText('Archived — read only').waitFor();
    await expect.poll(() => pageModel(page, 1)).toEqual(before);
    expect(await serverModel('ro-archived')).toEqual(before);
    expect(await editableIn(page, `${VIEWER} .poc-app-editor`)).toEqual([]);
    await page.close();
  });
});
