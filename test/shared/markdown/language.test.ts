/**
 * A document's language (`poc-lang`): the mirror writes the template's words
 * (headings, labels, choices, yes/no) in it and reads them in any language,
 * so a French file reads back to the model it came from, whose content (and
 * hash) is the English document's.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { contentHash } from '../../../shared/hash/canonical.js';
import { parseMarkdown, toMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel, TypedBlock } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { arbitraryDocModel, largeDocModel } from '../../support/generate.js';

const templates = TemplateSet.builtin();

function read(md: string): DocModel {
  const r = parseMarkdown(md, templates, 'doc.md');
  if (!r.ok) throw new Error(`parse failed: line ${r.error.line}: ${r.error.message}\n\n${md}`);
  return r.model;
}

const inFrench = (m: DocModel): DocModel => ({ ...m, meta: { ...m.meta, lang: 'fr' } });

/** A threat matrix with one threat whose short fields are filled (a choice, ratings, yes/no) and one long field. */
function threatMatrix(): DocModel {
  const threat: TypedBlock = {
    t: 'block',
    type: 'threat',
    id: 'T-1',
    fields: {
      threat: 'Raids on Kalo market',
      location: 'Kalo',
      threatType: 'sexual-violence',
      likelihood: 4,
      impact: 5,
      imminent: true,
      populations: [{ t: 'p', content: [{ t: 'text', text: 'Traders on market days.' }] }],
    },
  };
  return {
    meta: { id: 'tm-north', type: 'threat-matrix', templateVersion: 3, title: 'Sector North', status: 'draft', created: '2026-11-24', fields: { office: 'Sector North', reviewCadence: 'weekly' } },
    sections: templates.get('threat-matrix').sections.map((s) => ({ id: s.id, title: s.title, content: s.id === '2' ? [threat] : [] })),
  };
}

describe('a French document in Markdown', () => {
  test('says poc-lang: fr after created, and an English one says no language at all', () => {
    expect(toMarkdown(inFrench(threatMatrix()), templates.get('threat-matrix'))).toMatch(/\ncreated: 2026-11-24\npoc-lang: fr\n/);
    expect(toMarkdown(threatMatrix(), templates.get('threat-matrix'))).not.toContain('poc-lang');
  });

  test('writes the template section headings, field labels, choices, yes/no and the table header in French', () => {
    const md = toMarkdown(inFrench(threatMatrix()), templates.get('threat-matrix'));
    expect(md).toContain('## 2 · Menaces contre les civils');
    expect(md).toContain('| Champ ');
    expect(md).toMatch(/\| Type de menace +\| Violences sexuelles +\|/);
    expect(md).toMatch(/\| Probabilité +\| 4 +\|/);
    expect(md).toMatch(/\| Imminente +\| Oui +\|/);
    expect(md).toContain('> **Populations à risque**');
    expect(md).not.toContain('Threats to civilians');
  });

  test('reads back to the same model', () => {
    const m = inFrench(threatMatrix());
    expect(read(toMarkdown(m, templates.get('threat-matrix')))).toEqual(m);
  });

  test('keeps a section title a person changed as written, in any language', () => {
    const m = inFrench(threatMatrix());
    m.sections[0].title = 'Tendances de la semaine';
    const md = toMarkdown(m, templates.get('threat-matrix'));
    expect(md).toContain('## 1 · Tendances de la semaine');
    expect(read(md)).toEqual(m);
  });

  test('whose headings and labels are in English still reads, to the same model', () => {
    const english = toMarkdown(threatMatrix(), templates.get('threat-matrix'));
    const saysFrench = english.replace('created: 2026-11-24\n', 'created: 2026-11-24\npoc-lang: fr\n');
    expect(read(saysFrench)).toEqual(inFrench(threatMatrix()));
  });

  test('in English with French headings and labels reads to the same model as in English', () => {
    const french = toMarkdown(inFrench(threatMatrix()), templates.get('threat-matrix'));
    expect(read(french.replace('poc-lang: fr\n', ''))).toEqual(threatMatrix());
  });

  test('with a language the product does not speak is refused on its line', () => {
    const md = toMarkdown(inFrench(threatMatrix()), templates.get('threat-matrix')).replace('poc-lang: fr', 'poc-lang: de');
    const r = parseMarkdown(md, templates, 'doc.md');
    expect(r.ok ? undefined : r.error).toEqual({ file: 'doc.md', line: 8, message: expect.stringContaining('poc-lang "de" is not a language') });
  });

  test('has the content hash of the same document in English', () => {
    const french = read(toMarkdown(inFrench(threatMatrix()), templates.get('threat-matrix')));
    expect(french.meta.lang).toBe('fr');
    expect(contentHash(french)).toBe(contentHash(threatMatrix()));
  });

  test('keeps its language through the Y.Doc', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, inFrench(threatMatrix()), null, templates.get('threat-matrix'));
    expect(toModel(ydoc, templates).model.meta.lang).toBe('fr');
  });
});

describe.each(templates.all().map((t) => [t.id, t] as const))('%s in French', (_, template) => {
  test('model → French Markdown → model is the identity', () => {
    fc.assert(
      fc.property(arbitraryDocModel(template), (m) => {
        expect(read(toMarkdown(inFrench(m), template))).toEqual(inFrench(m));
      }),
      { numRuns: 30 },
    );
  });

  test('a large realistic document survives the round trip', () => {
    const m = inFrench(largeDocModel(template, { blocks: 30, words: 2000 }));
    expect(read(toMarkdown(m, template))).toEqual(m);
  });
});
