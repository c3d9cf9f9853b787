/**
 * The editor in French, in real headless Chromium against the real server:
 * the page's host sets the interface language to French before it mounts
 * (support/french-entry.ts), and on each of the five main document types
 * no word of the editor's English catalogues is left in what the editor
 * and its panels draw: text, and the aria-label, title, placeholder and
 * data-placeholder a person hears or sees.
 *
 * The documents are written in French (meta.lang), so the check covers the
 * messages of every catalogue (the editor's, and validation's in the
 * problems panel) and the built-in templates' English texts, whole or quoted
 * in a sentence. A text is skipped when it is the document's content (typed
 * text, inside the editable area) or a French template text, and a message
 * is only looked for when its English differs from its French and has a few
 * letters of its own.
 * A screenshot of the French threat matrix goes to test/output/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue, Message } from '../../shared/i18n/catalogue.js';
import { CATALOGUES as ALL_CATALOGUES } from '../../shared/i18n/catalogues.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { rawPlugin } from '../../scripts/raw-plugin.mjs';
import { templatesAsJsonPlugin } from '../../scripts/templates-as-json.mjs';
import { cachedBuild } from '../support/cached-build.js';
import { filledModel } from '../support/build-model.js';
import { ROOT, startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { type Browser, editorsMounted, launchChromium, screenshot, screenshotUnrolled } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument } from './support/seed.js';

const TYPES = ['strategy', 'action-plan', 'threat-matrix', 'operations-brief', 'resources-matrix'] as const;
const today = new Date().toISOString().slice(0, 10);
const templates = TemplateSet.builtin();
// Every catalogue: the editor's own, and validation's, whose messages the problems panel shows.
const CATALOGUES: readonly Catalogue[] = ALL_CATALOGUES;

let server: TestServer;
let french: PageServer;
let english: PageServer;
let browser: Browser;
let token: string;
let signer: string;

/** Bundles the French entry as the IIFE global `PocEditor`, with the options of support/bundle.ts (once per change of its sources). */
async function buildFrenchBundle(): Promise<string> {
  const outfile = join(ROOT, 'test/output/browser/editor-fr.js');
  await cachedBuild({ entryPoints: [join(ROOT, 'test/browser/support/french-entry.ts')], bundle: true, format: 'iife', globalName: 'PocEditor', platform: 'browser', target: 'es2022', outfile, sourcemap: 'linked', logLevel: 'error', plugins: [templatesAsJsonPlugin, rawPlugin] });
  return outfile;
}

beforeAll(async () => {
  const [fr, en, styles] = await Promise.all([buildFrenchBundle(), buildEditorBundle(), buildStylesheet()]);
  french = await startPageServer({ editor: fr, styles }, () => server.httpUrl);
  english = await startPageServer({ editor: en, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [french.url, english.url] });
  token = await server.addUser('amina', { name: 'Amina Diallo', grants: Object.fromEntries(TYPES.map((t) => [`fr-${t}`, 'editor' as const])) });
  signer = await server.addUser('ben', { name: 'Ben Okafor', offices: ['head-of-office'], grants: { 'fr-threat-matrix': 'editor' } });
  for (const type of TYPES) await seedDocument(server.url, `fr-${type}`, token, filled(type, `fr-${type}`));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await french?.stop();
  await english?.stop();
  await server?.stop();
});

/** A fully filled document of a type (test/support/build-model.ts) under `docId`. */
function filled(type: string, docId: string): DocModel {
  // Filled from the French template, so the values generated from labels are French ("Menace T-1"): a French document.
  const model = filledModel(localizeTemplate(templates.get(type), 'fr'), today).build();
  model.meta.lang = 'fr';
  model.meta.title = `Exemple — ${localizeTemplate(templates.get(type), 'fr').title}`;
  return JSON.parse(JSON.stringify(model).replaceAll(`"${model.meta.id}"`, JSON.stringify(docId))) as DocModel;
}

/** Opens a document in the editor page of `pages` (French or English), panels and all. */
async function open(pages: PageServer, docId: string, as: 'amina' | 'ben' = 'amina'): Promise<Page> {
  const editor = as === 'amina' ? { token, user: { name: 'Amina Diallo', color: '#c2410c' }, offices: [] } : { token: signer, user: { name: 'Ben Okafor', color: '#1d4ed8' }, offices: ['head-of-office'] };
  const config: PageConfig = { serverUrl: server.url, docId, today, editors: [editor] };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(pages.pageUrl(config));
  await editorsMounted(page);
  await page.locator('#ed0 .poc-signoffs .poc-signoff-workflow').waitFor();
  await page.locator('#ed0 .poc-section').first().waitFor();
  return page;
}

/**
 * Every text a person reads in the editor and its panels (not the page around them): whole text nodes and the
 * accessible names, tooltips and placeholders; the document's own typed text (inside the editable area) is left out.
 */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = Array.from(document.querySelectorAll('#ed0 .poc-editor, #ed0 .poc-panel, #ed0 .poc-popup'));
    const isContent = (el: Element | null) => !!el?.closest('.ProseMirror') && !el.closest('[contenteditable="false"]');
    const out: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!isContent(n.parentElement) && n.textContent?.trim()) out.push(n.textContent.trim());
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        if (isContent(el) && !el.matches('[data-placeholder]')) continue;
        for (const a of ['aria-label', 'title', 'placeholder', 'data-placeholder']) {
          const v = el.getAttribute(a)?.trim();
          if (v) out.push(v);
        }
      }
    }
    return out;
  });
}

/** The forms of a message (a plural's or a choice's each). */
function forms(m: Message): string[] {
  return typeof m === 'string' ? [m] : Object.entries(m).filter(([k]) => k !== 'select').map(([, v]) => v);
}

