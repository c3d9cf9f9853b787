/**
 * A stored token as a person (or an administrator) is shown it: what it is,
 * when it was made and last used, and whether it still works. Never its hash.
 */
import type { TokenEntry } from '../../shared/api/people.js';
import type { TokenRow } from '../storage/storage.js';

/** The entry of a token row at `now`: revoked wins over expired, which wins over live. */
export function tokenEntryOf(row: TokenRow, now: Date): TokenEntry {
  const state = row.revokedAt ? 'revoked' : row.expiresAt && Date.parse(row.expiresAt) <= now.getTime() ? 'expired' : 'live';
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    state,
  };
}
