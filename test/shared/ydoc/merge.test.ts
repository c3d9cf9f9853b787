// mergeModel by example: what an external edit of the Markdown does to the Y.Doc, with and without a base (the properties are in merge-properties.test.ts).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TypedBlock } from '../../../shared/model/types.js';
import { mergeModel } from '../../../shared/ydoc/merge.js';
import { BODY, META, addSignoff, readSignoffs } from '../../../shared/ydoc/layout.js';
import { block, blockElement, doc, edit, exchange, fork, modelOf, p, paragraphText, threat, twoThreats, ydocOf } from './merge-support.js';

// ---------------------------------------------------------------- behaviour

describe('mergeModel: applying an external edit of the Markdown to the Y.Doc', () => {
  it('changes nothing at all when the file holds what the document holds', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const before = Y.encodeStateVector(ydoc);
    const report = mergeModel(ydoc, structuredClone(base), { base });
    expect(report).toEqual({ changed: [], conflicts: [] });
    expect(Y.encodeStateVector(ydoc)).toEqual(before);
  });

  it('applies a field the file changed and leaves the other blocks untouched', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const other = blockElement(ydoc, 'T-2');
    const incoming = edit(base, (d) => (block(d, 'T-1').fields.likelihood = 5));
    const report = mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc)).toEqual(incoming);
    expect(blockElement(ydoc, 'T-2')).toBe(other);
    expect(report.changed).toEqual([{ section: '2', block: 'T-1', field: 'likelihood' }]);
  });

  it('keeps an edit someone else made to another block meanwhile', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    blockElement(ydoc, 'T-2').setAttribute('likelihood', 4 as never); // a peer's concurrent edit
    const incoming = edit(base, (d) => (block(d, 'T-1').fields.likelihood = 5));
    const report = mergeModel(ydoc, incoming, { base });
    const merged = modelOf(ydoc);
    expect(block(merged, 'T-1').fields.likelihood).toBe(5);
    expect(block(merged, 'T-2').fields.likelihood).toBe(4);
    expect(report.conflicts).toEqual([]);
  });

  it('keeps the shared value and reports a conflict when both changed the same field differently', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    blockElement(ydoc, 'T-1').setAttribute('likelihood', 4 as never);
    const incoming = edit(base, (d) => (block(d, 'T-1').fields.likelihood = 1));
    const report = mergeModel(ydoc, incoming, { base });
    expect(block(modelOf(ydoc), 'T-1').fields.likelihood).toBe(4);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0].location).toEqual({ section: '2', block: 'T-1', field: 'likelihood' });
    expect(report.conflicts[0].message).toMatch(/T-1.*likelihood.*kept/);
  });

  it('edits a changed paragraph in place, so a peer typing in it at the same time keeps their characters', () => {
    const base = twoThreats();
    const mine = ydocOf(base);
    const peer = fork(mine);
    const incoming = edit(base, (d) => (d.sections[0].content[1] = p('Second paragraph, revised.')));
    mergeModel(mine, incoming, { base });
    paragraphText(peer, 0, 1).insert(0, 'Note: '); // concurrent, not yet seen by `mine`
    exchange(mine, peer);
    expect(modelOf(mine).sections[0].content[1]).toEqual(p('Note: Second paragraph, revised.'));
    expect(modelOf(peer)).toEqual(modelOf(mine));
  });

  it('edits a changed sentence inside a rich-text field in place, keeping a peer’s typing in the same field', () => {
    const base = twoThreats();
    const mine = ydocOf(base);
    const peer = fork(mine);
    const incoming = edit(base, (d) => (block(d, 'T-2').fields.populations = [p('Herders on the high plateau.')]));
    mergeModel(mine, incoming, { base });
    const field = blockElement(peer, 'T-2').get(0) as Y.XmlElement;
    const text = (field.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(text.length - 1, ' and their cattle');
    exchange(mine, peer);
    expect(block(modelOf(mine), 'T-2').fields.populations).toEqual([p('Herders on the high plateau and their cattle.')]);
  });

  it('applies a change of emphasis as a change of marks on the same text', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const incoming = edit(base, (d) => {
      d.sections[0].content[0] = { t: 'p', content: [{ t: 'text', text: 'First ' }, { t: 'text', text: 'paragraph', marks: ['strong'] }, { t: 'text', text: '.' }] };
    });
    mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc)).toEqual(incoming);
  });

  it('inserts a paragraph added in the file after the paragraph it follows there', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const incoming = edit(base, (d) => d.sections[0].content.splice(2, 0, p('Inserted.')));
    mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc).sections[0].content).toEqual([p('First paragraph.'), p('Second paragraph.'), p('Inserted.'), p('Third paragraph.')]);
  });

  it('removes a paragraph deleted in the file', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const incoming = edit(base, (d) => d.sections[0].content.splice(0, 1));
    mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc).sections[0].content).toEqual([p('Second paragraph.'), p('Third paragraph.')]);
  });

  it('keeps both versions of a paragraph changed in the file and by someone else, and reports it', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    paragraphText(ydoc, 0, 1).insert(0, 'Shared: ');
    const incoming = edit(base, (d) => (d.sections[0].content[1] = p('Second paragraph from the file.')));
    const report = mergeModel(ydoc, incoming, { base });
    const content = modelOf(ydoc).sections[0].content;
    expect(content).toContainEqual(p('Shared: Second paragraph.'));
    expect(content).toContainEqual(p('Second paragraph from the file.'));
    expect(report.conflicts.map((c) => c.location)).toEqual([{ section: '1' }]);
  });

  it('adds a typed block added in the file at its place among the blocks', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const added = threat('T-3', { likelihood: 1 });
    const incoming = edit(base, (d) => d.sections[1].content.splice(1, 0, added));
    mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc).sections[1].content.map((i) => (i as TypedBlock).id)).toEqual(['T-1', 'T-3', 'T-2']);
    expect(block(modelOf(ydoc), 'T-3')).toEqual(added);
  });

  it('keeps the file\'s order of the text when a paragraph moved across a typed block, which keeps its place', () => {
    const base = doc([{ id: '2', title: 'Threats to civilians', content: [threat('T-1', {}), p('Moved before the block.')] }]);
    const ydoc = ydocOf(base);
    const incoming = edit(base, (d) => (d.sections[0].content = [p('Moved before the block.'), threat('T-1', {}), p('Added at the end.')]));
    expect(mergeModel(ydoc, incoming, { base }).conflicts).toEqual([]);
    expect(modelOf(ydoc).sections[0].content).toEqual([threat('T-1', {}), p('Moved before the block.'), p('Added at the end.')]);
  });

  it('deletes a typed block removed in the file when nobody changed it meanwhile', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const incoming = edit(base, (d) => d.sections[1].content.splice(0, 1));
    const report = mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc).sections[1].content.map((i) => (i as TypedBlock).id)).toEqual(['T-2']);
    expect(report.conflicts).toEqual([]);
  });

  it('keeps a typed block removed in the file that someone else changed meanwhile, and reports it', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    blockElement(ydoc, 'T-1').setAttribute('impact', 5 as never);
    const incoming = edit(base, (d) => d.sections[1].content.splice(0, 1));
    const report = mergeModel(ydoc, incoming, { base });
    expect(block(modelOf(ydoc), 'T-1').fields.impact).toBe(5);
    expect(report.conflicts.map((c) => c.location)).toEqual([{ section: '2', block: 'T-1' }]);
  });

  it('does not bring back a block someone else deleted when the file did not touch it', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const section = ydoc.getXmlFragment(BODY).get(1) as Y.XmlElement;
    section.delete(1, 1); // T-2 deleted by a peer
    const incoming = edit(base, (d) => (block(d, 'T-1').fields.likelihood = 5));
    mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc).sections[1].content.map((i) => (i as TypedBlock).id)).toEqual(['T-1']);
  });

  it('keeps verbatim Markdown blocks and content the model does not know', () => {
    const base = doc([{ id: '1', title: 'Threat overview', content: [p('Intro.'), { t: 'raw', markdown: '| a | b |\n|---|---|' }] }]);
    const ydoc = ydocOf(base);
    const section = ydoc.getXmlFragment(BODY).get(0) as Y.XmlElement;
    section.insert(section.length, [new Y.XmlElement('mystery_node')]);
    const incoming = edit(base, (d) => (d.sections[0].content[0] = p('Intro, edited.')));
    mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc).sections[0].content).toEqual([p('Intro, edited.'), { t: 'raw', markdown: '| a | b |\n|---|---|' }]);
    expect(section.toArray().map((c) => (c as Y.XmlElement).nodeName)).toContain('mystery_node');
  });

  it('applies edits of verbatim Markdown in place', () => {
    const base = doc([{ id: '1', title: 'Threat overview', content: [{ t: 'raw', markdown: '| a | b |\n|---|---|' }] }]);
    const ydoc = ydocOf(base);
    const incoming = edit(base, (d) => (d.sections[0].content[0] = { t: 'raw', markdown: '| a | b |\n|---|---|\n| 1 | 2 |' }));
    mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc)).toEqual(incoming);
  });

  it.each(['constructor', 'toString', '__proto__'])('applies a table row of the user\'s own named "%s" added to a block in the file, and its removal', (name) => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    // Defined, not assigned, as the parser does: "__proto__" must be a field, not the object's prototype.
    const incoming = edit(base, (d) => Object.defineProperty(block(d, 'T-1').fields, name, { value: [p('UNHCR')], enumerable: true, writable: true, configurable: true }));
    expect(mergeModel(ydoc, incoming, { base }).conflicts).toEqual([]);
    expect(modelOf(ydoc)).toEqual(incoming);
    expect(mergeModel(ydoc, base, { base: incoming }).conflicts).toEqual([]);
    expect(modelOf(ydoc)).toEqual(base);
  });

  it('merges the title and document-level fields key by key', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    ydoc.getMap('fields').set('preparedBy', 'JOC'); // a peer's edit
    const incoming = edit(base, (d) => {
      d.meta.title = 'Threat Matrix — North';
      d.meta.fields.office = 'North';
    });
    mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc).meta).toMatchObject({ title: 'Threat Matrix — North', fields: { office: 'North', preparedBy: 'JOC' } });
  });

  it('restores a section the file still has when someone else removed it but the file edited it', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    ydoc.getXmlFragment(BODY).delete(2, 1);
    const incoming = edit(base, (d) => d.sections[2].content.push(p('Consulted the UNCT.')));
    const report = mergeModel(ydoc, incoming, { base });
    expect(modelOf(ydoc).sections.map((s) => s.id)).toEqual(['1', '2', '3']);
    expect(report.conflicts.map((c) => c.location)).toEqual([{ section: '3' }]);
  });

  it('never touches sign-off records', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    addSignoff(ydoc, { id: 'so-1', payload: {} as never, signature: 'x', keyId: 'k' });
    mergeModel(ydoc, edit(base, (d) => (d.meta.status = 'in-review')), { base });
    expect(readSignoffs(ydoc)).toHaveLength(1);
  });

  it('refuses a file that belongs to another document', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    expect(() => mergeModel(ydoc, edit(base, (d) => (d.meta.id = 'tm-other')), { base })).toThrow(/tm-other.*tm-north/);
  });

  it('writes the whole model into an empty document', () => {
    const ydoc = new Y.Doc();
    mergeModel(ydoc, twoThreats());
    expect(modelOf(ydoc)).toEqual(twoThreats());
  });

  it('runs as one transaction with the given origin', () => {
    const base = twoThreats();
    const ydoc = ydocOf(base);
    const origins: unknown[] = [];
    ydoc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { source: 'file' };
    mergeModel(ydoc, edit(base, (d) => (d.meta.title = 'x')), { base, origin });
    expect(origins).toEqual([origin]);
  });
});

