/**
 * The server's command-line operations, as plain functions: cli/poc.ts only
 * parses flags and calls these. Each prints through `out` (default
 * console.log) and returns its result, so tests can call them directly.
 * Errors are thrown as `CommandError` with a message saying what to do.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pino, { type Logger } from 'pino';
import { TemplateSet } from '../shared/template/set.js';
import { PocServer } from './app.js';
import { isAccessLevel, onlyOwnerProblem } from './auth/access.js';
import { checkDocId, checkUsername } from './auth/names.js';
import { hashToken, newToken } from './auth/tokens.js';
import type { ServerConfigInput } from './config.js';
import type { Limits } from './limits.js';
import { SqliteStorage } from './storage/sqlite.js';
import { type AccessLevel, type AuditEntry, type AuditKind, StorageError } from './storage/types.js';

export { verify, type VerifyOptions, type VerifyResult } from '../cli/verify-signoffs.js';

/** Where a command prints its lines. */
export type Out = (line: string) => void;

/** A failed command, with a message for the person at the terminal. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/** Options every store command takes. */
export interface StoreOptions {
  /** The server's data folder (--data / POC_DATA). */
  data: string;
  out?: Out;
}

const print = (o: { out?: Out }): Out => o.out ?? ((line) => console.log(line));

/** The store file inside a data folder. */
export function storeFile(data: string): string {
  return join(resolve(data), 'poc.sqlite');
}

/**
 * Opens the store of a data folder for one command. Only `create` (user add)
 * may start a new one: any other command on a folder without a store is a
 * mistyped --data, and must say so rather than work on a new, empty store.
 */
async function withStore<T>(data: string, fn: (s: SqliteStorage) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const file = storeFile(data);
  if (!existsSync(file)) {
    if (!opts.create) throw new CommandError(`No store at ${file}; check --data or POC_DATA.`);
    mkdirSync(resolve(data), { recursive: true });
  }
  const storage = SqliteStorage.open({ file });
  try {
    return await fn(storage);
  } catch (e) {
    if (e instanceof StorageError) throw new CommandError(e.message);
    throw e;
  } finally {
    await storage.close();
  }
}

/** The offices users may hold: every sign-off role the templates declare. */
export function knownOffices(templates: TemplateSet = TemplateSet.builtin()): string[] {
  return [...new Set(templates.all().flatMap((t) => t.signoffs.map((s) => s.role)))].sort();
}

// ------------------------------------------------------------ serve

export interface ServeOptions {
  port?: number;
  host?: string;
  data: string;
  /** Demo vault to import into a new store; null: none; undefined: `defaultDemoVault` when it exists, else ./demo-vault. */
  demoVault?: string | null;
  /** Where the demo vault is when none is named: the CLI passes the folder beside its own bundle, so `poc serve` finds it from any folder. */
  defaultDemoVault?: string;
  logLevel?: string;
  limits?: Partial<Limits>;
  /** Templates (default: built-in; pass a mission's tailored set). */
  templates?: TemplateSet;
  /** SQLite durability (--synchronous): "full" (default) survives power loss; "normal" survives process crashes (kill -9) and stores ~15× faster. */
  synchronous?: 'full' | 'normal';
  /** Extra configuration (tests and embedders). */
  config?: Partial<ServerConfigInput>;
  out?: Out;
  /** Install SIGTERM/SIGINT handlers that stop the server cleanly and exit (default true). */
  handleSignals?: boolean;
}

