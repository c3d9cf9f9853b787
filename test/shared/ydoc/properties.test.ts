/**
 * The note's own frontmatter properties (tags, aliases…) in the Y.Doc: kept
 * through model → Y.Doc → model → Markdown, written only when they change,
 * merged key by key from the file, and never signed.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentHash } from '../../../shared/hash/canonical.js';
import { parseMarkdown, toMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { META, META_PROPERTIES, toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { mergeModel } from '../../../shared/ydoc/merge.js';
import { sampleThreatMatrix } from './sample.js';

const templates = TemplateSet.builtin();
const matrix = templates.get('threat-matrix');

function withProperties(properties: DocModel['meta']['properties'], model: DocModel = sampleThreatMatrix): DocModel {
  const { properties: _old, ...meta } = model.meta;
  return { ...model, meta: properties ? { ...meta, properties } : meta };
}

/** A copy of the Y.Doc made from its encoded state, as another client would hold it. */
function copyOf(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

const TAGGED = { tags: ['poc', 'sector/north'], aliases: null, 'plugin-x': { score: 2.5, steps: [1, { done: true }] }, zeta: 'last' };

describe('the note\'s own properties in the Y.Doc', () => {
  it('survive model → Y.Doc → model, in their order', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, withProperties(TAGGED));
    const { model, problems } = toModel(copyOf(ydoc), templates);
    expect(problems).toEqual([]);
    expect(model).toEqual(withProperties(TAGGED));
    expect(Object.keys(model.meta.properties ?? {})).toEqual(Object.keys(TAGGED));
  });

  it('give the same Markdown, byte for byte, after a trip through the Y.Doc', () => {
    const model = withProperties(TAGGED);
    const ydoc = new Y.Doc();
    writeModel(ydoc, model);
    expect(toMarkdown(toModel(copyOf(ydoc), templates).model, matrix)).toBe(toMarkdown(model, matrix));
  });

  it('keep a negative zero, as the Markdown does, so a file holding "-0" is written back unchanged', () => {
    const model = withProperties({ offset: -0, list: [-0, 0] });
    const ydoc = new Y.Doc();
    writeModel(ydoc, model);
    const back = toModel(copyOf(ydoc), templates).model;
    expect(back).toEqual(model);
    expect(toMarkdown(back, matrix)).toBe(toMarkdown(model, matrix));
  });

  it('are not written again when the model holds equal properties', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, withProperties(TAGGED));
    let metaChanges = 0;
    ydoc.getMap(META).observe(() => metaChanges++);
    writeModel(ydoc, withProperties(structuredClone(TAGGED)));
    expect(metaChanges).toBe(0);
  });

  it('are removed from the Y.Doc when the model has none', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, withProperties(TAGGED));
    writeModel(ydoc, withProperties(undefined));
    expect(ydoc.getMap(META).has(META_PROPERTIES)).toBe(false);
    expect(toModel(ydoc, templates).model.meta).not.toHaveProperty('properties');
  });

  it('do not share objects with the Y.Doc: changing the model read does not change the document', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, withProperties({ tags: ['poc'] }));
    const read = toModel(ydoc, templates).model;
    (read.meta.properties!.tags as string[]).push('changed');
    expect(toModel(ydoc, templates).model.meta.properties).toEqual({ tags: ['poc'] });
  });

  it('holding a value that is not JSON, as a remote client might write, is reported and skipped', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    ydoc.getMap(META).set(META_PROPERTIES, { tags: ['poc'], blob: new Uint8Array([1, 2]) });
    const { model, problems } = toModel(ydoc, templates);
    expect(model.meta.properties).toEqual({ tags: ['poc'] });
    expect(problems).toEqual([expect.objectContaining({ field: 'blob' })]);
  });

  it('named like built-in object keys (constructor, toString) are stored and read back like any other', () => {
    const odd = JSON.parse('{"constructor": {}, "toString": "y"}') as Record<string, never>;
    const ydoc = new Y.Doc();
    writeModel(ydoc, withProperties(odd));
    const { model, problems } = toModel(copyOf(ydoc), templates);
    expect(problems).toEqual([]);
    expect(model.meta.properties).toEqual(odd);
  });

  it('named "__proto__" are stored and read back as a property, not dropped', () => {
    const odd = JSON.parse('{"__proto__": {"a": 1}, "tags": ["poc"]}') as Record<string, never>;
    const ydoc = new Y.Doc();
    writeModel(ydoc, withProperties(odd));
    const { model, problems } = toModel(copyOf(ydoc), templates);
    expect(problems).toEqual([]);
    expect(Object.keys(model.meta.properties ?? {})).toEqual(['__proto__', 'tags']);
    expect(model.meta.properties).toEqual(odd);
  });

  it('stored as an object by an older version are still read, and rewritten in the current form only when they change', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    ydoc.getMap(META).set(META_PROPERTIES, { tags: ['poc'] });
    expect(toModel(ydoc, templates).model.meta.properties).toEqual({ tags: ['poc'] });
    let metaChanges = 0;
    ydoc.getMap(META).observe(() => metaChanges++);
    mergeModel(ydoc, withProperties({ tags: ['poc'] }), { base: withProperties({ tags: ['poc'] }) });
    expect(metaChanges).toBe(0);
    mergeModel(ydoc, withProperties({ tags: ['poc', 'north'] }), { base: withProperties({ tags: ['poc'] }) });
    expect(toModel(copyOf(ydoc), templates).model.meta.properties).toEqual({ tags: ['poc', 'north'] });
  });

  it('do not change the content hash of the document', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const before = contentHash(toModel(ydoc, templates).model);
    writeModel(ydoc, withProperties(TAGGED));
    expect(contentHash(toModel(ydoc, templates).model)).toBe(before);
  });
});

