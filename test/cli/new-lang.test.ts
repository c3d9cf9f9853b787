/**
 * `poc new <type> <file> --lang fr` writes a French document: it says
 * poc-lang: fr, takes the French template title as its default title and
 * shows its headings in French; filled in, it validates as the same
 * document in English does.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../cli/commands/new.js';
import { contentHash } from '../../shared/hash/canonical.js';
import { parseMarkdown, toMarkdown } from '../../shared/markdown/index.js';
import type { DocModel } from '../../shared/model/types.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import { TemplateSet } from '../../shared/template/set.js';
import { DOC_TYPES } from '../../shared/template/template-schema.js';
import { validate } from '../../shared/validate/index.js';
import { filledModel } from '../support/build-model.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poc-new-lang-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function read(text: string): DocModel {
  const r = parseMarkdown(text, templates, 'doc.md');
  if (!r.ok) throw new Error(`line ${r.error.line}: ${r.error.message}`);
  return r.model;
}

/** Errors and warnings, by code and place (information such as threat ranks left out). */
const problems = (model: DocModel) =>
  validate(model, templates.get(model.meta.type), { today: TODAY })
    .filter((d) => d.severity !== 'info')
    .map((d) => ({ code: d.code, severity: d.severity, location: d.location }));

describe.each(DOC_TYPES)('poc new %s --lang fr', (type) => {
  const template = templates.get(type);
  const french = localizeTemplate(template, 'fr');
  let text: string;

  beforeAll(async () => {
    const file = join(dir, `${type}.md`);
    // The filled model links within itself, under its own id: the new document gets that id.
    await newDocument(templates, type, file, { lang: 'fr', id: `${type}-demo`, today: TODAY });
    text = await readFile(file, 'utf8');
  });

  it('writes a document that says poc-lang: fr', () => {
    expect(text).toContain('\npoc-lang: fr\n');
    expect(read(text).meta.lang).toBe('fr');
  });

  it('gives it the French template title by default', () => {
    expect(read(text).meta.title).toBe(`${french.title} — ${type}`);
  });

  it('writes every section heading in French', () => {
    for (const s of french.sections) expect(text).toContain(` ${s.id} · ${s.title}\n`);
  });

  it('filled in, validates clean, as the same document in English does', () => {
    const filled = filledModel(template, TODAY).build();
    const made = read(text);
    const model: DocModel = { meta: { ...filled.meta, id: made.meta.id, title: made.meta.title, lang: 'fr' }, sections: filled.sections };
    const back = read(toMarkdown(model, template));
    expect(back).toEqual(model);
    expect(problems(back)).toEqual([]);
    expect(problems(back)).toEqual(problems({ ...model, meta: { ...model.meta, lang: undefined } }));
  });

  it('has the content hash of the same document written in English', () => {
    const filled = filledModel(template, TODAY).build();
    const fr = read(toMarkdown({ ...filled, meta: { ...filled.meta, lang: 'fr' } }, template));
    const en = read(toMarkdown(filled, template));
    expect(contentHash(fr)).toBe(contentHash(en));
  });
});

describe('poc new without --lang', () => {
  it('writes an English document, without poc-lang, titled in English', async () => {
    const file = join(dir, 'english.md');
    await newDocument(templates, 'threat-matrix', file, { id: 'tm-en', today: TODAY });
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('poc-lang');
    expect(read(text).meta.title).toBe(`${templates.get('threat-matrix').title} — english`);
  });
});
