/**
 * The mirror's central promise: a model in normal form, written as Markdown
 * and read back, is the same model — for every built-in document type.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseMarkdown, toMarkdown } from '../../../shared/markdown/index.js';
import * as Y from 'yjs';
import { DocModelSchema, type DocModel, PREAMBLE_SECTION_ID, PREAMBLE_SECTION_TITLE, type RichBlock, type Section, type SectionItem } from '../../../shared/model/types.js';
import type { Template } from '../../../shared/template/load.js';
import { toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { contentHash } from '../../../shared/hash/canonical.js';
import { arbitraryDocModel, arbitraryPlain, arbitraryProperties, largeDocModel, normalRichText } from '../../support/generate.js';

const templates = TemplateSet.builtin();

function roundTrip(model: DocModel, opts = {}): DocModel {
  const template = templates.get(model.meta.type);
  const md = toMarkdown(model, template, opts);
  const r = parseMarkdown(md, templates, 'generated.md', opts);
  if (!r.ok) throw new Error(`parse failed: line ${r.error.line}: ${r.error.message}\n\n${md}`);
  return r.model;
}

describe.each(templates.all().map((t) => [t.id, t] as const))('%s', (_, template) => {
  test('generated models are valid models whose rich text is in normal form', () => {
    fc.assert(
      fc.property(arbitraryDocModel(template), (m) => {
        expect(DocModelSchema.safeParse(m).success).toBe(true);
        for (const s of m.sections) {
          // Each run of rich text between typed blocks is in normal form.
          let run: RichBlock[] = [];
          for (const item of [...s.content, undefined]) {
            if (item === undefined || item.t === 'block') {
              expect(normalRichText(run)).toEqual(run);
              run = [];
            } else run.push(item);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  test('model → Markdown → model is the identity', () => {
    fc.assert(
      fc.property(arbitraryDocModel(template), (m) => {
        expect(roundTrip(m)).toEqual(m);
      }),
      { numRuns: 100 },
    );
  });

  test('the identity holds when links name files other than the document ids', () => {
    const opts = { linkTarget: (id: string) => `Plans/${id.toUpperCase()}`, resolveLink: (target: string) => target.replace(/^Plans\//, '').toLowerCase() };
    fc.assert(
      fc.property(arbitraryDocModel(template), (m) => {
        expect(roundTrip(m, opts)).toEqual(m);
      }),
      { numRuns: 25 },
    );
  });

  test('content the template does not define (text before the first section, a section and a table row of its own) survives the round trip, also through the Y.Doc', () => {
    fc.assert(
      fc.property(arbitraryOddModel(template), (m) => {
        const back = roundTrip(m);
        expect(back).toEqual(m);
        const ydoc = new Y.Doc();
        writeModel(ydoc, back);
        expect(toModel(ydoc, templates)).toEqual({ model: m, problems: [] });
      }),
      { numRuns: 25 },
    );
  });

  test('a large realistic document survives the round trip', () => {
    const m = largeDocModel(template, { blocks: 60, words: 6000 });
    expect(roundTrip(m)).toEqual(m);
  });
});

describe('the note\'s own properties', () => {
  const template = templates.get('threat-matrix');
  const base = largeDocModel(template, { blocks: 2, words: 50 });

  test('any JSON values survive model → Markdown → model', () => {
    fc.assert(
      fc.property(arbitraryProperties(template), (properties) => {
        const m: DocModel = { ...base, meta: { ...base.meta, properties } };
        expect(roundTrip(m)).toEqual(m);
      }),
      { numRuns: 200 },
    );
  });

  test('they never change the content hash', () => {
    fc.assert(
      fc.property(arbitraryProperties(template), (properties) => {
        expect(contentHash({ ...base, meta: { ...base.meta, properties } })).toBe(contentHash(base));
      }),
      { numRuns: 50 },
    );
  });
});

test('a threat matrix of 120 rows, parsed in pieces, survives the round trip', () => {
  const m = largeDocModel(templates.get('threat-matrix'), { blocks: 120, words: 1000, seed: 7 });
  expect(roundTrip(m)).toEqual(m);
});

test('writing the same model twice gives the same text', () => {
  const t = templates.get('strategy');
  const m = largeDocModel(t, { blocks: 10, words: 500 });
  expect(toMarkdown(m, t)).toBe(toMarkdown(structuredClone(m), t));
});

test('largeDocModel is deterministic for the same options', () => {
  const t = templates.get('action-plan');
  expect(largeDocModel(t, { blocks: 20, seed: 3 })).toEqual(largeDocModel(t, { blocks: 20, seed: 3 }));
  expect(largeDocModel(t, { blocks: 20, seed: 3 })).not.toEqual(largeDocModel(t, { blocks: 20, seed: 4 }));
});

test('largeDocModel reaches the requested size', () => {
  const m = largeDocModel(templates.get('threat-matrix'), { blocks: 500, words: 100 });
  const threats = m.sections.flatMap((s) => s.content).filter((i) => i.t === 'block' && i.type === 'threat');
  expect(threats).toHaveLength(500);
});

test('largeDocModel reaches the requested number of words', () => {
  const m = largeDocModel(templates.get('strategy'), { words: 150_000 });
  let words = 0;
  const count = (s: string) => (words += s.split(/\s+/).filter(Boolean).length);
  const rich = (blocks: readonly RichBlock[]) => {
    for (const b of blocks) {
      if (b.t === 'p') b.content.forEach((i) => i.t === 'text' && count(i.text));
      else if (b.t === 'ul') b.items.flat().forEach((i) => i.t === 'text' && count(i.text));
    }
  };
  for (const s of m.sections)
    for (const item of s.content) {
      if (item.t !== 'block') rich([item]);
      else for (const v of Object.values(item.fields)) if (Array.isArray(v)) rich(v);
    }
  expect(words).toBeGreaterThanOrEqual(150_000);
  expect(words).toBeLessThan(160_000);
});

/** The rich text of a model's sections, without its typed blocks, in normal form. */
function richOf(sections: readonly Section[]): SectionItem[] {
  return normalRichText(sections.flatMap((s) => s.content).filter((i): i is RichBlock => i.t !== 'block'));
}

