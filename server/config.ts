/**
 * Server configuration: everything comes in through `PocServer.start(config)`
 * (no environment reads at import, no module singletons). The CLI maps its
 * flags and environment variables onto this.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import { TemplateSet } from '../shared/template/set.js';
import { isTimeZone } from '../shared/time/mission-day.js';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from './auth/web-sessions.js';
import type { RateLimit } from './http/http-app.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { DEFAULT_RATE_LIMITS, type RateLimitRules } from './rate-limits.js';
import { redactedUrl } from './redacted-url.js';

export interface ServerConfig {
  /** Interface to listen on (default 127.0.0.1). */
  host: string;
  /** Port to listen on; 0 picks a free one (default 1234). */
  port: number;
  /** Folder holding the store (created if missing). */
  dataDir: string;
  /** The SQLite file (default `<dataDir>/poc.sqlite`). */
  dbFile: string;
  /** PostgreSQL storage (issue 17): the database URL (postgres://…) holding the store instead of `dbFile`; null: SQLite. */
  storeUrl: string | null;
  /** Folder of Markdown documents imported into a new, empty store (the demo vault); null to import nothing. */
  demoVaultDir: string | null;
  limits: Limits;
  logger: Logger;
  /** SQLite durability: "normal" (default) commits before broadcast and fsyncs within 50 ms; "full" fsyncs before broadcast (server/storage/sqlite-direct-log.ts says what each promises). */
  synchronous: 'full' | 'normal';
  /** Compact a document once this many updates are stored for it. */
  compactAfter: number;
  /** How long an idle document stays in memory. */
  unloadAfterMs: number;
  /** Keepalive ping interval. */
  pingIntervalMs: number;
  /** How often to look for tokens and grants changed by another process (the CLI). */
  revalidateMs: number;
  /** Live documents one person may have created (`POST /api/docs` refuses more; administrators too). */
  maxDocsPerUser: number;
  /** The shortest time between two automatic versions of a document while it is edited (server/docs/versions.ts). */
  autoVersionEveryMs: number;
  templates: TemplateSet;
  /** The clock (for sign-off times and validation dates); injectable for tests. */
  now: () => Date;
  /** The mission's IANA time zone (default "UTC"), told to clients so "today" is the mission's date. */
  timeZone: string;
  /** The web app's built files, served at "/" when the folder exists (default: dist/web of the project); null to serve none. */
  webDir: string | null;
  /** Requests one client address may make per window over HTTP (generous: it stops floods, not people). */
  httpRateLimit: RateLimit;
  /** Per-address, per-person and per-document rate limits (see rate-limits.ts). */
  rateLimits: RateLimitRules;
  // -- secrets at rest, honest health
  /** The signing-key file (default `<dataDir>/signing-keys.json`), 0600, outside the store. */
  keyFile: string;
  /** Passphrase sealing the key file (the CLI reads POC_KEY_PASSPHRASE); undefined: the file is plain, 0600 only. */
  keyPassphrase: string | undefined;
  /** /healthz answers 503 when the data folder's disk has less free space than this (bytes; default 16 MiB). */
  minFreeDiskBytes: number;
  // transport: TLS, tokens in URLs, WebSocket origins.
  /** Serve https:// and wss:// with this PEM certificate (chain) and private key, read at start; null: plain http and ws. */
  tls: { certFile: string; keyFile: string } | null;
  /** Whether the long-lived token may come in a WebSocket URL (`?token=`, for the unmodified y-websocket client); tickets always work. */
  urlTokens: boolean;
  /** Browser origins allowed to open a WebSocket besides the server's own; requests without an Origin (non-browser clients) always may. */
  allowOrigins: string[];
  /** Reverse proxies (their addresses) whose X-Forwarded-For names the client, for the per-address limits and the audit; empty: none. */
  trustedProxies: string[];
  // the web workspace (issue 13): browser sessions
  /** A web session not used for this long ends (ms; default 12 hours). */
  sessionIdleMs: number;
  /** A web session ends this long after sign-in whatever happens (ms; default 7 days). */
  sessionMaxMs: number;
  // people and access (issue 14)
  /**
   * The address people reach the server at, e.g. "https://poc.mission.example" (no trailing slash): invite links and
   * single sign-on's redirect URI (`<publicUrl>/auth/callback`) are built on it. Null: the address of each request.
   */
  publicUrl: string | null;
  /** Single sign-on with the mission's OpenID Connect provider (server/auth/oidc.ts), or null for none. */
  oidc: OidcConfig | null;
  // dissemination (issue 16)
  /** The mission's name, printed on the title page of every export (e.g. "MINUSAR"); null: none printed. */
  missionName: string | null;
  /** The Chromium that prints PDF exports; null: looked for where Debian and others install it (server/export/pdf.ts). */
  chromiumPath: string | null;
  // several instances (issue 17)
  /** Redis shared by every instance of the server (`--redis`, POC_REDIS_URL): updates, presence, access changes and rate limits reach them all (server/scale/); null: this instance is alone. */
  redisUrl: string | null;
}

