// Issue 16: what a reader finds in the Word file and the PDF of each demo document — every section title, every block id and every required value, in template order; the classification on every page; the links as references a reader can follow on paper.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportDocument } from '../../../shared/export/build.js';
import { THREAT_TABLE_FIELDS } from '../../../shared/export/threat-tables.js';
import type { ExportDocument } from '../../../shared/export/export-model.js';
import type { DocModel, FieldValue, RichText } from '../../../shared/model/types.js';
import { shortValueWords } from '../../../shared/template/field-words.js';
import { translate } from '../../../shared/i18n/catalogue.js';
import { intlLocale, type Locale } from '../../../shared/i18n/locale.js';
import { exportWords } from '../../../shared/i18n/messages/export.js';
import { documentLocale } from '../../../shared/model/document-locale.js';
import { localizeTemplate } from '../../../shared/template/localize.js';
import type { Template } from '../../../shared/template/load.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { exportDocx } from '../../../server/export/docx.js';
import { exportHtml } from '../../../server/export/html.js';
import { PdfPrinter } from '../../../server/export/pdf.js';
import { renderDemoVault } from '../../../scripts/demo/render.js';
import { docxParts, expectInOrder, needPoppler, pdfPages, pdfText, pdfToPng, squash, wordText } from './read-back.js';
import { riskBandKey } from '../../../shared/validate/risk.js';
import { keepForDocs } from '../../browser/support/chromium.js';
import { ROOT } from '../../support/test-server.js';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const templates = TemplateSet.builtin();
const demo = renderDemoVault(templates).map((f) => f.model);
const titles = new Map(demo.map((m) => [m.meta.id, m.meta.title]));
const NOW = '2026-12-03T09:40:00Z';

/** The first words of rich text (its first text run), enough to find it on paper. */
function firstWords(rich: RichText): string | undefined {
  for (const b of rich) {
    const runs = b.t === 'p' ? b.content : b.t === 'ul' ? (b.items[0] ?? []) : [];
    const run = runs.find((r) => r.t === 'text' && r.text.trim().length > 3);
    if (run?.t === 'text') return run.text.trim().split(/\s+/).slice(0, 6).join(' ');
  }
  return undefined;
}

function valueNeedle(v: FieldValue | undefined, spec: Template['fields'][number], lang: Locale): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (Array.isArray(v)) return spec.kind === 'link' ? undefined : firstWords(v);
  return shortValueWords(v, spec, intlLocale(lang), lang);
}

/**
 * What a reader must find, in order: the required document fields, then per section its title, and per block its id
 * and required values — those of the block type's printed table (`table:`) in the table before the rows, the others
 * with the row; `tabled` collects the table's values (a table's cells are read in layout order, so not in sequence).
 */
function expectedNeedles(model: DocModel, englishTemplate: Template, tabled: string[] = []): string[] {
  // A document exports in its own language: the template's words in it (a French demo document, French titles and labels).
  const lang = documentLocale(model.meta);
  const template = localizeTemplate(englishTemplate, lang);
  const out: string[] = [];
  for (const f of template.fields.filter((f) => f.required)) {
    const n = valueNeedle(model.meta.fields[f.name], f, lang);
    if (n) out.push(n);
  }
  for (const s of model.sections) {
    const spec = template.sections.find((x) => x.id === s.id);
    out.push(`${s.id} ${spec?.title ?? s.title}`);
    for (const b of s.content) {
      if (b.t !== 'block') continue;
      out.push(b.id);
      const bt = template.blockTypes.find((t) => t.type === b.type)!;
      // The threat table adds likelihood and impact columns (as numbers) to the annex's seven.
      const inTable = new Set([...(bt.table ?? []), ...(bt.type === 'threat' ? THREAT_TABLE_FIELDS : [])]);
      // The title field heads the block, beside its id; the others follow in template order.
      const title = bt.fields.find((f) => f.name === bt.titleField);
      const fields = [...(title ? [title] : []), ...bt.fields.filter((f) => f !== title)];
      for (const f of fields.filter((f) => f.required)) {
        const n = valueNeedle(b.fields[f.name], f, lang);
        if (!n) continue;
        if (inTable.has(f.name)) tabled.push(typeof b.fields[f.name] === 'number' ? String(b.fields[f.name]) : n);
        else out.push(n);
      }
    }
  }
  return out;
}

