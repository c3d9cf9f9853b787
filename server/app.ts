/**
 * The POC Workspace server: one HTTP server on one port carrying the
 * y-websocket sync (upgrade requests) and the Fastify app (the JSON API and
 * the web app's files),
 * over a SQLite store or a PostgreSQL one (storage/open.ts). `PocServer.start(config)` opens the store, imports
 * the demo vault into a new store, loads the signing key and listens;
 * `stop()` stops accepting, closes clients (they reconnect later), and
 * closes the store.
 */
import { PdfPrinter } from './export/pdf.js';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Authenticator, DISABLED_WORDS } from './auth/authenticator.js';
import { serverLiveErrors } from '../shared/i18n/messages/server-errors-live.js';
import { localized } from '../shared/i18n/localized.js';
import { DeviceCodes } from './auth/device-codes.js';
import { TicketStore } from './auth/tickets.js';
import { WebSessions } from './auth/web-sessions.js';
import { OidcRelyingParty } from './auth/oidc.js';
import { resolveConfig, type ServerConfig, type ServerConfigInput } from './config.js';
import { importDemoVault } from './docs/demo-import.js';
import { DocService } from './docs/service.js';
import { SIGNOFF_AREA } from './docs/signoff.js';
import { STATUS_DELAY_MS, StatusWorkflow } from './docs/status-workflow.js';
import { VersionHistory } from './docs/versions.js';
import { createSyncHooks } from './sync-hooks.js';
import { LAST_CHANGE_FLUSH_MS, LastChanges } from './docs/last-change.js';
import { clientAddress } from './client-address.js';
import { buildHttpApp } from './http/http-app.js';
import { LatencyHistogram, renderMetrics, type ServerCounters } from './http/metrics.js';
import { FailedLoginAudit, LoginGuard } from './failed-logins.js';
import { RateLimits } from './rate-limits.js';
import { ServerSigner } from './signing/signer.js';
import { looseModeWarnings } from './storage/file-modes.js';
import { storeProblem } from './storage/health.js';
import { openStorage, unwritableMessage } from './storage/open.js';
import { loadFanoutKey } from './scale/fanout-key.js';
import { RedisFanout } from './scale/redis-fanout.js';
import { SharedTickets } from './scale/shared-tickets.js';
import type { AccessLevel, Storage } from './storage/storage.js';
import { CLOSE } from './sync/close-codes.js';
import { SyncServer } from './sync/sync-server.js';
import { officeAliases } from './people/offices.js';
import { COMMENTER_AREA } from './docs/comment-area.js';
import { loadTls, originAllowed, ownOrigin } from './transport.js';

/** How long the start waits for Redis (`--redis`) before listening without it (degraded, said in /healthz). */
const REDIS_WAIT_MS = 3000;

/** Every how many revalidation ticks (2 s each by default: once a minute) live connections are re-checked even when nothing changed. */
const EXPIRY_CHECK_TICKS = 30;

/** A running server. */
export class PocServer {
  private revalidateTimer: NodeJS.Timeout | undefined;
  private lastMarker = -1;
  /** Revalidation ticks since the last one that re-checked every connection (tokens also expire with no write to notice). */
  private quietTicks = 0;
  private stopping: Promise<void> | undefined;

  private constructor(
    readonly config: ServerConfig,
    readonly storage: Storage,
    readonly sync: SyncServer,
    readonly auth: Authenticator,
    readonly signer: ServerSigner,
    /** The rate limiters every layer counts against (one instance per server). */
    readonly rateLimits: RateLimits,
    private readonly http: FastifyInstance,
    /** Start-up warnings a person should act on (data folder or files others can read), also logged. */
    readonly warnings: readonly string[],
    private readonly failedLogins: FailedLoginAudit,
    /** Keeps documents' statuses true to the workflow (server/docs/status-workflow.ts). */
    readonly status: StatusWorkflow,
    /** The documents' version history (server/docs/versions.ts). */
    readonly versions: VersionHistory,
    /** Redis between instances (server/scale/), when configured. */
    readonly fanout: RedisFanout | undefined,
  ) {}

