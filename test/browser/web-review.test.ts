/**
 * The review pages of the web workspace in real Chromium: "What changed"
 * between two versions in words, the printable reading view and the
 * version history (restore after a confirmation, save a named version),
 * each mounted alone on an in-memory version history made from real models
 * (test/browser/support/review-entry.ts), at desktop and phone widths.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawPlugin } from '../../scripts/raw-plugin.mjs';
import type { VersionEntry } from '../../shared/api/versions.js';
import type { DocModel } from '../../shared/model/types.js';
import { ModelBuilder, rich } from '../support/build-model.js';
import { cachedBuild } from '../support/cached-build.js';
import { ROOT } from '../support/test-server.js';
import { buildStylesheet } from './support/bundle.js';
import { axeProblems } from './support/axe.js';
import { type Browser, launchChromium, screenshot } from './support/chromium.js';
import { THEME } from './support/page.js';
import type { ReviewCalls, ReviewFixture } from './support/review-entry.js';

const ORIGIN = 'http://review.test';
const DOC = 'tm-juba';

/** The Juba threat matrix with T-3 rated `likelihood`. */
function juba(likelihood: number, more: (b: ModelBuilder) => ModelBuilder = (b) => b): DocModel {
  const b = ModelBuilder.of('threat-matrix', DOC)
    .meta({ title: 'Threat matrix — Juba', status: 'in-review' })
    .field('office', 'Juba field office')
    .field('reviewCadence', 'weekly')
    .field('lastReview', '2026-03-02')
    .text('1', 'Attacks near the protection site rose in February; two threats changed rank.')
    .block('2', 'threat', 'T-1', { threat: 'Raids on villages north of the river', likelihood: 4, impact: 5, threatType: 'armed-attack', perpetrator: 'Armed group A', populations: rich('Villagers, herders.') })
    .block('2', 'threat', 'T-3', { threat: 'Armed attack on the camp', likelihood, impact: 4, threatType: 'armed-attack', perpetrator: 'Militia B', imminent: true, response: rich('Night patrols around the camp.') })
    .section('3');
  return more(b).build();
}

const version = (id: string, kind: VersionEntry['kind'], createdAt: string, extra: Partial<VersionEntry> = {}): VersionEntry => ({ id, kind, createdAt, contentHash: null, ...extra });

/** A history: signed by this person (T-3 "Possible"), a named draft, an automatic version, signed since by someone else; now T-3 is "Likely". */
function fixture(mayEdit = true): ReviewFixture {
  return {
    docId: DOC,
    mayEdit,
    list: {
      versions: [
        version('v-auto', 'auto', '2026-03-04T16:00:00Z'),
        version('v-signed-other', 'signed', '2026-03-04T09:00:00Z', { name: 'Approved by Head of Mission', createdBy: 'jonas', createdByName: 'Jonas Berg', signoff: { role: 'head-of-mission', decision: 'approved' } }),
        version('v-named', 'named', '2026-03-03T11:00:00Z', { name: 'Draft sent to UNCT, 3 March', createdBy: 'amina', createdByName: 'Amina Diallo' }),
        version('v-signed-me', 'signed', '2026-03-01T08:15:00Z', { name: 'Approved by Head of Office', createdBy: 'amina', createdByName: 'Amina Diallo', signoff: { role: 'head-of-office', decision: 'approved' } }),
      ],
      lastSignedByMe: 'v-signed-me',
      lastViewed: 'v-auto',
      lastSigned: 'v-signed-other',
    },
    models: {
      'v-signed-me': juba(3),
      'v-named': juba(3, (b) => b.setFields('T-1', { response: rich('Patrols twice a week.') })),
      'v-signed-other': juba(4),
      'v-auto': juba(4),
    },
    current: juba(4, (b) => b.setFields('T-1', { response: rich('Daily patrols and an early-warning network with the community.') }).block('2', 'threat', 'T-5', { threat: 'Looting of the market', likelihood: 2, impact: 2 })),
  };
}

let browser: Browser;
let bundle: string;
let styles: string;

