// Issue 16, from a new user reading the exports: what the title page says a version is, the draft band, link lists, risk words, "overdue" with its day, how to check, the contents page and the file name — read from the export model and from the Word file's XML.
import { describe, expect, test } from 'vitest';
import { exportDocument, type ExportOptions } from '../../../shared/export/build.js';
import type { ExportDocument } from '../../../shared/export/export-model.js';
import { DRAFT_MARKING } from '../../../shared/export/marking.js';
import type { SignoffEvidence } from '../../../shared/export/signature-page.js';
import { contentHash } from '../../../shared/hash/canonical.js';
import type { DocModel, TypedBlock } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { RISK_WORDS, riskBandKey } from '../../../shared/validate/risk.js';
import { exportDocx } from '../../../server/export/docx.js';
import { renderDemoVault } from '../../../scripts/demo/render.js';
import { approvableMatrix } from '../../support/sign-off.js';
import { docxParts, wordText } from './read-back.js';

const templates = TemplateSet.builtin();
const demo = renderDemoVault(templates).map((f) => f.model);
const titles = new Map(demo.map((m) => [m.meta.id, m.meta.title]));
const NOW = '2026-12-03T09:40:00Z';
const SIGNED_AT = '2026-11-24T12:00:00Z';

/** A sign-off the server verified (the signature itself is the server's business; the export reads its verdict). */
function evidence(model: DocModel, opts: { decision?: 'approved' | 'rejected'; hash?: string; status?: SignoffEvidence['status'] } = {}): SignoffEvidence {
  return {
    status: opts.status ?? 'valid',
    record: {
      id: 'so-1',
      keyId: 'k1',
      signature: 'c2ln',
      payload: { docId: model.meta.id, docType: model.meta.type, templateVersion: 1, role: 'head-of-office', user: 'hoo', userName: 'Hawa Ouedraogo', decision: opts.decision ?? 'approved', comment: '', contentHash: opts.hash ?? contentHash(model), signedAt: SIGNED_AT },
    },
  };
}

const matrix = () => approvableMatrix('tm-words', '2026-11-24');
const exportOf = (model: DocModel, opts: Partial<ExportOptions> = {}): ExportDocument =>
  exportDocument(model, templates.get(model.meta.type), { now: NOW, documentTitle: (id) => titles.get(id), ...opts });
const wordOf = async (x: ExportDocument) => docxParts(await exportDocx(x));
const demoOf = (type: string) => structuredClone(demo.find((m) => m.meta.type === type)!);

describe('the status line of the title page', () => {
  test('a signed version, saved while in review, says it is the version the Head of Office approved and when', async () => {
    const model = matrix();
    expect(model.meta.status).toBe('in-review');
    const x = exportOf(model, { current: false, version: 'The version signed on 24 Nov 2026', signoffs: [evidence(model)] });
    expect(x.cover.status).toBe('Approved: this is the version approved by Head of Office on 24 Nov 2026, 12:00 UTC');
    expect(wordText((await wordOf(x))['word/document.xml']!)).toContain('Status: Approved: this is the version approved by Head of Office on 24 Nov 2026, 12:00 UTC');
  });

  test('a version no sign-off covers says the status it had when it was saved', () => {
    const model = matrix();
    const other = evidence(model, { hash: `sha256:${'0'.repeat(64)}` });
    expect(exportOf(model, { current: false, signoffs: [other] }).cover.status).toBe('In review when this version was saved');
  });

  test('a version carrying a rejection of exactly its content says so beside its status', () => {
    const model = matrix();
    expect(exportOf(model, { current: false, signoffs: [evidence(model, { decision: 'rejected' })] }).cover.status).toBe('In review when this version was saved; rejected by Head of Office on 24 Nov 2026, 12:00 UTC');
  });

  test('the document as it is now, not yet approved, keeps its status in one word', () => {
    expect(exportOf(matrix(), { signoffs: [] }).cover.status).toBe('In review');
  });

  test('a sign-off that does not verify approves nothing: the status stays what the version had', () => {
    const model = matrix();
    expect(exportOf(model, { current: false, signoffs: [evidence(model, { status: 'invalid' })] }).cover.status).toBe('In review when this version was saved');
  });
});