  /** Opens the store and starts listening; resolves once the port is bound. */
  static async start(input: ServerConfigInput): Promise<PocServer> {
    const config = resolveConfig(input);
    const { logger } = config;
    // Read before the store opens: a wrong file stops the start with a message, having touched nothing.
    const https = config.tls ? loadTls(config.tls) : undefined;
    const storage = await openStorage(config);
    // Several instances (issue 17): Redis carries updates, presence, access changes and rate limits between them.
    // What the instances tell one another through Redis is sealed with a key only the store holds (scale/fanout-key.ts).
    let fanout: RedisFanout | undefined;
    try {
      if (config.redisUrl) fanout = new RedisFanout({ url: config.redisUrl, key: await loadFanoutKey(storage), storage, logger, pollMs: config.revalidateMs });
    } catch (e) {
      await storage.close();
      throw e;
    }
    try {
      // Start-up checks: a store that cannot write would say "listening" and then lose every edit; refuse instead.
      try {
        await storage.probeWrite();
      } catch (e) {
        throw new Error(unwritableMessage(config, (e as Error).message), { cause: e });
      }
      const warnings = looseModeWarnings(config.dataDir);
      const imported = await importDemoVault(storage, config.demoVaultDir, config.templates, logger);
      if (imported.length) logger.info({ documents: imported }, `imported ${imported.length} demo documents into the new store`);
      const signer = await ServerSigner.load(storage, { file: config.keyFile, passphrase: config.keyPassphrase });
      const { changes } = signer;
      if (changes.movedFromStore.length) logger.warn({ keyFile: config.keyFile, keys: changes.movedFromStore }, 'moved the private signing keys out of the store into the key file');
      if (changes.keyFileMissing) {
        warnings.push(
          `The key file ${config.keyFile} was missing while the store publishes key ${changes.keyFileMissing.join(', ')}: a new signing key (${changes.created}) signs from now on; earlier sign-offs still verify. If this store was restored, restore its key file too.`,
        );
      } else if (changes.created) logger.info({ keyFile: config.keyFile, keyId: changes.created }, 'created the signing key');
      if (changes.encrypted) logger.info({ keyFile: config.keyFile }, 'sealed the signing-key file with POC_KEY_PASSPHRASE');
      for (const w of warnings) logger.warn({ dataDir: config.dataDir }, w);
      if (!config.keyPassphrase) logger.info({ keyFile: config.keyFile }, 'the signing-key file is not encrypted (0600 only); set POC_KEY_PASSPHRASE to seal it');
      const rateLimits = new RateLimits(config.rateLimits, fanout?.client);
      const addressOf = (req: IncomingMessage) => clientAddress(req, config.trustedProxies);
      const counters: ServerCounters = { rejectedLogins: 0, signoffs: 0, storeErrors: 0, limitsExceeded: {} };
      const storeLatency = new LatencyHistogram();
      const localTickets = new TicketStore(() => config.now().getTime());
      // Several instances: a page may ask one for a ticket and connect to another.
      const tickets = fanout ? new SharedTickets(fanout.client, fanout.key, localTickets, () => config.now().getTime()) : localTickets;
      const auth = new Authenticator(storage, { tickets, urlTokens: config.urlTokens, now: config.now, officeAliases: officeAliases(config.templates) });
      const sessions = new WebSessions(storage, auth, {
        idleMs: config.sessionIdleMs,
        absoluteMs: config.sessionMaxMs,
        now: config.now,
        audit: (entry) => storage.appendAudit(entry).catch((err: unknown) => logger.error({ err, kind: entry.kind }, 'writing an audit entry failed')),
      });
      const failedLogins = new FailedLoginAudit(
        (entry) => storage.appendAudit(entry).catch((err: unknown) => logger.error({ err, kind: entry.kind }, 'writing an audit entry failed')),
      );
      const logins = new LoginGuard(rateLimits, failedLogins, counters);
      // Who last changed each document: noted by the hooks, written in batches; every loaded room flushes it as the sync core closes.
      const lastChanges = new LastChanges({ storage, logger, now: config.now, flushMs: LAST_CHANGE_FLUSH_MS });
      const serverHooks = createSyncHooks({ storage, auth, logger, counters, storeLatency, rateLimits, failedLogins, logins, addressOf, changes: lastChanges });
      const hooks = fanout ? fanout.wrap(serverHooks) : serverHooks;
      // The workflow reads through the sync core built here, so it is made just after it.
      // eslint-disable-next-line prefer-const -- assigned once, after the closure that reads it is made
      let status: StatusWorkflow | undefined;
      const sync = new SyncServer({
        hooks: {
          ...hooks,
          // A person's edit may make an approval stale, or write a status the workflow does not allow: the status is
          // recomputed a moment after the last one. The server's own changes (sign-offs, the status itself) are not edits.
          onChange(p) {
            hooks.onChange?.(p);
            // Another instance's edit is that instance's to follow up; here it only makes cached reports stale.
            if (p.origin.source === 'remote') docs.invalidate(p.docId);
            else if (p.origin.source !== 'local') status?.touched(p.docId);
          },
        },
        logger,
        protectedAreas: [SIGNOFF_AREA],
        limitedWriters: [COMMENTER_AREA],
        limits: config.limits,
        pingIntervalMs: config.pingIntervalMs,
        unloadAfterMs: config.unloadAfterMs,
      });
      fanout?.attach({ sync, onAccessChanged: () => void server?.revalidate().catch((err: unknown) => logger.error({ err }, 'checking live connections after an access change failed')) });
      const docs: DocService = new DocService({ storage, sync, templates: config.templates, signer, logger, now: config.now, timeZone: config.timeZone, changes: lastChanges });
      // eslint-disable-next-line prefer-const -- assigned once, after the workflow that calls it is made
      let versions: VersionHistory | undefined;
      status = new StatusWorkflow({
        storage,
        sync,
        templates: config.templates,
        keyFor: (keyId) => signer.publicKey(keyId),
        logger,
        delayMs: STATUS_DELAY_MS,
        onChanged: (docId) => docs.invalidate(docId),
        // An automatic version follows a settled run of edits (the same debounce, not a second one).
        onSettled: (docId) => versions?.touched(docId),
      });
      versions = new VersionHistory({ storage, sync, docs, templates: config.templates, now: config.now, logger, rateLimits, autoEveryMs: config.autoVersionEveryMs, status });
      const started = Date.now();
      // The HTTP app's access hook calls back into the server, which is built from that app below.
      // eslint-disable-next-line prefer-const -- assigned once, after the closure that reads it is made
      let server: PocServer | undefined;
      const http = await buildHttpApp(
        {
          auth,
          storage,
          docs,
          signer,
          tickets,
          signoffs: { storage, rateLimits, sync, signer, logger, now: config.now, docs, status },
          counters,
          logger,
          timeZone: config.timeZone,
          rateLimits,
          lifecycle: { storage, templates: config.templates, now: config.now, timeZone: config.timeZone, maxDocsPerUser: config.maxDocsPerUser, logger },
          metrics: () => renderMetrics(sync.stats(), storeLatency, counters, (Date.now() - started) / 1000),
          onAccessChanged: async () => {
            await server?.revalidate();
            fanout?.accessChanged();
          },
          storeProblem: () => storeProblem(storage, config.dataDir, config.minFreeDiskBytes),
          ...(fanout ? { scaleHealth: () => fanout.health() } : {}),
          logins,
          addressOf,
          sessions,
          originOf: (req) => ownOrigin(req, !!https, config.trustedProxies),
          publicUrl: config.publicUrl,
          oidc: config.oidc ? new OidcRelyingParty(config.oidc) : null,
          versions,
          deviceCodes: new DeviceCodes(config.now),
          now: config.now,
          exports: { docs, versions, printer: new PdfPrinter(config.chromiumPath ?? undefined), mission: config.missionName, timeZone: config.timeZone, now: config.now },
        },
        { webDir: config.webDir, rateLimit: config.httpRateLimit, addressOf, ...(https ? { https } : {}), ...(fanout ? { rateLimitRedis: fanout.client } : {}) },
      );
      http.server.on('upgrade', (req, socket, head) => {
        // A page of another site must not open connections in a user's name: refused before the WebSocket opens.
        if (!originAllowed(req, config.allowOrigins, !!https)) {
          logger.info({ origin: req.headers.origin, remoteAddress: addressOf(req) }, 'websocket refused: origin not allowed');
          socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\nThis origin may not open a connection to this server; an administrator can allow it with --allow-origin.\n');
          return;
        }
        sync.handleUpgrade(req, socket, head);
      });
      // The first clients' edits should already reach the other instances; a Redis that does not answer soon does not stop the start.
      if (fanout && !(await fanout.ready(REDIS_WAIT_MS))) warnings.push(fanout.health().reason ?? 'Redis cannot be reached');
      try {
        await http.listen({ port: config.port, host: config.host });
      } catch (e) {
        await http.close();
        throw e;
      }
      server = new PocServer(config, storage, sync, auth, signer, rateLimits, http, warnings, failedLogins, status, versions, fanout);
      server.startRevalidation();
      return server;
    } catch (e) {
      await fanout?.close();
      await storage.close();
      throw e;
    }
  }

