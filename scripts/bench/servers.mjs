// Starting, measuring and stopping the two servers under test, each as its own child process on a loopback port:
// ours (`node dist/poc.js serve`) and the reference `@y/websocket-server` with its own defaults (no persistence).
// Every child is registered and killed when this process exits, however it exits.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadTs, ROOT } from './build-kit.mjs';

const run = promisify(execFile);
export const CLI = join(ROOT, 'dist', 'poc.js');
export const REFERENCE = join(ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');
const HOST = '127.0.0.1';

const children = new Set();
const tempDirs = new Set();
function killAll() {
  for (const c of children) {
    try {
      c.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}

/** Registers a child process to be killed when this process exits. */
export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** A fresh temporary directory, removed when this process exits. */
export function tempDir(prefix = 'poc-bench-') {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(d);
  return d;
}

/** A port that was free a moment ago on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Resolves once a TCP connection to the port succeeds (bounded: rejects after `ms`). */
async function waitForPort(port, ms = 15_000) {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const s = netConnect(port, HOST, () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nothing listens on ${HOST}:${port} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Spawns a server and resolves when `ready` matches a line of its output and the port accepts connections.
 * Output is drained (never left to fill a pipe) and its tail kept for error messages.
 */
async function spawnServer(kind, args, env, port, ready) {
  // POC_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles our server (Node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = kind === 'ours' && process.env.POC_BENCH_NODE_ARGS ? process.env.POC_BENCH_NODE_ARGS.split(' ').filter(Boolean) : [];
  const child = spawn(process.execPath, [...nodeArgs, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let tail = '';
  let seen = false;
  let onReady;
  const readyP = new Promise((r) => (onReady = r));
  const onData = (b) => {
    tail = (tail + b.toString()).slice(-4000);
    if (!seen && ready.test(tail)) {
      seen = true;
      onReady();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => children.delete(child));
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${kind} server did not start in 20 s; output:\n${tail}`)), 20_000).unref());
  const early = exited.then(({ code, signal }) => {
    if (!seen) throw new Error(`${kind} server exited (${signal ?? code}) before it was ready; output:\n${tail}`);
  });
  await Promise.race([readyP, timeout, early]);
  await waitForPort(port);
  return {
    kind,
    pid: child.pid,
    port,
    url: `ws://${HOST}:${port}`,
    exited,
    output: () => tail,
    /** Stops the server: SIGTERM (clean shutdown), then SIGKILL after `graceMs`. */
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(t);
    },
    /** Kills the server at once, as a crash would. */
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Starts the reference y-websocket server with its own defaults on a free loopback port. */
export async function startReference() {
  const port = await freePort();
  return spawnServer('reference', [REFERENCE], { HOST, PORT: String(port) }, port, /running at/);
}

/** Runs the CLI (with `env` added to this process's environment) and returns its standard output; throws with its output on failure. */
export async function cli(args, env = {}) {
  try {
    const { stdout } = await run(process.execPath, [CLI, ...args], { cwd: ROOT, maxBuffer: 16 << 20, env: { ...process.env, ...env } });
    return stdout;
  } catch (e) {
    throw new Error(`poc ${args.join(' ')} failed: ${e.stderr || e.stdout || e.message}`, { cause: e });
  }
}

let storeKit;
/** The store half of the kit (scripts/bench/store.ts), bundled once per process. */
function store() {
  storeKit ??= loadTs('scripts/bench/store.ts', 'store');
  return storeKit;
}

/** Adds `users` bench users (bench0, bench1…), editors on every document, to the store `env` names (POC_STORE_URL) or `dataDir`'s; returns their tokens. */
export async function addBenchUsers(dataDir, users, env = {}) {
  const tokens = [];
  for (let i = 0; i < users; i++) {
    const out = await cli(['user', 'add', `bench${i}`, '--name', `Bench User ${i}`, '--data', dataDir], env);
    tokens.push(out.trim().split('\n').pop().trim());
    await cli(['grant', `bench${i}`, '*', 'editor', '--data', dataDir], env);
  }
  return tokens;
}

/**
 * Prepares a data directory for our server with `users` editors on every document and returns their tokens.
 * Several users, because our server limits connections per user and the benchmarks open hundreds.
 * Connecting never creates a document, so the documents `docs` names are created here, empty and owned by bench0,
 * for clients to fill: as `poc doc create --empty` does, but in one process (hundreds of CLI runs would take minutes).
 */
export async function prepareOurs(dataDir, users = 1, docs = []) {
  const tokens = await addBenchUsers(dataDir, users);
  if (docs.length) await (await store()).createDocuments(dataDir, docs, 'bench0');
  return tokens;
}

/** Stores a Yjs update as the content of document `id` in the stopped server's data folder (see store.ts `fillDocument`). */
export async function fillDocument(dataDir, id, update) {
  await (await store()).fillDocument(dataDir, id, update);
}

/** Starts our server on a free loopback port over `dataDir` (prepared with `prepareOurs`). */
export async function startOurs(dataDir, { port, env = {}, args = [] } = {}) {
  const p = port ?? (await freePort());
  return spawnServer('ours', [CLI, 'serve', '--port', String(p), '--host', HOST, '--data', dataDir, ...args], { LOG_LEVEL: 'warn', POC_LOG_LEVEL: 'warn', ...env }, p, /listening on ws:\/\//);
}

/** Whether our server can be started (dist/poc.js exists and knows `serve`). */
export async function oursAvailable() {
  try {
    const out = await cli(['serve', '--help']);
    return /--port/.test(out);
  } catch {
    return false;
  }
}

let clkTck;
async function clockTicks() {
  if (clkTck === undefined) {
    try {
      clkTck = Number((await run('getconf', ['CLK_TCK'])).stdout.trim()) || 100;
    } catch {
      clkTck = 100;
    }
  }
  return clkTck;
}

/** CPU time (user + system, seconds) and memory (current and peak RSS, bytes) of a process, from /proc. */
export async function procStats(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { cpuSeconds: ticks / (await clockTicks()), rss: kb('VmRSS'), peakRss: kb('VmHWM') };
}

/** A gauge or counter from our server's /metrics (Prometheus text), or null if absent or unreachable. */
export async function metric(server, name) {
  try {
    const res = await fetch(`http://${HOST}:${server.port}/metrics`, { signal: AbortSignal.timeout(5000) });
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`, 'm').exec(await res.text());
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
