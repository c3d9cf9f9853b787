/**
 * The demo vault (demo-vault/): one fully filled, cross-linked example of
 * each document type, for a fictional mission, and a second sector's threat
 * matrix (Sector South) so views across sectors have two to put together. Newcomers, the plugin and
 * the server's first start all read it, so it must parse, validate clean and
 * keep its links. Dates are checked as of 24 November 2026, the day the
 * documents were written, so the tests do not age.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validatePaths } from '../cli/commands/validate-files.js';
import { importDemoVault } from '../server/docs/demo-import.js';
import type { Storage } from '../server/storage/storage.js';
import { forEachLink, LinkIndex } from '../shared/links/index.js';
import { parseMarkdown, readFrontmatter, toMarkdown } from '../shared/markdown/index.js';
import { blocksOf } from '../shared/model/ids.js';
import type { DocModel } from '../shared/model/types.js';
import { DOC_TYPES } from '../shared/template/template-schema.js';
import { translationOf } from '../shared/picture/translations.js';
import { TemplateSet } from '../shared/template/set.js';
import { priorityImpactOf, rankThreats } from '../shared/validate/index.js';
import { toModel } from '../shared/ydoc/layout.js';
import { FRENCH_DOCS } from '../scripts/demo/french.js';
import { DOCS, type DocKey } from '../scripts/demo/mission.js';

const VAULT = join(__dirname, '..', 'demo-vault');
const TODAY = '2026-11-24';
const templates = TemplateSet.builtin();

interface VaultFile {
  name: string;
  text: string;
}

let files: VaultFile[];
/** The POC documents (files with a poc-type), parsed, by file name. */
let docs: Map<string, DocModel>;
let byType: Map<string, DocModel>;
/** The French demo documents (the "Français" folder), parsed, by file name (without the folder). */
let frenchDocs: Map<string, DocModel>;
let frenchFiles: VaultFile[];
let index: LinkIndex;

/** Links name files in a vault, as the plugin writes them: the file name maps to the document id and back. */
function vaultLinks(vault: readonly VaultFile[]) {
  const idOf = new Map<string, string>();
  for (const f of vault) {
    const id = readFrontmatter(f.text)?.id;
    if (id) idOf.set(f.name.replace(/\.md$/, ''), id);
  }
  const nameOf = new Map([...idOf].map(([name, id]) => [id, name]));
  return { resolveLink: (target: string) => idOf.get(target), linkTarget: (docId: string) => nameOf.get(docId) };
}

beforeAll(async () => {
  const names = (await readdir(VAULT)).filter((n) => n.endsWith('.md')).sort();
  files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(VAULT, name), 'utf8') })));
  const opts = vaultLinks(files);
  docs = new Map();
  for (const f of files) {
    if (!readFrontmatter(f.text)?.type) continue;
    const r = parseMarkdown(f.text, templates, f.name, opts);
    if (!r.ok) throw new Error(`${f.name}:${r.error.line}: ${r.error.message}`);
    docs.set(f.name, r.model);
  }
  const french = join(VAULT, 'Français');
  const frenchNames = (await readdir(french)).filter((n) => n.endsWith('.md')).sort();
  frenchFiles = await Promise.all(frenchNames.map(async (name) => ({ name, text: await readFile(join(french, name), 'utf8') })));
  const frenchOpts = vaultLinks([...files, ...frenchFiles]);
  frenchDocs = new Map();
  for (const f of frenchFiles) {
    const r = parseMarkdown(f.text, templates, f.name, frenchOpts);
    if (!r.ok) throw new Error(`Français/${f.name}:${r.error.line}: ${r.error.message}`);
    frenchDocs.set(f.name, r.model);
  }
  // The first of each type by file name: Sector North's threat matrix, which the other documents link to.
  byType = new Map();
  for (const m of docs.values()) if (!byType.has(m.meta.type)) byType.set(m.meta.type, m);
  index = LinkIndex.build([...docs.values()], templates);
});

function doc(type: string): DocModel {
  const m = byType.get(type);
  if (!m) throw new Error(`no ${type} in the demo vault`);
  return m;
}

/** The links a document makes to another document, as "docType/blockType" of their targets. */
function linksInto(from: DocModel, to: DocModel): string[] {
  const out: string[] = [];
  forEachLink(from, (link) => {
    if (link.docId !== to.meta.id) return;
    const target = index.resolve(link.docId, link.blockId);
    out.push(target ? `${target.docType}/${target.type}` : `unresolved ${link.blockId}`);
  });
  return out;
}

