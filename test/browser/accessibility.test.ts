/**
 * Keyboard and screen reader (issue 11): in real headless Chromium against
 * the real sync server, axe-core finds no serious or critical violation in
 * any of the five demo documents (editor and panels, light and dark
 * theme); Tab runs from the title through the editor into the panels;
 * cross-link chips are atomic (a click selects, Backspace removes the
 * chip, never the target's text); the link picker leaves nothing behind on
 * Escape and opens upward near the bottom; the heat map has a legend.
 */
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { renderDemoVault } from '../../scripts/demo/render.js';
import { documentLocale } from '../../shared/model/document-locale.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const templates = TemplateSet.builtin();
const DEMO = renderDemoVault(templates).map((f) => f.model);
const OWN = ['a11y-tab', 'a11y-chip', 'a11y-chip-key', 'a11y-picker', 'a11y-picker-up', 'a11y-read', 'a11y-heat-dark', 'a11y-rating'];
const today = new Date().toISOString().slice(0, 10);
const A = '#ed0';
const AMINA = { name: 'Amina Diallo', color: '#c2410c' };

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  const grants = Object.fromEntries([...DEMO.map((m) => m.meta.id), ...OWN].map((d) => [d, 'editor' as const]));
  token = await server.addUser('amina', { name: 'Amina Diallo', offices: ['head-of-office'], grants });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

