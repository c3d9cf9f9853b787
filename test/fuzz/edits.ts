/**
 * Random edits of a POC Y.Doc as editors make them through y-prosemirror:
 * typing, deleting and formatting text, setting short block fields,
 * adding and removing paragraphs and typed blocks, changing metadata and
 * document fields. An edit is plain numbers (so fast-check can shrink it)
 * interpreted against the document as the editing client sees it.
 */
import fc from 'fast-check';
import * as Y from 'yjs';
import type { TypedBlock } from '../../shared/model/types.js';
import { BODY, elementCodec, FIELDS, META } from '../../shared/ydoc/layout.js';
import { NODE } from '../../shared/model/nodes.js';

export type Edit =
  | { kind: 'type'; node: number; at: number; text: string }
  | { kind: 'delete'; node: number; at: number; len: number }
  | { kind: 'format'; node: number; at: number; len: number; mark: 'strong' | 'em' | 'code' }
  | { kind: 'setField'; block: number; field: string; value: string | number | boolean }
  | { kind: 'addParagraph'; section: number; at: number; text: string }
  | { kind: 'addBlock'; section: number; at: number; id: number }
  | { kind: 'removeItem'; section: number; at: number }
  | { kind: 'meta'; key: 'title' | 'status'; value: string }
  | { kind: 'docField'; name: string; value: string };

const fraction = fc.nat({ max: 1000 }).map((n) => n / 1000);
const word = fc.constantFrom('civilians', 'patrol', 'threat', 'camp', 'ééé', '  ', 'x', '**', '[[T-1]]', '\n', '🙂');

/** An arbitrary edit. Positions are fractions of what exists, resolved when applied. */
export const arbitraryEdit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('type' as const), node: fc.nat(50), at: fraction, text: word }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), node: fc.nat(50), at: fraction, len: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('format' as const), node: fc.nat(50), at: fraction, len: fc.integer({ min: 1, max: 8 }), mark: fc.constantFrom('strong' as const, 'em' as const, 'code' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('setField' as const),
      block: fc.nat(20),
      field: fc.constantFrom('likelihood', 'impact', 'imminent', 'gap', 'threatType', 'location', 'threat'),
      value: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.boolean(), fc.constantFrom('armed-attack', 'not-a-type', '', 'North sector')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addParagraph' as const), section: fc.nat(10), at: fraction, text: word }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addBlock' as const), section: fc.nat(10), at: fraction, id: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeItem' as const), section: fc.nat(10), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('meta' as const), key: fc.constantFrom('title' as const, 'status' as const), value: fc.constantFrom('draft', 'in-review', 'approved', 'North Kivu', '') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('docField' as const), name: fc.constantFrom('office', 'reviewCadence', 'lastReview'), value: fc.constantFrom('weekly', 'monthly', 'Goma', '2026-06-01', 'soon') }) },
);

function texts(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  const walk = (n: Y.XmlFragment | Y.XmlElement) => {
    for (const c of n.toArray()) {
      if (c instanceof Y.XmlText) out.push(c);
      else if (c instanceof Y.XmlElement) walk(c);
    }
  };
  walk(doc.getXmlFragment(BODY));
  return out;
}

function sections(doc: Y.Doc): Y.XmlElement[] {
  return doc
    .getXmlFragment(BODY)
    .toArray()
    .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === NODE.section);
}

function blocks(doc: Y.Doc): Y.XmlElement[] {
  return sections(doc).flatMap((s) => s.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === NODE.block));
}

const pos = (f: number, length: number) => Math.min(length, Math.floor(f * (length + 1)));

/** Applies `edit` to `doc` in one transaction; an edit with nothing to act on does nothing. */
export function applyEdit(doc: Y.Doc, edit: Edit): void {
  doc.transact(() => {
    switch (edit.kind) {
      case 'type': {
        const all = texts(doc);
        if (!all.length) return;
        const t = all[edit.node % all.length];
        t.insert(pos(edit.at, t.length), edit.text);
        return;
      }
      case 'delete':
      case 'format': {
        const all = texts(doc);
        if (!all.length) return;
        const t = all[edit.node % all.length];
        const at = pos(edit.at, t.length);
        const len = Math.min(edit.len, t.length - at);
        if (len <= 0) return;
        if (edit.kind === 'delete') t.delete(at, len);
        else t.format(at, len, { [edit.mark]: {} });
        return;
      }
      case 'setField': {
        const all = blocks(doc);
        if (!all.length) return;
        // Short values are primitive attributes; Yjs stores any JSON primitive though the type says string.
        all[edit.block % all.length].setAttribute(edit.field, edit.value as unknown as string);
        return;
      }
      case 'addParagraph':
      case 'addBlock': {
        const all = sections(doc);
        if (!all.length) return;
        const s = all[edit.section % all.length];
        const item: Y.XmlElement =
          edit.kind === 'addParagraph'
            ? elementCodec.itemToY({ t: 'p', content: [{ t: 'text', text: edit.text }] })
            : elementCodec.itemToY({
                t: 'block',
                type: 'threat',
                // Small ids on purpose: two clients adding "T-3" at once is how duplicate ids arise.
                id: `T-${edit.id}`,
                fields: { threat: 'New threat', likelihood: 3, impact: 4, response: [{ t: 'p', content: [{ t: 'text', text: 'Patrols' }] }] },
              } satisfies TypedBlock);
        s.insert(pos(edit.at, s.length), [item]);
        return;
      }
      case 'removeItem': {
        const all = sections(doc);
        if (!all.length) return;
        const s = all[edit.section % all.length];
        if (!s.length) return;
        s.delete(Math.min(s.length - 1, pos(edit.at, s.length - 1)), 1);
        return;
      }
      case 'meta':
        doc.getMap(META).set(edit.key, edit.value);
        return;
      case 'docField':
        doc.getMap(FIELDS).set(edit.name, edit.value);
        return;
    }
  });
}
