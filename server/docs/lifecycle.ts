/**
 * A document's life on the server: creating one is a right (a user's create
 * flag, or being an administrator), never a side effect of connecting; an
 * administrator archives (read-only), deletes (a tombstone: the id is never
 * reused, sign-offs and the audit trail stay) and transfers ownership.
 *
 * Every refusal is a value with a stable code and a message a person can act
 * on; the HTTP layer maps codes to statuses.
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { randomDocumentId } from '../../shared/model/ids.js';
import type { DocType } from '../../shared/template/template-schema.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { missionToday } from '../../shared/time/mission-day.js';
import { createDocument } from '../../shared/ydoc/layout.js';
import { checkDocId } from '../auth/names.js';
import type { RateLimits } from '../rate-limits.js';
import type { DocumentRow, Storage, UserRow } from '../storage/storage.js';

/** What the lifecycle needs: the store, the templates new documents start from, the clock and zone (their "created" date), the per-user cap, and where to log a refusal that could not be recorded. */
export interface LifecycleDeps {
  storage: Storage;
  templates: TemplateSet;
  now: () => Date;
  timeZone: string;
  maxDocsPerUser: number;
  logger?: Pick<Logger, 'error'>;
}

/** Why a lifecycle action was refused: a stable code (the API's error code) and what to do. */
export interface Refusal {
  code:
    | 'create-not-allowed'
    | 'too-many-documents'
    | 'too-many-requests'
    | 'bad-type'
    | 'bad-title'
    | 'bad-id'
    | 'id-taken'
    | 'no-such-user'
    | 'not-found';
  message: string;
  /** For "too-many-requests": seconds until the person may try again. */
  retryAfterSec?: number;
}

/** A result: the value, or why not. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const refuse = <T>(code: Refusal['code'], message: string, extra: Partial<Refusal> = {}): Outcome<T> => ({ ok: false, refusal: { code, message, ...extra } });

/** Longest title accepted for a new document. */
export const MAX_TITLE_LENGTH = 200;

/** What `POST /api/docs` asks for. */
export interface CreateRequest {
  type: string;
  title: string;
  /** A chosen id; absent, the server makes an unguessable one. */
  id?: string;
  /** The language the document is written in (shared/model/document-locale.ts); English when absent. */
  lang?: Locale;
  /** Start empty instead of from the template (the CLI's `doc create --empty`, for content written afterwards over the sync protocol); never from HTTP. */
  empty?: boolean;
  /** Where the request came from, for the audit trail (default "api"). */
  via?: 'api' | 'cli';
}

/** Why `id` may not name a new document: badly formed, or a live, deleted or look-alike id already in the store. */
async function idProblem(storage: Storage, id: string): Promise<Refusal | undefined> {
  const bad = checkDocId(id);
  if (bad) return { code: 'bad-id', message: `The id "${id}" is refused: ${bad}.` };
  const taken = await storage.findDocumentId(id);
  if (!taken) return undefined;
  if (taken.deleted) return { code: 'id-taken', message: `The id "${id}" belonged to a document that was deleted; ids are never reused, so old sign-offs cannot attach to a new document. Choose another id, or leave it out.` };
  if (taken.id !== id) return { code: 'id-taken', message: `The id "${id}" differs only by case from an existing id; ids are compared without case so one document cannot pass for another. Choose another id, or leave it out.` };
  return { code: 'id-taken', message: `The id "${id}" is taken. Choose another id, or leave it out and the server makes one.` };
}

/**
 * Creates a document for `user` from its type's template (a valid, empty POC document at once), with `user` as owner,
 * and audits it. Refuses, in this order: past the creation rate limit (counted for every attempt, so even refusals
 * stay bounded), without the create right, past the per-user cap, a bad type, title or id.
 */