/** Seeds a document and opens Amina's editor with its panels; resolves once the sign-off panel is drawn. */
async function openPage(model: DocModel, opts: { dark?: boolean; height?: number } = {}): Promise<Page> {
  await seedDocument(server.url, model.meta.id, token, model);
  const config: PageConfig = { serverUrl: server.url, docId: model.meta.id, today, editors: [{ token, user: AMINA, offices: ['head-of-office'] }] };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1440, height: opts.height ?? 900 });
  await page.goto(pages.pageUrl(config, opts));
  await editorsMounted(page);
  await page.locator(`${A} .poc-signoffs .poc-signoff-group`).first().waitFor();
  await page.locator(`${A} .poc-problems .poc-problems-body > *`).first().waitFor();
  return page;
}

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core over the whole editor and its panels; the serious and critical violations, one line per element. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeResult[] }> } }).axe;
    // Blocks far down the page are drawn lazily (content-visibility): axe must see them all.
    const style = document.createElement('style');
    style.textContent = '.poc-block { content-visibility: visible !important; }';
    document.head.append(style);
    const r = await axe.run(document.querySelector('#ed0'), { resultTypes: ['violations'] });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`));
}

describe('accessibility of the editor and its panels', () => {
  for (const dark of [false, true]) {
    // The French copies (demo-vault/Français) have the English documents' structure, so the light theme checks their
    // French words and lang; the dark theme, which changes colours only, runs on the English documents.
    for (const model of DEMO.filter((m) => !dark || documentLocale(m.meta) === 'en')) {
      it(`axe finds no serious or critical violation in the ${documentLocale(model.meta) === 'fr' ? 'French ' : ''}${model.meta.type} demo document ${model.meta.id} (${dark ? 'dark' : 'light'} theme)`, async () => {
        const page = await openPage(model, { dark });
        const problems = await axeProblems(page);
        expect(problems).toEqual([]);
        await page.close();
      }, 120_000);
    }
  }
});

/** The seeded threat matrix (T-1 … T-4; T-1 imminent) under an id of this file. */
function matrix(docId: string): DocModel {
  return threatMatrixModel(docId, today);
}

/** The matrix in the light theme for the tests that only read it (field names, the heat map), opened once for them. */
let readPage: Promise<Page> | undefined;
const readOnlyPage = () => (readPage ??= openPage(matrix('a11y-read')));
afterAll(async () => {
  await (await readPage)?.close();
});

/** Clicks into a paragraph and puts the caret at its end, again until it really is there (the page may still be settling). */
async function caretAtEnd(page: Page, target: Locator): Promise<void> {
  await vi.waitFor(
    async () => {
      await target.click();
      await page.keyboard.press('End');
      const atEnd = await target.evaluate((el) => {
        const sel = el.ownerDocument.getSelection();
        if (!sel?.focusNode || !el.contains(sel.focusNode)) return false;
        const rest = el.ownerDocument.createRange();
        rest.selectNodeContents(el);
        rest.setStart(sel.focusNode, sel.focusOffset);
        return rest.toString() === '';
      });
      if (!atEnd) throw new Error('the caret is not at the end of the paragraph');
    },
    { timeout: 10_000, interval: 250 },
  );
}

/** What has focus, in words a failing test can show: its block, its stop or class, and whether it is in a panel. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing';
    const sel = document.getSelection();
    const at = el.isContentEditable && sel?.focusNode ? (sel.focusNode.nodeType === 1 ? (sel.focusNode as Element) : sel.focusNode.parentElement) : el;
    const panel = at?.closest('.poc-problems') ? 'problems panel' : at?.closest('.poc-signoffs') ? 'sign-off panel' : at?.closest('.poc-editor') ? 'editor' : 'page';
    const stop = at?.closest<HTMLElement>('[data-stop]');
    const block = at?.closest<HTMLElement>('.poc-block')?.dataset.bid;
    return `${panel}${block ? ` ${block}` : ''}: ${stop ? `${stop.dataset.stop} ${stop.dataset.field ?? ''}` : `${el.tagName.toLowerCase()}.${el.className}`}`.trim();
  });
}

/** Inserts a chip to T-4 at the end of T-1's response through the link picker; resolves with its locator. */
async function insertChip(page: Page): Promise<Locator> {
  await caretAtEnd(page, page.locator(`${A} .poc-block[data-bid="T-1"] .poc-field[data-name="response"] p`));
  await page.keyboard.type(' See [[expl');
  await page.locator(`${A} .poc-popup .poc-popup-item`).first().waitFor();
  await page.keyboard.press('Enter');
  const chip = page.locator(`${A} .poc-block[data-bid="T-1"] .poc-link[data-block="T-4"]`);
  await chip.waitFor();
  return chip;
}

/** The text of T-4's rich-text fields and its title, to see that following a link to it changed nothing. */
function targetText(page: Page): Promise<string[]> {
  return Promise.all([
    page.locator(`${A} .poc-block[data-bid="T-4"] .poc-block-fields`).innerText(),
    page.locator(`${A} .poc-block[data-bid="T-4"] .poc-cell-title input`).inputValue(),
  ]);
}

describe('keyboard', () => {
  it('Tab from the title walks the editor, then reaches the problems panel and the sign-off button without wrapping', async () => {
    const page = await openPage(matrix('a11y-tab'));
    await page.locator(`${A} .poc-doc-title`).click();
    const path: string[] = [];
    for (let i = 0; i < 400 && !path.at(-1)?.startsWith('sign-off panel: button.poc-sign-btn'); i++) {
      await page.keyboard.press('Tab');
      path.push(await focused(page));
    }
    const problems = path.findIndex((p) => p.startsWith('problems panel'));
    const sign = path.findIndex((p) => p.startsWith('sign-off panel: button.poc-sign-btn'));
    expect(problems, path.slice(-20).join('\n')).toBeGreaterThan(0);
    expect(sign).toBeGreaterThan(problems);
    // Before leaving for the panels, Tab never came back to the title or the first fields.
    expect(path.slice(0, problems).filter((p) => p.includes('title'))).toEqual([]);
    expect(path[problems - 1]).toMatch(/^editor/);
    await page.close();
  }, 120_000);

  it('an arrow key on a rating moves focus without changing it; Space or a digit chooses', async () => {
    const page = await openPage(matrix('a11y-rating'));
    const group = page.getByRole('radiogroup', { name: 'T-1 Likelihood' });
    const checked = () => group.locator('[aria-checked="true"]').textContent();
    expect(await checked()).toBe('4');
    await group.locator('[aria-checked="true"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('5');
    expect(await checked()).toBe('4');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await checked()).toBe('4');
    await page.keyboard.press(' ');
    await expect.poll(checked).toBe('3');
    await page.keyboard.press('2');
    await expect.poll(checked).toBe('2');
    expect(await group.locator('button').first().getAttribute('title')).toMatch(/Space, Enter or its digit chooses it; arrows move between choices/);
    await page.close();
  }, 60_000);
});

describe('screen readers', () => {
  it("every field is named by its row and its label, and each row's buttons say which row", async () => {
    const page = await readOnlyPage();
    const rows = await page.locator(`${A} .poc-block[data-type="threat"]`).count();
    // The plain label finds the field of every row; with the row's id, exactly one.
    expect(await page.getByLabel('Location / priorities').count()).toBe(rows);
    expect(await page.getByLabel('T-3 Location / priorities').inputValue()).toBe('Lowland farms south of Kiri');
    const rich = page.getByRole('textbox', { name: 'T-3 Populations at risk' });
    expect(await rich.getAttribute('aria-multiline')).toBe('true');
    expect(await rich.innerText()).toContain('Farming households');
    for (const name of ['Delete T-3', 'Show or hide details of T-3', 'Move T-3 up', 'Move T-3 down']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
  }, 60_000);
});

describe('cross-link chips', () => {
  it('a click selects the chip instead of following it, and Backspace then removes the chip, not the text of its target', async () => {
    const page = await openPage(matrix('a11y-chip'));
    const chip = await insertChip(page);
    const before = await targetText(page);
    await chip.locator('.poc-link-id').click();
    await expect.poll(() => chip.getAttribute('class')).toContain('ProseMirror-selectednode');
    await page.getByRole('button', { name: 'Remove link to T-4' }).waitFor();
    await screenshot(page, 'chip-selected', `${A} .poc-block[data-bid="T-1"] .poc-field[data-name="response"]`);
    await page.keyboard.press('Backspace');
    await expect.poll(() => chip.count()).toBe(0);
    expect(await page.locator(`${A} .poc-block[data-bid="T-1"] .poc-field[data-name="response"]`).innerText()).toMatch(/See\s*$/);
    expect(await targetText(page)).toEqual(before);
    await page.close();
  }, 60_000);

  it('Enter on a selected chip, its open control or Ctrl+click follows it without a caret in the target, and × removes it', async () => {
    const page = await openPage(matrix('a11y-chip-key'));
    const chip = await insertChip(page);
    const before = await targetText(page);
    await chip.locator('.poc-link-id').click();
    await expect.poll(() => chip.getAttribute('class')).toContain('ProseMirror-selectednode');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('editor T-4: button.poc-fold');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('x');
    expect(await targetText(page)).toEqual(before);
    expect(await chip.count()).toBe(1);

    await chip.click({ modifiers: ['Control'] });
    await expect.poll(() => focused(page)).toBe('editor T-4: button.poc-fold');
    await page.locator(`${A} .poc-block[data-bid="T-2"] .poc-cell-title input`).focus();
    await chip.hover();
    await page.getByRole('button', { name: 'Open T-4 Explosive remnants near the market road' }).click();
    await expect.poll(() => focused(page)).toBe('editor T-4: button.poc-fold');

    await chip.hover();
    await page.getByRole('button', { name: 'Remove link to T-4' }).click();
    await expect.poll(() => chip.count()).toBe(0);
    expect(await targetText(page)).toEqual(before);
    await page.close();
  }, 60_000);
});

describe('link picker', () => {
  it('Escape closes the picker and takes back the "[[" and the query typed', async () => {
    const page = await openPage(matrix('a11y-picker'));
    const field = page.locator(`${A} .poc-block[data-bid="T-1"] .poc-field[data-name="response"]`);
    const before = await field.innerText();
    await caretAtEnd(page, field.locator('p'));
    await page.keyboard.type(' [[expl');
    await page.locator(`${A} .poc-popup .poc-popup-item`).first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${A} .poc-popup`).isHidden()).toBe(true);
    expect((await field.innerText()).trimEnd()).toBe(before.trimEnd());
    expect(await field.innerText()).not.toContain('[[');
    await page.close();
  }, 60_000);

  it('near the bottom of the pane the picker opens upward and stays inside what can be seen', async () => {
    const page = await openPage(matrix('a11y-picker-up'));
    const para = page.locator(`${A} .poc-block[data-bid="T-4"] .poc-field[data-name="response"] p`);
    // Scroll the editor's pane so the paragraph sits just above its bottom edge.
    await para.evaluate((el) => {
      const pane = el.closest('.poc-app-editor') as HTMLElement;
      pane.scrollTop += el.getBoundingClientRect().bottom - (pane.getBoundingClientRect().bottom - 24);
    });
    await caretAtEnd(page, para);
    await page.keyboard.type(' [[');
    const popup = page.locator(`${A} .poc-popup`);
    await popup.locator('.poc-popup-item').first().waitFor();
    const geometry = await popup.evaluate((el) => {
      const pane = (el.closest('.poc-app') as HTMLElement).querySelector('.poc-app-editor') as HTMLElement;
      const caret = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const p = pane.getBoundingClientRect();
      return { popupBottom: r.bottom, popupTop: r.top, caretTop: caret.top, paneTop: p.top, paneBottom: p.bottom, above: el.classList.contains('is-above') };
    });
    expect(geometry.above).toBe(true);
    expect(geometry.popupBottom).toBeLessThanOrEqual(geometry.caretTop);
    expect(geometry.popupTop).toBeGreaterThanOrEqual(geometry.paneTop);
    expect(geometry.popupBottom).toBeLessThanOrEqual(geometry.paneBottom);
    await screenshot(page, 'link-picker-upward', `${A} .poc-app-editor`);
    await page.close();
  }, 60_000);
});

describe('heat map', () => {
  for (const dark of [false, true]) {
    it(`shows imminence by shape and a text mark, and has a legend of the risk bands (${dark ? 'dark' : 'light'} theme)`, async () => {
      const page = dark ? await openPage(matrix('a11y-heat-dark'), { dark }) : await readOnlyPage();
      const heat = page.locator(`${A} .poc-heatmap`);
      const legend = heat.getByRole('list', { name: 'Key to the risk chart' });
      expect(await legend.locator('li').allTextContents()).toEqual(['low risk (1–4)', 'medium risk (5–9)', 'high risk (10–14)', 'very high risk (15–25)', '●threat', '◆!imminent threat']);
      const imminent = heat.locator('.poc-heat-dot[data-block="T-1"]');
      expect(await imminent.locator('polygon').count()).toBe(1);
      expect(await imminent.locator('text').textContent()).toBe('!');
      expect(await imminent.getAttribute('aria-label')).toMatch(/, imminent$/);
      expect(await heat.locator('.poc-heat-dot[data-block="T-2"] circle').count()).toBe(1);
      await screenshot(page, `heat-map-legend-${dark ? 'dark' : 'light'}`, `${A} .poc-heatmap`);
      if (dark) await page.close();
    }, 60_000);
  }
});
