/**
 * The web workspace as the people of issue 13 use it, end to end, in real
 * Chromium against the real server serving the app it builds (the product's
 * own entry: sign-in by cookie, WebSocket by ticket). A Head of Office signs
 * in with a token, finds what waits for her approval, opens the threat
 * matrix, reads what changed since she last signed, comments on T-3 and
 * approves; an editor in the plugin's editor (the same editor on the test
 * page) sees the comment and the approval live; an edit makes the approval
 * stale and her home page says so; a viewer cannot type; a named version is
 * saved, the document changed, the version restored, and the history has
 * both changes. The security headers and cookie flags are read from the
 * server's answers, and no WebSocket URL carries a long-lived token.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel, TypedBlock } from '../../shared/model/types.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet, cachedWebApp } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot } from './support/chromium.js';
import { type PageServer, startPageServer } from './support/page.js';
import { seedDocument } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const DOC = 'tm-web-review';
const VIEWED = 'tm-web-viewed';

let server: TestServer;
let pages: PageServer;
let browser: Browser;
const tokens: Record<'grace' | 'ed' | 'vic', string> = { grace: '', ed: '', vic: '' };
/** Every WebSocket URL any page opened. */
const sockets: string[] = [];

/** The approvable matrix with three threats (T-1 as filled, T-2 and T-3 copies of it), T-3's likelihood as given. */
function matrix(likelihood: number): DocModel {
  const model = approvableMatrix(DOC, today);
  const section = model.sections.find((s) => s.content.some((i) => i.t === 'block' && i.type === 'threat'))!;
  const first = section.content.find((i): i is TypedBlock => i.t === 'block' && i.type === 'threat')!;
  for (const id of ['T-2', 'T-3']) section.content.push({ ...structuredClone(first), id, fields: { ...structuredClone(first.fields), threat: `Threat ${id}`, ...(id === 'T-3' ? { likelihood } : {}) } });
  return model;
}

beforeAll(async () => {
  const [webDir, editor, styles] = await Promise.all([cachedWebApp(), buildEditorBundle(), buildStylesheet()]);
  // The plugin's editor runs on the test page, another origin, which the server is told to accept (as a plugin's is).
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ webDir, allowOrigins: [pages.url] });
  tokens.grace = await server.addUser('grace', { name: 'Grace Achieng', offices: ['head-of-office'], grants: { [DOC]: 'commenter', [VIEWED]: 'viewer' } });
  tokens.ed = await server.addUser('ed', { name: 'Ed Mensah', grants: { [DOC]: 'editor', [VIEWED]: 'editor' } });
  tokens.vic = await server.addUser('vic', { name: 'Vic Viewer', grants: { [DOC]: 'viewer' } });
  // Grace approved the matrix with T-3 at 2; Ed then raised it to 4: her approval is stale and the matrix waits for her again.
  await seedDocument(server.url, DOC, tokens.ed, matrix(2));
  expect((await postSignoff(server, DOC, tokens.grace, { role: 'head-of-office' })).status).toBe(201);
  await seedDocument(server.url, DOC, tokens.ed, matrix(4));
  await seedDocument(server.url, VIEWED, tokens.ed, { ...approvableMatrix(VIEWED, today), meta: { ...approvableMatrix(VIEWED, today).meta, status: 'draft' } });
  browser = await launchChromium();
  browser.context.on('page', (p) => p.on('websocket', (ws) => sockets.push(ws.url())));
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

/** A new page of `width` px for the next person: the profile's cookies are cleared, so nobody is signed in (the earlier person's pages are not used again). */
async function newPerson(width = 1440): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in on the sign-in page the app shows at `path`, and waits for the header. */
async function signIn(page: Page, path: string, token: string, name: string): Promise<void> {
  await page.goto(`${server.httpUrl}${path}`);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.poc-web-header').getByText(`Signed in as ${name}`).waitFor();
}

