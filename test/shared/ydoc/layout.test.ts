import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentHash } from '../../../shared/hash/canonical.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { BODY, META, NotAPocDocumentError, SIGNOFFS, addSignoff, createDocument, readSignoffs, toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { NODE } from '../../../shared/model/nodes.js';
import { sampleThreatMatrix } from './sample.js';

const templates = TemplateSet.builtin();

function roundTrip(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

describe('Y.Doc layout', () => {
  it('reads back exactly the model that was written, through an encoded update', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const { model, problems } = toModel(roundTrip(ydoc), templates);
    expect(problems).toEqual([]);
    expect(model).toEqual(sampleThreatMatrix);
  });

  it('keeps short field values as primitive attributes and long text in field children', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const section = ydoc.getXmlFragment(BODY).get(1) as Y.XmlElement;
    const block = section.get(0) as Y.XmlElement;
    expect(block.getAttribute('likelihood' as never)).toBe(4);
    expect(block.getAttribute('imminent' as never)).toBe(true);
    const fieldNames = block.toArray().map((c) => (c as Y.XmlElement).getAttribute('name'));
    expect(fieldNames.sort()).toEqual(['links', 'populations']);
    expect(block.toArray().every((c) => (c as Y.XmlElement).nodeName === NODE.field)).toBe(true);
  });

  it('creates a new document with every template section, empty, as a draft', () => {
    const template = templates.get('threat-matrix');
    const ydoc = createDocument(template, { id: 'tm-1', title: 'New', created: '2026-11-24' });
    const { model } = toModel(ydoc, templates);
    expect(model.meta).toMatchObject({ id: 'tm-1', type: 'threat-matrix', status: 'draft', templateVersion: template.version });
    expect(model.sections.map((s) => s.id)).toEqual(template.sections.map((s) => s.id));
    expect(model.sections.every((s) => s.content.length === 0)).toBe(true);
  });

  it('merges concurrent typing in the same field character by character', () => {
    const a = new Y.Doc();
    writeModel(a, sampleThreatMatrix);
    const b = roundTrip(a);
    const textOf = (d: Y.Doc) => {
      const block = (d.getXmlFragment(BODY).get(1) as Y.XmlElement).get(0) as Y.XmlElement;
      const field = block.toArray().find((c) => (c as Y.XmlElement).getAttribute('name') === 'populations') as Y.XmlElement;
      return (field.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    };
    textOf(a).insert(0, 'About ');
    textOf(b).insert(textOf(b).length, ' Rising.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const expected = 'About 12,000 displaced people, mostly women and children. Rising.';
    expect(textOf(a).toString()).toBe(expected);
    expect(toModel(a, templates).model).toEqual(toModel(b, templates).model);
  });

  it('reports content that breaks the layout as problems and still loads the rest', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const body = ydoc.getXmlFragment(BODY);
    body.insert(0, [new Y.XmlElement('paragraph')]);
    const weird = new Y.XmlElement('mystery_widget');
    (body.get(2) as Y.XmlElement).insert(0, [weird]);
    const block = new Y.XmlElement(NODE.block);
    block.setAttribute('type', 'threat');
    (body.get(2) as Y.XmlElement).insert(0, [block]);
    const { model, problems } = toModel(ydoc, templates);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/outside any section/);
    expect(problems.some((p) => /mystery_widget/.test(p.message))).toBe(true);
    expect(problems.some((p) => /has no id/.test(p.message))).toBe(true);
    expect(model.sections[1].content.find((i) => i.t === 'block')).toMatchObject({ id: 'T-1' });
  });

  it('ignores and reports a field holding Infinity or NaN (a remote client can store them), so the content hash can still be computed', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    ydoc.getMap('fields').set('office', Number.POSITIVE_INFINITY);
    const block = (ydoc.getXmlFragment(BODY).get(1) as Y.XmlElement).toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === NODE.block)!;
    block.setAttribute('likelihood', Number.NaN as unknown as string);
    const { model, problems } = toModel(roundTrip(ydoc), templates);
    expect(problems.map((p) => p.field)).toEqual(['office', 'likelihood']);
    expect(model.meta.fields.office).toBeUndefined();
    expect(model.sections[1].content.find((i) => i.t === 'block')).not.toHaveProperty('fields.likelihood');
    expect(() => contentHash(model)).not.toThrow();
  });

  it('refuses a Y.Doc without a POC type with a clear error', () => {
    expect(() => toModel(new Y.Doc(), templates)).toThrow(NotAPocDocumentError);
    const d = new Y.Doc();
    d.getMap(META).set('type', 'shopping-list');
    expect(() => toModel(d, templates)).toThrow(/Unknown document type "shopping-list"/);
  });

  it('stores sign-off records outside the model, so they never change the content', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const before = toModel(ydoc, templates).model;
    addSignoff(ydoc, { id: 's1', keyId: 'k', signature: 'x', payload: {} as never });
    expect(readSignoffs(ydoc)).toHaveLength(1);
    expect(ydoc.getMap(SIGNOFFS).size).toBe(1);
    expect(toModel(ydoc, templates).model).toEqual(before);
  });
});
