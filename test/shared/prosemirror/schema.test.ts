import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToModel, modelToDoc } from '../../../shared/prosemirror/convert.js';
import { buildSchema, shortFieldNames } from '../../../shared/prosemirror/prosemirror-schema.js';
import { contentHash } from '../../../shared/hash/canonical.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { BODY, toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { undeclaredBlockAttributes } from '../../../shared/ydoc/block-attributes.js';
import { sampleThreatMatrix } from '../ydoc/sample.js';

const templates = TemplateSet.builtin();
const schema = buildSchema(templates);

describe('ProseMirror schema and the Y.Doc layout', () => {
  it('declares every short field of every template as a block attribute', () => {
    for (const name of shortFieldNames(templates)) expect(schema.nodes.block.spec.attrs).toHaveProperty(name);
    expect(shortFieldNames(templates)).toContain('likelihood');
    expect(shortFieldNames(templates)).not.toContain('populations');
  });

  it('y-prosemirror reads a Y.Doc written by writeModel as the same model', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const pm = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY), schema);
    expect(docToModel(pm, sampleThreatMatrix.meta).model).toEqual(sampleThreatMatrix);
  });

  it('the editor ignores a block attribute holding Infinity (a remote client can store it), so the content hash can still be computed', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const block = (ydoc.getXmlFragment(BODY).get(1) as Y.XmlElement).toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'block')!;
    block.setAttribute('likelihood', Number.POSITIVE_INFINITY as unknown as string);
    const { model } = docToModel(yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY), schema), sampleThreatMatrix.meta);
    expect(model.sections[1].content.find((i) => i.t === 'block')).not.toHaveProperty('fields.likelihood');
    expect(() => contentHash(model)).not.toThrow();
  });

  it('a ProseMirror document written by y-prosemirror reads back as the same model', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix); // metadata
    const body = ydoc.getXmlFragment(BODY);
    body.delete(0, body.length);
    prosemirrorToYXmlFragment(modelToDoc(sampleThreatMatrix, schema), body);
    expect(toModel(ydoc, templates).model).toEqual(sampleThreatMatrix);
  });

  it('accepts content in unexpected places instead of deleting it', () => {
    const n = schema.nodes;
    const odd = n.doc.create(null, [n.paragraph.create(null, schema.text('stray')), n.section.create({ sid: 'X' }, [n.section.create({ sid: 'Y' }), n.block.create({ type: 'threat', bid: 'T-9' }, [n.paragraph.create()])])]);
    expect(() => odd.check()).not.toThrow();
    const { problems } = docToModel(odd, sampleThreatMatrix.meta);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('reuses the model of unchanged sections between editor states', () => {
    const doc = modelToDoc(sampleThreatMatrix, schema);
    const first = docToModel(doc, sampleThreatMatrix.meta).model;
    const edited = doc.replace(1, 1, doc.slice(0, 0));
    const second = docToModel(edited, sampleThreatMatrix.meta).model;
    expect(second.sections[2]).toBe(first.sections[2]);
  });
});

describe('block attributes no template declares (written by a file or a script)', () => {
  /** A Y.Doc of the sample matrix whose first threat carries `legacy_note`, a field no template declares. */
  const withUndeclared = () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const block = (ydoc.getXmlFragment(BODY).get(1) as Y.XmlElement).toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'block')!;
    block.setAttribute('legacy_note', 'kept from an older template');
    return ydoc;
  };

  it('are found in the document', () => {
    expect(undeclaredBlockAttributes(withUndeclared(), templates)).toEqual(['legacy_note']);
  });

  it('are kept by an editor whose schema declares them, so its content hash is the server\'s', () => {
    const ydoc = withUndeclared();
    const extended = buildSchema(templates, undeclaredBlockAttributes(ydoc, templates));
    const pm = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY), extended);
    expect(contentHash(docToModel(pm, sampleThreatMatrix.meta).model)).toBe(contentHash(toModel(ydoc, templates).model));
  });

  it('make the hashes differ with the templates\' schema alone (why the editor declares them)', () => {
    const ydoc = withUndeclared();
    const pm = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY), schema);
    expect(contentHash(docToModel(pm, sampleThreatMatrix.meta).model)).not.toBe(contentHash(toModel(ydoc, templates).model));
  });

  it('survive the editor writing the block back into the Y.Doc', () => {
    const ydoc = withUndeclared();
    const extended = buildSchema(templates, ['legacy_note']);
    const pm = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY), extended);
    const copy = new Y.Doc();
    writeModel(copy, sampleThreatMatrix);
    const body = copy.getXmlFragment(BODY);
    body.delete(0, body.length);
    prosemirrorToYXmlFragment(pm, body);
    expect(undeclaredBlockAttributes(copy, templates)).toEqual(['legacy_note']);
  });

  it('give one schema per set of names, built once', () => {
    expect(buildSchema(templates, ['b', 'a'])).toBe(buildSchema(templates, ['a', 'b']));
    expect(buildSchema(templates, ['a'])).not.toBe(schema);
  });
});