  /** The bound port (useful when started on port 0). */
  get port(): number {
    return (this.http.server.address() as AddressInfo).port;
  }

  /** The WebSocket URL clients connect to (append "/<docId>?ticket=…"): wss:// when the server has TLS. */
  get url(): string {
    return `${this.config.tls ? 'wss' : 'ws'}://${hostForUrl(this.config.host)}:${this.port}`;
  }

  /** The address the server is bound to, as a WebSocket URL: `ws://0.0.0.0:1234` (`wss://…` with TLS) when it listens on every interface. */
  get listenUrl(): string {
    return `${this.config.tls ? 'wss' : 'ws'}://${bracketed(this.config.host)}:${this.port}`;
  }

  /** The HTTP base URL of the API: https:// when the server has TLS. */
  get httpUrl(): string {
    return `${this.config.tls ? 'https' : 'http'}://${hostForUrl(this.config.host)}:${this.port}`;
  }

  /**
   * Re-checks every live connection against the store: connections whose
   * token was revoked are closed (4401), those whose access was withdrawn
   * are closed (4403), and changed access levels apply at once.
   */
  async revalidate(): Promise<void> {
    const verdicts = new Map<number, 'revoked' | 'disabled' | AccessLevel | 'none'>();
    for (const c of this.sync.listConnections()) {
      if (c.user.credential && !(await this.auth.credentialValid(c.user.credential))) {
        // A disabled person is told so: "revoked … signed out" would send them to sign in again, in vain.
        verdicts.set(c.id, (await this.storage.getUser(c.user.username))?.disabledAt ? 'disabled' : 'revoked');
      } else verdicts.set(c.id, (await this.auth.access(c.user.username, c.docId)) ?? 'none');
    }
    this.sync.closeWhere((c) => verdicts.get(c.id) === 'disabled', CLOSE.UNAUTHORIZED, DISABLED_WORDS);
    this.sync.closeWhere((c) => verdicts.get(c.id) === 'revoked', CLOSE.UNAUTHORIZED, localized(serverLiveErrors, 'close.revoked'));
    this.sync.updateAccess((c) => {
      const v = verdicts.get(c.id);
      return v === undefined || v === 'revoked' || v === 'disabled' ? undefined : v;
    }, localized(serverLiveErrors, 'close.accessWithdrawn'));
  }

