/**
 * A sign-off, as the server gives it: the signer can read the document (a
 * viewer is enough) and holds the office in scope for it (mission-wide, for
 * the document's area, or for this document: shared/signoff/offices.ts,
 * decided on the same read that is signed); an approval is refused while validation finds errors
 * (counting the new approval, so missing consultations and earlier
 * sign-offs show up as errors too); the canonical content hash is signed
 * with the server key; the record and a snapshot of the signed version are
 * appended to the store; and the record is written into the document's
 * protected "signoffs" map as a server change, so every client sees it live;
 * then the document's status follows (server/docs/status-workflow.ts).
 * Refusals are values with a stable code (`SignoffRefusal`); the HTTP layer
 * decides what status each code gets.
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { contentHash } from '../../shared/hash/canonical.js';
import type { SignoffRequest } from '../../shared/api/signoffs.js';
import { areaKey, inScope, type OfficeHolding, scopedDocument } from '../../shared/signoff/offices.js';
import type { SignoffPayload, SignoffRecord } from '../../shared/signoff/record.js';
import { commentRequired } from '../../shared/signoff/workflow.js';
import { type Diagnostic, validate } from '../../shared/validate/index.js';
import { addSignoff, SIGNOFFS } from '../../shared/ydoc/layout.js';
import { atLeast } from '../auth/access.js';
import type { RateLimits } from '../rate-limits.js';
import type { ServerSigner } from '../signing/signer.js';
import type { AccessLevel, Storage, UserRow } from '../storage/storage.js';
import type { ProtectedArea } from '../sync/room.js';
import type { SyncServer } from '../sync/sync-server.js';
import { inspect, stalePayloads, validPayloads, type SignoffView } from './inspect.js';
import type { DocService } from './service.js';
import type { StatusWorkflow } from './status-workflow.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { serverLiveErrors } from '../../shared/i18n/messages/server-errors-live.js';
import { serverSignoffErrors } from '../../shared/i18n/messages/server-errors-signoff.js';
import { translate } from '../../shared/i18n/catalogue.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import { localized } from '../../shared/i18n/localized.js';

/** The sign-off map: only the server writes it, and a client that tries is told so in these words. */
export const SIGNOFF_AREA: ProtectedArea = { root: SIGNOFFS, why: localized(serverLiveErrors, 'why.signoffs') };

/** What signing needs: the store, the live documents, the key, the clock, the rate limits, and the document service for reading and its cache. */
export interface SignoffDeps {
  storage: Storage;
  rateLimits: Pick<RateLimits, 'consume'>;
  sync: SyncServer;
  signer: ServerSigner;
  logger: Logger;
  now: () => Date;
  docs: Pick<DocService, 'linkResolver' | 'inspectDeps' | 'invalidate'>;
  /** The status workflow: a stored sign-off may approve the document, or send it back (server/docs/status-workflow.ts). */
  status?: Pick<StatusWorkflow, 'recompute'>;
}

/** Why a sign-off was refused: a rejection without a comment, the document is not readable or is archived, the office is not the caller's, not theirs for this document or not asked for, the document changed since it was reviewed or is not ready, or the person signs too often. */
export type SignoffRefusalCode =
  | 'not-found'
  | 'not-your-office'
  | 'office-out-of-scope'
  | 'not-a-document'
  | 'office-not-required'
  | 'content-changed'
  | 'not-ready'
  | 'too-many-signoffs'
  | 'archived'
  | 'comment-required';

/** A refused sign-off: a stable code, a message a person can act on and, for a refused approval, the diagnostics to fix. */
export interface SignoffRefusal {
  ok: false;
  code: SignoffRefusalCode;
  message: string;
  diagnostics?: Diagnostic[];
  /** For content-changed: the hash the person reviewed and the document's hash now. */
  hashes?: { reviewed: string; current: string };
  /** For too-many-signoffs: seconds until this person may sign this document again. */
  retryAfterSec?: number;
}

/** The refusal for an archived document, which nobody signs any more, in `locale`. */
function archivedRefusal(docId: string, locale: Locale): SignoffRefusal {
  return { ok: false, code: 'archived', message: translate(serverSignoffErrors, locale, 'archived', { docId }) };
}

