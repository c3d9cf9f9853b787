import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { keysById, type SignoffPayload, type SignoffRecord, signedBytes, verifySignoff, verifyWithKeys } from '../../../shared/signoff/record.js';

const secret = ed25519.utils.randomSecretKey();
const publicKey = ed25519.getPublicKey(secret);
const HASH = `sha256:${'a'.repeat(64)}`;

/** A matrix sign-off as the server signed it before areas were recorded (no `area` member). */
const older: SignoffPayload = {
  docId: 'tm-north',
  docType: 'threat-matrix',
  templateVersion: 1,
  role: 'head-of-office',
  user: 'amina',
  userName: 'Amina',
  decision: 'rejected',
  comment: '',
  contentHash: HASH,
  signedAt: '2026-06-01T10:00:00.000Z',
};

function signed(payload: SignoffPayload): SignoffRecord {
  return { id: 'r1', payload, signature: base64.encode(ed25519.sign(signedBytes(payload), secret)), keyId: 'test' };
}

describe("a sign-off's recorded area", () => {
  it('is optional: a record signed before areas were recorded still verifies, byte for byte', () => {
    expect(new TextDecoder().decode(signedBytes(older))).not.toContain('area');
    expect(verifySignoff(signed(older), publicKey, 'tm-north', HASH).state).toBe('valid');
  });

  it('is covered by the signature: a record whose area was rewritten after signing does not verify', () => {
    const record = signed({ ...older, area: 'sector south' });
    expect(verifySignoff(record, publicKey, 'tm-north', HASH).state).toBe('valid');
    const moved = { ...record, payload: { ...record.payload, area: 'sector north' } };
    expect(verifySignoff(moved, publicKey, 'tm-north', HASH).state).toBe('invalid');
  });

  it('is not empty when present: a record naming an empty area is malformed', () => {
    expect(verifySignoff(signed({ ...older, area: '' }), publicKey, 'tm-north', HASH)).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/malformed/) });
  });
});

describe("records checked with a server's published keys", () => {
  const keys = keysById([{ keyId: 'test', publicKey: base64.encode(publicKey) }]);

  it('a record signed with a published key over the content held is valid', () => {
    expect(verifyWithKeys([signed(older)], keys, 'tm-north', HASH).map((v) => v.state)).toEqual(['valid']);
  });

  it('a record over other content is stale, not invalid', () => {
    expect(verifyWithKeys([signed(older)], keys, 'tm-north', `sha256:${'b'.repeat(64)}`).map((v) => v.state)).toEqual(['stale']);
  });

  it('a record naming a key the server does not publish is invalid, saying so, and keeps its record for the reader', () => {
    const rogue = { ...signed(older), keyId: 'k-rogue' };
    expect(verifyWithKeys([rogue], keys, 'tm-north', HASH)).toEqual([{ state: 'invalid', reason: expect.stringMatching(/k-rogue, which the server does not publish/), record: rogue }]);
  });

  it('a record of another document is invalid whatever the server says', () => {
    expect(verifyWithKeys([signed(older)], keys, 'tm-south', HASH)[0]).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/signed for document "tm-north"/) });
  });

  it('a published key that is not base64 of 32 bytes is left out, so nothing verifies with it', () => {
    const bad = keysById([
      { keyId: 'short', publicKey: base64.encode(new Uint8Array(16)) },
      { keyId: 'garbled', publicKey: 'not base64!' },
    ]);
    expect([...bad.keys()]).toEqual([]);
  });
});
