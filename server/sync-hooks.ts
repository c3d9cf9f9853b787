/**
 * The server's implementation of the sync core's hooks: tokens and grants
 * decide who connects, the store loads and durably saves updates, and the
 * audit trail records connections, refused logins and refused writes.
 * (The Hocuspocus idea: storage and auth are extensions of the sync core,
 * not part of it.)
 */
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { writesCurrentLayout } from '../shared/api/client-layout.js';
import { addSignoff, SIGNOFFS } from '../shared/ydoc/layout.js';
import { AuthError, type Authenticator } from './auth/authenticator.js';
import { credentialOf } from './bearer-token.js';
import type { LastChanges } from './docs/last-change.js';
import { applyStored } from './docs/stored.js';
import type { FailedLoginAudit, LoginGuard } from './failed-logins.js';
import type { LatencyHistogram, ServerCounters } from './http/metrics.js';
import type { RateLimits } from './rate-limits.js';
import type { AuditEntry, Storage } from './storage/storage.js';
import { CLOSE } from './sync/close-codes.js';
import { requestLocale } from './request-locale.js';
import { translate } from '../shared/i18n/catalogue.js';
import type { Locale } from '../shared/i18n/locale.js';
import { serverSyncErrors } from '../shared/i18n/messages/server-errors-sync.js';
import { Deny, type SyncHooks } from './sync/sync-hooks-contract.js';

/** What the server's sync hooks use: the store, the authenticator, the log, and the counters and latency they update. */
export interface HookDeps {
  storage: Storage;
  auth: Authenticator;
  logger: Logger;
  counters: ServerCounters;
  storeLatency: LatencyHistogram;
  /** Per-address limits on connects and failed logins. */
  rateLimits: RateLimits;
  /** Where failed logins are recorded, summed per address and minute. */
  failedLogins: FailedLoginAudit;
  /** The failed-login policy shared with the HTTP API. */
  logins: LoginGuard;
  /** The client's address of a request (server/client-address.ts: the socket's peer, or the client behind a trusted proxy). */
  addressOf: (req: IncomingMessage) => string;
  /** Where each person's change is noted, for the listing's "last change" (written in batches, not per update). */
  changes: LastChanges;
}

const DENY_CODE: Record<AuthError['kind'], number> = {
  'bad-request': CLOSE.BAD_REQUEST,
  unauthorized: CLOSE.UNAUTHORIZED,
  forbidden: CLOSE.FORBIDDEN,
  'not-found': CLOSE.FORBIDDEN,
};

