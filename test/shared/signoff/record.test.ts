import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { type SignoffPayload, type SignoffRecord, signedBytes, verifySignoff } from '../../../shared/signoff/record.js';

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