describe('mergeModel without a base (a file this client never saw)', () => {
  it('adds blocks the document lacks and fills fields it left empty', () => {
    const shared = twoThreats();
    const ydoc = ydocOf(shared);
    const incoming = edit(shared, (d) => {
      block(d, 'T-1').fields.impact = 4;
      d.sections[1].content.push(threat('T-9', {}));
    });
    const report = mergeModel(ydoc, incoming);
    expect(block(modelOf(ydoc), 'T-1').fields.impact).toBe(4);
    expect(block(modelOf(ydoc), 'T-9')).toBeDefined();
    expect(report.conflicts).toEqual([]);
  });

  it('overwrites nothing: differing values and text are kept from the document and reported', () => {
    const shared = twoThreats();
    const ydoc = ydocOf(shared);
    const incoming = edit(shared, (d) => {
      block(d, 'T-1').fields.likelihood = 1;
      d.sections[0].content[0] = p('An older first paragraph.');
    });
    const report = mergeModel(ydoc, incoming);
    expect(modelOf(ydoc)).toEqual(shared);
    expect(report.conflicts.map((c) => c.location)).toEqual([{ section: '1' }, { section: '2', block: 'T-1', field: 'likelihood' }]);
  });

  it('keeps values the file lacks rather than clearing them', () => {
    const shared = twoThreats();
    const ydoc = ydocOf(shared);
    const incoming = edit(shared, (d) => delete block(d, 'T-2').fields.likelihood);
    expect(mergeModel(ydoc, incoming)).toEqual({ changed: [], conflicts: [] });
    expect(modelOf(ydoc)).toEqual(shared);
  });
});

it('test helpers: the sample document round-trips (guards the fixtures)', () => {
  expect(modelOf(ydocOf(twoThreats()))).toEqual(twoThreats());
  expect(ydocOf(twoThreats()).getMap(META).get('id')).toBe('tm-north');
});
