import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LiveModel, type LiveOptions } from '../../editor/live.js';
import { recordStates } from '../../editor/panels/signoff-panel.js';
import { contentHash } from '../../shared/hash/canonical.js';
import { setInterfaceLocale } from '../../shared/i18n/interface-locale.js';
import type { DocModel } from '../../shared/model/types.js';
import { type SignoffPayload, type SignoffRecord, signedBytes } from '../../shared/signoff/record.js';
import { addSignoff, writeModel } from '../../shared/ydoc/layout.js';
import { link, ModelBuilder, rich } from '../support/build-model.js';
import { matrix, stateOf, templates } from './helpers.js';

const today = () => '2026-06-15';

function liveOf(model: DocModel, opts: Omit<LiveOptions, 'today'> = {}) {
  const ydoc = new Y.Doc();
  writeModel(ydoc, model);
  let changes = 0;
  const live = new LiveModel(ydoc, templates, { today, ...opts }, () => changes++);
  return { ydoc, live, doc: stateOf(model).doc, changes: () => changes };
}

const secret = ed25519.utils.randomSecretKey();
const publicKey = ed25519.getPublicKey(secret);

function signed(payload: SignoffPayload, id = 'so-1'): SignoffRecord {
  return { id, payload, signature: base64.encode(ed25519.sign(signedBytes(payload), secret)), keyId: 'test' };
}

function payloadFor(model: DocModel, role: string): SignoffPayload {
  return { docId: model.meta.id, docType: model.meta.type, templateVersion: 1, role, user: 'ben', userName: 'Ben', decision: 'approved', comment: '', contentHash: contentHash(model), signedAt: '2026-06-15T10:00:00Z' };
}

describe('the live model', () => {
  it('is not loaded while the document names no type', () => {
    const live = new LiveModel(new Y.Doc(), templates, { today }, () => undefined);
    expect(live.snapshot(stateOf(matrix().build()).doc)).toBeUndefined();
  });

  it('ranks an unlikely threat of catastrophic impact (1 × 5) above a likelier one of lower risk, as the template sets', () => {
    const { live, doc } = liveOf(matrix().setFields('T-1', { likelihood: 1, impact: 5 }).setFields('T-4', { likelihood: 3, impact: 3 }).build());
    const threats = live.snapshot(doc)!.threats;
    expect([threats.get('T-1'), threats.get('T-4')]).toEqual([
      { risk: 5, rank: 1, highRisk: false, priorityImpact: true, imminent: false },
      { risk: 9, rank: 2, highRisk: false, priorityImpact: false, imminent: false },
    ]);
  });

  it('writes its diagnostics in the interface language, with the same codes and places', () => {
    const model = matrix().build();
    const english = liveOf(model);
    const en = english.live.snapshot(english.doc)!.diagnostics;
    setInterfaceLocale('fr');
    try {
      const french = liveOf(model);
      const fr = french.live.snapshot(french.doc)!.diagnostics;
      expect(fr.map((d) => [d.code, d.location])).toEqual(en.map((d) => [d.code, d.location]));
      expect(fr.find((d) => d.code === 'required-section-empty')?.message).toMatch(/^La section 3 «\u00a0.+\u00a0» est vide\./);
    } finally {
      setInterfaceLocale('en');
    }
  });

  it("holds the model, the diagnostics and each threat's risk and rank", () => {
    const { live, doc } = liveOf(matrix().build());
    const snap = live.snapshot(doc)!;
    expect(snap.model.sections.map((s) => s.id)).toEqual(['1', '2', '3']);
    expect(snap.threats.get('T-1')).toEqual({ risk: 20, rank: 1, highRisk: true, priorityImpact: true, imminent: false });
    expect(snap.byBlock.get('T-4')?.some((d) => d.code === 'required-field' && d.location.field === 'location')).toBe(true);
    expect(snap.bySection.get('3')?.map((d) => d.code)).toContain('required-section-empty');
  });

  it('reuses a snapshot while neither the document nor the metadata changed, and notices metadata changes', () => {
    const { live, doc, ydoc, changes } = liveOf(matrix().build());
    const first = live.snapshot(doc);
    expect(live.snapshot(doc)).toBe(first);
    ydoc.getMap('fields').set('office', 'Kiri');
    expect(changes()).toBe(1);
    const second = live.snapshot(doc)!;
    expect(second).not.toBe(first);
    expect(second.model.meta.fields.office).toBe('Kiri');
  });

  it('knows which blocks of the document link to each block in a link field', () => {
    const model = matrix().setFields('T-4', { links: [{ t: 'p', content: [{ t: 'link', docId: 'tm-unit', blockId: 'T-1' }] }] }).build();
    const { live, doc } = liveOf(model);
    expect(live.snapshot(doc)!.internalBacklinks.get('T-1')).toEqual(['T-4']);
  });

  it('does not count a mention of a block inside text as a link to it', () => {
    const model = matrix().setFields('T-4', { response: [{ t: 'p', content: [{ t: 'link', docId: 'tm-unit', blockId: 'T-1' }] }] }).build();
    const { live, doc } = liveOf(model);
    expect(live.snapshot(doc)!.internalBacklinks.get('T-1')).toBeUndefined();
  });

  it('counts sign-offs in validation only when they verify against the server key', () => {
    const model = ModelBuilder.from(matrix().build()).text('3', 'Consulted.').setFields('T-4', { populations: rich('Traders.') }).build();
    const withKey = liveOf(model, { publicKey });
    const current = withKey.live.snapshot(withKey.doc)!.model;
    addSignoff(withKey.ydoc, signed(payloadFor(current, 'someone-else')));
    const codes = (l: ReturnType<typeof liveOf>) => l.live.snapshot(l.doc)!.diagnostics.map((d) => d.code);
    expect(codes(withKey)).toContain('signoff-unknown-role');
    const withoutKey = liveOf(model);
    addSignoff(withoutKey.ydoc, signed(payloadFor(current, 'someone-else')));
    expect(codes(withoutKey)).not.toContain('signoff-unknown-role');
  });
});