beforeAll(async () => {
  const outfile = join(ROOT, 'test/output/browser/review.js');
  // Built once per change of its sources (../support/cached-build.ts), not once per run of this file.
  await cachedBuild({
    entryPoints: [join(ROOT, 'test/browser/support/review-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PocReview',
    platform: 'browser',
    target: 'es2022',
    outfile,
    logLevel: 'error',
    plugins: [rawPlugin],
  });
  bundle = await readFile(outfile, 'utf8');
  styles = await readFile(await buildStylesheet(), 'utf8');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const HTML = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Review test page</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${THEME}</style><link rel="stylesheet" href="/styles.css"></head>
<body class="theme-light"><main id="root"></main><script src="/review.js"></script></body></html>`;

/** Opens `path` (e.g. "/d/tm-juba/changes") with the page `which` mounted on `f`, at `width` px. */
async function open(which: 'changes' | 'read' | 'history', path: string, f: ReviewFixture, width = 1440): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/review.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
    if (url.pathname === '/styles.css') return route.fulfill({ contentType: 'text/css', body: styles });
    return route.fulfill({ contentType: 'text/html', body: HTML() });
  });
  await page.goto(`${ORIGIN}${path}`);
  // The fixture goes as JSON text: playwright's typing of a model-sized argument is too deep for the compiler.
  await page.evaluate(([w, json]) => (window as unknown as { PocReview: { mount(w: string, r: HTMLElement, f: unknown): void } }).PocReview.mount(w, document.getElementById('root')!, JSON.parse(json)), [which, JSON.stringify(f)]);
  return page;
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { reviewCalls: ReviewCalls }).reviewCalls);

/** Each "Label: from → to" line of a block's change as the eye reads it (the words for screen readers left out). */
const fieldLines = (page: Page, block: string) =>
  page.locator(`.poc-change[data-block="${block}"] .poc-change-field`).evaluateAll((els) => els.map((el) => [...el.childNodes].filter((n) => !(n as Element).classList?.contains('poc-sr-only')).map((n) => n.textContent).join('')));

describe('what changed, between two versions', () => {
  it('starts from the version this person last signed and says "Likelihood: Possible → Likely" for T-3', async () => {
    const page = await open('changes', `/d/${DOC}/changes`, fixture());
    await page.locator('.poc-changes-view').waitFor();
    expect(await page.locator('#poc-changes-from').inputValue()).toBe('v-signed-me');
    expect(await page.locator('#poc-changes-to').inputValue()).toBe('now');
    expect(await fieldLines(page, 'T-3')).toEqual(['Likelihood: Possible → Likely']);
    expect(await page.locator('.poc-change[data-block="T-5"]').innerText()).toContain('Added: T-5 “Looting of the market”');
    expect(await page.locator('.poc-changes-summary').innerText()).toBe('2 blocks changed, 1 added in 1 section');
    await screenshot(page, 'review-changes-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'review-changes-390');
    await page.close();
  });

  it('compares the two versions chosen, and keeps them in the address', async () => {
    const page = await open('changes', `/d/${DOC}/changes`, fixture());
    await page.locator('.poc-changes-view').waitFor();
    await page.locator('#poc-changes-from').selectOption('v-signed-other');
    await page.locator('#poc-changes-to').selectOption('v-auto');
    await page.locator('.poc-changes-summary', { hasText: 'No changes' }).waitFor();
    expect(new URL(page.url()).search).toBe('?from=v-signed-other&to=v-auto');
    await page.close();
  });

  it('has links to read either version', async () => {
    const page = await open('changes', `/d/${DOC}/changes?from=v-named&to=now`, fixture());
    await page.locator('.poc-changes-view').waitFor();
    await page.getByRole('link', { name: 'Read the “from” version' }).click();
    expect((await calls(page)).navigated).toEqual([`/d/${DOC}/read?v=v-named`]);
    await page.close();
  });

  it('axe finds no serious or critical violation', async () => {
    const page = await open('changes', `/d/${DOC}/changes`, fixture());
    await page.locator('.poc-changes-view').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });
});

describe('the reading view', () => {
  it('shows a version with its fields under the template labels, and a Print button', async () => {
    const page = await open('read', `/d/${DOC}/read?v=v-named`, fixture());
    await page.locator('.poc-reading').waitFor();
    expect(await page.locator('.poc-read-title').innerText()).toBe('Threat matrix — Juba');
    const t3 = page.locator('.poc-read-block[data-block="T-3"]');
    expect(await t3.locator('.poc-read-field', { hasText: 'Likelihood' }).locator('dd').innerText()).toBe('3 (possible)');
    expect(await page.locator('.poc-read-table tbody tr').count()).toBe(2);
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'review-reading-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'review-reading-390');
    await page.close();
  });

  it('prints without buttons or links, each section on a new page', async () => {
    const page = await open('read', `/d/${DOC}/read`, fixture(), 800);
    await page.locator('.poc-reading').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.locator('.poc-review-nav').isVisible()).toBe(false);
    expect(await page.locator('.poc-read-section[data-section="2"]').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    expect(await page.locator('.poc-read-title').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'review-reading-print');
    await page.close();
  });

  it('of now records that the person has seen the document', async () => {
    const page = await open('read', `/d/${DOC}/read`, fixture());
    await page.locator('.poc-reading').waitFor();
    await expect.poll(async () => (await calls(page)).viewed).toBe(1);
    await page.close();
  });

  it('axe finds no serious or critical violation', async () => {
    const page = await open('read', `/d/${DOC}/read?v=v-signed-me`, fixture());
    await page.locator('.poc-reading').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });
});

describe('the version history', () => {
  it('lists every version with its kind, name, author and time in the mission zone', async () => {
    const page = await open('history', `/d/${DOC}/history`, fixture());
    await page.locator('.poc-history-item').first().waitFor();
    const named = page.locator('.poc-history-item[data-version="v-named"]');
    expect(await named.locator('.poc-history-kind').innerText()).toMatch(/named version/i);
    expect(await named.locator('.poc-history-name').innerText()).toBe('Draft sent to UNCT, 3 March');
    expect(await named.locator('.poc-history-when').innerText()).toMatch(/^3 Mar 2026, 13:00 (CAT|GMT\+2) · by Amina Diallo$/);
    await screenshot(page, 'review-history-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'review-history-390');
    await page.close();
  });

  it('restores a version only after a confirmation saying the current content is kept', async () => {
    const page = await open('history', `/d/${DOC}/history`, fixture());
    const restore = page.locator('.poc-history-item[data-version="v-named"]').getByRole('button', { name: 'Restore this version' });
    await restore.click();
    const dialog = page.getByRole('dialog', { name: 'Restore this version?' });
    expect(await dialog.innerText()).toContain('The current content is kept in the history');
    await screenshot(page, 'review-history-restore-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await calls(page)).restored).toEqual([]);
    await restore.click();
    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await page.locator('.poc-review-message', { hasText: 'Restored.' }).waitFor();
    expect((await calls(page)).restored).toEqual(['v-named']);
    await page.locator('.poc-history-item.is-restored').waitFor();
    await page.close();
  });

  it('saves a named version, and asks for a name when there is none', async () => {
    const page = await open('history', `/d/${DOC}/history`, fixture());
    const save = page.getByRole('button', { name: 'Save a named version' });
    await save.click();
    expect(await page.getByRole('alert').innerText()).toContain('give the version a name');
    expect(await page.getByLabel('Name of the version').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Name of the version').fill('Draft for the SRSG, 5 March');
    await save.click();
    await page.locator('.poc-history-name', { hasText: 'Draft for the SRSG, 5 March' }).waitFor();
    expect((await calls(page)).saved).toEqual(['Draft for the SRSG, 5 March']);
    await page.close();
  });

  it('says in words why a save failed', async () => {
    const page = await open('history', `/d/${DOC}/history`, { ...fixture(), saveFails: 'The server could not save the version: you may only read this document.' });
    await page.getByLabel('Name of the version').fill('Draft');
    await page.getByRole('button', { name: 'Save a named version' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('Error: the version was not saved. The server could not save the version: you may only read this document.');
    await page.close();
  });

  it('offers a viewer no restore and no save', async () => {
    const page = await open('history', `/d/${DOC}/history`, fixture(false));
    await page.locator('.poc-history-item').first().waitFor();
    expect(await page.getByRole('button', { name: 'Restore this version' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save a named version' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Compare with now' }).count()).toBe(4);
    await page.close();
  });

  it('axe finds no serious or critical violation', async () => {
    const page = await open('history', `/d/${DOC}/history`, fixture());
    await page.locator('.poc-history-item').first().waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });
});