/** Starts the server; prints `listening on ws://HOST:PORT` (the host it is bound to) once it accepts connections. */
export async function runServe(o: ServeOptions): Promise<PocServer> {
  const out = print(o);
  const logger: Logger = (o.config?.logger as Logger | undefined) ?? pino({ level: o.logLevel ?? 'info' });
  const host = o.host ?? '127.0.0.1';
  const port = o.port ?? 1234;
  if (!existsSync(storeFile(o.data))) logger.info({ store: storeFile(o.data) }, 'no store in the data folder: starting a new one');
  let server: PocServer;
  try {
    server = await PocServer.start({
      host,
      port,
      dataDir: resolve(o.data),
      demoVaultDir: o.demoVault === undefined ? defaultDemoVault(o.defaultDemoVault) : o.demoVault,
      limits: o.limits,
      ...(o.templates ? { templates: o.templates } : {}),
      ...(o.synchronous ? { synchronous: o.synchronous } : {}),
      ...o.config,
      logger,
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CommandError(`Port ${port} on ${host} is already in use; stop the other server or choose --port.`);
    throw e;
  }
  if (o.handleSignals !== false) stopOnSignals(server, logger);
  out(`listening on ${server.listenUrl}`);
  return server;
}

/** The named default demo vault if it exists, else ./demo-vault (a missing one is logged and skipped). */
function defaultDemoVault(beside: string | undefined): string {
  return beside && existsSync(beside) ? beside : resolve('demo-vault');
}

/**
 * SIGTERM or SIGINT stops the server cleanly and exits. A repeat while it
 * stops is only logged (`npm start` passes on the terminal's Ctrl-C, so the
 * server sees it twice); a third signal exits at once.
 */
function stopOnSignals(server: PocServer, logger: Logger): void {
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals === 1) {
      logger.info({ signal }, 'stopping');
      server.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'stopping failed');
          process.exit(1);
        },
      );
    } else if (signals === 2) {
      logger.warn({ signal }, 'already stopping; a third signal forces an exit at once');
    } else {
      // Every update was committed before anyone saw it, so this loses no more than a crash would.
      logger.error({ signal }, 'forced exit before stopping finished: clients were not all closed cleanly');
      process.exit(1);
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

// ------------------------------------------------------------ users and tokens

export interface UserAddOptions extends StoreOptions {
  username: string;
  name: string;
  offices?: string[];
  /** Also grant owner access to every document ("*"). */
  admin?: boolean;
  /** Templates whose sign-off roles are the valid offices (default: the built-in ones; pass a mission's tailored set). */
  templates?: TemplateSet;
}

/** Adds a user and prints a new token as the last line (shown once; only its hash is stored). */
export async function userAdd(o: UserAddOptions): Promise<{ token: string }> {
  const out = print(o);
  const bad = checkUsername(o.username);
  if (bad) throw new CommandError(bad);
  if (!o.name.trim()) throw new CommandError('Give the person\'s full name with --name "Full Name".');
  const offices = [...new Set(o.offices ?? [])];
  const known = knownOffices(o.templates);
  const unknown = offices.filter((x) => !known.includes(x));
  if (unknown.length) throw new CommandError(`Unknown office${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Offices the templates ask to sign: ${known.join(', ')}.`);
  const created = !existsSync(storeFile(o.data));
  return withStore(
    o.data,
    async (s) => {
      if (created) out(`Created a new store at ${storeFile(o.data)}.`);
      await s.addUser({ username: o.username, name: o.name.trim(), offices });
      const token = newToken();
      await s.addToken(o.username, hashToken(token));
      await s.appendAudit({ kind: 'user-added', actor: 'cli', docId: null, detail: { user: o.username, offices, admin: !!o.admin } });
      if (o.admin) {
        await s.setGrant({ username: o.username, docId: '*', access: 'owner', grantedBy: 'cli' });
        await s.appendAudit({ kind: 'grant', actor: 'cli', docId: '*', detail: { user: o.username, access: 'owner' } });
      }
      out(`Added ${o.username} (${o.name.trim()})${offices.length ? `, offices: ${offices.join(', ')}` : ''}${o.admin ? ', owner of every document' : ''}.`);
      out('Token (shown only now; give it to the user for the plugin settings):');
      out(token);
      return { token };
    },
    { create: true },
  );
}

/** Issues another token for an existing user; prints it as the last line. */
export async function userToken(o: StoreOptions & { username: string }): Promise<{ token: string }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw new CommandError(`There is no user named "${o.username}". Add them with "poc user add".`);
    const token = newToken();
    await s.addToken(o.username, hashToken(token));
    await s.appendAudit({ kind: 'token-issued', actor: 'cli', docId: null, detail: { user: o.username } });
    out(`New token for ${o.username} (shown only now):`);
    out(token);
    return { token };
  });
}

/** Revokes every token of a user; a running server closes their live connections within seconds. */
export async function userRevoke(o: StoreOptions & { username: string }): Promise<{ revoked: number }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw new CommandError(`There is no user named "${o.username}".`);
    const revoked = await s.revokeTokens(o.username);
    await s.appendAudit({ kind: 'tokens-revoked', actor: 'cli', docId: null, detail: { user: o.username, revoked } });
    out(`Revoked ${revoked} token${revoked === 1 ? '' : 's'} of ${o.username}; their open connections are closed.`);
    return { revoked };
  });
}

// ------------------------------------------------------------ access

/** Grants a user viewer, editor or owner access to one document or to every document ("*"). */
export async function grant(o: StoreOptions & { username: string; docId: string; access: string }): Promise<void> {
  const out = print(o);
  if (!isAccessLevel(o.access)) throw new CommandError(`"${o.access}" is not an access level; use viewer, editor or owner.`);
  const access = o.access;
  if (o.docId !== '*') {
    const bad = checkDocId(o.docId);
    if (bad) throw new CommandError(bad);
  }
  await withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw new CommandError(`There is no user named "${o.username}". Add them with "poc user add".`);
    await keepAnOwner(s, o.docId, o.username, access);
    await s.setGrant({ username: o.username, docId: o.docId, access, grantedBy: 'cli' });
    await s.appendAudit({ kind: 'grant', actor: 'cli', docId: o.docId, detail: { user: o.username, access } });
    const exists = o.docId === '*' || (await s.getDocument(o.docId));
    out(`${o.username} is now ${access} of ${o.docId === '*' ? 'every document' : `"${o.docId}"`}${exists ? '' : ' (no such document yet)'}.`);
  });
}

