/**
 * Who may do what with a document: the effective access of a user is the
 * higher of their grant on the document and their grant on "*" (every
 * document).
 */
import { ACCESS_LEVELS, type AccessLevel, atLeast, isAccessLevel } from '../../shared/access-levels.js';
import type { GrantRow } from '../storage/storage.js';

export { atLeast, isAccessLevel };

/** The higher of two access levels (undefined means none). */
export function higher(a: AccessLevel | undefined, b: AccessLevel | undefined): AccessLevel | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return ACCESS_LEVELS.indexOf(a) >= ACCESS_LEVELS.indexOf(b) ? a : b;
}

/** A user's effective access to a document, from the grants that apply to it (see `Storage.grantsFor`). */
export function effectiveAccess(grants: readonly GrantRow[], username: string, docId: string): AccessLevel | undefined {
  let best: AccessLevel | undefined;
  for (const g of grants) if (g.username === username && (g.docId === docId || g.docId === '*')) best = higher(best, g.access);
  return best;
}


/** Why `username`'s own grant on `docId` may not be removed or lowered: they are its only owner (undefined when another owner remains). */
export function onlyOwnerProblem(grants: readonly GrantRow[], docId: string, username: string): string | undefined {
  const owners = grants.filter((g) => g.docId === docId && g.access === 'owner');
  return owners.length === 1 && owners[0].username === username ? `${username} is the only owner of "${docId}"; make someone else an owner first.` : undefined;
}