describe('the draft band', () => {
  test('a version nobody approved says DRAFT — NOT ENDORSED on its title page and, beside the classification, at the top and bottom of every Word page', async () => {
    const x = exportOf(matrix(), { signoffs: [] });
    expect(x.cover.draft).toBe(DRAFT_MARKING);
    expect(x.pageBand).toBe(`${x.marking.toUpperCase()} · ${DRAFT_MARKING}`);
    const parts = await wordOf(x);
    expect(wordText(parts['word/document.xml']!).split('\n').find((l) => l.trim())).toBe(DRAFT_MARKING);
    for (const part of ['word/header1.xml', 'word/footer1.xml']) expect(wordText(parts[part]!), part).toContain(`${x.marking.toUpperCase()} · ${DRAFT_MARKING}`);
  });

  test('an approved version prints no draft marking anywhere', async () => {
    const model = matrix();
    const x = exportOf(model, { current: false, signoffs: [evidence(model)] });
    expect(x.cover.draft).toBeUndefined();
    expect(x.pageBand).toBe(x.marking.toUpperCase());
    const parts = await wordOf(x);
    for (const [name, xml] of Object.entries(parts)) if (name.endsWith('.xml')) expect(wordText(xml), name).not.toContain('DRAFT');
  });

  test('a copy made from a file, whose sign-offs nobody can see, is printed as a draft even when the file says approved', () => {
    const model = matrix();
    model.meta.status = 'approved';
    const x = exportOf(model);
    expect(x.cover.draft).toBe(DRAFT_MARKING);
    expect(x.cover.status).toContain('as the file says');
  });
});

describe('links and block ids on paper', () => {
  test('a list of links is grouped by the document linked to, each title once', async () => {
    const plan = demoOf('action-plan');
    const strategy = titles.get(demo.find((m) => m.meta.type === 'strategy')!.meta.id)!;
    const north = [...titles.values()].find((t) => t.endsWith('Sector North'))!;
    const text = wordText((await wordOf(exportOf(plan)))['word/document.xml']!);
    expect(text).toContain(`Serves: ${strategy}: OBJ-3; ${north}: T-6, T-8`);
    expect(text).not.toContain(`T-6, ${north}, T-8`);
  });

  test('a link in prose keeps its reference where the author put it', async () => {
    const tm = demo.find((m) => m.meta.id === 'tm-minusar-sector-north') ?? demo.find((m) => m.meta.type === 'threat-matrix')!;
    const plan = demo.find((m) => m.meta.type === 'action-plan')!;
    expect(wordText((await wordOf(exportOf(tm)))['word/document.xml']!)).toContain(`A-1, ${plan.meta.title}`);
  });

  test('block ids are printed with a non-breaking hyphen, so "T-1" never splits across lines', async () => {
    const xml = (await wordOf(exportOf(matrix())))['word/document.xml']!;
    expect(xml).toContain('>T\u20111<');
    expect(xml).not.toMatch(/<w:t(?: [^>]*)?>T-1</);
  });
});

