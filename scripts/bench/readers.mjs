// Many readers of one large document (issue 10, "bounded resources"): how far the server's memory climbs and how long
// /healthz takes while `--readers` clients join a document of `--mb` MB at once. A measurement, not a pass/fail test.
//
//   node scripts/bench/readers.mjs [--root DIR] [--mb 50] [--readers 20]
//
// `--root` is the source tree whose server is measured (default: this one), so the same script measures a copy of an
// older commit (`git archive <commit> | tar -x -C DIR`, with node_modules linked) for a before/after. The server runs
// as its own process (bundled from DIR/cli/poc.ts with esbuild); its RSS is sampled from /proc every 20 ms. Two
// rounds: "cold" (the document is not in memory when the readers arrive) and "warm" (an editor keeps it loaded).
// Readers are raw WebSockets that ask for everything (an empty state vector) and count bytes, so this process stays
// light. The document is one text of `--mb` MiB written in 4 MiB updates.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

const HERE = new URL('../..', import.meta.url).pathname;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ROOT = resolve(arg('root', HERE));
const MB = Number(arg('mb', 50));
const READERS = Number(arg('readers', 20));
const MiB = 1024 * 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Inside this project (.bench/ is ignored by git), so the bundle finds the packages it leaves external in node_modules.
mkdirSync(join(HERE, '.bench'), { recursive: true });
const work = mkdtempSync(join(HERE, '.bench', 'readers-'));
let child;
process.on('exit', () => {
  child?.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

async function bundle() {
  const { SERVER_EXTERNALS, REQUIRE_BANNER } = await import(join(ROOT, 'scripts/node-bundle.mjs'));
  const { rawPlugin } = await import(join(ROOT, 'scripts/raw-plugin.mjs'));
  const { commitThreadBeside, commitThreadBuild } = await import(join(ROOT, 'scripts/commit-thread.mjs'));
  const outfile = join(work, 'poc.mjs');
  const thread = build(commitThreadBuild(ROOT, commitThreadBeside(outfile)));
  await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'cli/poc.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    external: SERVER_EXTERNALS,
    banner: { js: REQUIRE_BANNER },
    logLevel: 'error',
    plugins: [rawPlugin],
  });
  await thread;
  return outfile;
}

function syncFrame(type, payload) {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, type);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

function rss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)[1]) * 1024;
}

function open(url) {
  const ws = new WebSocket(url, { maxPayload: 1024 * MiB });
  return new Promise((res, rej) => {
    ws.once('open', () => res(ws));
    ws.once('error', rej);
  });
}

/** Opens `READERS` readers at once; resolves with the peak RSS and the slowest /healthz answer while they load. */
async function round(name, url, httpUrl, pid, total) {
  await sleep(1500);
  const base = rss(pid);
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, rss(pid))), 20);
  let slowest = 0;
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const t0 = performance.now();
      await fetch(`${httpUrl}/healthz`).then((r) => r.text());
      slowest = Math.max(slowest, performance.now() - t0);
      await sleep(50);
    }
  })();
  const t0 = performance.now();
  const readers = await Promise.all(
    Array.from({ length: READERS }, async () => {
      const ws = await open(url);
      let bytes = 0;
      const done = new Promise((res) =>
        ws.on('message', (d) => {
          if (d[0] === 0 && d[1] !== 0) bytes += d.byteLength;
          if (bytes >= total) res();
        }),
      );
      ws.send(syncFrame(0, new Uint8Array([0])));
      return { ws, done };
    }),
  );
  await Promise.all(readers.map((r) => r.done));
  const elapsed = performance.now() - t0;
  probing = false;
  await prober;
  clearInterval(sampler);
  peak = Math.max(peak, rss(pid));
  for (const r of readers) r.ws.close();
  console.log(`${name}: ${READERS} readers of ${MB} MiB: all served in ${(elapsed / 1000).toFixed(1)} s; server RSS ${(base / MiB).toFixed(0)} → peak ${(peak / MiB).toFixed(0)} MiB (+${((peak - base) / MiB).toFixed(0)}); slowest /healthz ${slowest.toFixed(0)} ms`);
}

const cli = await bundle();
const data = join(work, 'data');
const run = (...a) => execFileSync(process.execPath, [cli, ...a], { cwd: work, encoding: 'utf8' });
const token = run('user', 'add', 'bench', '--name', 'Bench', '--data', data).trim().split('\n').pop().trim();
run('grant', 'bench', '*', 'editor', '--data', data);
// Connecting never creates a document (issue 10), so the big one is created first; a tree from before has no
// `doc create` and needs none (its first connect creates the document).
try {
  run('doc', 'create', '--type', 'strategy', '--title', 'Big', '--id', 'big', '--owner', 'bench', '--empty', '--data', data);
} catch (e) {
  if (!/unknown command 'doc'/.test(String(e.stderr))) throw e;
}
const port = 20000 + Math.floor(Math.random() * 20000);
child = spawn(process.execPath, [cli, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', data, '--demo-vault', 'none', '--log-level', 'warn'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((res) => child.stdout.on('data', (d) => /listening on/.test(String(d)) && res()));
// layout=2: the document layout our server requires of clients (shared/api/client-layout.ts).
const url = `ws://127.0.0.1:${port}/big?token=${token}&layout=2`;
const httpUrl = `http://127.0.0.1:${port}`;

// Write the document: MB MiB of text in 4 MiB updates, each waited for (the server answers nothing, so wait on its store).
const doc = new Y.Doc();
const writer = await open(url);
for (let written = 0; written < MB; written += 4) {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, 'x'.repeat(Math.min(4, MB - written) * MiB));
  writer.send(syncFrame(2, Y.encodeStateAsUpdate(doc, before)));
}
// What a reader must receive at least (the server may encode the same content a few bytes shorter).
const total = Math.floor(Y.encodeStateAsUpdate(doc).byteLength * 0.99);
doc.destroy();
// A reader getting everything back means the server has it all.
{
  const probe = await open(url);
  let bytes = 0;
  const got = new Promise((res) => probe.on('message', (d) => d[0] === 0 && d[1] !== 0 && (bytes += d.byteLength) >= total && res()));
  probe.send(syncFrame(0, new Uint8Array([0])));
  await got;
  probe.close();
}
writer.close();
await sleep(15_000); // idle unload (10 s)
await round('cold', url, httpUrl, child.pid, total);
const keeper = await open(url);
keeper.send(syncFrame(2, new Uint8Array([0, 0]))); // an empty update makes the room build its Y.Doc
await sleep(3000);
await round('warm', url, httpUrl, child.pid, total);
keeper.close();
child.kill('SIGTERM');