  /** Whether a live connection's credential has passed its expiry by this server's clock (no store read). */
  private credentialLapsed(): boolean {
    const now = this.config.now().getTime();
    return this.sync.listConnections().some((c) => c.user.credentialExpiresAt !== undefined && Date.parse(c.user.credentialExpiresAt) <= now);
  }

  /** Watches for writes by other processes (the CLI revoking a token or changing a grant) and revalidates when one happens. */
  private startRevalidation(): void {
    const tick = async () => {
      const marker = await this.storage.externalChangeMarker();
      // Nothing written by another process: still re-check now and then, for tokens whose expiry has passed.
      // A connection whose credential has just expired is closed at this tick (every instance checks its own clock).
      if (marker === this.lastMarker && ++this.quietTicks < EXPIRY_CHECK_TICKS && !this.credentialLapsed()) return;
      this.quietTicks = 0;
      this.lastMarker = marker;
      await this.revalidate();
    };
    this.revalidateTimer = setInterval(() => {
      tick().catch((err: unknown) => this.config.logger.error({ err }, 'checking for revoked tokens failed'));
    }, this.config.revalidateMs);
    this.revalidateTimer.unref();
    void tick().catch(() => {});
  }

  /** Stops accepting, closes every client (1001: they reconnect when the server is back), and closes the store. Safe to call twice. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      clearInterval(this.revalidateTimer);
      const closed = this.http.close();
      await this.status.stop();
      await this.versions.stop();
      await this.sync.close();
      // After the sync core: its connections' leaving still reaches the other instances' presence.
      await this.fanout?.close();
      this.http.server.closeAllConnections();
      await closed;
      await this.failedLogins.flush();
      await this.storage.close();
      this.config.logger.info('server stopped');
    })();
    return this.stopping;
  }
}

/** A host to connect to: a wildcard address (every interface) is reached on the loopback. */
function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return bracketed(host);
}

/** An IPv6 address in brackets, as URLs write it. */
function bracketed(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
