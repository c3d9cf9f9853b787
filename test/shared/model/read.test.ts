/**
 * The one model reader: the Y.Doc (`toModel`) and the editor's ProseMirror
 * document (`docToModel`) are two stores of the same body, and both must
 * give the same model and report the same problems, for well-formed
 * documents and for content a remote client may have written that does not
 * fit the model.
 */
import fc from 'fast-check';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BLOCK_ATTRS, NODE } from '../../../shared/model/nodes.js';
import type { DocModel } from '../../../shared/model/types.js';
import { docToModel } from '../../../shared/prosemirror/convert.js';
import { buildSchema } from '../../../shared/prosemirror/prosemirror-schema.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { BODY, toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { arbitraryDocModel, arbitraryPlain } from '../../support/generate.js';

const templates = TemplateSet.builtin();
const schema = buildSchema(templates);

/** Both readings of one Y.Doc: directly, and through the ProseMirror document y-prosemirror makes of it (as the editor holds it). */
function bothReadings(ydoc: Y.Doc, meta: DocModel['meta']) {
  const fromY = toModel(ydoc, templates);
  const fromPm = docToModel(yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY), schema), meta);
  return { fromY: { sections: fromY.model.sections, problems: fromY.problems }, fromPm: { sections: fromPm.model.sections, problems: fromPm.problems } };
}

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement(NODE.paragraph);
  const t = new Y.XmlText();
  t.insert(0, text);
  p.insert(0, [t]);
  return p;
}

/** Content a remote client could write that the model has no place for, each kind the ProseMirror schema still holds. */
type Damage = { kind: 'stray-paragraph' | 'nameless-field' | 'paragraph-in-block' | 'block-without-id' | 'section-without-id' | 'section-in-section' | 'infinite-field'; at: number; text: string };

const arbitraryDamage: fc.Arbitrary<Damage> = fc.record({
  kind: fc.constantFrom('stray-paragraph', 'nameless-field', 'paragraph-in-block', 'block-without-id', 'section-without-id', 'section-in-section', 'infinite-field'),
  at: fc.nat(),
  text: arbitraryPlain,
});

function damage(ydoc: Y.Doc, d: Damage): void {
  const body = ydoc.getXmlFragment(BODY);
  const sections = body.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === NODE.section);
  const blocks = sections.flatMap((s) => s.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === NODE.block));
  const section = sections.length ? sections[d.at % sections.length] : undefined;
  const block = blocks.length ? blocks[d.at % blocks.length] : undefined;
  switch (d.kind) {
    case 'stray-paragraph':
      body.insert(d.at % (body.length + 1), [paragraph(d.text)]);
      return;
    case 'nameless-field': {
      const field = new Y.XmlElement(NODE.field);
      field.insert(0, [paragraph(d.text)]);
      block?.insert(0, [field]);
      return;
    }
    case 'paragraph-in-block':
      block?.insert(0, [paragraph(d.text)]);
      return;
    case 'block-without-id': {
      const el = new Y.XmlElement(NODE.block);
      el.setAttribute(BLOCK_ATTRS.type, 'threat');
      section?.insert(0, [el]);
      return;
    }
    case 'section-without-id': {
      const el = new Y.XmlElement(NODE.section);
      el.setAttribute('title', d.text);
      el.insert(0, [paragraph(d.text)]);
      body.insert(d.at % (body.length + 1), [el]);
      return;
    }
    case 'section-in-section': {
      const el = new Y.XmlElement(NODE.section);
      el.setAttribute('sid', 'X');
      section?.insert(0, [el]);
      return;
    }
    case 'infinite-field':
      // A short field every template set declares, so the ProseMirror block keeps the attribute.
      block?.setAttribute('likelihood', Number.POSITIVE_INFINITY as unknown as string);
      return;
  }
}

describe('the one model reader', () => {
  for (const template of templates.all()) {
    it(`reads a generated ${template.id} the same from the Y.Doc and from the editor's ProseMirror document`, () => {
      fc.assert(
        fc.property(arbitraryDocModel(template), (model) => {
          const ydoc = new Y.Doc();
          writeModel(ydoc, model);
          const { fromY, fromPm } = bothReadings(ydoc, model.meta);
          expect(fromY.problems).toEqual([]);
          expect(fromY.sections).toEqual(model.sections);
          expect(fromPm).toEqual(fromY);
        }),
        { numRuns: 15 },
      );
    });

    it(`reports the same problems and keeps the same rest from both stores when a ${template.id} document holds content that does not fit`, () => {
      fc.assert(
        fc.property(arbitraryDocModel(template), fc.array(arbitraryDamage, { minLength: 1, maxLength: 4 }), (model, damages) => {
          const ydoc = new Y.Doc();
          writeModel(ydoc, model);
          ydoc.transact(() => damages.forEach((d) => damage(ydoc, d)));
          const { fromY, fromPm } = bothReadings(ydoc, model.meta);
          expect(fromPm).toEqual(fromY);
        }),
        { numRuns: 15 },
      );
    });
  }

  it('reports a block field holding a value of the wrong kind from either store, and keeps the block', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, {
      meta: { id: 'tm-1', type: 'threat-matrix', templateVersion: 1, title: 'T', status: 'draft', created: '2026-01-01', fields: {} },
      sections: [{ id: 'B.1', title: 'Threats', content: [{ t: 'block', type: 'threat', id: 'T-1', fields: { threat: 'Raids', likelihood: 3 } }] }],
    });
    damage(ydoc, { kind: 'infinite-field', at: 0, text: '' });
    const { fromY, fromPm } = bothReadings(ydoc, toModel(ydoc, templates).model.meta);
    expect(fromY.problems).toEqual([{ message: 'Field "likelihood" of block T-1 holds a value of the wrong kind and was ignored.', section: 'B.1', block: 'T-1', field: 'likelihood' }]);
    expect(fromY.sections[0].content).toEqual([{ t: 'block', type: 'threat', id: 'T-1', fields: { threat: 'Raids' } }]);
    expect(fromPm).toEqual(fromY);
  });
});
