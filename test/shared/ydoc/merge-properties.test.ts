// mergeModel properties: over generated edits and generated documents of every template, the merge makes the Y.Doc hold the file and keeps peers' edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocModel, RichBlock, TypedBlock } from '../../../shared/model/types.js';
import { mergeModel } from '../../../shared/ydoc/merge.js';
import { toModel } from '../../../shared/ydoc/layout.js';
import { arbitraryDocModel, normalRichText } from '../../support/generate.js';
import { doc, edit, modelOf, p, paragraphText, templates, ydocOf } from './merge-support.js';

describe('mergeModel properties', () => {
  const paragraphs = fc.array(fc.constantFrom('Alpha.', 'Bravo.', 'Charlie.', 'Delta.', 'Echo.', 'Foxtrot **bold**.', 'Golf.'), { maxLength: 8 });

  it('turns a document equal to the base into exactly the file’s model', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, (before, after) => {
        const base = doc([{ id: '1', title: 'Threat overview', content: before.map(p) }]);
        const incoming = doc([{ id: '1', title: 'Threat overview', content: after.map(p) }]);
        const ydoc = ydocOf(base);
        const report = mergeModel(ydoc, incoming, { base });
        expect(report.conflicts).toEqual([]);
        expect(modelOf(ydoc)).toEqual(incoming);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every edit a peer made to another section, whatever the file changed', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0), (before, after, typed) => {
        const base = doc([
          { id: '1', title: 'Threat overview', content: before.map(p) },
          { id: '3', title: 'Consultation', content: [p('Consulted.')] },
        ]);
        const ydoc = ydocOf(base);
        paragraphText(ydoc, 1, 0).insert(0, `${typed} `);
        const peerSection = modelOf(ydoc).sections[1];
        const incoming = edit(base, (d) => (d.sections[0].content = after.map(p)));
        mergeModel(ydoc, incoming, { base });
        const merged = modelOf(ydoc);
        expect(merged.sections[0]).toEqual(incoming.sections[0]);
        expect(merged.sections[1]).toEqual(peerSection);
      }),
      { numRuns: 100 },
    );
  });
});

/** The model with block ids numbered per section, so that between two generated models a block never moves to another section. */
function idsPerSection(m: DocModel): DocModel {
  return {
    ...m,
    sections: m.sections.map((s, si) => {
      const counters = new Map<string, number>();
      return {
        ...s,
        content: s.content.map((i) => {
          if (i.t !== 'block') return i;
          const prefix = i.id.replace(/-\d+$/, '');
          const n = (counters.get(prefix) ?? 0) + 1;
          counters.set(prefix, n);
          return { ...i, id: `${prefix}-${si * 100 + n}` };
        }),
      };
    }),
  };
}

/** What the merge promises to make equal to the file: metadata, sections in order, each section's blocks in order and its other text (a block keeps its place among the text, see merge.ts). */
function mergedShape(m: DocModel) {
  return {
    meta: m.meta,
    sections: m.sections.map((s) => ({
      id: s.id,
      title: s.title,
      blocks: s.content.filter((i) => i.t === 'block'),
      text: normalRichText(s.content.filter((i): i is RichBlock => i.t !== 'block')),
    })),
  };
}

describe.each(templates.all().map((t) => [t.id, t] as const))('mergeModel on generated %s documents', (_, template) => {
  it('turns a document equal to the base into the file\'s model, whatever both hold (properties, odd keys, every field kind)', () => {
    // Sometimes a block also holds a field of the user's own (a table row), named like anything, Object.prototype's keys included.
    const own = fc.option(fc.tuple(fc.constantFrom('Source', 'constructor', 'toString', '__proto__'), fc.constantFrom('UNHCR', 'OCHA')), { nil: undefined });
    const model = fc.tuple(arbitraryDocModel(template), own).map(([m, extra]) => {
      const out = idsPerSection(m);
      const first = out.sections.flatMap((s) => s.content).find((i): i is TypedBlock => i.t === 'block');
      if (extra && first && !Object.hasOwn(first.fields, extra[0])) {
        first.fields = { ...first.fields }; // the generated value itself stays untouched
        Object.defineProperty(first.fields, extra[0], { value: [p(extra[1])], enumerable: true, writable: true, configurable: true });
      }
      return out;
    });
    fc.assert(
      fc.property(model, model, (base, incoming) => {
        const ydoc = ydocOf(base);
        expect(mergeModel(ydoc, incoming, { base }).conflicts).toEqual([]);
        const { model: merged, problems } = toModel(ydoc, templates);
        expect(problems).toEqual([]);
        expect(mergedShape(merged)).toEqual(mergedShape(incoming));
      }),
      { numRuns: 30 },
    );
  });
});