/** Builds the hooks that connect the sync core to the store, the authenticator and the audit trail. */
export function createSyncHooks(deps: HookDeps): SyncHooks {
  const { storage, auth, logger, counters, storeLatency, rateLimits, failedLogins, logins, changes } = deps;
  const audit = (entry: Omit<AuditEntry, 'id' | 'at'>) => {
    storage.appendAudit(entry).catch((err: unknown) => logger.error({ err, kind: entry.kind }, 'writing an audit entry failed'));
  };

  /** Writes the connect entry, awaited; a failure becomes a 4500 refusal (the sync core closes before any content), worded in `locale`. */
  const recordConnect = async (actor: string, docId: string, access: string, address: string, locale: Locale) => {
    try {
      await storage.appendAudit({ kind: 'connect', actor, docId, detail: { access, remoteAddress: address } });
    } catch (err) {
      logger.error({ err, docId, user: actor }, 'refused a connection: its audit entry could not be written');
      throw new Deny(CLOSE.SERVER_ERROR, translate(serverSyncErrors, locale, 'audit.unrecorded'));
    }
  };

  return {
    async onAuthenticate({ docId, request }) {
      const address = deps.addressOf(request);
      // The upgrade request carries the browser's (or Obsidian's) Accept-Language, as every request of the page does.
      const locale = requestLocale(request);
      const connects = await rateLimits.consume('connectsPerAddress', address);
      if (!connects.ok) {
        counters.limitsExceeded['connects-per-address'] = (counters.limitsExceeded['connects-per-address'] ?? 0) + 1;
        throw new Deny(CLOSE.RATE_LIMITED, translate(serverSyncErrors, locale, 'connects.tooMany', { seconds: String(connects.retryAfterSec) }));
      }
      // Once an address has spent its failed logins, nothing it sends is checked (a guess that happens to be right is refused too).
      const wait = await logins.blocked(address, 'websocket', docId);
      if (wait !== undefined) throw new Deny(CLOSE.RATE_LIMITED, translate(serverSyncErrors, locale, 'logins.tooMany', { seconds: String(wait) }));
      try {
        // The credential is read here, not from the core's `token`: a ticket or a URL token is judged by its kind.
        const { caller, access } = await auth.connect(credentialOf(request.url, request.headers.authorization), docId);
        // Checked after the credential (a stranger learns nothing) and before any content is sent: an older client would delete what it cannot show.
        if (!writesCurrentLayout(new URL(request.url ?? '/', 'http://localhost').searchParams)) {
          logger.info({ docId, user: caller.user.username, remoteAddress: address }, 'connection refused: client older than the document layout');
          throw new Deny(CLOSE.CLIENT_OUTDATED, translate(serverSyncErrors, locale, 'client.outdated'));
        }
        // Fail closed: the connection is recorded before it is accepted; if it cannot be, it is refused (4500, retry later).
        await recordConnect(caller.user.username, docId, access, address, locale);
        const user = { username: caller.user.username, name: caller.user.name, credential: auth.connectionCredential(caller) };
        return { user: caller.expiresAt ? { ...user, credentialExpiresAt: caller.expiresAt } : user, access };
      } catch (e) {
        if (!(e instanceof AuthError)) throw e;
        logger.info({ docId, reason: e.auditReason, remoteAddress: address }, 'connection refused');
        if (e.kind === 'unauthorized') {
          await logins.failed(address, e.auditReason, 'websocket', docId);
        } else {
          // The client is told less than the audit keeps (a missing and a forbidden document read alike to it). One row
          // each up to a limit per address, then summed: a valid account probing ids must not grow the append-only table
          // by a row per attempt (it did: 300 rows in about a second).
          const rows = await rateLimits.consume('refusedConnectsPerAddress', address);
          if (rows.ok) audit({ kind: 'login-rejected', actor: null, docId: e.kind === 'bad-request' ? null : docId, detail: { reason: e.auditReason, remoteAddress: address } });
          else failedLogins.record({ remoteAddress: address, reason: e.auditReason, via: 'websocket', docId: e.kind === 'bad-request' ? null : docId });
        }
        throw new Deny(DENY_CODE[e.kind], e.words(locale));
      }
    },

    onReadDocument: ({ docId }) => storage.loadUpdates(docId),

    onMeasureDocument: ({ docId }) => storage.storedBytes(docId),

    async onLoadDocument({ docId, doc, origin, stored }) {
      applyStored(doc, stored ?? (await storage.loadUpdates(docId)), origin, logger, docId);
      // The store's sign-off table is the source of truth: restore any record the document lacks (a failed write after signing).
      const inDoc = doc.getMap(SIGNOFFS);
      const missing = (await storage.listSignoffs(docId)).filter((r) => !inDoc.has(r.id));
      if (missing.length) {
        const before = Y.encodeStateVector(doc);
        Y.transact(doc, () => missing.forEach((r) => addSignoff(doc, r)), origin);
        await storage.appendUpdate(docId, Y.encodeStateAsUpdate(doc, before));
        logger.warn({ docId, records: missing.map((r) => r.id) }, 'restored sign-off records missing from the document');
      }
    },

    async onStoreUpdate({ docId, update, origin }) {
      const t0 = performance.now();
      let stored;
      try {
        stored = await storage.appendUpdate(docId, update);
      } catch (e) {
        counters.storeErrors++;
        throw e;
      }
      storeLatency.observe((performance.now() - t0) / 1000);
      // Noted once stored (a refused write changed nothing); held in memory and written in batches (docs/last-change.ts).
      // A commenter writes the comment threads only, never the content, so their comment is not the content's last change.
      if (origin.source === 'connection' && origin.connection.access !== 'commenter') changes.noted(docId, origin.connection.user);
      // Where it landed, for the other instances (server/scale/): they learn from it whether they missed an update.
      return stored;
    },

    onConnect({ connection: c }) {
      // Its audit entry was written by onAuthenticate, before the connection was accepted.
      logger.info({ docId: c.docId, user: c.user.username, access: c.access, connection: c.id }, 'connected');
    },

    onDisconnect({ connection: c, code, reason, rejectedWrites }) {
      logger.info({ docId: c.docId, user: c.user.username, connection: c.id, code, reason }, 'disconnected');
      audit({
        kind: 'disconnect',
        actor: c.user.username,
        docId: c.docId,
        detail: { access: c.access, connection: c.id, connectedAt: c.connectedAt.toISOString(), code, reason, rejectedWrites },
      });
    },

    onRejectedWrite({ connection: c, reason, detail, bytes }) {
      audit({ kind: 'write-rejected', actor: c.user.username, docId: c.docId, detail: { reason, detail, bytes, access: c.access, connection: c.id } });
    },

    onLimitExceeded({ connection: c, limit, detail }) {
      counters.limitsExceeded[limit] = (counters.limitsExceeded[limit] ?? 0) + 1;
      logger.warn({ docId: c.docId, user: c.user.username, limit, detail }, 'limit exceeded; disconnecting');
      audit({ kind: 'limit-exceeded', actor: c.user.username, docId: c.docId, detail: { limit, detail, connection: c.id } });
    },

    async onUnloadDocument({ docId, doc, dirty }) {
      // Every update was stored before it was applied; only a failed server-side write leaves something to save.
      if (dirty) await storage.appendUpdate(docId, Y.encodeStateAsUpdate(doc));
      await changes.flush(docId);
    },
  };
}
