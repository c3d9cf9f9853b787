/**
 * Test support for the sync server: a real server on 127.0.0.1, port 0, with
 * a throw-away data folder and a silent logger; users and tokens made in one
 * call; official y-websocket clients; raw WebSocket clients that record
 * every byte they receive; bounded waits; and a child-process server (built
 * from cli/server-main.ts with esbuild) for crash tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitThreadBeside, commitThreadBuild } from '../../scripts/commit-thread.mjs';
import { REQUIRE_BANNER, SERVER_EXTERNALS } from '../../scripts/node-bundle.mjs';
import { rawPlugin } from '../../scripts/raw-plugin.mjs';
import { templatesAsJsonPlugin } from '../../scripts/templates-as-json.mjs';
import pino from 'pino';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { LAYOUT_PARAM, LAYOUT_VERSION, layoutParams } from '../../shared/api/client-layout.js';
import type { DocModel } from '../../shared/model/types.js';
import type { DocType } from '../../shared/template/template-schema.js';
import { TemplateSet } from '../../shared/template/set.js';
import { createDocument, writeModel } from '../../shared/ydoc/layout.js';
import { type OfficeHolding, readHoldings } from '../../shared/signoff/offices.js';
import { PocServer } from '../../server/app.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import type { ServerConfigInput } from '../../server/config.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import type { AccessLevel } from '../../server/storage/storage.js';
import { cachedBuild, writeAtomically } from './cached-build.js';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** Waits until `cond` holds, polling; throws with `what` after `timeoutMs` (a bound, not a timing under test). */
export async function waitFor(cond: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'poc-server-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface UserSpec {
  name?: string;
  /** Offices: a role (mission-wide) or a holding bound to an area or documents. */
  offices?: Array<string | OfficeHolding>;
  /** Access per document id ("*" for every document). */
  grants?: Record<string, AccessLevel>;
}

/** A running in-process test server. */
export interface TestServer {
  server: PocServer;
  url: string;
  httpUrl: string;
  dataDir: string;
  /** Creates a user with a token and grants; returns the token. */
  addUser(username: string, spec?: UserSpec): Promise<string>;
  /**
   * Creates a document straight in the store (connecting never creates one): empty, or the template's new document
   * of `type`; `owner` (if given) becomes its owner. Returns the id.
   */
  createDoc(id: string, owner?: string | null, type?: DocType): Promise<string>;
  /** The username a token made by `addUser` belongs to. */
  userOf(token: string): string | undefined;
  /** Calls the HTTP API; `token` becomes a Bearer header. */
  api(path: string, init?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  /** Stops the server and removes the data folder (unless `keepData`). */
  stop(keepData?: boolean): Promise<void>;
}

/** Starts a server on 127.0.0.1:0 with a silent logger and a temporary data folder (or `dataDir`). */
export async function startTestServer(config: Partial<ServerConfigInput> = {}): Promise<TestServer> {
  const tmp = config.dataDir ? undefined : tempDir();
  const dataDir = config.dataDir ?? tmp!.dir;
  const server = await PocServer.start({
    host: '127.0.0.1',
    port: 0,
    logger: pino({ level: 'silent' }),
    revalidateMs: 50,
    unloadAfterMs: 200,
    ...config,
    dataDir,
  });
  const users = new Map<string, string>();
  return {
    server,
    url: server.url,
    httpUrl: server.httpUrl,
    dataDir,
    async addUser(username, spec = {}) {
      const s = server.storage;
      await s.addUser({ username, name: spec.name ?? `User ${username}`, offices: readHoldings(spec.offices ?? []) });
      const token = newToken();
      await s.addToken(username, hashToken(token));
      users.set(token, username);
      for (const [docId, access] of Object.entries(spec.grants ?? {})) {
        if (docId !== '*') await s.createDocument(docId, null);
        await s.setGrant({ username, docId, access, grantedBy: 'test' });
      }
      return token;
    },
    async createDoc(id, owner = null, type) {
      const initial = type ? Y.encodeStateAsUpdate(createDocument(TemplateSet.builtin().get(type), { id, title: `Test ${id}`, created: '2026-06-15' })) : undefined;
      await server.storage.createDocument(id, owner, initial);
      return id;
    },
    userOf: (token) => users.get(token),
    async api(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(server.httpUrl + path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON (e.g. /metrics)
      }
      return { status: res.status, body };
    },
    async stop(keepData = false) {
      await server.stop();
      if (!keepData) tmp?.remove();
    },
  };
}

/** Writes `model` as its document (created first, owned by the token's user, if the store lacks it) through an official client of `token`, and resolves once the server stores it (its title readable over HTTP). */
export async function storeDocument(t: TestServer, token: string, model: DocModel): Promise<void> {
  await t.createDoc(model.meta.id, t.userOf(token) ?? null);
  const c = connectClient(t.url, model.meta.id, token);
  try {
    await c.synced();
    writeModel(c.doc, model);
    await waitFor(async () => (await t.api(`/api/docs/${model.meta.id}`, { token })).body.title === model.meta.title, `${model.meta.id} to be stored`);
  } finally {
    c.destroy();
  }
}

/** An official y-websocket client on its own Y.Doc. */
export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events received from the server, in order. */
  closes: Array<{ code: number; reason: string }>;
  /** Resolves once the client has synced with the server. */
  synced(): Promise<void>;
  destroy(): void;
}