/** An office holding as a refusal names it, in `locale` ("srsg (mission-wide)", "head-of-office@Sector South"). */
function holdingWords(h: OfficeHolding, locale: Locale): string {
  const docs = h.docs?.length ? h.docs.join(', ') : undefined;
  if (h.area !== undefined && docs) return translate(serverSignoffErrors, locale, 'holding.areaDocs', { role: h.role, area: h.area, docs });
  if (h.area !== undefined) return translate(serverSignoffErrors, locale, 'holding.area', { role: h.role, area: h.area });
  if (docs) return translate(serverSignoffErrors, locale, 'holding.docs', { role: h.role, docs });
  return translate(serverSignoffErrors, locale, 'holding.missionWide', { role: h.role });
}

/** The result: the signed record, or why not. */
export type SignoffResult = { ok: true; record: SignoffRecord; view: SignoffView } | SignoffRefusal;

/**
 * Signs off document `docId` as `user`, whose access to it is `access`; never throws for a refusal, only for a failing
 * store. The problems that hold an approval back are written in `locale`, the language of the person signing.
 */
export async function signOff(deps: SignoffDeps, user: UserRow, access: AccessLevel | undefined, docId: string, request: SignoffRequest, locale: Locale = DEFAULT_LOCALE): Promise<SignoffResult> {
  const { storage, sync, signer, now, logger, docs: service } = deps;
  const req = { ...request, docId };
  // A rejection sends the document back: it says what to change (shared/signoff/workflow.ts, the rule the editor's confirmation applies).
  if (commentRequired(req.decision) && !req.comment.trim()) {
    return { ok: false, code: 'comment-required', message: translate(serverSignoffErrors, locale, 'commentRequired') };
  }
  const row = await storage.getDocument(req.docId);
  if (!atLeast(access, 'viewer') || !row) {
    return { ok: false, code: 'not-found', message: translate(serverSignoffErrors, locale, 'notFound', { docId: req.docId }) };
  }
  // An archived document is closed: read-only for everyone, so nobody approves or rejects it any more.
  if (row.archivedAt) return archivedRefusal(req.docId, locale);
  const held = user.offices.filter((h) => h.role === req.role);
  if (!held.length) {
    const message = user.offices.length
      ? translate(serverSignoffErrors, locale, 'office.notHeld', { role: req.role, holdings: user.offices.map((h) => holdingWords(h, locale)).join(', ') })
      : translate(serverSignoffErrors, locale, 'office.noneHeld', { role: req.role });
    return { ok: false, code: 'not-your-office', message };
  }
  // Counted once the person may sign at all, before the costly read: a script signing in a loop stops here, with nothing signed or stored.
  const rate = await deps.rateLimits.consume('signoffsPerPersonDocument', `${user.username}/${req.docId}`);
  if (!rate.ok) {
    return {
      ok: false,
      code: 'too-many-signoffs',
      message: translate(serverSignoffErrors, locale, 'tooMany', { docId: req.docId, count: String(rate.retryAfterSec) }),
      retryAfterSec: rate.retryAfterSec,
    };
  }
  const existing = await storage.listSignoffs(req.docId);
  // Links to other documents are checked against documents loaded between reads (never inside this one): when a read
  // meets a document not loaded yet, it ends without signing, that document is loaded, and the read starts over.
  const links = service.linkResolver(user.username);
  // Everything inside the read until the snapshot is synchronous, so the model, its hash and the snapshot are one and the same version.
  const readAndSign = () => sync.read(req.docId, (doc) => {
    const seen = inspect(doc, req.docId, existing, service.inspectDeps());
    const { model, template } = seen;
    if (!model || !template) {
      return { ok: false as const, code: 'not-a-document' as const, message: translate(serverSignoffErrors, locale, 'notADocument', { docId: req.docId, problem: String(seen.report.problem) }) };
    }
    const office = template.signoffs.find((r) => r.role === req.role);
    // The template's title and office labels as the person signing reads them.
    const shown = localizeTemplate(template, locale);
    if (!office) {
      const asked = shown.signoffs.map((r) => `${r.role} (${r.label})`).join(', ');
      const words = { title: shown.title, role: req.role, asked };
      const message = asked ? translate(serverSignoffErrors, locale, 'office.notAsked', words) : translate(serverSignoffErrors, locale, 'office.notAskedByAny', words);
      return { ok: false as const, code: 'office-not-required' as const, message };
    }
    const officeLabel = shown.signoffs.find((r) => r.role === req.role)?.label ?? office.label;
    const scoped = scopedDocument(model, template);
    if (!inScope(user.offices, req.role, scoped)) {
      const field = shown.fields.find((f) => f.name === template.area)?.label ?? template.area ?? '';
      const words = { role: req.role, holdings: held.map((h) => holdingWords(h, locale)).join(', '), office: officeLabel };
      const message = scoped.area
        ? translate(serverSignoffErrors, locale, 'scope.area', { ...words, area: scoped.area })
        : template.area
          ? translate(serverSignoffErrors, locale, 'scope.noArea', { ...words, field })
          : translate(serverSignoffErrors, locale, 'scope.missionWide', words);
      return { ok: false as const, code: 'office-out-of-scope' as const, message };
    }
    const current = contentHash(model);
    // What the person reviewed is what gets signed, or nothing: the check and the signature read this one version.
    if (req.contentHash !== current) {
      return {
        ok: false as const,
        code: 'content-changed' as const,
        message: translate(serverSignoffErrors, locale, 'contentChanged'),
        hashes: { reviewed: req.contentHash, current },
      };
    }
    const payload: SignoffPayload = {
      docId: req.docId,
      docType: model.meta.type,
      templateVersion: model.meta.templateVersion,
      role: req.role,
      // The scope the office is exercised for: the standing counts this record only while the document covers this area.
      ...(scoped.area ? { area: areaKey(scoped.area) } : {}),
      user: user.username,
      userName: user.name,
      decision: req.decision,
      comment: req.comment,
      contentHash: current,
      signedAt: now().toISOString(),
    };
    if (req.decision === 'approved') {
      const found = validate(model, template, { today: service.inspectDeps().today, locale, signoffs: [...validPayloads(seen.records), payload], staleSignoffs: stalePayloads(seen.records), problems: seen.problems, ...links.context() });
      if (links.hasWanted()) return { ok: false as const, retry: true as const };
      const diagnostics = links.finish(found, locale);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) {
        return {
          ok: false as const,
          code: 'not-ready' as const,
          message: translate(serverSignoffErrors, locale, 'notReady', { office: officeLabel, count: String(errors.length) }),
          diagnostics: errors,
        };
      }
    }
    return { ok: true as const, record: signer.sign(payload), snapshot: Y.encodeStateAsUpdate(doc) };
  });
  let outcome = await readAndSign();
  while ('retry' in outcome) {
    await links.fetchWanted();
    outcome = await readAndSign();
  }
  if (!outcome.ok) return outcome;
  const { record, snapshot } = outcome;
  // Archived while this sign-off was being read: nothing is stored.
  if ((await storage.getDocument(req.docId))?.archivedAt) return archivedRefusal(req.docId, locale);
  // Fail closed: the record and its audit entry commit together, or neither does (UnrecordedError, answered 503).
  await storage.appendSignoff(
    { record, snapshot },
    { kind: 'signoff', actor: user.username, docId: req.docId, detail: { recordId: record.id, role: req.role, decision: req.decision, contentHash: record.payload.contentHash } },
  );
  try {
    await sync.change(req.docId, (doc) => addSignoff(doc, record), `signoff ${record.id}`);
  } catch (err) {
    // The record is safely in the store (the source of truth); the document copy is restored the next time it loads.
    logger.error({ err, docId: req.docId, recordId: record.id }, 'writing a sign-off into the document failed');
  }
  // Before answering, so whoever signed sees the status that follows from it (approved after the last approval).
  await deps.status?.recompute(req.docId);
  service.invalidate(req.docId);
  return { ok: true, record, view: { record, status: 'valid' } };
}
