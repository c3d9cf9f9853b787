/**
 * The sign-off flow in real Chromium against the real server: the
 * confirmation every "Sign off as …" opens, the reasons a button gives when
 * the person cannot sign or approve, and the header's status control.
 * Screenshots go to test/output/screenshots/signoff-*.png and status-control.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel, DocStatus } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel } from '../support/build-model.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const DOCS = ['tm-dialog', 'tm-approve', 'tm-reject', 'tm-errors', 'tm-not-mine', 'st-order', 'ob-order', 'tm-status'];
const today = new Date().toISOString().slice(0, 10);
const ED = '#ed0';
const templates = TemplateSet.builtin();

type Person = 'amina' | 'ben' | 'carla';
const PEOPLE: Record<Person, { name: string; color: string; offices: string[] }> = {
  amina: { name: 'Amina Diallo', color: '#c2410c', offices: [] },
  ben: { name: 'Ben Okafor', color: '#1d4ed8', offices: ['head-of-office'] },
  carla: { name: 'Carla Mendes', color: '#047857', offices: ['rc-hc', 'srsg'] },
};

let server: TestServer;
let pages: PageServer;
let browser: Browser;
const tokens = {} as Record<Person, string>;

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  const grants = Object.fromEntries(DOCS.map((d) => [d, 'editor' as const]));
  for (const p of Object.keys(PEOPLE) as Person[]) tokens[p] = await server.addUser(p, { name: PEOPLE[p].name, offices: PEOPLE[p].offices, grants });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

/** The seeded threat matrix under `docId` with `status`. */
function matrix(docId: string, status: DocStatus): DocModel {
  const model = threatMatrixModel(docId, today);
  return { ...model, meta: { ...model.meta, status } };
}

/** Seeds `model` and opens one editor as `person`; resolves once it has loaded. */
async function openAs(person: Person, docId: string, model: DocModel): Promise<Page> {
  await seedDocument(server.url, docId, tokens.amina, model);
  const { name, color, offices } = PEOPLE[person];
  const config: PageConfig = { serverUrl: server.url, docId, today, editors: [{ token: tokens[person], user: { name, color }, offices }] };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(pages.pageUrl(config));
  await editorsMounted(page);
  return page;
}

const row = (page: Page, role: string) => page.locator(`${ED} .poc-signoff[data-role="${role}"]`);
const hashOf = async (docId: string) => (await server.api(`/api/docs/${docId}`, { token: tokens.amina })).body.contentHash as string;
const activeIs = (page: Page, selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);

describe('the sign-off confirmation', () => {
  it('clicking "Sign off" opens a labelled modal dialog showing the document, the office, the version and the open problems, with focus inside', async () => {
    const page = await openAs('ben', 'tm-dialog', matrix('tm-dialog', 'in-review'));
    await row(page, 'head-of-office').locator('.poc-sign-btn').click();
    const dialog = page.getByRole('dialog', { name: 'Sign off as Head of Office' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    const summary = dialog.locator('.poc-signoff-summary');
    expect(await summary.textContent()).toContain('Sector North threat matrix');
    const hash = await hashOf('tm-dialog');
    expect(await dialog.locator('.poc-signoff-hash').textContent()).toBe(hash.slice('sha256:'.length, 'sha256:'.length + 12));
    expect(await dialog.locator('.poc-signoff-hash').getAttribute('title')).toBe(hash);
    expect(await dialog.locator('.poc-signoff-hash-full').inputValue()).toBe(hash);
    expect(await dialog.locator('.poc-signoff-open').textContent()).toMatch(/still open|No problems are open/);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await screenshot(page, 'signoff-dialog');
    await page.close();
  });

  it('Escape cancels: the dialog closes, nothing is signed, and focus is back on the button', async () => {
    const page = await openAs('ben', 'tm-dialog', matrix('tm-dialog', 'in-review'));
    await row(page, 'head-of-office').locator('.poc-sign-btn').click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await activeIs(page, '.poc-sign-btn[data-role="head-of-office"]')).toBe(true);
    expect(await server.server.storage.listSignoffs('tm-dialog')).toEqual([]);
    await page.close();
  });

  it('approving with a comment signs, the panel shows the comment, and the server marks the document approved', async () => {
    const page = await openAs('ben', 'tm-approve', matrix('tm-approve', 'in-review'));
    await row(page, 'head-of-office').locator('.poc-sign-btn').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Comment').fill('Reviewed with the JOC on Monday.');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await page.locator(`${ED} .poc-signoff[data-role="head-of-office"][data-state="valid"]`).waitFor();
    expect(await row(page, 'head-of-office').locator('.poc-signoff-comment').textContent()).toBe('“Reviewed with the JOC on Monday.”');
    // The button is gone once approved; the person stays in the office's row rather than being thrown to the top of the page.
    // Polled rather than read once: the panel redraws as the record and then the server's status arrive, and on a busy machine the check can land between the two.
    await expect.poll(() => activeIs(page, '.poc-signoff[data-role="head-of-office"]')).toBe(true);
    const [record] = await server.server.storage.listSignoffs('tm-approve');
    expect(record.payload).toMatchObject({ decision: 'approved', comment: 'Reviewed with the JOC on Monday.' });
    await page.locator(`${ED} .poc-doc-status[data-status="approved"]`).waitFor();
    expect(await page.locator(`${ED} .poc-signoff-workflow`).textContent()).toBe('Approved: every office has approved this version.');
    await screenshot(page, 'signoff-approved', `${ED} .poc-app-side`);
    await page.close();
  });

  it('a rejection needs a comment: without one the dialog stays open and says so; with one it is signed as a rejection', async () => {
    const page = await openAs('ben', 'tm-reject', matrix('tm-reject', 'in-review'));
    await row(page, 'head-of-office').locator('.poc-sign-btn').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reject and send it back').check();
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.locator('.poc-signoff-field-error').getByText('a rejection must say what to change').waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await activeIs(page, 'dialog textarea')).toBe(true);
    expect(await server.server.storage.listSignoffs('tm-reject')).toEqual([]);
    await screenshot(page, 'signoff-dialog-reject-needs-comment');
    await dialog.getByLabel('Comment').fill('Add the southern routes to T-3.');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await page.locator(`${ED} .poc-signoff[data-role="head-of-office"][data-state="valid"]`).waitFor();
    const [record] = await server.server.storage.listSignoffs('tm-reject');
    expect(record.payload).toMatchObject({ decision: 'rejected', comment: 'Add the southern routes to T-3.' });
    await page.close();
  });
});

