// Why a sign-off does not count, or does not verify, is said in French when asked and in English otherwise.
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { whyNotCounted } from '../../../shared/signoff/latest.js';
import { type SignoffPayload, type SignoffRecord, signedBytes, verifySignoff, verifyWithKeys } from '../../../shared/signoff/record.js';

const secret = ed25519.utils.randomSecretKey();
const publicKey = ed25519.getPublicKey(secret);
const HASH = `sha256:${'a'.repeat(64)}`;
const payload: SignoffPayload = { docId: 'tm-north', docType: 'threat-matrix', templateVersion: 1, role: 'head-of-office', user: 'amina', userName: 'Amina', decision: 'approved', comment: '', contentHash: HASH, signedAt: '2026-06-01T10:00:00.000Z', area: 'sector south' };
const record: SignoffRecord = { id: 'r1', payload, signature: base64.encode(ed25519.sign(signedBytes(payload), secret)), keyId: 'test' };
const reason = (s: { state: string; reason?: string }) => (s.state === 'invalid' ? s.reason : undefined);

describe('sign-off reasons follow the language asked for', () => {
  it('says in French why a sign-off does not count here, and in English by default', () => {
    expect(whyNotCounted(payload, { docType: 'strategy' }, 'fr')).toBe('donnée quand ce document était de type «\u00a0threat-matrix\u00a0», alors qu’il est maintenant de type «\u00a0strategy\u00a0»');
    expect(whyNotCounted(payload, { docType: 'threat-matrix', area: 'sector north' }, 'fr')).toBe('donnée pour la zone «\u00a0sector south\u00a0», alors que ce document couvre maintenant «\u00a0sector north\u00a0»');
    expect(whyNotCounted(payload, { docType: 'threat-matrix' }, 'fr')).toBe('donnée pour la zone «\u00a0sector south\u00a0», alors que ce document ne couvre plus aucune zone');
    expect(whyNotCounted(payload, { docType: 'threat-matrix' })).toBe('given for area "sector south", and this document now covers no area');
  });

  it('says in French why a record does not verify, and in English by default', () => {
    const altered = { ...record, payload: { ...payload, decision: 'rejected' as const } };
    expect(reason(verifySignoff(altered, publicKey, 'tm-north', HASH, 'fr'))).toMatch(/^la signature ne correspond pas à la clé du serveur/);
    expect(reason(verifySignoff(record, publicKey, 'tm-south', HASH, 'fr'))).toBe('l’enregistrement a été signé pour le document «\u00a0tm-north\u00a0», pas pour celui-ci');
    expect(reason(verifySignoff({}, publicKey, 'tm-north', HASH, 'fr'))).toMatch(/^enregistrement de signature mal formé\u00a0: /);
    expect(reason(verifyWithKeys([record], new Map(), 'tm-north', HASH, 'fr')[0]!)).toBe('signé avec la clé test, que le serveur ne publie pas');
    expect(reason(verifySignoff(altered, publicKey, 'tm-north', HASH))).toMatch(/^the signature does not match the server key/);
  });
});
