/**
 * Two people typing at the same time in the same field, in real Chromium
 * against the real server: Amina (#ed0) and Ben (#ed1) take turns typing
 * short bursts at random places (a seeded generator, so a failure replays)
 * without waiting for each other's changes to arrive, so their edits cross
 * on the wire. Amina types only a–m and Ben only N–Z on top of a text of
 * digits, so each person's characters can be picked out of the result.
 * Whatever the interleaving, both editors and a fresh load must end with
 * one value holding every character each typed, each burst in its order.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rich } from '../support/build-model.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const DOCS = ['ct-short', 'ct-title', 'ct-rich'];
const today = new Date().toISOString().slice(0, 10);
const EDITORS = ['#ed0', '#ed1'];
const ALPHABETS = ['abcdefghijklm', 'NOPQRSTUVWXYZ'];
const START = '0123456789';
const KEYSTROKES = 200;
/** Four hundred keystrokes with a caret move before each burst take a while on a shared machine. */
const TEST_TIMEOUT = 240_000;

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let tokens: { amina: string; ben: string };

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  const grants = Object.fromEntries(DOCS.map((d) => [d, 'editor' as const]));
  tokens = {
    amina: await server.addUser('amina', { name: 'Amina Diallo', grants }),
    ben: await server.addUser('ben', { name: 'Ben Okafor', grants }),
  };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same typing. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeds the threat matrix with T-3's location and affected populations set to digits, and opens both editors on it. */
async function openBoth(docId: string): Promise<Page> {
  const model = threatMatrixModel(docId, today);
  for (const s of model.sections)
    for (const item of s.content) if (item.t === 'block' && item.id === 'T-3') Object.assign(item.fields, { location: START, populations: rich(START) });
  model.meta.title = START;
  await seedDocument(server.url, docId, tokens.amina, model);
  const config: PageConfig = {
    serverUrl: server.url,
    docId,
    today,
    editors: [
      { token: tokens.amina, user: { name: 'Amina Diallo', color: '#c2410c' } },
      { token: tokens.ben, user: { name: 'Ben Okafor', color: '#1d4ed8' } },
    ],
  };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1440, height: 1640 });
  await page.goto(pages.pageUrl(config));
  await waitForSessions(page);
  await page.locator('#ed1 .poc-statusline').getByText('1 other here').waitFor();
  return page;
}

async function waitForSessions(page: Page): Promise<void> {
  await editorsMounted(page);
}

/** How one person puts the caret at a random place in the field and reads the field's value. */
interface Target {
  value(): Promise<string>;
  /** Puts the caret at a place chosen by `at` (0 ≤ at < 1) of the current text. */
  caretAt(at: number): Promise<void>;
}

function shortTarget(page: Page, editor: string): Target {
  return inputTarget(page.locator(`${editor} .poc-block[data-bid="T-3"] input[data-field="location"]`));
}

function titleTarget(page: Page, editor: string): Target {
  return inputTarget(page.locator(`${editor} .poc-doc-title`));
}

function inputTarget(input: Locator): Target {
  return {
    value: () => input.inputValue(),
    caretAt: (at) =>
      input.evaluate((el: HTMLInputElement, r) => {
        el.focus();
        const k = Math.floor(r * (el.value.length + 1));
        el.setSelectionRange(k, k);
        el.dispatchEvent(new Event('select'));
      }, at),
  };
}

function richTarget(page: Page, editor: string): Target {
  const paragraph: Locator = page.locator(`${editor} .poc-block[data-bid="T-3"] .poc-field[data-name="populations"] p`).first();
  return {
    // The text without the other person's cursor label, which y-prosemirror draws inside the paragraph.
    value: () =>
      paragraph.evaluate((el: HTMLElement) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const label of copy.querySelectorAll('.poc-remote-cursor, .ProseMirror-yjs-cursor')) label.remove();
        return copy.textContent ?? '';
      }),
    caretAt: async (at) => {
      await paragraph.evaluate((el: HTMLElement, r) => {
        (el.closest('[contenteditable="true"]') as HTMLElement).focus();
        const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        // Not inside the other person's cursor label.
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('.poc-remote-cursor')) texts.push(n as Text);
        let k = Math.floor(r * (texts.reduce((sum, t) => sum + t.length, 0) + 1));
        const sel = el.ownerDocument.getSelection()!;
        for (const t of texts) {
          if (k <= t.length) {
            sel.collapse(t, k);
            return;
          }
          k -= t.length;
        }
        sel.collapse(el, el.childNodes.length);
      }, at);
      // ProseMirror takes the new selection from the browser's selectionchange event.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    },
  };
}