describe('the demo vault', () => {
  it('holds one POC document of each type, and a second threat matrix for another sector', () => {
    expect([...docs.values()].map((m) => m.meta.type).sort()).toEqual([...DOC_TYPES, 'threat-matrix'].sort());
    const offices = [...docs.values()].filter((m) => m.meta.type === 'threat-matrix').map((m) => m.meta.fields.office);
    expect(offices).toEqual([expect.stringMatching(/^Sector North/), expect.stringMatching(/^Sector South/)]);
  });

  it("the second sector's matrix has a catastrophic but unlikely threat that ranks with the high-risk ones (E.4.1 footnote 42)", () => {
    const south = [...docs.values()].find((m) => String(m.meta.fields.office).startsWith('Sector South'))!;
    const [first] = rankThreats(south, priorityImpactOf(templates.get('threat-matrix')));
    expect(first).toMatchObject({ id: 'T-1', risk: 10, highRisk: false, priorityImpact: true });
  });

  it('has unique document ids that the server accepts as room names', () => {
    const ids = [...docs.values()].map((m) => m.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{2,63}$/);
  });

  it('every POC document parses, and every other note has no poc-type', () => {
    // beforeAll throws on a document that does not parse; here, the notes that are not documents.
    const notes = files.filter((f) => !docs.has(f.name)).map((f) => f.name);
    expect(notes).toEqual(expect.arrayContaining(['README.md', 'Welcome.md']));
    for (const name of notes) expect(readFrontmatter(files.find((f) => f.name === name)!.text)?.type).toBeUndefined();
  });

  it('poc validate finds no errors and no warnings in it as of 24 November 2026, and skips the ordinary notes', async () => {
    const report = await validatePaths([VAULT], templates, TODAY);
    const problems = report.documents.flatMap((d) => [
      ...(d.parseError ? [`${d.file}: ${d.parseError.message}`] : []),
      ...d.diagnostics.filter((x) => x.severity !== 'info').map((x) => `${d.file}: ${x.code} ${JSON.stringify(x.location)} ${x.message}`),
    ]);
    expect(problems).toEqual([]);
    expect(report.summary).toMatchObject({ documents: docs.size + frenchDocs.size, errors: 0, warnings: 0 });
    expect(report.documents.map((d) => d.file)).not.toContain(join(VAULT, 'Welcome.md'));
  });

  it('the built CLI exits 0 on it with --today 2026-11-24', async () => {
    const cli = join(__dirname, '..', 'dist', 'poc.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'validate', VAULT, '--today', TODAY], { env: { ...process.env, CI: 'true' } });
    expect(stdout).toContain(`${docs.size + frenchDocs.size} documents: 0 errors, 0 warnings.`);
  });

  it('writing each document back as the plugin writes it gives its file unchanged (Markdown → model → Markdown)', () => {
    const opts = { ...vaultLinks(files), summary: true };
    for (const [name, model] of docs) {
      const text = files.find((f) => f.name === name)!.text;
      expect(toMarkdown(model, templates.get(model.meta.type), opts), name).toBe(text);
    }
  });

  it('every cross-link resolves to a block of another or the same document', () => {
    const broken: string[] = [];
    let count = 0;
    for (const m of docs.values())
      forEachLink(m, (link, from) => {
        count++;
        if (!index.resolve(link.docId, link.blockId)) broken.push(`${m.meta.id} ${from.blockId ?? from.section} → ${link.docId}#${link.blockId}`);
      });
    expect(broken).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it('the strategy names its Action Plan, Threat Matrix and Resources & Capabilities Matrix, and the plan and the matrix name it back', () => {
    const s = doc('strategy');
    expect(s.meta.fields).toMatchObject({
      actionPlan: doc('action-plan').meta.id,
      threatMatrix: doc('threat-matrix').meta.id,
      resourcesMatrix: doc('resources-matrix').meta.id,
    });
    expect(doc('action-plan').meta.fields.strategy).toBe(s.meta.id);
    expect(doc('resources-matrix').meta.fields.strategy).toBe(s.meta.id);
  });

  it('strategy and threat matrix link to each other: objectives to threats, threats to objectives and sources of threat', () => {
    expect(linksInto(doc('strategy'), doc('threat-matrix'))).toContain('threat-matrix/threat');
    expect(new Set(linksInto(doc('threat-matrix'), doc('strategy')))).toEqual(new Set(['strategy/objective', 'strategy/threat-source']));
  });

  it("threat matrix and action plan link to each other: threats to actions, actions' serves to threats", () => {
    expect(new Set(linksInto(doc('threat-matrix'), doc('action-plan')))).toEqual(new Set(['action-plan/action']));
    expect(new Set(linksInto(doc('action-plan'), doc('threat-matrix')))).toEqual(new Set(['threat-matrix/threat']));
  });

  it('every action serves at least one threat or strategy objective', () => {
    for (const a of blocksOf(doc('action-plan'))) {
      const serves = a.fields.serves;
      expect(Array.isArray(serves) && serves.some((b) => b.t === 'p' && b.content.some((i) => i.t === 'link')), a.id).toBe(true);
    }
  });

  it('every threat is answered by a strategy objective and by an action', () => {
    const tm = doc('threat-matrix');
    for (const t of blocksOf(tm)) {
      const from = new Set(index.backlinks(tm.meta.id, t.id).map((l) => l.docId));
      expect([...from].sort(), t.id).toEqual(expect.arrayContaining([doc('strategy').meta.id, doc('action-plan').meta.id]));
    }
  });

  it('marks imminence as para. 47 defines it: the on-going campaign of rapes (T-2) is imminent, herds arriving early (T-4) are not', () => {
    const imminent = Object.fromEntries(blocksOf(doc('threat-matrix')).map((t) => [t.id, t.fields.imminent]));
    expect(imminent).toMatchObject({ 'T-2': true, 'T-4': false });
  });

  it('every strategy objective is served by an action and assessed in the Resources & Capabilities Matrix', () => {
    const s = doc('strategy');
    for (const o of blocksOf(s).filter((b) => b.type === 'objective')) {
      const from = new Set(index.backlinks(s.meta.id, o.id).map((l) => l.docId));
      expect([...from], o.id).toEqual(expect.arrayContaining([doc('action-plan').meta.id, doc('resources-matrix').meta.id]));
    }
  });

  it("every threat of both sectors links its perpetrator to a card of the analysis, except Sector South's T-3, whose perpetrator stays plain text", () => {
    const ta = doc('threat-analysis').meta.id;
    for (const tm of [...docs.values()].filter((m) => m.meta.type === 'threat-matrix'))
      for (const t of blocksOf(tm)) {
        const cards = forEachLinkTargets(tm, t.id, 'perpetratorProfile');
        const unlinked = tm.meta.fields.office.toString().startsWith('Sector South') && t.id === 'T-3';
        expect(cards.length > 0, `${tm.meta.id} ${t.id}`).toBe(!unlinked);
        expect(typeof t.fields.perpetrator, t.id).toBe('string');
        for (const l of cards) expect(index.resolve(l.docId, l.blockId), `${t.id} → ${l.blockId}`).toMatchObject({ docId: ta, type: 'perpetrator' });
      }
  });

  it('every perpetrator of the analysis is named by a threat of a matrix (its backlinks)', () => {
    const ta = doc('threat-analysis');
    for (const p of blocksOf(ta)) expect(index.backlinks(ta.meta.id, p.id).map((l) => l.field), p.id).toContain('perpetratorProfile');
  });

  it('the protection matrix ranks Sector North places 1 to 3, with the Force\'s decision on each must-protect place', () => {
    const places = blocksOf(doc('protection-matrix'));
    expect(new Set(places.map((b) => b.fields.rank))).toEqual(new Set(['must', 'should', 'could']));
    for (const p of places.filter((b) => b.fields.rank === 'must')) expect(p.fields.forceDecision, p.id).toBeDefined();
    expect(linksInto(doc('protection-matrix'), doc('threat-matrix'))).toContain('threat-matrix/threat');
    expect(new Set(linksInto(doc('protection-matrix'), doc('threat-analysis')))).toEqual(new Set(['threat-analysis/perpetrator']));
  });

  it("the brief's target and every option link to threats in the Threat Matrix, and the recommendation to exactly one option of the brief", () => {
    const ob = doc('operations-brief');
    const tm = doc('threat-matrix').meta.id;
    for (const b of blocksOf(ob).filter((x) => x.type === 'target' || x.type === 'option')) {
      const threats = forEachLinkTargets(ob, b.id, 'threats');
      expect(threats.length, b.id).toBeGreaterThan(0);
      for (const l of threats) expect(index.resolve(l.docId, l.blockId), `${b.id} → ${l.blockId}`).toMatchObject({ docId: tm, type: 'threat' });
    }
    const recommendation = blocksOf(ob).find((b) => b.type === 'recommendation')!;
    const chosen = forEachLinkTargets(ob, recommendation.id, 'option');
    expect(chosen.map((l) => index.resolve(l.docId, l.blockId)?.type)).toEqual(['option']);
  });

  it('the brief, in review, does not read as decided: the decision is the SRSG\'s sign-off, and nothing is written as the SRSG\'s decision', () => {
    const ob = doc('operations-brief');
    expect(ob.meta.status).toBe('in-review');
    expect(blocksOf(ob).filter((b) => b.type === 'decision')).toEqual([]);
    expect(JSON.stringify(ob)).not.toMatch(/The SRSG approves|the SRSG's conditions/);
  });

  it("the server's first start imports every document, the analysis and the protection matrix included, with their cross-links pointing at document ids", async () => {
    const created = new Map<string, Uint8Array>();
    const settings = new Map<string, string>();
    const storage = {
      getSetting: async (k: string) => settings.get(k),
      setSetting: async (k: string, v: string) => void settings.set(k, v),
      listDocuments: async () => [],
      createDocument: async (id: string, _owner: string | null, update: Uint8Array) => (created.set(id, update), true),
    } as unknown as Storage;
    const ids = await importDemoVault(storage, VAULT, templates, pino({ level: 'silent' }));
    // The French copies (the "Français" folder) too: each names its English original, so a picture counts its threats once.
    expect(ids.sort()).toEqual([...docs.values(), ...frenchDocs.values()].map((m) => m.meta.id).sort());
    expect(ids).toEqual(expect.arrayContaining([doc('threat-analysis').meta.id, doc('protection-matrix').meta.id]));
    const models = [...created.values()].map((update) => {
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, update);
      return toModel(ydoc, templates).model;
    });
    const imported = LinkIndex.build(models, templates);
    const broken: string[] = [];
    for (const m of models) forEachLink(m, (l) => void (imported.resolve(l.docId, l.blockId) || broken.push(`${m.meta.id} → ${l.docId}#${l.blockId}`)));
    expect(broken).toEqual([]);
  });

  describe('in French (the "Français" folder)', () => {
    const englishOf = (m: DocModel) => {
      const key = (Object.keys(FRENCH_DOCS) as DocKey[]).find((k) => FRENCH_DOCS[k].id === m.meta.id);
      return [...docs.values()].find((e) => key !== undefined && e.meta.id === DOCS[key].id);
    };
    /** What must not change with the language: each block's id, type, field names and values that are not text. */
    const shape = (m: DocModel) =>
      m.sections.map((s) => [s.id, blocksOf({ ...m, sections: [s] }).map((b) => [b.id, b.type, Object.entries(b.fields).map(([k, v]) => [k, typeof v === 'string' && !/\s/.test(v) ? v : typeof v === 'object' ? 'rich' : typeof v === 'string' ? 'text' : v])])]);

    it('holds a French counterpart of every demo document', () => {
      expect([...frenchDocs.values()].map((m) => englishOf(m)?.meta.id).sort()).toEqual([...docs.values()].map((m) => m.meta.id).sort());
    });

    it('each document says poc-lang: fr, has an id of its own and is the French counterpart of an English one', () => {
      expect(frenchDocs.size).toBeGreaterThan(0);
      for (const [name, m] of frenchDocs) {
        expect(m.meta.lang, name).toBe('fr');
        expect([...docs.values()].map((e) => e.meta.id), name).not.toContain(m.meta.id);
        expect(englishOf(m), name).toBeDefined();
      }
    });

    it('each document names its English counterpart as the document it translates (translation-of), for the mission picture to count it once', () => {
      for (const [name, m] of frenchDocs) expect(translationOf(m), name).toBe(englishOf(m)!.meta.id);
    });

    it('each document has the blocks, fields, choices and ratings of its English counterpart, its title and prose in French', () => {
      for (const [name, m] of frenchDocs) {
        const en = englishOf(m)!;
        expect(shape(m), name).toEqual(shape(en));
        expect(m.meta.title, name).not.toBe(en.meta.title);
      }
    });

    it('their links resolve, and lead to the French counterpart of a document that has one', () => {
      const all = LinkIndex.build([...docs.values(), ...frenchDocs.values()], templates);
      const french = new Set([...frenchDocs.values()].map((m) => m.meta.id));
      const english = new Map<string, string>((Object.keys(FRENCH_DOCS) as DocKey[]).map((k) => [DOCS[k].id, FRENCH_DOCS[k].id]));
      for (const m of frenchDocs.values()) {
        forEachLink(m, (l) => {
          expect(all.resolve(l.docId, l.blockId), `${m.meta.id} → ${l.docId}#${l.blockId}`).toBeTruthy();
          expect(french.has(english.get(l.docId) ?? ''), `${m.meta.id} → ${l.docId}`).toBe(false);
        });
      }
    });

    it('writing each document back gives its file unchanged (Markdown → model → Markdown)', () => {
      const opts = { ...vaultLinks([...files, ...frenchFiles]), summary: true };
      for (const [name, model] of frenchDocs) {
        expect(toMarkdown(model, templates.get(model.meta.type), opts), name).toBe(frenchFiles.find((f) => f.name === name)!.text);
      }
    });
  });
});

/** The links in one field of one block of a model. */
function forEachLinkTargets(model: DocModel, blockId: string, field: string): Array<{ docId: string; blockId: string }> {
  const out: Array<{ docId: string; blockId: string }> = [];
  forEachLink(model, (l, from) => {
    if (from.blockId === blockId && from.field === field) out.push(l);
  });
  return out;
}
