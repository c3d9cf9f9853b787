// Attack on short text in `short_field` children (issue 11): a hostile client names one after the block's own identity attributes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BLOCK_ATTRS, NODE } from '../../../shared/model/nodes.js';
import { BODY, toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { templates } from './merge-support.js';
import { sampleThreatMatrix } from './sample.js';

const template = templates.get('threat-matrix');

/** The sample matrix with a `short_field` named `name` holding `text` added to its first block (last, or `first`), as a remote client could. */
function withHostileShortField(name: string, text: string, first = false): Y.Doc {
  const ydoc = new Y.Doc();
  writeModel(ydoc, sampleThreatMatrix, null, template);
  const block = (ydoc.getXmlFragment(BODY).get(1) as Y.XmlElement).get(0) as Y.XmlElement;
  const el = new Y.XmlElement(NODE.shortField);
  el.setAttribute('name', name);
  const t = new Y.XmlText();
  t.insert(0, text);
  el.insert(0, [t]);
  block.insert(first ? 0 : block.length, [el]);
  return ydoc;
}

describe('a short_field named after a block identity attribute', () => {
  for (const attr of [BLOCK_ATTRS.type, BLOCK_ATTRS.id]) {
    it(`attack: one named "${attr}" is reported and left out, so writing the model back keeps every block's type and id`, () => {
      const hostile = withHostileShortField(attr, 'evil');
      const read = toModel(hostile, templates);
      expect(read.problems.length).toBeGreaterThan(0);
      const copy = new Y.Doc();
      writeModel(copy, read.model, null, template);
      const again = toModel(copy, templates).model;
      expect(again.sections.map((s) => s.content.map((i) => (i.t === 'block' ? `${i.type}/${i.id}` : i.t)))).toEqual(
        toModel(withHostileShortField('unrelated', ''), templates).model.sections.map((s) => s.content.map((i) => (i.t === 'block' ? `${i.type}/${i.id}` : i.t))),
      );
    });
  }
});

describe('a short_field named after a rich text field of its block', () => {
  for (const first of [false, true]) {
    it(`attack: placed ${first ? 'before' : 'after'} the rich field, it does not silently replace the rich text: the rich text is kept and the short text is reported`, () => {
      const rich = Object.entries((toModel(withHostileShortField('unrelated', ''), templates).model.sections[1]!.content[0] as { fields: Record<string, unknown> }).fields).find(([, v]) => Array.isArray(v));
      expect(rich).toBeDefined();
      const [name, value] = rich!;
      const read = toModel(withHostileShortField(name, 'overwritten', first), templates);
      expect((read.model.sections[1]!.content[0] as { fields: Record<string, unknown> }).fields[name]).toEqual(value);
      expect(read.problems.map((p) => p.message).join('\n')).toContain('overwritten');
    });
  }
});
