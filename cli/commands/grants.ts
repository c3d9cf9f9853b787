/**
 * `poc grant` and `poc revoke`: who may read, comment on, edit or own a document (an unknown person or document ends them with exit code 1). Like
 * the HTTP API, they never leave a document without an owner.
 */
import type { Storage } from '../../server/storage/storage.js';
import { isAccessLevel, onlyOwnerProblem } from '../../server/auth/access.js';
import { levelList } from '../../shared/access-levels.js';
import { checkDocId } from '../../server/auth/names.js';
import type { AccessLevel } from '../../server/storage/storage.js';
import { CommandError, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';

/** Grants a user viewer, commenter, editor or owner access to one document or to every document ("*"). */
export async function grant(o: StoreOptions & { username: string; docId: string; access: string }): Promise<void> {
  const out = print(o);
  if (!isAccessLevel(o.access)) throw new CommandError(`"${o.access}" is not an access level; use ${levelList()}.`);
  const access = o.access;
  if (o.docId !== '*') {
    const bad = checkDocId(o.docId);
    if (bad) throw new CommandError(bad);
  }
  await withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(`There is no user named "${o.username}". Add them with "poc user add".`);
    if (o.docId !== '*') await refuseUnreachableId(s, o.docId);
    await requireDocument(s, o.docId);
    await keepAnOwner(s, o.docId, o.username, access);
    // Fail closed: the grant and its audit entry commit together, or neither does (the command then fails, nothing granted).
    await s.setGrant({ username: o.username, docId: o.docId, access, grantedBy: 'cli' }, { kind: 'grant', actor: 'cli', docId: o.docId, detail: { user: o.username, access } });
    out(`${o.username} is now ${access} of ${o.docId === '*' ? 'every document' : `"${o.docId}"`}.`);
  });
}

/** Removes a user's grant on one document (or their "*" grant). */
export async function revoke(o: StoreOptions & { username: string; docId: string }): Promise<{ removed: boolean }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(`There is no user named "${o.username}"; check the spelling ("poc user list" lists everyone).`);
    await requireDocument(s, o.docId);
    await keepAnOwner(s, o.docId, o.username);
    const removed = await s.removeGrant(o.username, o.docId, { kind: 'revoke', actor: 'cli', docId: o.docId, detail: { user: o.username } });
    out(removed ? `${o.username} no longer has access to ${o.docId === '*' ? 'every document' : `"${o.docId}"`} through this grant.` : `${o.username} had no grant on "${o.docId}"; nothing changed.`);
    return { removed };
  });
}

/**
 * Refuses a grant that could never open anything: ids are unique without case and lookups are exact, so a grant on
 * "tm-north" when "TM-North" exists, or on a deleted document's id, would be kept and reach nothing.
 */
async function refuseUnreachableId(s: Storage, docId: string): Promise<void> {
  const found = await s.findDocumentId(docId);
  if (!found) return;
  if (found.deleted) throw new CommandError(`Document "${found.id}" was deleted and its id is never reused, so a grant on "${docId}" would open nothing.`);
  if (found.id !== docId) throw new CommandError(`The document's id is "${found.id}", not "${docId}" (ids are matched exactly); grant on "${found.id}".`);
}

/** Refuses (exit code 1) a document id the store has no live document for: a grant on it would open nothing ("*" always exists). */
async function requireDocument(s: Storage, docId: string): Promise<void> {
  if (docId === '*' || (await s.getDocument(docId))) return;
  throw CommandError.missing(`There is no document "${docId}"; check the id (it is matched exactly; documents are created with "poc doc create" or in the workspace).`);
}

/** Refuses, as the HTTP API does, to remove or lower the grant of a document's only owner (every document keeps one of its own). */
async function keepAnOwner(s: Storage, docId: string, username: string, access?: AccessLevel): Promise<void> {
  if (docId === '*' || access === 'owner') return;
  const problem = onlyOwnerProblem(await s.grantsFor(docId), docId, username);
  if (problem) throw new CommandError(problem);
}
