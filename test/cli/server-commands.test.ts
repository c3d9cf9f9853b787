// `poc` server commands as an operator runs them: cli/poc.ts bundled into test/output/cli-server/dist/poc.js, with
// a demo vault beside it as in the project, run from a temporary folder that holds neither.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { toMarkdown } from '../../shared/markdown/index.js';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel } from '../support/build-model.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { bundleForNode, connectClient, createDocsIn, rawClient, ROOT, startTestServer, waitFor, withLayout } from '../support/test-server.js';
import { postSignoff } from '../support/sign-off.js';

const run = promisify(execFile);
const bundleDir = join(ROOT, 'test/output/cli-server');
const cli = join(bundleDir, 'dist', 'poc.js');
let dir: string;

/** Bundles the CLI as esbuild.config.mjs does, so it finds its demo vault the way dist/poc.js does. */
async function buildCli(): Promise<void> {
  await bundleForNode('cli/poc.ts', cli);
}

async function poc(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** `poc serve` as a child process, with its output so far. */
interface Serving {
  proc: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `poc serve` in the temporary folder; resolves once it prints its listening line. */
async function serve(args: string[], env: Record<string, string> = {}): Promise<Serving> {
  const proc = spawn(process.execPath, [cli, 'serve', ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  running.push(proc);
  const listening = () => /^listening on (ws:\/\/\S+)$/m.exec(output)?.[1];
  await Promise.race([waitFor(() => !!listening(), 'the server to listen', 20_000), exited.then((code) => Promise.reject(new Error(`serve exited (${code}):\n${output}`)))]);
  return { proc, url: listening()!, output: () => output, exited };
}
const running: ChildProcess[] = [];

/** Log lines (pino JSON) with this message. */
const logged = (s: Serving, msg: string) => s.output().split('\n').filter((l) => l.includes(`"msg":"${msg}`));

/** A free loopback port. */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** A WebSocket client that completes the handshake and then stops reading, so it never answers the server's close. */
async function unresponsiveClient(url: string, path: string): Promise<() => void> {
  const { hostname, port } = new URL(url);
  const sock = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    sock.once('error', reject);
    sock.once('connect', () =>
      sock.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`),
    );
    sock.once('data', (d: Buffer) => (d.toString().startsWith('HTTP/1.1 101') ? resolve() : reject(new Error(d.toString()))));
  });
  sock.pause();
  sock.on('error', () => {});
  return () => sock.destroy();
}

beforeAll(async () => {
  await buildCli();
  const templates = TemplateSet.builtin();
  const model = filledModel(templates.get('threat-matrix'), '2026-06-15').meta({ id: 'tm-beside-cli', title: 'Beside the CLI' }).build();
  await mkdir(join(bundleDir, 'demo-vault'), { recursive: true });
  await writeFile(join(bundleDir, 'demo-vault', 'Beside the CLI.md'), toMarkdown(model, templates.get('threat-matrix')));
  dir = await mkdtemp(join(tmpdir(), 'poc-cli-server-'));
});
afterAll(async () => {
  for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('a mistyped --data', () => {
  it('poc backup on a folder with no store fails with "No store at …" and creates neither the folder nor a backup', async () => {
    const r = await poc(['backup', 'out.sqlite', '--data', './typo']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`No store at ${join(dir, 'typo', 'poc.sqlite')}; check --data or POC_DATA.`);
    expect(r.stdout).not.toMatch(/Backed up/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
    expect(existsSync(join(dir, 'out.sqlite'))).toBe(false);
  });
});

describe('a CLI copied without its commit thread', () => {
  it('fails to open the store, naming the missing sqlite-commit-thread.mjs, and creates no store', async () => {
    // Only poc.js, not the thread built beside it; still inside the project, so its packages resolve.
    const lonely = join(bundleDir, 'lonely', 'poc.js');
    await mkdir(join(bundleDir, 'lonely'), { recursive: true });
    await copyFile(cli, lonely);
    const { code, stderr } = await run(process.execPath, [lonely, 'user', 'add', 'amina', '--name', 'Amina', '--data', './no-thread'], { cwd: dir }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`The store's commit thread ${join(bundleDir, 'lonely', 'sqlite-commit-thread.mjs')} is missing`);
    expect(existsSync(join(dir, 'no-thread', 'poc.sqlite'))).toBe(false);
  });
});

describe('poc user add with tailored templates', () => {
  let tailored: string;
  beforeAll(async () => {
    tailored = join(dir, 'tailored');
    await mkdir(tailored);
    const yaml = await readFile(join(ROOT, 'templates/threat-matrix.yaml'), 'utf8');
    await writeFile(join(tailored, 'threat-matrix.yaml'), yaml.replace('role: head-of-office', 'role: sector-commander'));
  });

  it('--templates makes the offices of the tailored templates valid', async () => {
    const r = await poc(['user', 'add', 'sami', '--name', 'Sami', '--office', 'sector-commander', '--templates', tailored, '--data', join(dir, 'tailored-data')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Added sami \(Sami\), offices: sector-commander/);
  });

  it('POC_TEMPLATES does the same as --templates', async () => {
    const r = await poc(['user', 'add', 'tala', '--name', 'Tala', '--office', 'sector-commander', '--data', join(dir, 'tailored-data')], { POC_TEMPLATES: tailored });
    expect(r.stdout).toMatch(/Added tala \(Tala\), offices: sector-commander/);
  });

  it('without them, such an office is refused', async () => {
    const r = await poc(['user', 'add', 'umar', '--name', 'Umar', '--office', 'sector-commander', '--data', join(dir, 'tailored-data')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Unknown office: sector-commander/);
  });
});

describe('poc user office', () => {
  it('an office held for an area is written office@area, and changed later with --add and --remove', async () => {
    const data = join(dir, 'office-data');
    const added = await poc(['user', 'add', 'nour', '--name', 'Nour', '--office', 'head-of-office@Sector North', '--data', data]);
    expect(added.stdout).toMatch(/offices: head-of-office@Sector North/);
    const moved = await poc(['user', 'office', 'nour', '--add', 'head-of-office@Sector South', '--remove', 'head-of-office@Sector North', '--data', data]);
    expect(moved.stderr).toBe('');
    expect(moved.stdout.trim()).toBe('nour now holds: head-of-office@Sector South.');
    const none = await poc(['user', 'office', 'nour', '--data', data]);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/Say what to change: --add/);
  });
});

describe('poc audit', () => {
  it('--limit abc fails with a message about --limit, not a database error', async () => {
    await poc(['user', 'add', 'amina', '--name', 'Amina', '--data', join(dir, 'audit-data')]);
    const r = await poc(['audit', '--limit', 'abc', '--data', join(dir, 'audit-data')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--limit "abc" is not a whole number of 1 or more.');
    expect(r.stderr).not.toMatch(/datatype mismatch/);
  });
});

/** An HTTP proxy in front of `target` that rewrites each JSON answer with `alter`: a man in the middle, which `poc verify` must expect. */
async function alteringProxy(target: string, alter: (path: string, body: string) => string): Promise<{ url: string; close: () => Promise<void> }> {
  const proxy = createHttpServer((req, res) => {
    const headers: Record<string, string> = req.headers.authorization ? { authorization: req.headers.authorization } : {};
    void fetch(target + req.url, { method: req.method, headers }).then(async (upstream) => {
      const body = alter(req.url ?? '', await upstream.text());
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const { port } = proxy.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => proxy.close(() => r())) };
}

describe('poc verify', () => {
  it('a tampered record beside a valid one is reported INVALID, the valid one VALID, and the exit code is 1', async () => {
    const t = await startTestServer({ now: () => new Date('2026-06-15T12:00:00Z') });
    const proxy = await alteringProxy(t.httpUrl, (path, body) => {
      if (!path.startsWith('/api/docs/tm-verify?')) return body;
      // The stored record again, with its decision turned round and a field of the forger's own: no longer a record's shape.
      const detail = JSON.parse(body) as { records: Array<{ record: { id: string; payload: Record<string, unknown> } }> };
      const { record } = detail.records[0];
      detail.records.push({ record: { ...record, id: `${record.id}-forged`, payload: { ...record.payload, decision: 'approved' }, approvedBy: 'someone' } as never });
      return JSON.stringify(detail);
    });
    try {
      const drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
      const hoo = await t.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'viewer' } });
      await t.createDoc('tm-verify');
      const c = connectClient(t.url, 'tm-verify', drafter);
      await c.synced();
      writeModel(c.doc, filledModel(TemplateSet.builtin().get('threat-matrix'), '2026-06-15').meta({ id: 'tm-verify' }).build());
      await waitFor(async () => (await t.api('/api/docs/tm-verify', { token: drafter })).body.type === 'threat-matrix', 'the document to be stored');
      c.destroy();
      // A rejection is signed whatever the content's state, so no linked documents are needed.
      const signed = await postSignoff(t, 'tm-verify', hoo, { role: 'head-of-office', decision: 'rejected', comment: 'Not yet.' });
      expect(signed.status).toBe(201);

      const r = await poc(['verify', 'tm-verify', '--server', proxy.url, '--token', hoo]);
      expect(r.stderr).toBe('');
      expect(r.stdout.match(/^ {4}VALID /gm)).toHaveLength(1);
      expect(r.stdout).toMatch(/-forged .*\n {4}INVALID {2}malformed sign-off record/);
      expect(r.stdout).toContain('1 valid, 0 stale, 1 invalid.');
      expect(r.code).toBe(1);
    } finally {
      await proxy.close();
      await t.stop();
    }
  });
});

describe('poc serve', () => {
  it('honours POC_PORT, POC_HOST and POC_DATA', async () => {
    const port = await freePort();
    const data = join(dir, 'env-data');
    const s = await serve(['--demo-vault', 'none'], { POC_PORT: String(port), POC_HOST: '127.0.0.1', POC_DATA: data });
    expect(s.url).toBe(`ws://127.0.0.1:${port}`);
    expect(existsSync(join(data, 'poc.sqlite'))).toBe(true);
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('started from a folder without a demo vault, imports the demo vault beside the CLI into a new store', async () => {
    const data = join(dir, 'demo-data');
    const s = await serve(['--port', '0', '--data', data]);
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    const store = SqliteStorage.open({ file: join(data, 'poc.sqlite') });
    try {
      expect((await store.listDocuments()).map((d) => d.id)).toEqual(['tm-beside-cli']);
    } finally {
      await store.close();
    }
  });

  it('with --connects-per-minute 2, closes the third connect from one address with 4529', async () => {
    const s = await serve(['--port', '0', '--data', join(dir, 'connects-data'), '--demo-vault', 'none', '--log-level', 'silent', '--connects-per-minute', '2']);
    // Without a token: the first two are refused for that (4401), the third for the address's connects, before any token is read.
    const closes = [];
    for (let i = 0; i < 3; i++) closes.push(await rawClient(s.url, '/any-doc').closed);
    expect(closes.map((c) => c.code)).toEqual([4401, 4401, 4529]);
    expect(closes[2].reason).toMatch(/too many connections from your address/);
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  describe('signals while it stops', () => {
    let data: string;
    let token: string;
    beforeAll(async () => {
      data = join(dir, 'signal-data');
      token = (await poc(['user', 'add', 'admin', '--name', 'Admin', '--admin', '--data', data])).stdout.trim().split('\n').at(-1)!;
      await createDocsIn(data, ['doc-1']);
    });

    /** A server stopping slowly: its one client never answers the close, so it waits for it (2 s at most). */
    async function stoppingServer(): Promise<{ s: Serving; drop: () => void }> {
      const s = await serve(['--port', '0', '--data', data, '--demo-vault', 'none']);
      const drop = await unresponsiveClient(s.url, withLayout(`/doc-1?token=${token}`));
      await waitFor(() => logged(s, 'connected').length > 0, 'the client to be connected');
      s.proc.kill('SIGINT');
      await waitFor(() => logged(s, 'stopping').length > 0, 'the server to start stopping');
      return { s, drop };
    }

    it('a second SIGINT is logged and ignored: the server finishes stopping and exits 0', async () => {
      const { s, drop } = await stoppingServer();
      s.proc.kill('SIGINT');
      await waitFor(() => logged(s, 'already stopping').length > 0, 'the repeat to be logged');
      expect(await s.exited).toBe(0);
      expect(logged(s, 'server stopped')).toHaveLength(1);
      drop();
    });

    it('a third signal forces an exit at once, and says so', async () => {
      const { s, drop } = await stoppingServer();
      s.proc.kill('SIGINT');
      await waitFor(() => logged(s, 'already stopping').length > 0, 'the repeat to be logged');
      s.proc.kill('SIGINT');
      expect(await s.exited).toBe(1);
      expect(logged(s, 'forced exit')).toHaveLength(1);
      expect(logged(s, 'server stopped')).toEqual([]);
      drop();
    });
  });
});

describe('poc key', () => {
  it('serve refuses a key file sealed by key rotate until POC_KEY_PASSPHRASE is given, and names the variable', async () => {
    const data = join(dir, 'key-data');
    await poc(['user', 'add', 'admin', '--name', 'Admin', '--data', data]);
    const rotated = await poc(['key', 'rotate', '--data', data], { POC_KEY_PASSPHRASE: 'correct horse' });
    expect(rotated.stdout).toMatch(/New signing key [0-9a-f]{16} .*sealed with POC_KEY_PASSPHRASE/);
    const refused = await poc(['serve', '--port', '0', '--data', data, '--demo-vault', 'none'], { POC_KEY_PASSPHRASE: '' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/signing-keys\.json is encrypted: set POC_KEY_PASSPHRASE to its passphrase/);
    expect(refused.stdout).not.toMatch(/listening/);
    const s = await serve(['--port', '0', '--data', data, '--demo-vault', 'none'], { POC_KEY_PASSPHRASE: 'correct horse' });
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    const listed = await poc(['key', 'list', '--data', data]);
    expect(listed.stdout).toMatch(/[0-9a-f]{16} .* current\n/);
    expect(listed.stdout).toMatch(/sealed with a passphrase/);
  });
});
