/**
 * Which documents a person can read: every stored document on which their
 * effective access (their own grants and their teams', server/auth/access.ts)
 * is at least "viewer". One reading of their grants and memberships per
 * request, shared by the document list (`GET /api/docs`) and the mission
 * picture (`GET /api/picture`), so the two never disagree on what a person sees.
 */
import type { AccessLevel, DocumentRow, Storage } from '../storage/storage.js';
import { effectiveAccess } from '../auth/access.js';

/** The documents `username` can read, in the store's order, each with their effective access (before archiving makes it read-only). */
export async function readableDocuments(storage: Storage, username: string): Promise<Array<{ row: DocumentRow; granted: AccessLevel }>> {
  const [grants, memberships] = await Promise.all([storage.grantsOf(username), storage.membershipsOf(username)]);
  const teams = { grants: (await Promise.all(memberships.map((m) => storage.teamGrantsOf(m.teamId)))).flat(), memberships };
  const out: Array<{ row: DocumentRow; granted: AccessLevel }> = [];
  for (const row of await storage.listDocuments()) {
    const granted = effectiveAccess(grants, username, row.id, teams);
    if (granted) out.push({ row, granted });
  }
  return out;
}
