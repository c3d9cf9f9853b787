/**
 * A document's life on the server: creating one is a right (a user's create
 * flag, or being an administrator), never a side effect of connecting; an
 * administrator archives (read-only), deletes (a tombstone: the id is never
 * reused, sign-offs and the audit trail stay) and transfers ownership.
 *
 * Every refusal is a value with a stable code and a message a person can act
 * on; the HTTP layer maps codes to statuses.
 */
import type { ArgsFor, KeyOf } from '../../shared/i18n/catalogue.js';
import { localized, type Localized } from '../../shared/i18n/localized.js';
import { serverDocErrors } from '../../shared/i18n/messages/server-errors-docs.js';
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
  /** In English, for logs and the CLI. */
  message: string;
  /** In the reader's language (the API answers with it). */
  words: Localized;
  /** For "too-many-requests": seconds until the person may try again. */
  retryAfterSec?: number;
}

/** A result: the value, or why not. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

/** A refusal with `code`, worded by the lifecycle's catalogue message `key`. */
function refusal<K extends KeyOf<typeof serverDocErrors>>(code: Refusal['code'], key: K, ...args: ArgsFor<typeof serverDocErrors, K>): Refusal {
  const words = localized(serverDocErrors, key, ...args);
  return { code, message: words('en'), words };
}

const refuse = <T>(r: Refusal, extra: Partial<Refusal> = {}): Outcome<T> => ({ ok: false, refusal: { ...r, ...extra } });

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
  if (bad) return refusal('bad-id', 'id.bad', { id, why: bad });
  const taken = await storage.findDocumentId(id);
  if (!taken) return undefined;
  if (taken.deleted) return refusal('id-taken', 'id.deleted', { id });
  if (taken.id !== id) return refusal('id-taken', 'id.case', { id });
  return refusal('id-taken', 'id.taken', { id });
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
  if (!rate.ok) return refuse(refusal('too-many-requests', 'create.tooOften', { count: String(rate.retryAfterSec) }), { retryAfterSec: rate.retryAfterSec });
  if (!user.canCreate && !isAdmin) {
    // A refusal changes nothing, so it stands even when its record cannot be written (logged, not a 500).
    await storage
      .appendAudit({ kind: 'create-rejected', actor: who, docId: null, detail: { reason: 'no create right', type: req.type, via: 'api' } })
      .catch((err: unknown) => deps.logger?.error({ err, kind: 'create-rejected' }, 'writing an audit entry failed'));
    return refuse(refusal('create-not-allowed', 'create.notAllowed', { who }));
  }
  const template = templates.find(req.type);
  if (!template) return refuse(refusal('bad-type', 'create.badType', { type: req.type, types: templates.all().map((t) => t.id).join(', ') }));
  const title = req.title.trim();
  if (!title || title.length > MAX_TITLE_LENGTH) return refuse(refusal('bad-title', 'create.badTitle', { max: String(MAX_TITLE_LENGTH) }));
  const made = await storage.countDocumentsCreatedBy(who);
  if (made >= deps.maxDocsPerUser) {
    return refuse(refusal('too-many-documents', 'create.tooMany', { who, made: String(made) }));
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
  if (!(await storage.createDocument(id, who, req.empty ? undefined : state, audit))) return { ok: false, refusal: (await idProblem(storage, id)) ?? refusal('id-taken', 'id.takenNow', { id }) };
  return { ok: true, value: { row: (await storage.getDocument(id))!, state } };
}

/** Archives (read-only for everyone, listed as archived) or unarchives a document, audited in the same transaction (fail closed). */
export async function archiveDoc(storage: Storage, actor: string, id: string, archived: boolean): Promise<Outcome<DocumentRow>> {
  if (!(await storage.setArchived(id, archived, { kind: 'document-archived', actor, docId: id, detail: { archived, via: 'api' } }))) return refuse(refusal('not-found', 'document.none', { id }));
  return { ok: true, value: (await storage.getDocument(id))! };
}

/**
 * Deletes a document: its content and grants go, a tombstone keeps the id from ever being reused, and its sign-off
 * records and audit trail stay. Audited, with how many sign-offs were kept, in the same transaction (fail closed).
 */
export async function deleteDoc(storage: Storage, actor: string, id: string): Promise<Outcome<{ signoffsKept: number }>> {
  if (!(await storage.deleteDocument(id, { kind: 'document-deleted', actor, docId: id, detail: { via: 'api' } }))) return refuse(refusal('not-found', 'document.none', { id }));
  return { ok: true, value: { signoffsKept: (await storage.listSignoffs(id)).length } };
}

/** Makes `to` the document's owner; its other owners of their own become editors (they keep working on it). Audited in the same transaction (fail closed). */
export async function transferOwnership(storage: Storage, actor: string, id: string, to: string): Promise<Outcome<{ previousOwners: string[] }>> {
  if (!(await storage.getDocument(id))) return refuse(refusal('not-found', 'document.none', { id }));
  if (!(await storage.getUser(to))) return refuse(refusal('no-such-user', 'user.none', { username: to }));
  const previousOwners = await storage.transferOwnership(id, to, actor, { kind: 'ownership-transferred', actor, docId: id, detail: { to, via: 'api' } });
  return { ok: true, value: { previousOwners } };
}