describe('risk words', () => {
  const north = () => demo.find((m) => m.meta.type === 'threat-matrix' && m.sections.some((s) => s.content.some((b) => b.t === 'block' && b.fields.likelihood === 4 && b.fields.impact === 5)))!;

  test("the threat table's risk column names each band as the editor and the heat map do", async () => {
    const x = exportOf(north());
    const table = x.sections.flatMap((s) => s.items).find((i) => i.t === 'table')!;
    expect(table.t === 'table' && table.columns.at(-1)).toBe('Risk');
    const risks = table.t === 'table' ? table.rows.map((r) => r.cells.at(-1)!.flatMap((f) => (f.t === 'p' ? f.runs.map((run) => run.text) : [])).join('')) : [];
    expect(risks.filter((r) => r.startsWith(`20 (${RISK_WORDS.extreme})`))).not.toHaveLength(0);
    expect(risks.join(' ')).not.toMatch(/\(high\)/);
  });

  test('the exported heat map has a key of every band with its score range', async () => {
    const text = wordText((await wordOf(exportOf(north())))['word/document.xml']!);
    for (const k of riskBandKey()) expect(text).toContain(`${k.words}: ${k.range}`);
  });

  test('the bands of the key run from 1 to 25 without a gap', () => {
    const ranges = riskBandKey().map((k) => k.range.split('–').map(Number));
    expect(ranges[0]![0]).toBe(1);
    expect(ranges.at(-1)![1]).toBe(25);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]! + 1);
  });
});

describe('an overdue action on paper', () => {
  const planWithLateAction = () => {
    const plan = demoOf('action-plan');
    const actions = plan.sections.flatMap((s) => s.content).filter((b): b is TypedBlock => b.t === 'block' && b.type === 'action');
    Object.assign(actions[0]!.fields, { dueDate: '2026-11-30', status: 'in-progress' });
    Object.assign(actions[1]!.fields, { dueDate: '2026-11-30', status: 'done' });
    return { plan, late: actions[0]!.id, done: actions[1]!.id };
  };

  test('says as of which day it is overdue: the export day, as the export writes days', async () => {
    const { plan } = planWithLateAction();
    const text = wordText((await wordOf(exportOf(plan)))['word/document.xml']!);
    expect(text).toContain('30 Nov 2026 (overdue as of 3 Dec 2026)');
    expect(text).not.toMatch(/\(overdue\)/);
  });

  test('a done action past its date is not called overdue', async () => {
    const { plan } = planWithLateAction();
    const text = wordText((await wordOf(exportOf(plan)))['word/document.xml']!);
    expect(text.match(/30 Nov 2026/g)).toHaveLength(2);
    expect(text.match(/30 Nov 2026 \(overdue/g)).toHaveLength(1);
  });
});

describe('how to check the signatures', () => {
  test("names the document's address in the web workspace first, then poc verify", () => {
    const model = matrix();
    const how = exportOf(model, { signoffs: [], webUrl: (id) => `https://poc.example/d/${id}` }).signatures.howToVerify;
    expect(how).toMatch(/^How to check this copy: open https:\/\/poc\.example\/d\/tm-words in the web workspace/);
    expect(how).toContain(contentHash(model));
    expect(how.indexOf('poc verify tm-words')).toBeGreaterThan(how.indexOf('web workspace'));
  });

  test('without a known server address names the document by its id', () => {
    expect(exportOf(matrix(), { signoffs: [] }).signatures.howToVerify).toContain('open the document "tm-words" in the web workspace');
  });
});

describe('the contents page', () => {
  test('a short document has none', async () => {
    const x = exportOf(matrix());
    expect(x.sections.length).toBeLessThan(6);
    expect(x.contents).toBe(false);
    expect(wordText((await wordOf(x))['word/document.xml']!)).not.toContain('Contents');
  });

  test('a long one has one', async () => {
    const x = exportOf(demoOf('strategy'));
    expect(x.contents).toBe(true);
    expect(wordText((await wordOf(x))['word/document.xml']!)).toContain('Contents');
  });
});

describe('the file name', () => {
  test('an export of a version is named apart from the current one', () => {
    const model = matrix();
    expect(exportOf(model).fileStem).toBe('threat-matrix-tm-words');
    expect(exportOf(model, { current: false, versionLabel: 'signed 2026-11-24' }).fileStem).toBe('threat-matrix-tm-words-version-signed-2026-11-24');
    expect(exportOf(model, { current: false, versionLabel: 'Forum of 5 Nov' }).fileStem).toBe('threat-matrix-tm-words-version-forum-of-5-nov');
  });
});