const exportOf = (model: DocModel): ExportDocument =>
  exportDocument(model, templates.get(model.meta.type), { now: NOW, mission: 'MINUSAR', documentTitle: (id) => titles.get(id), webUrl: (id, block) => `https://poc.example/d/${id}${block ? `#${block}` : ''}` });

describe('the Word export of each demo document', () => {
  const words = new Map<string, { text: string; parts: Record<string, string> }>();
  beforeAll(async () => {
    for (const m of demo) {
      const parts = docxParts(await exportDocx(exportOf(m)));
      words.set(m.meta.id, { text: wordText(parts['word/document.xml']!), parts });
    }
  });

  test.each(demo.map((m) => [m.meta.title, m] as const))('%s holds every section title, block id and required value in template order', (_title, model) => {
    const { text } = words.get(model.meta.id)!;
    const tabled: string[] = [];
    expectInOrder(text, expectedNeedles(model, templates.get(model.meta.type), tabled), model.meta.title);
    for (const n of tabled) expect(text, `the table holds "${n}"`).toContain(n);
  });

  test.each(demo.map((m) => [m.meta.title, m] as const))('%s carries its classification in the header and footer of every Word section', (_title, model) => {
    const { parts } = words.get(model.meta.id)!;
    const x = exportOf(model);
    expect(x.marking).not.toBe('Classification not set');
    const marking = x.marking.toUpperCase();
    const sections = parts['word/document.xml']!.split('<w:sectPr').slice(1);
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      const header = /<w:headerReference [^>]*r:id="([^"]+)"/.exec(s)?.[1];
      const footer = /<w:footerReference [^>]*r:id="([^"]+)"/.exec(s)?.[1];
      expect(header && footer, 'every section names its header and footer').toBeTruthy();
      const rels = parts['word/_rels/document.xml.rels']!;
      for (const id of [header!, footer!]) {
        const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
        expect(wordText(parts[`word/${target}`]!)).toContain(marking);
      }
    }
    expect(parts['word/footer1.xml']).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  test('Word finds its own Heading 1–3 and Table Grid styles, so a mission restyles the file from them', () => {
    const { parts } = words.get(demo.find((m) => m.meta.type === 'threat-matrix')!.meta.id)!;
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'TableGrid']) expect(parts['word/styles.xml']).toContain(`w:styleId="${id}"`);
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="Heading1"/>');
    expect(parts['word/document.xml']).toContain('<w:tblStyle w:val="TableGrid"/>');
  });

  test('a cross-link reads as a reference to the block and its document, and links back to the web workspace', () => {
    const tm = demo.find((m) => m.meta.type === 'threat-matrix')!;
    const { text, parts } = words.get(tm.meta.id)!;
    const plan = demo.find((m) => m.meta.type === 'action-plan')!;
    expect(text).toContain(`A-1, ${plan.meta.title}`);
    // Word keeps a link's fragment (#A-1) apart from its address.
    expect(parts['word/_rels/document.xml.rels']).toContain(`Target="https://poc.example/d/${plan.meta.id}"`);
    expect(parts['word/document.xml']).toContain('w:anchor="A-1"');
  });

  test('the threat matrix prints the annex columns with rank, likelihood, impact and risk, and the heat map', () => {
    const tm = demo.find((m) => m.meta.type === 'threat-matrix')!;
    const { text } = words.get(tm.meta.id)!;
    expectInOrder(text, ['Likelihood \\ impact', 'Rank', 'Id', 'Location / priorities', 'Threat', 'Populations at risk', 'Other protection actors', 'Mission response / activities', 'Mission resources', 'Recommendations / comments', 'Likelihood', 'Impact', 'Risk'], 'threat table');
  });
});

