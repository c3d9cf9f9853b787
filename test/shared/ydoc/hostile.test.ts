/**
 * A Y.Doc is written by every client in the room, and a remote client may
 * write anything Yjs can hold: elements of any name, attributes of any name
 * and value (Infinity, objects, names such as "__proto__" or ""), text with
 * any formatting. Whatever it holds, reading it must give a model and
 * problems, never an exception: validation, the content hash and the
 * Markdown mirror must work on that model, and the mirror must read back,
 * unless what it holds is one of the errors the reader reports with a line
 * for a person to fix (a section or block id given twice, a block type the
 * template lacks).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { contentHash } from '../../../shared/hash/canonical.js';
import { parseMarkdown, toMarkdown } from '../../../shared/markdown/index.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { validate } from '../../../shared/validate/index.js';
import { BODY, FIELDS, META, toModel } from '../../../shared/ydoc/layout.js';
import { NODE } from '../../../shared/model/nodes.js';

const templates = TemplateSet.builtin();

/** Names that mean something to the layout, to JavaScript objects, or to nothing at all. */
const NAMES = ['__proto__', 'constructor', 'toString', '', 'x', 'name', 'sid', 'title', 'threat', 'likelihood', 'populations', 'docId', 'blockId', 'strong', 'em', 'code', 'office'];
const text = fc.oneof(fc.constantFrom('', ' ', 'T-1', 'x\ny', '\r', '#', '**', '[[x]]', '·', '2026-01-01', '__proto__', '^t-1', '|', '> [!poc-threat] T-1', '\u2028'), fc.string({ maxLength: 8 }));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.constantFrom(Number.POSITIVE_INFINITY, Number.NaN, -0), fc.boolean(), fc.constant(null));
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
const attrs = fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 4 });

type Node = { el: string; attrs: Array<[string, unknown]>; children: Node[] } | { text: Array<[string, Record<string, unknown>]> };

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.tuple(text, fc.dictionary(fc.constantFrom('strong', 'em', 'code', 'link', '__proto__'), scalar, { maxKeys: 2 })), { maxLength: 3 }).map((t): Node => ({ text: t })),
    fc.record({ el: fc.constantFrom(...Object.values(NODE), 'widget'), attrs, children: fc.array(tie('node'), { maxLength: 3 }) }),
  ),
})).node;

/** A block with a well-formed identity (so the mirror can name it) and anything else. */
const block: fc.Arbitrary<Node> = fc
  .record({ type: fc.constantFrom('threat', 'action', 'objective', 'capability', 'decision'), id: fc.constantFrom('T-1', 'T-2', 'A-1', 'OBJ-1'), rest: attrs, children: fc.array(node, { maxLength: 3 }) })
  .map(({ type, id, rest, children }) => ({ el: NODE.block, attrs: [['type', type], ['bid', id], ...rest.filter(([k]) => k !== 'type' && k !== 'bid')], children }));

const section: fc.Arbitrary<Node> = fc
  .record({ sid: fc.constantFrom('1', '2', 'A', 'I.a', 'Z.9'), title: fc.option(text, { nil: undefined }), children: fc.array(fc.oneof(node, block), { maxLength: 4 }) })
  .map(({ sid, title, children }) => ({ el: NODE.section, attrs: [['sid', sid], ...(title === undefined ? [] : ([['title', title]] as Array<[string, unknown]>))], children }));

function build(n: Node): Y.XmlElement | Y.XmlText {
  if ('text' in n) {
    const t = new Y.XmlText();
    let at = 0;
    for (const [s, formatting] of n.text) {
      t.insert(at, s, formatting);
      at += s.length;
    }
    return t;
  }
  const el = new Y.XmlElement(n.el);
  // Y.XmlElement attributes are typed as strings, but Yjs stores any value.
  for (const [k, v] of n.attrs) el.setAttribute(k, v as string);
  el.insert(0, n.children.map(build));
  return el;
}

/** Errors the reader reports on purpose, with a line, for content two people can create at once or a template can drop. */
const REPORTED = /appears twice|given twice|already used|Unknown block type/;

test('any content a remote client writes gives a model that validates, hashes and makes a mirror file that reads back', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...templates.all().map((t) => t.id)),
      fc.array(fc.tuple(fc.constantFrom('properties', '__proto__', 'constructor', 'x'), value), { maxLength: 3 }),
      fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 4 }),
      fc.array(fc.oneof(node, section, section), { maxLength: 4 }),
      (type, metaEntries, fieldEntries, body) => {
        const ydoc = new Y.Doc();
        const meta = ydoc.getMap(META);
        for (const [k, v] of Object.entries({ type, id: 'doc-1', templateVersion: 1, title: 'T', status: 'draft', created: '2026-01-01' })) meta.set(k, v);
        for (const [k, v] of metaEntries) meta.set(k, v);
        for (const [k, v] of fieldEntries) ydoc.getMap(FIELDS).set(k, v);
        ydoc.getXmlFragment(BODY).insert(0, body.map(build));

        const { model } = toModel(ydoc, templates);
        const template = templates.get(model.meta.type);
        expect(() => validate(model, template, { today: '2026-06-01' })).not.toThrow();
        expect(() => contentHash(model)).not.toThrow();
        const md = toMarkdown(model, template);
        const read = parseMarkdown(md, templates, 'mirror.md');
        if (!read.ok) expect(read.error.message).toMatch(REPORTED);
      },
    ),
    { numRuns: 150 },
  );
});
