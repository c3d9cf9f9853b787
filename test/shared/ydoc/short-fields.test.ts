/**
 * Short text fields (text and person kinds) stored as `short_field`
 * children, so concurrent typing merges like text: written that way with the
 * template, read the same as the older attribute form (same model, same
 * content hash), duplicates reported, and edited in place by the file merge.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentHash } from '../../../shared/hash/canonical.js';
import { NODE } from '../../../shared/model/nodes.js';
import type { TypedBlock } from '../../../shared/model/types.js';
import { mergeModel } from '../../../shared/ydoc/merge.js';
import { caretAfter, shortFieldElements, textChange } from '../../../shared/ydoc/short-text.js';
import { BODY, toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { edit, templates, threat, doc, p } from './merge-support.js';
import { sampleThreatMatrix } from './sample.js';

const template = templates.get('threat-matrix');

function blockEl(ydoc: Y.Doc, section = 1, index = 0): Y.XmlElement {
  return (ydoc.getXmlFragment(BODY).get(section) as Y.XmlElement).get(index) as Y.XmlElement;
}

function written(withTemplate: boolean): Y.Doc {
  const ydoc = new Y.Doc();
  writeModel(ydoc, sampleThreatMatrix, null, withTemplate ? template : undefined);
  return ydoc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function textOf(el: Y.XmlElement): string {
  return el.toArray().map((t) => (t instanceof Y.XmlText ? t.toString() : '')).join('');
}

describe('short text fields in the Y.Doc', () => {
  it('are written as short_field children with the template, while choices, ratings and yes/no stay attributes', () => {
    const block = blockEl(written(true));
    const shorts = block.toArray().filter((c) => c instanceof Y.XmlElement && c.nodeName === NODE.shortField) as Y.XmlElement[];
    expect(shorts.map((s) => s.getAttribute('name')).sort()).toEqual(Object.keys((sampleThreatMatrix.sections[1].content[0] as TypedBlock).fields).filter((k) => ['threat', 'location', 'perpetrator', 'responsibleComponents'].includes(k)).sort());
    expect(block.getAttribute('threat')).toBeUndefined();
    expect(block.getAttribute('likelihood' as never)).toBe(4);
    expect(block.getAttribute('imminent' as never)).toBe(true);
  });

  it('read the same model and content hash as a document that holds them in attributes', () => {
    const legacy = toModel(written(false), templates);
    const migrated = toModel(written(true), templates);
    expect(migrated.problems).toEqual([]);
    expect(migrated.model).toEqual(legacy.model);
    expect(contentHash(migrated.model)).toBe(contentHash(legacy.model));
  });

  it('win over an attribute of the same name, and an empty one means an empty field', () => {
    const ydoc = written(true);
    const block = blockEl(ydoc);
    block.setAttribute('threat', 'an older client wrote this');
    expect((toModel(ydoc, templates).model.sections[1].content[0] as TypedBlock).fields.threat).toBe((sampleThreatMatrix.sections[1].content[0] as TypedBlock).fields.threat);
    const [threatEl] = shortFieldElements(block, 'threat');
    threatEl.delete(0, threatEl.length);
    expect((toModel(ydoc, templates).model.sections[1].content[0] as TypedBlock).fields.threat).toBeUndefined();
  });

  it('report a second child of the same name with its text, keeping the first', () => {
    const ydoc = written(true);
    const block = blockEl(ydoc);
    const dup = new Y.XmlElement(NODE.shortField);
    dup.setAttribute('name', 'location');
    dup.insert(0, [new Y.XmlText('typed by the other person')]);
    block.insert(block.length, [dup]);
    const { model, problems } = toModel(ydoc, templates);
    expect((model.sections[1].content[0] as TypedBlock).fields.location).toBe((sampleThreatMatrix.sections[1].content[0] as TypedBlock).fields.location);
    expect(problems).toEqual([expect.objectContaining({ block: 'T-1', field: 'location', message: expect.stringContaining('"typed by the other person"') })]);
  });

  it('are edited in place by a file merge, so what someone types in the same field meanwhile survives', () => {
    const base = doc([{ id: '1', title: 'Overview', content: [p('Text.')] }, { id: '2', title: 'Threats', content: [threat('T-1', { location: 'Kiri village' })] }, { id: '3', title: 'Consultation', content: [] }]);
    const ours = new Y.Doc();
    writeModel(ours, base, null, template);
    const other = new Y.Doc();
    sync(ours, other);
    // Someone types at the start while the file changes the end.
    const [theirs] = shortFieldElements(blockEl(other), 'location');
    (theirs.get(0) as Y.XmlText).insert(0, 'North ');
    const file = edit(base, (d) => ((d.sections[1].content[0] as TypedBlock).fields.location = 'Kiri village and farms'));
    const report = mergeModel(ours, file, { base, template });
    expect(report.conflicts).toEqual([]);
    sync(ours, other);
    const [location] = shortFieldElements(blockEl(ours), 'location');
    expect(textOf(location)).toBe('North Kiri village and farms');
    expect((toModel(other, templates).model.sections[1].content[0] as TypedBlock).fields.location).toBe('North Kiri village and farms');
  });

  it('held in an attribute are moved into a child when a file merge changes them, with the template', () => {
    const base = doc([{ id: '1', title: 'Overview', content: [] }, { id: '2', title: 'Threats', content: [threat('T-1', { location: 'Kiri' })] }, { id: '3', title: 'Consultation', content: [] }]);
    const ydoc = new Y.Doc();
    writeModel(ydoc, base);
    const file = edit(base, (d) => ((d.sections[1].content[0] as TypedBlock).fields.location = 'Mabele'));
    mergeModel(ydoc, file, { base, template });
    const block = blockEl(ydoc);
    expect(block.getAttribute('location')).toBeUndefined();
    expect(shortFieldElements(block, 'location').map(textOf)).toEqual(['Mabele']);
    expect(toModel(ydoc, templates).model).toEqual(file);
  });

  it('held in an attribute stay there when a file merge without the template changes them', () => {
    const base = doc([{ id: '1', title: 'Overview', content: [] }, { id: '2', title: 'Threats', content: [threat('T-1', { location: 'Kiri' })] }, { id: '3', title: 'Consultation', content: [] }]);
    const ydoc = new Y.Doc();
    writeModel(ydoc, base);
    const file = edit(base, (d) => ((d.sections[1].content[0] as TypedBlock).fields.location = 'Mabele'));
    mergeModel(ydoc, file, { base });
    expect(blockEl(ydoc).getAttribute('location')).toBe('Mabele');
  });
});

describe('textChange', () => {
  it('is the range between the common start and end', () => {
    expect(textChange('Kiri village', 'Kiri big village')).toEqual({ from: 5, remove: 0, insert: 'big ' });
    expect(textChange('abc', 'abc')).toBeUndefined();
  });

  it('never splits a surrogate pair when two emoji share their first half', () => {
    // 😀 is D83D DE00 and 😁 is D83D DE01: the common start must not end between the halves.
    const change = textChange('a😀b', 'a😁b')!;
    expect(change).toEqual({ from: 1, remove: 2, insert: '😁' });
  });

  it('never splits a surrogate pair when two emoji share their second half', () => {
    // 𝐀 (D835 DC00) and 𐐀 (D801 DC00) share the second half.
    expect(textChange('x𝐀', 'x𐐀')).toEqual({ from: 1, remove: 2, insert: '𐐀' });
  });
});

describe('caretAfter', () => {
  it('keeps a caret before the change and moves one after it by the change in length', () => {
    expect(caretAfter('Kiri village', 'North Kiri village', 12)).toBe(18);
    expect(caretAfter('Kiri village', 'Kiri village west', 2)).toBe(2);
  });
});

describe('the title and document-level short text in the Y.Doc', () => {
  it('are shared texts with the template, read as the same model and content hash as plain strings', () => {
    const ydoc = written(true);
    expect(ydoc.getMap('meta').get('title')).toBeInstanceOf(Y.Text);
    expect(ydoc.getMap('fields').get('office')).toBeInstanceOf(Y.Text);
    expect(ydoc.getMap('fields').get('reviewCadence')).toBe('weekly');
    const legacy = toModel(written(false), templates).model;
    const shared = toModel(ydoc, templates).model;
    expect(shared).toEqual(legacy);
    expect(contentHash(shared)).toBe(contentHash(legacy));
  });

  it('an emptied shared text field reads as an absent field', () => {
    const ydoc = written(true);
    const office = ydoc.getMap('fields').get('office') as Y.Text;
    office.delete(0, office.length);
    expect(toModel(ydoc, templates).model.meta.fields).not.toHaveProperty('office');
  });

  it('a file merge edits the shared title in place, so what someone types in it meanwhile survives', () => {
    const base = doc([{ id: '1', title: 'Overview', content: [] }], { title: 'Threat matrix' });
    const ours = new Y.Doc();
    writeModel(ours, base, null, template);
    const other = new Y.Doc();
    sync(ours, other);
    (other.getMap('meta').get('title') as Y.Text).insert(0, 'North ');
    const report = mergeModel(ours, edit(base, (d) => (d.meta.title = 'Threat matrix, December')), { base, template });
    expect(report.conflicts).toEqual([]);
    sync(ours, other);
    expect(toModel(ours, templates).model.meta.title).toBe('North Threat matrix, December');
    expect(toModel(other, templates).model.meta.title).toBe('North Threat matrix, December');
  });
});