export async function createDoc(
  deps: LifecycleDeps,
  rateLimits: RateLimits,
  user: UserRow,
  isAdmin: boolean,
  req: CreateRequest,
): Promise<Outcome<{ row: DocumentRow; state: Uint8Array }>> {
  const { storage, templates } = deps;
  const who = user.username;
  const rate = await rateLimits.consume('createsPerPerson', who);
  if (!rate.ok) return refuse('too-many-requests', `You have created too many documents in a short time; try again in ${rate.retryAfterSec} s.`, { retryAfterSec: rate.retryAfterSec });
  if (!user.canCreate && !isAdmin) {
    // A refusal changes nothing, so it stands even when its record cannot be written (logged, not a 500).
    await storage
      .appendAudit({ kind: 'create-rejected', actor: who, docId: null, detail: { reason: 'no create right', type: req.type, via: 'api' } })
      .catch((err: unknown) => deps.logger?.error({ err, kind: 'create-rejected' }, 'writing an audit entry failed'));
    return refuse('create-not-allowed', `${who} may not create documents; ask an administrator ("poc user can-create ${who} yes").`);
  }
  const template = templates.find(req.type);
  if (!template) return refuse('bad-type', `"${req.type}" is not a document type this server knows; use one of ${templates.all().map((t) => t.id).join(', ')}.`);
  const title = req.title.trim();
  if (!title || title.length > MAX_TITLE_LENGTH) return refuse('bad-title', `Give a title of 1 to ${MAX_TITLE_LENGTH} characters.`);
  const made = await storage.countDocumentsCreatedBy(who);
  if (made >= deps.maxDocsPerUser) {
    return refuse('too-many-documents', `${who} has already created ${made} documents, the most this server allows one person (--max-docs-per-user); ask an administrator to archive or delete some, or to raise the limit.`);
  }
  let id = req.id;
  if (id === undefined) {
    id = randomDocumentId(template.id as DocType);
    // 80 random bits: a clash is next to impossible, but a taken id is never reused, so draw again if one happens.
    while (await storage.findDocumentId(id)) id = randomDocumentId(template.id as DocType);
  } else {
    const problem = await idProblem(storage, id);
    if (problem) return { ok: false, refusal: problem };
  }
  // English is recorded by saying nothing, as in every document written before languages existed (and as `poc new` does).
  const lang = req.lang && req.lang !== DEFAULT_LOCALE ? { lang: req.lang } : {};
  const ydoc = req.empty ? new Y.Doc() : createDocument(template, { id, title, created: missionToday(deps.timeZone, deps.now()), ...lang });
  const state = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  // The unique index on lower(id) settles a race between two creators of one id: the second is refused here.
  // The audit entry is written in the same transaction (fail closed): a creation that cannot be recorded leaves nothing.
  const audit = { kind: 'document-created' as const, actor: who, docId: id, detail: { type: template.id, via: req.via ?? 'api', chosenId: req.id !== undefined } };
  if (!(await storage.createDocument(id, who, req.empty ? undefined : state, audit))) return { ok: false, refusal: (await idProblem(storage, id)) ?? { code: 'id-taken', message: `The id "${id}" is taken.` } };
  return { ok: true, value: { row: (await storage.getDocument(id))!, state } };
}

/** Archives (read-only for everyone, listed as archived) or unarchives a document, audited in the same transaction (fail closed). */
export async function archiveDoc(storage: Storage, actor: string, id: string, archived: boolean): Promise<Outcome<DocumentRow>> {
  if (!(await storage.setArchived(id, archived, { kind: 'document-archived', actor, docId: id, detail: { archived, via: 'api' } }))) return refuse('not-found', `There is no document "${id}".`);
  return { ok: true, value: (await storage.getDocument(id))! };
}

/**
 * Deletes a document: its content and grants go, a tombstone keeps the id from ever being reused, and its sign-off
 * records and audit trail stay. Audited, with how many sign-offs were kept, in the same transaction (fail closed).
 */
export async function deleteDoc(storage: Storage, actor: string, id: string): Promise<Outcome<{ signoffsKept: number }>> {
  if (!(await storage.deleteDocument(id, { kind: 'document-deleted', actor, docId: id, detail: { via: 'api' } }))) return refuse('not-found', `There is no document "${id}".`);
  return { ok: true, value: { signoffsKept: (await storage.listSignoffs(id)).length } };
}

/** Makes `to` the document's owner; its other owners of their own become editors (they keep working on it). Audited in the same transaction (fail closed). */
export async function transferOwnership(storage: Storage, actor: string, id: string, to: string): Promise<Outcome<{ previousOwners: string[] }>> {
  if (!(await storage.getDocument(id))) return refuse('not-found', `There is no document "${id}".`);
  if (!(await storage.getUser(to))) return refuse('no-such-user', `There is no user named "${to}".`);
  const previousOwners = await storage.transferOwnership(id, to, actor, { kind: 'ownership-transferred', actor, docId: id, detail: { to, via: 'api' } });
  return { ok: true, value: { previousOwners } };
}