/** Both people type KEYSTROKES characters each in alternating bursts at random places; returns each person's bursts. */
async function typeConcurrently(page: Page, targets: Target[], seed: number, keystrokes = KEYSTROKES): Promise<string[][]> {
  const random = prng(seed);
  const bursts: string[][] = [[], []];
  const left = [keystrokes, keystrokes];
  let who = 0;
  while (left[0] + left[1] > 0) {
    if (left[who] > 0) {
      const n = Math.min(left[who], 1 + Math.floor(random() * 6));
      let burst = '';
      for (let i = 0; i < n; i++) burst += ALPHABETS[who][Math.floor(random() * ALPHABETS[who].length)];
      await targets[who].caretAt(random());
      await page.keyboard.type(burst);
      bursts[who].push(burst);
      left[who] -= n;
    }
    who = 1 - who;
  }
  return bursts;
}

/** True when `part` can be read in `whole` left to right, skipping other characters. */
function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const c of whole) if (i < part.length && c === part[i]) i++;
  return i === part.length;
}

const sorted = (s: string) => [...s].sort().join('');

/** Checks the converged value: the start digits, each person's characters all there, and each burst in the order typed. */
function expectMerged(value: string, bursts: string[][]): void {
  expect(value.replace(/[^0-9]/g, '')).toBe(START);
  bursts.forEach((mine, who) => {
    const own = [...value].filter((c) => ALPHABETS[who].includes(c)).join('');
    expect(sorted(own)).toBe(sorted(mine.join('')));
    for (const burst of mine) expect(isSubsequence(burst, own), `burst "${burst}" of editor ${who} in order in ${own}`).toBe(true);
  });
}

/** Waits until both editors show the same value, then checks it and that a fresh load of the page shows it too. */
async function expectConverged(page: Page, target: (page: Page, editor: string) => Target, bursts: string[][], keystrokes = KEYSTROKES): Promise<string> {
  await expect
    .poll(async () => {
      const [a, b] = await Promise.all(EDITORS.map((e) => target(page, e).value()));
      return a === b && a.length === START.length + 2 * keystrokes ? a : `still apart: ${a.length} and ${b.length} characters`;
    }, { timeout: 20_000 })
    .toMatch(/^[0-9a-zA-Z]+$/);
  const value = await target(page, EDITORS[0]).value();
  expectMerged(value, bursts);
  await page.reload();
  await waitForSessions(page);
  for (const e of EDITORS) await expect.poll(() => target(page, e).value(), { timeout: 10_000 }).toBe(value);
  return value;
}

describe('two people typing at once in the same field', () => {
  it('a short text field (T-3 Location) ends with every character both typed, each burst in its order', async () => {
    const page = await openBoth('ct-short');
    const bursts = await typeConcurrently(page, EDITORS.map((e) => shortTarget(page, e)), 11);
    await expectConverged(page, shortTarget, bursts);
    await screenshot(page, 'concurrent-typing-short-field', '#ed1 .poc-block[data-bid="T-3"]');
    await page.close();
  }, TEST_TIMEOUT);

  it('the document title ends with every character both typed, each burst in its order', async () => {
    const page = await openBoth('ct-title');
    const bursts = await typeConcurrently(page, EDITORS.map((e) => titleTarget(page, e)), 13, 60);
    await expectConverged(page, titleTarget, bursts, 60);
    await page.close();
  }, TEST_TIMEOUT);

  it('a rich text field (T-3 Affected populations) ends with every character both typed, each burst in its order', async () => {
    const page = await openBoth('ct-rich');
    const bursts = await typeConcurrently(page, EDITORS.map((e) => richTarget(page, e)), 12);
    await expectConverged(page, richTarget, bursts);
    await page.close();
  }, TEST_TIMEOUT);
});
