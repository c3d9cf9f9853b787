/**
 * Which sign-off of an office counts: its latest. A later rejection
 * withdraws an earlier approval, and a later approval (of newer content)
 * replaces an earlier rejection. Validation, the server's report and the
 * editor's sign-off panel all pick the latest through this module, so they
 * never disagree about an office's standing.
 *
 * The tie rule, for two sign-offs of one office at the same `signedAt`
 * (two officers of one office deciding in the same millisecond):
 * 1. a rejection wins over an approval: the document is sent back rather
 *    than endorsed, the safe reading of a contradiction;
 * 2. otherwise the payload whose canonical JSON sorts last wins, an
 *    arbitrary but total order on the payload alone.
 * The order in which records arrive does not matter: the Y.Doc's map can
 * list them in a different order on each replica, and validation sees only
 * payloads (no record ids), so the rule uses nothing else.
 */
import { canonicalJson } from '../hash/canonical.js';
import type { SignoffPayload } from './record.js';

/** Orders sign-offs latest first by the tie rule above: negative when `a` supersedes `b`, zero only for equal payloads. */
export function compareLatestFirst(a: SignoffPayload, b: SignoffPayload): number {
  // ISO timestamps from one server compare as text.
  if (a.signedAt !== b.signedAt) return a.signedAt > b.signedAt ? -1 : 1;
  if (a.decision !== b.decision) return a.decision === 'rejected' ? -1 : 1;
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x === y ? 0 : x > y ? -1 : 1;
}

/** Each office's latest sign-off (by `compareLatestFirst`), keyed by role; `payloadOf` reads the payload of an item. */
export function latestPerOffice<T>(items: readonly T[], payloadOf: (item: T) => SignoffPayload): Map<string, T> {
  const latest = new Map<string, T>();
  for (const item of items) {
    const p = payloadOf(item);
    const prev = latest.get(p.role);
    if (!prev || compareLatestFirst(p, payloadOf(prev)) < 0) latest.set(p.role, item);
  }
  return latest;
}