describe('sign-off states', () => {
  const model = matrix().build();
  const record = signed(payloadFor(model, 'head-of-office'));

  it('is valid for a signature over the current content', () => {
    expect(recordStates([record], model, publicKey).map((s) => s.state)).toEqual(['valid']);
  });

  it('is stale once the content changed', () => {
    const edited = matrix().setFields('T-1', { likelihood: 5 }).build();
    expect(recordStates([record], edited, publicKey).map((s) => s.state)).toEqual(['stale']);
  });

  it('is invalid when the record was altered', () => {
    const forged = { ...record, payload: { ...record.payload, userName: 'Someone else' } };
    expect(recordStates([forged], model, publicKey).map((s) => s.state)).toEqual(['invalid']);
  });

  it('is unverified without a key, and invalid when malformed', () => {
    expect(recordStates([record, { nonsense: true }], model, undefined).map((s) => s.state)).toEqual(['unverified', 'invalid']);
  });
});

describe('sign-off checks at typing speed', () => {
  const model = matrix().build();
  const record = signed(payloadFor(model, 'head-of-office'), 'so-cache');

  it('give the same answers as verifySignoff, also when asked again after the text changed', async () => {
    const { verifySignoff } = await import('../../shared/signoff/record.js');
    const { standing } = await import('../../editor/signoff-standing.js');
    const edited = matrix().setFields('T-1', { likelihood: 1 }).build();
    for (const m of [model, edited, model]) {
      const hash = contentHash(m);
      expect(standing(record, publicKey, m.meta.id, hash)).toEqual(verifySignoff(record, publicKey, m.meta.id, hash));
    }
    const forged = { ...record, signature: signed(payloadFor(edited, 'head-of-office')).signature };
    expect(standing(forged, publicKey, model.meta.id, contentHash(model)).state).toBe('invalid');
    expect(standing(record, publicKey, 'another-doc', contentHash(model)).state).toBe('invalid');
  });
});

describe('links into a document that could not be read', () => {
  it('validates them as one "could not be read" for that document, not one "does not exist" per link', () => {
    const model = matrix().text('1', 'See ', link('str-x', 'OBJ-1'), ' and ', link('str-x', 'OBJ-2')).build();
    const { live, doc } = liveOf(model, { resolveLink: () => undefined, unreadableDocument: (d) => (d === 'str-x' ? 'Strategy.md' : undefined) });
    const diagnostics = live.snapshot(doc)!.diagnostics;
    expect(diagnostics.filter((d) => d.code === 'link-unresolved' && d.message.includes('str-x'))).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'link-target-unreadable')).toHaveLength(1);
  });
});