/** How the server signs people in with an OpenID Connect provider (`--oidc-*`, `POC_OIDC_*`). */
export interface OidcConfig {
  /** The provider's issuer URL (its discovery document is at `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in button's label (default "Sign in with single sign-on"). */
  label: string;
  /** The ID token claim whose values name teams (by their `claimValue`), e.g. "groups"; null: teams are not mapped. */
  teamClaim: string | null;
  /** Accept an http:// issuer (tests and a provider on this machine only; never in production). */
  allowHttp: boolean;
}

/**
 * Origins allowed by default besides the server's own: the Obsidian desktop app, and Obsidian mobile's web views
 * (Capacitor: capacitor://localhost on iOS, http(s)://localhost on Android). A token or ticket is still needed;
 * `--allow-origin` replaces the list.
 */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = ['app://obsidian.md', 'capacitor://localhost', 'http://localhost', 'https://localhost'];

/** Live documents one person may have created, unless configured otherwise (`--max-docs-per-user`). */
export const DEFAULT_MAX_DOCS_PER_USER = 1000;

/** Automatic versions of an edited document are at most this far apart, unless configured otherwise (`--auto-version-minutes`). */
export const DEFAULT_AUTO_VERSION_EVERY_MS = 10 * 60_000;

/** What a caller must give: the data folder. Everything else has a default. */
export type ServerConfigInput = Partial<Omit<ServerConfig, 'limits' | 'rateLimits'>> & { dataDir: string; limits?: Partial<Limits>; rateLimits?: Partial<RateLimitRules> };

/** Fills in defaults. */
export function resolveConfig(input: ServerConfigInput): ServerConfig {
  return {
    host: input.host ?? '127.0.0.1',
    port: input.port ?? 1234,
    dataDir: input.dataDir,
    dbFile: input.dbFile ?? join(input.dataDir, 'poc.sqlite'),
    storeUrl: input.storeUrl || null,
    demoVaultDir: input.demoVaultDir ?? null,
    limits: { ...DEFAULT_LIMITS, ...input.limits },
    logger: input.logger ?? pino({ level: 'info' }),
    synchronous: input.synchronous ?? 'normal',
    compactAfter: input.compactAfter ?? 300,
    unloadAfterMs: input.unloadAfterMs ?? 10_000,
    pingIntervalMs: input.pingIntervalMs ?? 30_000,
    revalidateMs: input.revalidateMs ?? 2_000,
    maxDocsPerUser: input.maxDocsPerUser ?? DEFAULT_MAX_DOCS_PER_USER,
    autoVersionEveryMs: input.autoVersionEveryMs ?? DEFAULT_AUTO_VERSION_EVERY_MS,
    templates: input.templates ?? TemplateSet.builtin(),
    now: input.now ?? (() => new Date()),
    timeZone: checkTimeZone(input.timeZone ?? 'UTC'),
    webDir: input.webDir === undefined ? fileURLToPath(new URL('../dist/web', import.meta.url)) : input.webDir,
    httpRateLimit: input.httpRateLimit ?? { max: 6000, windowMs: 60_000 },
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...input.rateLimits },
    keyFile: input.keyFile ?? join(input.dataDir, 'signing-keys.json'),
    keyPassphrase: input.keyPassphrase || undefined,
    minFreeDiskBytes: input.minFreeDiskBytes ?? 16 * 1024 * 1024,
    tls: input.tls ?? null,
    urlTokens: input.urlTokens ?? true,
    publicUrl: input.publicUrl ? input.publicUrl.replace(/\/+$/, '') : null,
    oidc: input.oidc ?? null,
    missionName: input.missionName?.trim() || null,
    chromiumPath: input.chromiumPath || null,
    redisUrl: checkRedisUrl(input.redisUrl || null),
    allowOrigins: input.allowOrigins ?? [...DEFAULT_ALLOWED_ORIGINS],
    trustedProxies: input.trustedProxies ?? [],
    sessionIdleMs: input.sessionIdleMs ?? SESSION_IDLE_MS,
    sessionMaxMs: input.sessionMaxMs ?? SESSION_MAX_MS,
  };
}

/** Returns `zone` when this system knows it as an IANA time zone; throws an error saying what to give otherwise. */
export function checkTimeZone(zone: string): string {
  if (!isTimeZone(zone)) throw new Error(`"${zone}" is not a time zone this system knows; give an IANA name such as "Africa/Juba" or "UTC" (--time-zone or POC_TIME_ZONE).`);
  return zone;
}

/** Returns a redis:// or rediss:// URL as given (null stays null); throws an error saying what to give otherwise. */
export function checkRedisUrl(url: string | null): string | null {
  if (url === null) return null;
  let protocol: string | undefined;
  try {
    protocol = new URL(url).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') throw new Error(`${redactedUrl(url, 'The value given')} is not a Redis URL; give one such as redis://127.0.0.1:6379 or rediss://user:password@redis.example:6380 (--redis or POC_REDIS_URL).`);
  return url;
}