/** The editor on the test page, as the plugin mounts it, for `token`; resolves once loaded. */
async function pluginEditor(token: string, name: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.error(`test page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`test page console: ${m.text()}`));
  await page.goto(pages.pageUrl({ serverUrl: server.url, docId: DOC, today, editors: [{ token, user: { name, color: '#1d4ed8' } }] }));
  await editorsMounted(page);
  return page;
}

let grace: Page;
let ed: Page;

describe('the web workspace, end to end', () => {
  it('serves the app under the strict policy and signs in to an HttpOnly, SameSite=Strict cookie session', async () => {
    const html = await fetch(`${server.httpUrl}/`);
    const csp = html.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
    expect(html.headers.get('referrer-policy')).toBe('no-referrer');
    expect(html.headers.get('cache-control')).toBe('no-store');

    grace = await newPerson();
    const answer = grace.waitForResponse((r) => r.url().endsWith('/api/session') && r.request().method() === 'POST');
    await signIn(grace, '/', tokens.grace, 'Grace Achieng');
    const cookie = (await (await answer).headerValue('set-cookie')) ?? '';
    expect(cookie).toMatch(/^poc_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    const stored = (await grace.context().cookies()).find((c) => c.name === 'poc_session')!;
    expect(stored).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false });
    // The page's script cannot read it.
    expect(await grace.evaluate(() => document.cookie)).not.toContain('poc_session');
  });

  it('the Head of Office finds the matrix waiting for her approval, and opens it', async () => {
    const waiting = grace.locator('.poc-home-waiting li', { hasText: `Threat matrix ${DOC}` });
    await waiting.waitFor();
    expect(await waiting.locator('.poc-home-ask').textContent()).toMatch(/Head of Office/);
    await waiting.getByRole('link').click();
    await grace.waitForURL(`**/d/${DOC}`);
    await grace.locator('.poc-block[data-bid="T-3"]').waitFor();
  });

  it('she reads what changed since the version she signed: T-3’s likelihood, from → to', async () => {
    await grace.getByRole('link', { name: 'What changed' }).click();
    await grace.locator('.poc-changes-view').waitFor();
    const field = grace.locator('.poc-change[data-block="T-3"] .poc-change-field', { hasText: 'Likelihood' });
    await field.waitFor();
    // Ratings read as words: 2 is "unlikely", 4 "likely".
    expect((await field.innerText()).replace(/\s+/g, ' ')).toMatch(/Likelihood: Unlikely → .*Likely/);
    await screenshot(grace, 'web-workspace-changes-1440');
  });

  it('she comments on T-3 and approves; the editor in the plugin’s editor sees both live', async () => {
    ed = await pluginEditor(tokens.ed, 'Ed Mensah');
    await grace.goBack();
    await grace.locator('.poc-block[data-bid="T-3"]').waitFor();
    await grace.locator('.poc-block[data-bid="T-3"]').getByRole('button', { name: 'Comment on T-3' }).click();
    const panel = grace.locator('.poc-comments');
    await panel.getByLabel('Your comment', { exact: true }).fill('Likelihood 4 matches the JOC assessment; approving.');
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await ed.locator('.poc-comments .poc-comment-thread').getByText('Likelihood 4 matches the JOC assessment; approving.').waitFor();

    await grace.locator('.poc-signoff[data-role="head-of-office"] .poc-sign-btn').click();
    const dialog = grace.getByRole('dialog', { name: 'Sign off as Head of Office' });
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await grace.locator('.poc-signoff[data-role="head-of-office"][data-state="valid"]').waitFor();
    await ed.locator('.poc-signoff[data-role="head-of-office"][data-state="valid"]').waitFor();
  });

  it('an edit makes her approval stale, and her home page says so', async () => {
    // Ed's client changes T-3's likelihood from 4 to 5.
    await seedDocument(server.url, DOC, tokens.ed, matrix(5));
    await ed.locator('.poc-signoff[data-role="head-of-office"][data-state="stale"]').waitFor();
    await grace.getByRole('link', { name: '← All documents' }).click();
    const signoff = grace.locator(`[data-doc="${DOC}"] .poc-home-signoff`);
    await expect.poll(() => signoff.textContent(), { timeout: 15_000 }).toMatch(/Head of Office: approved an earlier version/);
  });

  it('a viewer cannot type', async () => {
    const vic = await newPerson();
    await signIn(vic, `/d/${DOC}`, tokens.vic, 'Vic Viewer');
    await vic.locator('.poc-readonly-note').waitFor();
    expect(await vic.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    await vic.close();
  });

  it('a named version is saved, the document changed, the version restored, and the history has both changes', async () => {
    const editor = await newPerson();
    await signIn(editor, `/d/${VIEWED}/history`, tokens.ed, 'Ed Mensah');
    await editor.locator('#poc-version-name').fill('Draft sent to UNCT, 3 March');
    await editor.getByRole('button', { name: 'Save a named version' }).click();
    const named = editor.locator('.poc-history-item.is-named', { hasText: 'Draft sent to UNCT, 3 March' });
    await named.waitFor();
    const namedId = (await named.getAttribute('data-version'))!;

    // The title changes after the version was saved.
    const title = `Threat matrix ${VIEWED}`;
    await seedDocument(server.url, VIEWED, tokens.ed, { ...approvableMatrix(VIEWED, today), meta: { ...approvableMatrix(VIEWED, today).meta, title: 'Renamed after UNCT', status: 'draft' } });
    expect((await server.api(`/api/docs/${VIEWED}`, { token: tokens.ed })).body.title).toBe('Renamed after UNCT');

    await editor.reload();
    await named.getByRole('button', { name: 'Restore this version' }).click();
    await editor.getByRole('dialog', { name: 'Restore this version?' }).getByRole('button', { name: 'Restore this version' }).click();
    await editor.locator('.poc-history-item.is-restored').first().waitFor();
    await expect.poll(async () => (await server.api(`/api/docs/${VIEWED}`, { token: tokens.ed })).body.title).toBe(title);

    const versions = (await server.api(`/api/docs/${VIEWED}/versions`, { token: tokens.ed })).body.versions as Array<{ id: string; kind: string; restoredFrom?: string }>;
    expect(versions.find((v) => v.kind === 'restored')?.restoredFrom).toBe(namedId);
    // The state before the restore ("Renamed after UNCT") is kept too: nothing is lost.
    const before = await Promise.all(versions.filter((v) => v.kind === 'auto').map(async (v) => (await server.api(`/api/docs/${VIEWED}/versions/${v.id}`, { token: tokens.ed })).body.model?.meta.title));
    expect(before).toContain('Renamed after UNCT');
    await editor.close();
  });

  it('on a phone the home page, the reading view and signing off work (screenshots)', async () => {
    const phone = await newPerson(390);
    await signIn(phone, '/', tokens.grace, 'Grace Achieng');
    await phone.locator('.poc-home-doc').first().waitFor();
    await screenshot(phone, 'web-workspace-home-390');
    await phone.goto(`${server.httpUrl}/d/${DOC}/read`);
    await phone.locator('.poc-reading').waitFor();
    await screenshot(phone, 'web-workspace-reading-390');
    await phone.goto(`${server.httpUrl}/d/${DOC}`);
    await phone.locator('.poc-signoff[data-role="head-of-office"] .poc-sign-btn').click();
    const dialog = phone.getByRole('dialog', { name: 'Sign off as Head of Office' });
    await dialog.waitFor();
    await screenshot(phone, 'web-workspace-signoff-390');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await phone.locator('.poc-signoff[data-role="head-of-office"][data-state="valid"]').waitFor();
    await phone.close();
  });

  it('a link to /d/<id>#T-3 opens the document at T-3, marked; a link to a block it does not have says so', async () => {
    // Grace is signed in again since the phone step.
    const page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.httpUrl}/d/${DOC}#T-3`);
    await page.locator('.poc-block.poc-linked[data-bid="T-3"]').waitFor();
    expect(await page.locator('.poc-linked').count()).toBe(1);
    expect(await page.locator('.poc-block[data-bid="T-3"]').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    })).toBe(true);
    await screenshot(page, 'web-workspace-deep-link-1440');
    await page.evaluate(() => (location.hash = '#T-99'));
    await page.locator('.poc-web-link-notice').getByText(/T-99, which is not in this document/).waitFor();
    await page.close();
  });

  it('no page opened a WebSocket URL holding a long-lived token: each used a single-use ticket', () => {
    expect(sockets.length).toBeGreaterThan(0);
    for (const url of sockets) {
      for (const t of Object.values(tokens)) expect(url).not.toContain(t);
      expect(url).not.toMatch(/[?&]token=/);
    }
  });
});