/**
 * A generated model plus what a user may add in source mode: a preamble
 * section first, a section the template does not define somewhere after it,
 * and a table row of its own in the first typed block. Each is left out when
 * it would be empty, since an empty one writes nothing.
 */
function arbitraryOddModel(template: Template): fc.Arbitrary<DocModel> {
  // Names a user may type in a row of their own, including ones Object.prototype has.
  const names = ['Source', 'Mood', 'Notes from the field', 'Checked by', 'constructor', 'toString', '__proto__'];
  return fc
    .record({
      m: arbitraryDocModel(template),
      other: arbitraryDocModel(template),
      sectionId: fc.constantFrom('X', 'Z.9', 'Annex-2', '99'),
      sectionTitle: fc.oneof(arbitraryPlain, fc.constant('')),
      at: fc.nat(),
      field: fc.constantFrom(...names),
      value: arbitraryPlain,
    })
    .map(({ m, other, sectionId, sectionTitle, at, field, value }) => {
      const sections = m.sections.map((s) => ({ ...s, content: [...s.content] }));
      const own = richOf(other.sections.slice(1));
      if (!template.sections.some((s) => s.id === sectionId) && own.length) {
        sections.splice(at % (sections.length + 1), 0, { id: sectionId, title: sectionTitle, content: own });
      }
      for (const s of sections) {
        const i = s.content.findIndex((x) => x.t === 'block');
        const block = s.content[i];
        if (block?.t !== 'block') continue;
        const spec = template.blockTypes.find((b) => b.type === block.type);
        const taken = (spec?.fields ?? []).some((f) => f.name.toLowerCase() === field.toLowerCase() || f.label.toLowerCase() === field.toLowerCase());
        if (!taken) s.content[i] = { ...block, fields: { ...block.fields, [field]: [{ t: 'p', content: [{ t: 'text', text: value }] }] } };
        break;
      }
      const preamble = richOf(other.sections.slice(0, 1));
      if (preamble.length) sections.unshift({ id: PREAMBLE_SECTION_ID, title: PREAMBLE_SECTION_TITLE, content: preamble });
      return { ...m, sections };
    });
}
