/**
 * The soak's verdict: what counts as a lost edit, a duplicated one and a
 * diverged client. The soak itself (soak.test.ts) only proves anything if
 * these checks catch each failure.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkDocument, digest, wordCounts } from '../../scripts/soak/check.mjs';

/** A document with one paragraph of text, as the layout stores it. */
function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  const section = new Y.XmlElement('section');
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  section.insert(0, [p]);
  doc.getXmlFragment('body').insert(0, [section]);
  return doc;
}

function copy(doc: Y.Doc): Y.Doc {
  const d = new Y.Doc();
  Y.applyUpdate(d, Y.encodeStateAsUpdate(doc));
  return d;
}

describe('soak verdict', () => {
  it('passes a store and clients that hold the same text with every token once', () => {
    const stored = docWith('Patrols c1-1 near c2-1 the camp c1-2 ');
    const r = checkDocument(stored, [copy(stored), copy(stored)], ['c1-1', 'c1-2', 'c2-1']);
    expect(r).toEqual({ present: 3, missing: [], duplicated: [], diverged: [] });
  });

  it('reports a token the store does not hold as lost', () => {
    const stored = docWith('Patrols c1-1 near the camp ');
    expect(checkDocument(stored, [copy(stored)], ['c1-1', 'c1-2']).missing).toEqual(['c1-2']);
  });

  it('does not mistake a longer token for a shorter one', () => {
    const stored = docWith('c1-12 c1-13 ');
    expect(checkDocument(stored, [], ['c1-1']).missing).toEqual(['c1-1']);
  });

  it('reports a token present twice as duplicated', () => {
    const stored = docWith('c1-1 c1-1 ');
    expect(checkDocument(stored, [], ['c1-1']).duplicated).toEqual(['c1-1']);
  });

  it('reports a client whose document differs from the store as diverged', () => {
    const stored = docWith('c1-1 ');
    const behind = docWith('c1-1 ');
    (behind.getXmlFragment('body').get(0) as Y.XmlElement).setAttribute('title', 'Changed');
    expect(checkDocument(stored, [copy(stored), behind], ['c1-1']).diverged).toEqual([1]);
  });

  it('reads text regardless of formatting', () => {
    const doc = docWith('alpha beta ');
    const text = ((doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.format(0, 5, { strong: {} });
    expect(wordCounts(doc).get('alpha')).toBe(1);
    expect(digest(doc)).toContain('strong');
  });
});
