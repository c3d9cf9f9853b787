// The outstanding device codes (server/auth/device-codes.ts) and how a stored token is shown to its owner
// (server/people/token-entry.ts): single use, expiry on the server's clock, a bounded table, a constant-time
// PKCE check, and a token's state as the person reads it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { challengeOf, DeviceCodes, verifierMatches } from '../../server/auth/device-codes.js';
import { tokenEntryOf } from '../../server/people/token-entry.js';
import type { TokenRow } from '../../server/storage/storage.js';

const VERIFIER = 'v'.repeat(43);
const entry = { username: 'amina', challenge: challengeOf(VERIFIER), label: 'Obsidian on LAPTOP' };

describe('device codes', () => {
  it('a code is 32 random bytes in base64url and is given back once only', () => {
    const codes = new DeviceCodes(() => new Date());
    const { code } = codes.issue(entry);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(codes.take(code)).toMatchObject({ username: 'amina', label: 'Obsidian on LAPTOP' });
    expect(codes.take(code)).toBeUndefined();
  });

  it('a code taken after its expiry on the server’s clock is refused', () => {
    let now = Date.parse('2026-06-15T12:00:00Z');
    const codes = new DeviceCodes(() => new Date(now), 10, 60_000);
    const { code, expiresAt } = codes.issue(entry);
    expect(expiresAt.getTime()).toBe(now + 60_000);
    now += 60_000;
    expect(codes.take(code)).toBeUndefined();
  });

  it('the table never holds more than its bound: the oldest code makes way for a new one', () => {
    const codes = new DeviceCodes(() => new Date(), 3);
    const first = codes.issue(entry).code;
    for (let i = 0; i < 5; i++) codes.issue(entry);
    expect(codes.size()).toBe(3);
    expect(codes.take(first)).toBeUndefined();
  });

  it('the PKCE check accepts the verifier behind the challenge (base64url of its SHA-256) and nothing else', () => {
    expect(challengeOf(VERIFIER)).toBe(createHash('sha256').update(VERIFIER).digest('base64url'));
    expect(verifierMatches(VERIFIER, entry.challenge)).toBe(true);
    expect(verifierMatches('w'.repeat(43), entry.challenge)).toBe(false);
    expect(verifierMatches(VERIFIER, 'short')).toBe(false);
  });
});

describe('a token as its owner sees it', () => {
  const row: TokenRow = { id: 7, username: 'amina', createdAt: '2026-06-01T00:00:00Z', revokedAt: null, expiresAt: null, kind: 'device', label: 'Obsidian on LAPTOP', lastUsedAt: null };
  const now = new Date('2026-06-15T12:00:00Z');

  it('is live, revoked or expired, revoked winning', () => {
    expect(tokenEntryOf(row, now).state).toBe('live');
    expect(tokenEntryOf({ ...row, expiresAt: '2026-06-10T00:00:00Z' }, now).state).toBe('expired');
    expect(tokenEntryOf({ ...row, expiresAt: '2026-06-10T00:00:00Z', revokedAt: '2026-06-09T00:00:00Z' }, now).state).toBe('revoked');
  });

  it('never carries the username or anything but what the list shows', () => {
    expect(Object.keys(tokenEntryOf(row, now)).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'kind', 'label', 'lastUsedAt', 'revokedAt', 'state']);
  });
});
