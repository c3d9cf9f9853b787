/**
 * Builders and Y.Doc helpers shared by the merge tests (merge.test.ts for
 * the behaviour by example, merge-properties.test.ts for the properties).
 */
import * as Y from 'yjs';
import type { DocModel, Paragraph, Section, TypedBlock } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { BODY, toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { sampleThreatMatrix } from './sample.js';

export const templates = TemplateSet.builtin();

export const p = (text: string): Paragraph => ({ t: 'p', content: [{ t: 'text', text }] });

export function threat(id: string, fields: TypedBlock['fields']): TypedBlock {
  return { t: 'block', type: 'threat', id, fields: { threat: `Threat ${id}`, ...fields } };
}

export function doc(sections: Section[], meta: Partial<DocModel['meta']> = {}): DocModel {
  return { meta: { ...sampleThreatMatrix.meta, ...meta }, sections };
}

export function twoThreats(): DocModel {
  return doc([
    { id: '1', title: 'Threat overview', content: [p('First paragraph.'), p('Second paragraph.'), p('Third paragraph.')] },
    {
      id: '2',
      title: 'Threats to civilians',
      content: [
        threat('T-1', { likelihood: 3, populations: [p('Villagers of Kalo.')] }),
        threat('T-2', { likelihood: 2, populations: [p('Herders on the plateau.')] }),
      ],
    },
    { id: '3', title: 'Consultation', content: [] },
  ]);
}

/** A model with one change applied through a draft (structuredClone keeps the original intact). */
export function edit(model: DocModel, change: (draft: DocModel) => void): DocModel {
  const draft = structuredClone(model);
  change(draft);
  return draft;
}

export function ydocOf(model: DocModel): Y.Doc {
  const ydoc = new Y.Doc();
  writeModel(ydoc, model);
  return ydoc;
}

export function fork(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

export function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

export const modelOf = (ydoc: Y.Doc) => toModel(ydoc, templates).model;
export const block = (m: DocModel, id: string) => m.sections.flatMap((s) => s.content).find((i) => i.t === 'block' && i.id === id) as TypedBlock;

export function paragraphText(ydoc: Y.Doc, section: number, index: number): Y.XmlText {
  return ((ydoc.getXmlFragment(BODY).get(section) as Y.XmlElement).get(index) as Y.XmlElement).get(0) as Y.XmlText;
}

export function blockElement(ydoc: Y.Doc, id: string): Y.XmlElement {
  for (const s of ydoc.getXmlFragment(BODY).toArray() as Y.XmlElement[]) {
    for (const c of s.toArray()) if (c instanceof Y.XmlElement && c.getAttribute('bid') === id) return c;
  }
  throw new Error(`no block ${id}`);
}
