/**
 * Which stored versions of a document the server lets go, so the history of
 * a document edited every day for years stays bounded (issue 13):
 *
 * - named and restored versions are always kept (people chose them), and so
 *   is any version someone last viewed ("what changed since I looked" starts
 *   there); signed versions are not stored here at all (they stay with their
 *   sign-off records, append-only);
 * - automatic versions are all kept for the last 24 hours, then the newest of
 *   each day (UTC) for 30 days, then the newest of each week;
 * - over a hard cap per document, the oldest automatic versions go first,
 *   whatever the rules above say (named, restored and viewed versions are
 *   never dropped: saving a named version is refused at the cap instead).
 *
 * With automatic versions at most every 10 minutes that is at most 144 + 30
 * + one a week, well under the cap for the first years of a document.
 */
import type { VersionRow } from '../storage/storage.js';

/** The thinning rules (see the module comment); one place for the numbers. */
export interface ThinningPolicy {
  /** Automatic versions younger than this are all kept. */
  keepAllMs: number;
  /** …then one a day until this age, then one a week. */
  dailyUntilMs: number;
  /** The most versions one document keeps (named, automatic and restored). */
  maxPerDocument: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The server's thinning rules. */
export const THINNING: ThinningPolicy = { keepAllMs: DAY, dailyUntilMs: 30 * DAY, maxPerDocument: 300 };

/**
 * The ids of the versions to drop from `versions` (newest first, as the store lists them) at `now`; `pinned` are
 * versions someone last viewed, kept like named ones. Pure, so the rules are tested without a store.
 */
export function versionsToDrop(versions: readonly VersionRow[], now: Date, pinned: ReadonlySet<string> = new Set(), policy: ThinningPolicy = THINNING): string[] {
  const drop = new Set<string>();
  const seenBucket = new Set<string>();
  for (const v of versions) {
    if (v.kind !== 'auto' || pinned.has(v.id)) continue;
    const at = Date.parse(v.createdAt);
    const age = now.getTime() - at;
    if (age < policy.keepAllMs) continue;
    // Newest first, so the first version met in a day (or week) is the one that day keeps.
    const bucket = age < policy.dailyUntilMs ? `d${Math.floor(at / DAY)}` : `w${Math.floor(at / (7 * DAY))}`;
    if (seenBucket.has(bucket)) drop.add(v.id);
    else seenBucket.add(bucket);
  }
  let over = versions.length - drop.size - policy.maxPerDocument;
  for (let i = versions.length - 1; i >= 0 && over > 0; i--) {
    const v = versions[i];
    if (v.kind !== 'auto' || pinned.has(v.id) || drop.has(v.id)) continue;
    drop.add(v.id);
    over--;
  }
  return [...drop];
}

/** How many versions the cap still leaves room for that the thinning never drops (named, restored, viewed); saving a named version is refused at 0. */
export function roomForKept(versions: readonly VersionRow[], pinned: ReadonlySet<string>, policy: ThinningPolicy = THINNING): number {
  return policy.maxPerDocument - versions.filter((v) => v.kind !== 'auto' || pinned.has(v.id)).length;
}