/** Each English message of the editor catalogues that French writes differently, as a pattern matching a whole text. */
/** Every French form of the editor catalogues: an English message written the same as any French one ("Commenter" the level, "Commenter" the French button) proves nothing. */
const FRENCH: ReadonlySet<string> = new Set(CATALOGUES.flatMap((c) => Object.values(c.messages.fr).flatMap(forms)));

const ENGLISH: Array<{ key: string; pattern: RegExp }> = CATALOGUES.flatMap((c) =>
  Object.entries(c.messages.en).flatMap(([key, m]) => {
    const fr = new Set([...forms(c.messages.fr[key]!), ...FRENCH]);
    return forms(m)
      // Words the same in both languages ("Document", "PDF, A4") and patterns with too few letters of their own ("{id}: {title}") say nothing.
      .filter((f) => !fr.has(f) && f.replace(/\{\w+\}/g, '').replace(/[^A-Za-z]/g, '').length >= 4)
      .map((f) => ({ key: `${c.name}:${key}`, pattern: new RegExp(`^${f.trim().split(/\{\w+\}/).map((s) => s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')).join('[\\s\\S]+?')}$`) }));
  }),
);

/** Every text of a template (titles, labels, guidance), trimmed. */
function textsOf(template: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v.trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(template);
  return out;
}

/** The built-in templates' texts in French (with French typography): the words of a French document. */
const FRENCH_TEMPLATE_TEXTS: ReadonlySet<string> = new Set(templates.all().flatMap((t) => [...textsOf(localizeTemplate(t, 'fr'))]));

/** Their English texts that French writes otherwise (ids and names are the same in both and say nothing), longest first. */
const ENGLISH_TEMPLATE_TEXTS: readonly string[] = [...new Set(templates.all().flatMap((t) => [...textsOf(t)]))]
  .filter((t) => !FRENCH_TEMPLATE_TEXTS.has(t) && /[a-z]{3,}/.test(t) && t.replace(/[^A-Za-z]/g, '').length >= 6 && !/^[a-z0-9-]+$/.test(t))
  .sort((a, b) => b.length - a.length);

/** The longer French template texts, longest first, to take out of a sentence that quotes one ("Section 1 Aperçu des menaces"). */
const QUOTED = [...FRENCH_TEMPLATE_TEXTS].filter((t) => t.length >= 6).sort((a, b) => b.length - a.length);

/**
 * The English words among `texts`, as "catalogue:key ← text" for a catalogue's message and "template ← text" for a
 * template's text (a whole text, or quoted inside a sentence); the French template words inside a text are taken out
 * first, as they are the document's, not the interface's.
 */
function englishIn(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (FRENCH_TEMPLATE_TEXTS.has(text)) continue;
    const own = QUOTED.reduce((rest, quoted) => (rest.includes(quoted) ? rest.split(quoted).join('\u0000') : rest), text);
    for (const { key, pattern } of ENGLISH) if (pattern.test(own)) found.add(`${key} ← ${text}`);
    const template = ENGLISH_TEMPLATE_TEXTS.find((t) => own.includes(t));
    if (template) found.add(`template "${template}" ← ${text}`);
  }
  return [...found];
}

describe('the editor with its interface in French', { timeout: 120_000 }, () => {
  it('the check finds the English editor words when the interface is in English (so an empty finding in French means something)', async () => {
    const page = await open(english, 'fr-threat-matrix');
    try {
      expect(englishIn(await shownTexts(page)).length).toBeGreaterThan(20);
    } finally {
      await page.close();
    }
  });

  for (const type of TYPES) {
    it(`a French ${type} document shows no English word: no message of any catalogue, no text of its template`, async () => {
      const page = await open(french, `fr-${type}`);
      try {
        const texts = await shownTexts(page);
        expect(englishIn(texts)).toEqual([]);
        expect(texts).toContain('Problèmes');
        expect(texts).toContain('Consultation et signature');
        if (type === 'threat-matrix') {
          await screenshot(page, 'editor-french-threat-matrix');
          await screenshotUnrolled(page, 'editor-french-threat-matrix-whole', '#ed0');
          // French runs about a fifth longer than English: at phone width no word may push the page sideways.
          await page.setViewportSize({ width: 390, height: 844 });
          await screenshot(page, 'editor-french-threat-matrix-390');
          await screenshotUnrolled(page, 'editor-french-threat-matrix-390-whole', '#ed0');
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('the insert menu and its empty state are in French', async () => {
    const page = await open(french, 'fr-threat-matrix');
    try {
      await page.locator('#ed0 .poc-section .poc-section-body p').first().click();
      await page.keyboard.press('Control+/');
      await page.locator('#ed0 .poc-popup:not([hidden])').waitFor();
      const texts = await shownTexts(page);
      expect(englishIn(texts)).toEqual([]);
      expect(texts).toContain('Insérer');
    } finally {
      await page.close();
    }
  });

  it('the sign-off confirmation, and its refusal of a rejection without a comment, are in French', async () => {
    const page = await open(french, 'fr-threat-matrix', 'ben');
    try {
      await page.locator('#ed0 .poc-sign-btn').click();
      const dialog = page.locator('#ed0 .poc-signoff-dialog');
      await dialog.waitFor();
      await dialog.getByText('Rejeter et renvoyer').click();
      await dialog.locator('.poc-signoff-confirm').click();
      await dialog.getByText('Écrivez un commentaire\u00a0: un rejet doit indiquer ce qu’il faut changer.').waitFor();
      const texts = await shownTexts(page);
      expect(englishIn(texts)).toEqual([]);
      expect(texts).toContain('Votre décision');
      await screenshot(page, 'editor-french-signoff-dialog');
    } finally {
      await page.close();
    }
  });
});
