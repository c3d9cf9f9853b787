// Issue 18: a document written in French exports in French — the title page, the draft band, the section titles and labels of its template, the dates, the heat map and the sign-off page — with none of the export's English words; an English document still exports in English.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportDocument } from '../../../shared/export/build.js';
import type { ExportDocument } from '../../../shared/export/export-model.js';
import { translate, type Message } from '../../../shared/i18n/catalogue.js';
import { exportWords } from '../../../shared/i18n/messages/export.js';
import type { DocModel } from '../../../shared/model/types.js';
import { localizeTemplate } from '../../../shared/template/localize.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { exportDocx } from '../../../server/export/docx.js';
import { exportHtml } from '../../../server/export/html.js';
import { PdfPrinter } from '../../../server/export/pdf.js';
import { renderDemoVault } from '../../../scripts/demo/render.js';
import { ROOT } from '../../support/test-server.js';
import { docxParts, needPoppler, pdfText, pdfToPng, squash, wordText } from './read-back.js';

const templates = TemplateSet.builtin();
const demo = renderDemoVault(templates).map((f) => f.model);
const NOW = '2026-12-03T09:40:00Z';
const french = demo.find((m) => m.meta.lang === 'fr' && m.meta.type === 'threat-matrix')!;
const english = demo.find((m) => (m.meta.lang ?? 'en') === 'en' && m.meta.type === 'threat-matrix')!;

const exportOf = (model: DocModel): ExportDocument => exportDocument(model, templates.get(model.meta.type), { now: NOW, mission: 'MINUSAR' });

/** The literal words of a message (its text between placeholders), for each form it has. */
function literals(m: Message): string[] {
  const forms = typeof m === 'string' ? [m] : Object.entries(m).filter(([k]) => k !== 'select').map(([, v]) => v as string);
  return forms.flatMap((f) => f.split(/\{[a-zA-Z]+\}/)).map((s) => s.trim());
}

/**
 * The English export's own longer sentences and phrases (those that differ from the French): none may show in a French
 * export. Short words ("Version", "Impact") are the same in both languages, so only phrases of 12 characters or more count.
 */
const ENGLISH_PHRASES = (() => {
  const fr = new Set(Object.values(exportWords.messages.fr).flatMap(literals));
  return [...new Set(Object.values(exportWords.messages.en).flatMap(literals))].filter((p) => p.length >= 12 && !fr.has(p));
})();

describe('a French threat matrix exported to Word', () => {
  let text = '';
  beforeAll(async () => {
    expect(french, 'the demo vault holds a French threat matrix').toBeDefined();
    text = wordText(docxParts(await exportDocx(exportOf(french)))['word/document.xml']!);
  });

  test('its title page reads in French: the draft band, the labels of its lines and the day it was exported, in French', () => {
    for (const words of ['PROJET — NON APPROUVÉ', 'Statut\u00a0: ', 'Exporté le\u00a0: ', 'Identifiant du document\u00a0: ', '3 déc. 2026, 09:40 UTC', 'Statut\u00a0: En examen']) expect(text).toContain(words);
  });

  test('its sections carry the French titles of the template and its fields the French labels', () => {
    const fr = localizeTemplate(templates.get('threat-matrix'), 'fr');
    const en = templates.get('threat-matrix');
    for (const s of french.sections) {
      const title = fr.sections.find((x) => x.id === s.id)?.title;
      if (title) expect(text).toContain(`${s.id} ${title}`);
    }
    const threat = fr.blockTypes.find((b) => b.type === 'threat')!;
    for (const label of threat.table ?? []) expect(text).toContain(threat.fields.find((f) => f.name === label)!.label);
    // The template's English section titles do not show where the French ones do.
    for (const s of en.sections) if (fr.sections.find((x) => x.id === s.id)?.title !== s.title) expect(text).not.toContain(`${s.id} ${s.title}`);
  });

  test('its threat table and heat map are in French: ranking columns, risk words and the key', () => {
    for (const words of ['Rang', 'Probabilité', 'Risque', 'Carte thermique', 'Légende', 'risque faible\u00a0: 1–4']) expect(text).toContain(words);
  });

  test('its sign-off page is in French, and says how to check the copy in French', () => {
    expect(text).toContain('Approbations');
    expect(text).toContain(translate(exportWords, 'fr', 'sign.notKnown'));
    expect(text).toContain('Comment vérifier cette copie');
  });

  test('it holds none of the English export words', () => {
    expect(ENGLISH_PHRASES.length).toBeGreaterThan(30);
    for (const phrase of ENGLISH_PHRASES) expect(text, phrase).not.toContain(phrase);
    for (const word of ['Likelihood', 'Heat map', 'Contents', 'Sign-offs', 'DRAFT', 'Dec 2026']) expect(text).not.toContain(word);
  });
});

describe('an English document', () => {
  test('exports in English: its export words and template are English, whatever language the machine speaks', async () => {
    const text = wordText(docxParts(await exportDocx(exportOf(english)))['word/document.xml']!);
    for (const words of ['DRAFT — NOT ENDORSED', 'Status: ', 'Exported: ', '3 Dec 2026, 09:40 UTC', 'Heat map', 'Sign-offs']) expect(text).toContain(words);
    for (const words of ['PROJET', 'Statut', 'Carte thermique', 'Approbations', 'déc.']) expect(text).not.toContain(words);
  });
});

describe('a French threat matrix printed to PDF', () => {
  const printer = new PdfPrinter();
  let pdf: Uint8Array;
  beforeAll(async () => {
    needPoppler();
    pdf = await printer.print(exportHtml(exportOf(french), 'a4'), { paper: 'a4' });
  }, 120_000);
  afterAll(() => printer.close());

  test('reads in French on paper: title page, band, page numbers, heat map and its key, sign-offs, with none of the English export words', () => {
    const text = squash(pdfText(pdf));
    for (const words of ['PROJET — NON APPROUVÉ', 'Statut', 'Exporté le', '3 déc. 2026', 'Page 1 sur', 'Carte thermique', 'risque faible', 'Approbations', 'Comment vérifier cette copie']) expect(text).toContain(words);
    for (const phrase of ENGLISH_PHRASES) expect(text, phrase).not.toContain(squash(phrase));
    for (const word of ['Page 1 of', 'Heat map', 'Sign-offs', 'DRAFT']) expect(text).not.toContain(word);
  });

  test('its title page renders to an image a person can look at (test/output/export/fr-threat-matrix-*.png)', () => {
    const out = join(ROOT, 'test/output/export');
    mkdirSync(out, { recursive: true });
    const pngs = pdfToPng(pdf, out, 'fr-threat-matrix', 1, 3);
    expect(pngs).toHaveLength(3);
    for (const png of pngs) expect(statSync(png).size, png).toBeGreaterThan(5_000);
  });
});
