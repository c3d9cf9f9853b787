/**
 * End-to-end in real headless Chromium: a page mounts the real editor
 * bundle twice (Amina and Ben) against the real sync server on loopback.
 * Each test gets its own document, seeded as a client would write it.
 * Screenshots of what a user sees go to test/output/screenshots/.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { DOC_TYPES } from '../../shared/template/template-schema.js';
import { TemplateSet } from '../../shared/template/set.js';
import { validate } from '../../shared/validate/index.js';
import { filledModel } from '../support/build-model.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot, screenshotUnrolled } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const DOCS = ['tm-typing', 'tm-required', 'tm-offline', 'tm-signoff', 'tm-signoff-race', 'tm-keyboard', 'tm-links', 'tm-undo', 'ob-menu', ...DOC_TYPES.map((t) => `type-${t}`)];
const today = new Date().toISOString().slice(0, 10);
const A = '#ed0';
const B = '#ed1';

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let tokens: { amina: string; ben: string };

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  // The page's origin opens WebSockets to the sync server, which allows it as an administrator would (--allow-origin).
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  const grants = Object.fromEntries(DOCS.map((d) => [d, 'editor' as const]));
  tokens = {
    amina: await server.addUser('amina', { name: 'Amina Diallo', grants }),
    ben: await server.addUser('ben', { name: 'Ben Okafor', offices: ['head-of-office'], grants }),
  };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

const AMINA = { name: 'Amina Diallo', color: '#c2410c' };
const BEN = { name: 'Ben Okafor', color: '#1d4ed8' };
const templates = TemplateSet.builtin();

/** Seeds a document and opens a page with an editor per person (Amina's is #ed0); resolves once all have loaded it. */
async function openPage(docId: string, model: DocModel, people: Array<'amina' | 'ben'>, opts: { dark?: boolean } = {}): Promise<Page> {
  await seedDocument(server.url, docId, tokens.amina, model);
  const config: PageConfig = {
    serverUrl: server.url,
    docId,
    today,
    editors: people.map((p) => (p === 'amina' ? { token: tokens.amina, user: AMINA } : { token: tokens.ben, user: BEN, offices: ['head-of-office'] })),
  };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1440, height: people.length > 1 ? 1640 : 900 });
  await page.goto(pages.pageUrl(config, opts));
  await editorsMounted(page);
  if (people.length > 1) await page.locator(`${B} .poc-statusline`).getByText('1 other here').waitFor();
  return page;
}

/** A fully filled document of a type (see filledModel) under another id, its links to itself included. */
function filled(type: string, docId: string): DocModel {
  const model = filledModel(templates.get(type), today).build();
  return JSON.parse(JSON.stringify(model).replaceAll(`"${model.meta.id}"`, JSON.stringify(docId))) as DocModel;
}

/** Seeds the threat matrix and opens Amina's editor (A) above Ben's (B). */
function openTwoEditors(docId: string, opts: { dark?: boolean } = {}): Promise<Page> {
  return openPage(docId, threatMatrixModel(docId, today), ['amina', 'ben'], opts);
}

/**
 * Clicks into an editable paragraph and presses End, as a person would, and
 * waits until the caret really is at its end: a click that lands elsewhere
 * (the page still settling under load) is made again.
 */
async function caretAtEnd(page: Page, target: Locator): Promise<void> {
  await vi.waitFor(
    async () => {
      await target.click();
      await page.keyboard.press('End');
      const where = await target.evaluate((el) => {
        const sel = el.ownerDocument.getSelection();
        if (!sel?.focusNode || !el.contains(sel.focusNode)) return 'outside the paragraph';
        const rest = el.ownerDocument.createRange();
        rest.selectNodeContents(el);
        rest.setStart(sel.focusNode, sel.focusOffset);
        return rest.toString() === '' ? 'at its end' : 'inside the paragraph';
      });
      if (where !== 'at its end') throw new Error(`the caret is ${where}`);
    },
    { timeout: 10_000, interval: 250 },
  );
}

/** Runs a method of a page session (0: Amina, 1: Ben). */
function session(page: Page, index: number, method: 'connect' | 'disconnect'): Promise<void> {
  return page.evaluate(([i, m]) => (window as unknown as { sessions: Array<Record<string, () => void>> }).sessions[i as number][m as string](), [index, method] as const);
}