/** Connects an official `WebsocketProvider` (BroadcastChannel disabled, so clients only meet through the server). */
export function connectClient(url: string, docId: string, token: string | undefined, opts: { doc?: Y.Doc; connect?: boolean; socket?: unknown } = {}): TestClient {
  const doc = opts.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(url, docId, doc, {
    params: token === undefined ? layoutParams() : { ...layoutParams(), token },
    WebSocketPolyfill: (opts.socket ?? WebSocket) as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
    connect: opts.connect ?? true,
  });
  const closes: TestClient['closes'] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    synced: () => waitFor(() => provider.synced, `client of ${docId} to sync`),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** A raw WebSocket that records every message and the close frame. */
export interface RawClient {
  ws: WebSocket;
  messages: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  send(bytes: Uint8Array | string): void;
}

/** A WebSocket URL with the layout parameter current clients send (shared/api/client-layout.ts). */
export function withLayout(url: string): string {
  // Appended as text: parsing the URL would normalise the odd paths some tests send on purpose.
  return `${url}${url.includes('?') ? '&' : '?'}${LAYOUT_PARAM}=${LAYOUT_VERSION}`;
}

/** Opens a raw WebSocket to `url + path` (path includes the query). */
export function rawClient(url: string, path: string, opts: { layout?: boolean } = {}): RawClient {
  // As current clients do, the socket says which document layout it writes, unless a test plays an older client.
  const ws = new WebSocket(opts.layout === false ? url + path : withLayout(url + path));
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { ws, messages, opened, closed, send: (b) => ws.send(b) };
}

/** The text of a Y.Text in a doc. */
export function text(doc: Y.Doc, name = 'text'): string {
  return doc.getText(name).toString();
}

// ------------------------------------------------------------ child-process server (crash tests)

/** Creates empty documents in the store of `dataDir` (for a child-process server, which connecting no longer creates documents for). */
export async function createDocsIn(dataDir: string, ids: readonly string[], owner: string | null = null): Promise<void> {
  const store = SqliteStorage.open({ file: join(dataDir, 'poc.sqlite') });
  try {
    for (const id of ids) await store.createDocument(id, owner);
  } finally {
    await store.close();
  }
}

/**
 * Bundles a TypeScript entry of the project into an ES module for Node, as esbuild.config.mjs bundles the CLI (there is
 * no tsx), with the SQLite commit thread beside it, where the server looks for it. The bundle is built once per change
 * of its sources into test/output/bundles (see cached-build.ts) and copied to `outfile`: the test files that run the
 * CLI from a place of their own share one build.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  const shared = join(ROOT, 'test/output/bundles', entry.replace(/[^\w.-]+/g, '-'), 'bundle.mjs');
  const [thread] = await Promise.all([
    cachedBuild(commitThreadBuild(ROOT, commitThreadBeside(shared))),
    cachedBuild({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: shared,
      external: SERVER_EXTERNALS,
      banner: { js: REQUIRE_BANNER },
      logLevel: 'error',
      plugins: [templatesAsJsonPlugin, rawPlugin],
    }),
  ]);
  // Copied under a name of their own, then renamed: a process starting from `outfile` never reads it half-copied.
  writeAtomically(outfile, readFileSync(shared));
  writeAtomically(commitThreadBeside(outfile), readFileSync(thread[0]!));
  return outfile;
}

let bundle: Promise<string> | undefined;

/** Bundles cli/server-main.ts into test/output once per test file. */
export function buildServerEntry(): Promise<string> {
  bundle ??= bundleForNode('cli/server-main.ts', join(ROOT, 'test/output/server-main.mjs'));
  return bundle;
}

/** A server running as a child process. */
export interface ChildServer {
  proc: ChildProcess;
  port: number;
  url: string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Spawns the bundled server on `port` (0: any) with `data`; resolves once it prints "listening on ws://HOST:PORT".
 * `extra`: more flags of cli/server-main.ts (e.g. `--redis URL --revalidate-ms 200` for one of several instances).
 */
export async function spawnServer(data: string, port = 0, extra: readonly string[] = []): Promise<ChildServer> {
  const entry = await buildServerEntry();
  const proc = spawn(process.execPath, [entry, '--data', data, '--port', String(port), '--host', '127.0.0.1', '--log-level', 'silent', '--demo-vault', 'none', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let output = '';
  proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /listening on (ws:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]);
    });
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`server did not start within 20 s:\n${output}`)), 20_000).unref();
  });
  return { proc, url, port: Number(new URL(url).port), exited };
}