describe('the PDF export of each demo document', () => {
  const printer = new PdfPrinter();
  const pdfs = new Map<string, Uint8Array>();
  beforeAll(async () => {
    needPoppler();
    for (const m of demo) {
      const x = exportOf(m);
      pdfs.set(m.meta.id, await printer.print(exportHtml(x, 'a4'), { paper: 'a4' }));
    }
  }, 180_000);
  afterAll(() => printer.close());

  test('the first pages of the threat matrix and the strategy render to images a person can look at (test/output/export)', () => {
    const out = join(ROOT, 'test/output/export');
    mkdirSync(out, { recursive: true });
    const rendered: Record<string, string[]> = {};
    for (const [type, first, last] of [['threat-matrix', 1, 5], ['strategy', 1, 3]] as const) {
      const model = demo.find((m) => m.meta.type === type)!;
      const pngs = pdfToPng(pdfs.get(model.meta.id)!, out, type, first, last);
      expect(pngs).toHaveLength(last - first + 1);
      // A blank A4 page at this resolution is under 2 kB; a page with text is several times that.
      for (const png of pngs) expect(statSync(png).size, png).toBeGreaterThan(5_000);
      rendered[type] = pngs;
    }
    // The README shows the matrix's title page and its heat map with the annex's table.
    keepForDocs(rendered['threat-matrix']![0]!, 'docs/issue-16', 'pdf-title-page');
    keepForDocs(rendered['threat-matrix']![2]!, 'docs/issue-16', 'pdf-threat-table');
  });

  test('a long document has a contents page listing its sections, without page numbers it cannot give', () => {
    const strategy = demo.find((m) => m.meta.type === 'strategy')!;
    const page = pdfText(pdfs.get(strategy.meta.id)!, 2).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(page[1]).toBe('Contents');
    const entries = page.slice(2, -2);
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(e, 'no dotted leaders or trailing page numbers').not.toMatch(/\.{3,}|\s\d+$/);
  });

  test('a short document has no contents page', () => {
    const tm = demo.find((m) => m.meta.type === 'threat-matrix')!;
    expect(pdfText(pdfs.get(tm.meta.id)!)).not.toContain('Contents');
  });

  test('the heat map has its key: each band with its score range', () => {
    const tm = demo.find((m) => m.meta.type === 'threat-matrix')!;
    const text = squash(pdfText(pdfs.get(tm.meta.id)!));
    for (const k of riskBandKey()) expect(text).toContain(`${k.words}: ${k.range}`);
  });

  test.each(demo.map((m) => [m.meta.title, m] as const))('%s holds every section title, block id and required value in template order', (_title, model) => {
    expectInOrder(pdfText(pdfs.get(model.meta.id)!), expectedNeedles(model, templates.get(model.meta.type)), model.meta.title);
  });

  test.each(demo.map((m) => [m.meta.title, m] as const))('%s shows its classification at the top and bottom of every page, with the page number', (_title, model) => {
    const bytes = pdfs.get(model.meta.id)!;
    // The band: the marking, and beside it the draft marking (these exports carry no sign-offs, so none is approved).
    const band = exportOf(model).pageBand;
    const lang = documentLocale(model.meta);
    expect(band).toBe(`${exportOf(model).marking.toLocaleUpperCase(lang)} · ${translate(exportWords, lang, 'marking.draft')}`);
    const pages = pdfPages(bytes);
    expect(pages).toBeGreaterThan(2);
    for (let p = 1; p <= pages; p++) {
      // pdftotext reads a page's header and footer in layout order, which a wide table can shuffle: count them instead.
      const lines = pdfText(bytes, p).split('\n').map((l) => l.trim());
      expect(lines[0], `page ${p} starts with the marking`).toBe(band);
      expect(lines.filter((l) => l === band).length, `page ${p} carries the marking at the top and the bottom`).toBeGreaterThanOrEqual(2);
      expect(lines, `page ${p} is numbered`).toContain(translate(exportWords, lang, 'page.number', { page: p, pages }));
    }
  });
});