/** Removes a user's grant on one document (or their "*" grant). */
export async function revoke(o: StoreOptions & { username: string; docId: string }): Promise<{ removed: boolean }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    await keepAnOwner(s, o.docId, o.username);
    const removed = await s.removeGrant(o.username, o.docId);
    if (removed) await s.appendAudit({ kind: 'revoke', actor: 'cli', docId: o.docId, detail: { user: o.username } });
    out(removed ? `${o.username} no longer has access to ${o.docId === '*' ? 'every document' : `"${o.docId}"`} through this grant.` : `${o.username} had no grant on "${o.docId}"; nothing changed.`);
    return { removed };
  });
}

/** Refuses, as the HTTP API does, to remove or lower the grant of a document's only owner (every document keeps one of its own). */
async function keepAnOwner(s: SqliteStorage, docId: string, username: string, access?: AccessLevel): Promise<void> {
  if (docId === '*' || access === 'owner') return;
  const problem = onlyOwnerProblem(await s.grantsFor(docId), docId, username);
  if (problem) throw new CommandError(problem);
}

// ------------------------------------------------------------ backup and audit

/** Writes a consistent copy of the store to `file`, also while the server runs. Start a server on a folder holding the copy as poc.sqlite to restore. */
export async function backup(o: StoreOptions & { file: string }): Promise<void> {
  const out = print(o);
  await withStore(o.data, async (s) => {
    await s.backup(resolve(o.file));
  });
  out(`Backed up ${storeFile(o.data)} to ${resolve(o.file)}. To restore, copy it to <data folder>/poc.sqlite and start the server there.`);
}

export interface AuditOptions extends StoreOptions {
  doc?: string;
  /** ISO date or timestamp. */
  since?: string;
  user?: string;
  kind?: string;
  limit?: number;
  json?: boolean;
}

/** Every kind of audit entry, for `audit --kind`. */
export const AUDIT_KINDS = [
  'connect',
  'disconnect',
  'login-rejected',
  'write-rejected',
  'limit-exceeded',
  'signoff',
  'grant',
  'revoke',
  'user-added',
  'token-issued',
  'tokens-revoked',
  'document-created',
] as const satisfies readonly AuditKind[];
// A kind added to AuditKind but not listed above fails to compile here.
const everyKindListed: Exclude<AuditKind, (typeof AUDIT_KINDS)[number]> extends never ? true : never = true;
void everyKindListed;

const isAuditKind = (kind: string): kind is AuditKind => (AUDIT_KINDS as readonly string[]).includes(kind);

/** Prints the audit trail, oldest first (one line per entry, or JSON). */
export async function audit(o: AuditOptions): Promise<AuditEntry[]> {
  const out = print(o);
  if (o.since !== undefined && Number.isNaN(Date.parse(o.since))) throw new CommandError(`--since "${o.since}" is not a date; write it as YYYY-MM-DD or an ISO timestamp.`);
  if (o.kind !== undefined && !isAuditKind(o.kind)) throw new CommandError(`--kind "${o.kind}" is not a kind of audit entry; use one of ${AUDIT_KINDS.join(', ')}.`);
  if (o.limit !== undefined && !(Number.isInteger(o.limit) && o.limit >= 1)) throw new CommandError(`--limit "${o.limit}" is not a whole number of 1 or more.`);
  const since = o.since === undefined ? undefined : new Date(o.since).toISOString();
  const kind = o.kind;
  return withStore(o.data, async (s) => {
    const entries = await s.queryAudit({ docId: o.doc, since, actor: o.user, kind, limit: o.limit });
    if (o.json) out(JSON.stringify(entries, null, 2));
    else if (!entries.length) out('No audit entries match.');
    else for (const e of entries) out(formatAudit(e));
    return entries;
  });
}

/** One audit entry as a line of text. */
export function formatAudit(e: AuditEntry): string {
  const facts = Object.entries(e.detail)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? (/\s/.test(v) ? JSON.stringify(v) : v) : JSON.stringify(v)}`)
    .join(' ');
  return `${e.at}  ${e.kind.padEnd(15)} ${(e.actor ?? '-').padEnd(12)} ${(e.docId ?? '-').padEnd(24)} ${facts}`.trimEnd();
}