describe('merging the file\'s properties into the Y.Doc', () => {
  it('takes a tag added in the file', () => {
    const base = withProperties({ tags: ['poc'] });
    const ydoc = new Y.Doc();
    writeModel(ydoc, base);
    mergeModel(ydoc, withProperties({ tags: ['poc', 'north'] }), { base });
    expect(toModel(ydoc, templates).model.meta.properties).toEqual({ tags: ['poc', 'north'] });
  });

  it('keeps a property changed in the Y.Doc while the file changed another one', () => {
    const base = withProperties({ tags: ['poc'], aliases: ['North'] });
    const ydoc = new Y.Doc();
    writeModel(ydoc, withProperties({ tags: ['poc'], aliases: ['North', 'Kalo'] }));
    const report = mergeModel(ydoc, withProperties({ tags: ['poc', 'north'], aliases: ['North'] }), { base });
    expect(report.conflicts).toEqual([]);
    expect(toModel(ydoc, templates).model.meta.properties).toEqual({ tags: ['poc', 'north'], aliases: ['North', 'Kalo'] });
  });

  it('removes a property deleted in the file', () => {
    const base = withProperties({ tags: ['poc'], aliases: ['North'] });
    const ydoc = new Y.Doc();
    writeModel(ydoc, base);
    mergeModel(ydoc, withProperties({ tags: ['poc'] }), { base });
    expect(toModel(ydoc, templates).model.meta.properties).toEqual({ tags: ['poc'] });
  });

  it('reports a property changed differently in the file and in the Y.Doc as a conflict, keeping the shared value', () => {
    const base = withProperties({ tags: ['poc'] });
    const ydoc = new Y.Doc();
    writeModel(ydoc, withProperties({ tags: ['poc', 'shared'] }));
    const report = mergeModel(ydoc, withProperties({ tags: ['poc', 'file'] }), { base });
    expect(report.conflicts).toEqual([expect.objectContaining({ location: { field: 'tags' } })]);
    expect(toModel(ydoc, templates).model.meta.properties).toEqual({ tags: ['poc', 'shared'] });
  });

  it('a file read from Markdown and merged keeps its properties in the next Markdown written', () => {
    const ydoc = new Y.Doc();
    writeModel(ydoc, sampleThreatMatrix);
    const text = toMarkdown(sampleThreatMatrix, matrix).replace('\n---\n', '\ntags:\n  - poc\naliases:\n---\n');
    const r = parseMarkdown(text, templates);
    if (!r.ok) throw new Error(r.error.message);
    mergeModel(ydoc, r.model, { base: sampleThreatMatrix });
    expect(toMarkdown(toModel(ydoc, templates).model, matrix)).toBe(text);
  });
});