describe('why a sign-off button cannot be used', () => {
  it('errors remain: the reason is written beside the button, and the confirmation offers only a rejection', async () => {
    const model = matrix('tm-errors', 'in-review');
    const { reviewCadence: _dropped, ...fields } = model.meta.fields;
    const page = await openAs('ben', 'tm-errors', { ...model, meta: { ...model.meta, fields } });
    const why = row(page, 'head-of-office').locator('.poc-sign-why');
    expect(await why.textContent()).toMatch(/^Fix the \d+ errors? first\. Until then you can only reject it, to send it back with your comments\.$/);
    await screenshot(page, 'signoff-reason-errors', `${ED} .poc-app-side`);
    await row(page, 'head-of-office').locator('.poc-sign-btn').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Approve').isDisabled()).toBe(true);
    expect(await dialog.getByLabel('Reject and send it back').isChecked()).toBe(true);
    expect(await dialog.locator('.poc-signoff-open').textContent()).toMatch(/^\d+ errors? /);
    await screenshot(page, 'signoff-dialog-errors');
    await page.close();
  });

  it('not your office: the button is disabled and says which office, for which area, would be needed', async () => {
    const page = await openAs('amina', 'tm-not-mine', matrix('tm-not-mine', 'in-review'));
    const button = row(page, 'head-of-office').locator('.poc-sign-btn');
    expect(await button.isDisabled()).toBe(true);
    expect(await row(page, 'head-of-office').locator('.poc-sign-why').textContent()).toBe(
      'To sign here you need the office of Head of Office for Sector North — Kiri field office, or mission-wide. You do not hold it for this document.',
    );
    await screenshot(page, 'signoff-reason-not-your-office', `${ED} .poc-app-side`);
    await page.close();
  });

  it('the strategy’s two endorsements are unordered: the RC/HC may sign for the UNCT before the Head of Mission has', async () => {
    const strategy = filledModel(templates.get('strategy'), today).build();
    const model = JSON.parse(JSON.stringify(strategy).replaceAll(`"${strategy.meta.id}"`, '"st-order"')) as DocModel;
    const page = await openAs('carla', 'st-order', model);
    expect(await row(page, 'rc-hc').locator('.poc-sign-btn').isDisabled()).toBe(false);
    expect(await row(page, 'rc-hc').textContent()).not.toMatch(/must approve first/);
    expect(await row(page, 'head-of-mission').locator('.poc-sign-btn').isDisabled()).toBe(true);
    await screenshot(page, 'signoff-strategy-endorsements', `${ED} .poc-signoffs .poc-signoff-group:last-of-type`);
    await page.close();
  });

  it('an earlier office has not approved: on the operations brief, the SRSG is told the Force Commander approves first', async () => {
    // The strategy's two endorsements share a step (neither waits); the brief's Force Commander (step 1) signs before the SRSG (step 2).
    const brief = filledModel(templates.get('operations-brief'), today).build();
    const model = JSON.parse(JSON.stringify(brief).replaceAll(`"${brief.meta.id}"`, '"ob-order"')) as DocModel;
    const page = await openAs('carla', 'ob-order', model);
    expect(await row(page, 'srsg').locator('.poc-sign-why').textContent()).toMatch(/Force Commander must approve first\. Until then you can only reject it/);
    expect(await row(page, 'force-commander').locator('.poc-sign-btn').isDisabled()).toBe(true);
    await screenshot(page, 'signoff-reason-earlier-office', `${ED} .poc-signoffs .poc-signoff-group:last-of-type`);
    await page.close();
  });
});

describe('the status control', () => {
  it('moves a draft to In review from the document header, and the server keeps it', async () => {
    const page = await openAs('amina', 'tm-status', matrix('tm-status', 'draft'));
    expect(await page.locator(`${ED} .poc-doc-status`).textContent()).toBe('Draft');
    await page.locator(`${ED} .poc-status-move[data-to="in-review"]`).click();
    await page.locator(`${ED} .poc-doc-status[data-status="in-review"]`).waitFor();
    await expect.poll(async () => (await server.api('/api/docs/tm-status', { token: tokens.amina })).body.status).toBe('in-review');
    expect(await page.locator(`${ED} .poc-status-move`).textContent()).toBe('Back to Draft');
    await screenshot(page, 'status-control', `${ED} .poc-doc-header`);
    await page.close();
  });
});