describe('two editors on one document through the real server', () => {
  it('the seeded threat matrix is complete, so the server will accept a sign-off of it', () => {
    const template = TemplateSet.builtin().get('threat-matrix');
    const errors = validate(threatMatrixModel('tm-check', today), template, { today }).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it("typing in one editor appears in the other, with the typist's named cursor", async () => {
    const page = await openTwoEditors('tm-typing');
    await page.locator(`${A} .poc-section[data-sid="1"] .poc-start-writing`).click();
    await page.keyboard.type('Raids moved south after the rains.');
    await expect.poll(() => page.locator(`${B} .poc-section[data-sid="1"] .poc-section-body`).textContent()).toContain('Raids moved south after the rains.');
    const cursor = page.locator(`${B} .poc-remote-cursor[data-user="Amina Diallo"]`);
    await cursor.waitFor();
    expect(await cursor.textContent()).toBe('Amina Diallo');
    await screenshot(page, 'two-editors-typing');
    await screenshot(page, 'threat-matrix-as-seen', `${B} .poc-app`);
    await screenshotUnrolled(page, 'threat-matrix', `${B} .poc-app`);
    await page.close();
  });

  it("a required section emptied in one editor shows as an error in the other's problems panel", async () => {
    const page = await openTwoEditors('tm-required');
    const problem = page.locator(`${B} .poc-problem[data-code="required-section-empty"][data-section="3"]`);
    expect(await problem.count()).toBe(0);
    const paragraph = page.locator(`${A} .poc-section[data-sid="3"] .poc-section-body p`).first();
    await paragraph.click({ clickCount: 3 });
    await page.keyboard.press('Backspace');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Consultation');
    expect(await page.locator(`${B} .poc-section[data-sid="3"]`).getAttribute('class')).toContain('poc-has-error');
    await screenshot(page, 'problems-panel', `${B} .poc-app-side`);
    await problem.click();
    const cursorSection = () => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('#ed1 .poc-section')?.getAttribute('data-sid'));
    await expect.poll(cursorSection).toBe('3');
    await page.close();
  });

  it('an edit made offline merges with the other editor’s edits after reconnecting', async () => {
    const page = await openTwoEditors('tm-offline');
    await session(page, 0, 'disconnect');
    await page.locator(`${A} .poc-statusline`).getByText('Offline').waitFor();
    await page.locator(`${A} .poc-section[data-sid="1"] .poc-start-writing`).click();
    await page.keyboard.type('Written offline by Amina.');
    await caretAtEnd(page, page.locator(`${B} .poc-section[data-sid="3"] .poc-section-body p`).first());
    await page.keyboard.type(' Ben added this online.');
    await page.locator(`${A} .poc-status-sync`).getByText('not yet synced').waitFor();
    expect(await page.locator(`${B} .poc-section[data-sid="1"]`).textContent()).not.toContain('Written offline by Amina.');
    await screenshot(page, 'offline-status', `${A} .poc-statusline`);
    await session(page, 0, 'connect');
    for (const ed of [A, B]) {
      await expect.poll(() => page.locator(`${ed} .poc-section[data-sid="1"]`).textContent()).toContain('Written offline by Amina.');
      await expect.poll(() => page.locator(`${ed} .poc-section[data-sid="3"]`).textContent()).toContain('Ben added this online.');
    }
    await page.locator(`${A} .poc-status-sync`).getByText('All changes synced').waitFor();
    await page.close();
  });

  it('the sign-off panel shows a server signature as valid, then as stale with what changed after an edit', async () => {
    const page = await openTwoEditors('tm-signoff');
    const row = (ed: string) => page.locator(`${ed} .poc-signoff[data-role="head-of-office"]`);
    expect(await row(A).getAttribute('data-state')).toBe('missing');
    // Amina holds no office: her button is disabled (signoff-flow.test.ts covers why); Ben confirms his approval.
    expect(await row(A).locator('.poc-sign-btn').isDisabled()).toBe(true);
    await row(B).locator('.poc-sign-btn').click();
    await page.locator(`${B} dialog`).getByRole('button', { name: 'Approve' }).click();
    await page.locator(`${A} .poc-signoff[data-role="head-of-office"][data-state="valid"]`).waitFor();
    await page.locator(`${B} .poc-signoff[data-role="head-of-office"][data-state="valid"]`).waitFor();
    expect(await row(A).locator('.poc-signoff-who').textContent()).toContain('Ben Okafor');
    await screenshot(page, 'signoff-valid', `${B} .poc-app-side`);

    await page.locator(`${A} .poc-block[data-bid="T-3"] .poc-rating[aria-label$="Likelihood"] [data-value="5"]`).click();
    await page.locator(`${B} .poc-signoff[data-role="head-of-office"][data-state="stale"]`).waitFor();
    await row(B).locator('.poc-show-changes').click();
    const change = row(B).locator('.poc-change');
    await change.first().waitFor();
    expect(await change.allTextContents()).toEqual([expect.stringContaining('T-3 "Clashes between herders and farmers over grazing land" — Likelihood changed')]);
    await screenshot(page, 'signoff-stale', `${B} .poc-app-side`);
    await page.close();
  });

  it('a sign-off sent while a colleague changes the matrix is refused, and the signer is told what changed', async () => {
    const page = await openTwoEditors('tm-signoff-race');
    const row = (ed: string) => page.locator(`${ed} .poc-signoff[data-role="head-of-office"]`);
    // Hold Ben's sign-off on its way to the server until Amina's edit has been stored: the race of issue 10.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/docs/tm-signoff-race/signoffs', async (route) => {
      await held;
      await route.continue();
    });
    const hashNow = async () => (await server.api('/api/docs/tm-signoff-race', { token: tokens.amina })).body.contentHash as string;
    const reviewed = await hashNow();
    await row(B).locator('.poc-sign-btn').click();
    await page.locator(`${B} dialog`).getByRole('button', { name: 'Approve' }).click();
    await page.locator(`${A} .poc-block[data-bid="T-3"] .poc-rating[aria-label$="Likelihood"] [data-value="5"]`).click();
    await expect.poll(hashNow).not.toBe(reviewed);
    release();
    const alert = row(B).locator('.poc-signoff-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/changed while you were reviewing it.*T-3.*Likelihood/s);
    expect(await row(B).getAttribute('data-state')).toBe('missing');
    expect(await server.server.storage.listSignoffs('tm-signoff-race')).toEqual([]);
    await screenshot(page, 'signoff-refused-changed', `${B} .poc-app-side`);
    await page.close();
  });

  it('a threat added from the keyboard gets the next id, and its ratings reach the other editor', async () => {
    const page = await openTwoEditors('tm-keyboard', { dark: true });
    await page.locator(`${A} .poc-block[data-bid="T-4"] .poc-cell-title input`).click();
    // Ben sees which field Amina is in.
    await page.locator(`${B} .poc-block[data-bid="T-4"] .poc-remote-field[data-remote-user="Amina Diallo"]`).waitFor();
    await page.keyboard.press('Enter');
    const row = page.locator(`${A} .poc-block[data-bid="T-5"]`);
    await row.waitFor();
    await page.keyboard.type('Looting of the Bara market at night');
    await page.keyboard.press('Tab');
    await page.keyboard.press('4');
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    const remote = page.locator(`${B} .poc-block[data-bid="T-5"]`);
    await expect.poll(() => remote.locator('.poc-risk').textContent()).toMatch(/^12 · #\d$/);
    expect(await remote.locator('.poc-cell-title input').inputValue()).toBe('Looting of the Bara market at night');
    await page.locator(`${B} .poc-heat-dot[data-block="T-5"]`).waitFor();
    await screenshot(page, 'dark-theme', `${A} .poc-app`);
    await page.locator(`${A} .poc-section[data-sid="2"] .poc-fold-all`).click();
    expect(await page.locator(`${A} .poc-block:not(.is-folded)`).count()).toBe(0);
    expect(await page.locator(`${A} .poc-section[data-sid="2"] .poc-fold-all`).textContent()).toBe('Unfold all');
    await screenshot(page, 'folded-rows', `${A} .poc-section[data-sid="2"]`);
    await page.close();
  });

  it('typing [[ in a field finds a block by fuzzy search and inserts a chip with its live title; a mention in text does not make the target "addressed"', async () => {
    const page = await openTwoEditors('tm-links');
    // The web page cannot see the action plan, so it claims neither "addressed" nor "not addressed yet".
    expect(await page.locator(`${B} .poc-block[data-bid="T-4"] .poc-unaddressed`).count()).toBe(0);
    await caretAtEnd(page, page.locator(`${A} .poc-block[data-bid="T-1"] .poc-field[data-name="response"] p`));
    await page.keyboard.type(' See [[expl');
    const item = page.locator(`${A} .poc-popup .poc-popup-item`);
    expect(await item.first().textContent()).toContain('T-4 · Explosive remnants near the market road');
    await page.keyboard.press('Enter');
    const chip = (ed: string) => page.locator(`${ed} .poc-block[data-bid="T-1"] .poc-link[data-block="T-4"]`);
    expect(await chip(A).locator('.poc-link-title').textContent()).toBe('Explosive remnants near the market road');
    await chip(B).waitFor();
    expect(await page.locator(`${B} .poc-block[data-bid="T-4"] .poc-backlinks`).isHidden()).toBe(true);
    await page.locator(`${B} .poc-block[data-bid="T-4"] .poc-cell-title input`).fill('Unexploded ordnance on the market road');
    await expect.poll(() => chip(A).locator('.poc-link-title').textContent()).toBe('Unexploded ordnance on the market road');
    await screenshot(page, 'cross-link', `${A} .poc-block[data-bid="T-1"]`);
    await page.close();
  });

  it("undo takes back only the user's own change, not the other person's", async () => {
    const page = await openTwoEditors('tm-undo');
    await page.locator(`${A} .poc-section[data-sid="1"] .poc-start-writing`).click();
    await page.keyboard.type('Amina wrote this.');
    await expect.poll(() => page.locator(`${B} .poc-section[data-sid="1"]`).textContent()).toContain('Amina wrote this.');
    await caretAtEnd(page, page.locator(`${B} .poc-section[data-sid="3"] .poc-section-body p`).first());
    await page.keyboard.type(' Ben wrote this.');
    await expect.poll(() => page.locator(`${A} .poc-section[data-sid="3"]`).textContent()).toContain('Ben wrote this.');
    await page.locator(`${A} .poc-section[data-sid="1"]`).getByText('Amina wrote this.').click();
    await page.keyboard.press('Control+z');
    for (const ed of [A, B]) {
      await expect.poll(() => page.locator(`${ed} .poc-section[data-sid="1"]`).textContent()).not.toContain('Amina wrote this.');
      expect(await page.locator(`${ed} .poc-section[data-sid="3"]`).textContent()).toContain('Ben wrote this.');
    }
    await page.close();
  });

  it('typing / in a section offers the block types that section allows, and inserts the chosen one with the next id', async () => {
    const page = await openPage('ob-menu', filled('operations-brief', 'ob-menu'), ['amina']);
    await caretAtEnd(page, page.locator(`${A} .poc-section[data-sid="II.b"] .poc-section-body > p`).first());
    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    // The slash sits alone in a new paragraph of the section, where the menu opens.
    await expect.poll(() => page.locator(`${A} .poc-section[data-sid="II.b"] .poc-section-body > p`).allTextContents()).toEqual(['Text of section II.b, Options.', '/']);
    const labels = page.locator(`${A} .poc-popup .poc-popup-label`);
    await labels.first().waitFor();
    expect(await labels.allTextContents()).toEqual(['Option', 'Bullet list', 'Link to a block…']);
    await page.keyboard.type('opt');
    await page.keyboard.press('Enter');
    await page.locator(`${A} .poc-section[data-sid="II.b"] .poc-block[data-bid="OPT-3"]`).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.poc-block')?.getAttribute('data-bid'))).toBe('OPT-3');
    await page.close();
  });

  for (const type of DOC_TYPES) {
    it(`a ${type} document shows its template's sections in order and draws each block from its type`, async () => {
      const template = templates.get(type);
      const docId = `type-${type}`;
      const model = filled(type, docId);
      const page = await openPage(docId, model, ['amina']);
      const sids = await page.locator(`${A} .poc-section`).evaluateAll((els) => els.map((e) => e.getAttribute('data-sid')));
      expect(sids).toEqual(template.sections.map((s) => s.id));
      const blockTypes = [...new Set(model.sections.flatMap((s) => s.content.flatMap((i) => (i.t === 'block' ? [i.type] : []))))];
      for (const bt of blockTypes) {
        const spec = template.blockTypes.find((b) => b.type === bt)!;
        const block = page.locator(`${A} .poc-block[data-type="${bt}"]`).first();
        const controls = await block.locator('[data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
        // Every field of the type is there: short ones as controls, rich ones as editable text (a rich field the block
        // does not hold yet, as the brief's SRSG comment before the SRSG signs, is not drawn).
        const first = model.sections.flatMap((s) => s.content).find((i) => i.t === 'block' && i.type === bt);
        const held = first?.t === 'block' ? first.fields : {};
        expect(new Set(controls)).toEqual(new Set(spec.fields.filter((f) => f.kind !== 'richtext' || f.name in held).map((f) => f.name)));
        await screenshot(page, `block-${type}-${bt}`, `${A} .poc-block[data-type="${bt}"] >> nth=0`);
      }
      expect(await page.locator(`${A} .poc-problem.poc-sev-error`).allTextContents()).toEqual([]);
      await screenshot(page, `type-${type}-as-seen`);
      await screenshotUnrolled(page, `type-${type}`, `${A} .poc-app`);
      await page.close();
    });
  }
});
