#!/usr/bin/env node
// `npm run soak [-- --quick] [-- --json FILE] [-- --seed N]`
//
// Crash-and-load soak of our sync server: clients on realistic documents type unique tokens while the server is
// killed with SIGKILL and restarted at random moments; the clients (official y-websocket, unmodified) reconnect by
// themselves and keep typing while it is down. At the end, once the clients have settled, the server is killed one
// last time and its SQLite store is read directly: every client and the store must hold the same document, and it
// must contain every token every client typed, exactly once.
// Prints edits made, edits present and restarts survived; exits 1 on any loss or divergence, 2 if the run itself
// could not be carried out. All traffic is on 127.0.0.1; the server is a child process killed on exit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { loadTs } from './bench/build-kit.mjs';
import { sleep, waitForState } from './bench/client.mjs';
import { freePort, oursAvailable, prepareOurs, startOurs, tempDir } from './bench/servers.mjs';
import { checkDocument, storedDoc } from './soak/check.mjs';
import { typist } from './soak/typist.mjs';

function parseArgs(argv) {
  const o = { quick: false, json: undefined, seed: Date.now() % 100_000 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') o.quick = true;
    else if (argv[i] === '--json') o.json = argv[++i];
    else if (argv[i] === '--seed') o.seed = Number(argv[++i]);
    else {
      console.error(`soak: unknown argument "${argv[i]}"; usage: node scripts/soak.mjs [--quick] [--json FILE] [--seed N]`);
      process.exit(2);
    }
  }
  return o;
}

/** The run's size: the full soak, or the `--quick` one that `npm test` runs (well under a minute). */
const PARAMS = {
  full: { clients: 50, docs: 10, seconds: 150, restarts: 8, typeMs: 300, settleSeconds: 60 },
  quick: { clients: 30, docs: 6, seconds: 18, restarts: 5, typeMs: 300, settleSeconds: 30 },
};

/** Seeded pseudo-random numbers (mulberry32), so a failing run can be repeated with --seed. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const log = (...a) => console.error('·', ...a);
const svBytes = (doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');

/** Resolves once every client is connected and synced and the clients of each document hold the same state. */
async function settle(people, docs, seconds) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const connected = people.every((p) => p.client.provider.wsconnected && p.client.provider.synced);
    const converged = connected && Array.from({ length: docs }, (_, d) => new Set(people.filter((p) => p.d === d).map((p) => svBytes(p.doc))).size === 1).every(Boolean);
    if (converged) return true;
    if (Date.now() > until) return false;
    await sleep(250);
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const p = o.quick ? PARAMS.quick : PARAMS.full;
  const rand = rng(o.seed);
  const started = Date.now();
  // A hard bound on the whole run, whatever happens.
  const watchdog = setTimeout(() => {
    console.error('soak: the run exceeded its time bound; giving up (this is a harness failure, not a verdict).');
    process.exit(2);
  }, (p.seconds + p.settleSeconds + 120) * 1000);
  watchdog.unref();

  if (!(await oursAvailable())) throw new Error('dist/poc.js cannot serve; run `npm run build` first.');
  const kit = await loadTs('scripts/bench/kit.ts', 'kit');
  const store = await loadTs('scripts/bench/store.ts', 'store');
  const dataDir = join(tempDir('poc-soak-'), 'data');
  const tokens = await prepareOurs(dataDir, Math.ceil(p.clients / 40), Array.from({ length: p.docs }, (_, d) => `soak-${d}`));
  const port = await freePort();
  const serve = () => startOurs(dataDir, { port, args: ['--demo-vault', 'none', '--log-level', 'warn'] });
  let server = await serve();
  log(`server up on ${server.url}; seed ${o.seed}; ${p.clients} clients on ${p.docs} documents for ${p.seconds} s, ${p.restarts} SIGKILL restarts`);

  // The first client of each document brings its content; the others load it before anyone types.
  const people = [];
  for (let i = 0; i < p.clients; i++) {
    const d = i % p.docs;
    let doc;
    if (i < p.docs) {
      doc = new Y.Doc();
      kit.writeRealistic(doc, d);
    }
    people.push({ i, d, ...typist(server.url, `soak-${d}`, i, { token: tokens[i % tokens.length], doc, rand }) });
  }
  await Promise.all(people.map((x) => x.client.synced));
  for (const x of people) {
    const seed = people[x.d].doc;
    await waitForState(x.doc, Y.decodeStateVector(Y.encodeStateVector(seed)), 60_000, `client on soak-${x.d} to load its document`);
  }
  log('all clients loaded their documents; typing');

  for (const x of people) x.start(p.typeMs);
  const t0 = Date.now();
  const slot = (p.seconds * 1000) / (p.restarts + 1);
  let restarts = 0;
  for (let k = 0; k < p.restarts; k++) {
    // A random moment within the k-th slot (not in its first or last fifth, so the server is up for a while).
    const at = t0 + slot * (k + 0.7 + rand() * 0.6);
    await sleep(Math.max(0, at - Date.now()));
    await server.kill();
    const down = 100 + rand() * 1400;
    log(`restart ${k + 1}: server killed with SIGKILL at ${((Date.now() - t0) / 1000).toFixed(1)} s; down for ${Math.round(down)} ms`);
    await sleep(down);
    server = await serve();
    restarts++;
  }
  await sleep(Math.max(0, t0 + p.seconds * 1000 - Date.now()));
  for (const x of people) x.stop();
  const made = people.reduce((n, x) => n + x.tokens.length, 0);
  log(`typing stopped: ${made} tokens typed; waiting for the clients to settle`);

  const settled = await settle(people, p.docs, p.settleSeconds);
  // The last crash: whatever the clients hold must already be in the store.
  await server.kill();
  const storage = store.SqliteStorage.open({ file: join(dataDir, 'poc.sqlite') });
  const perDoc = [];
  let present = 0;
  let problems = 0;
  for (let d = 0; d < p.docs; d++) {
    const mine = people.filter((x) => x.d === d);
    const stored = await storedDoc(storage, `soak-${d}`);
    const r = checkDocument(
      stored,
      mine.map((x) => x.doc),
      mine.flatMap((x) => x.tokens),
    );
    present += r.present;
    problems += r.missing.length + r.duplicated.length + r.diverged.length;
    perDoc.push({ doc: `soak-${d}`, clients: mine.length, made: mine.reduce((n, x) => n + x.tokens.length, 0), present: r.present, missing: r.missing, duplicated: r.duplicated, diverged: r.diverged.map((k) => `c${mine[k].i}`) });
  }
  await storage.close();
  const reconnects = people.reduce((n, x) => n + x.connects() - 1, 0);
  for (const x of people) x.destroy();

  const ok = settled && problems === 0 && present === made;
  const summary = {
    ok,
    seed: o.seed,
    quick: o.quick,
    clients: p.clients,
    documents: p.docs,
    editsMade: made,
    editsPresent: present,
    restartsSurvived: ok ? restarts : null,
    restarts,
    clientReconnects: reconnects,
    settled,
    seconds: Math.round((Date.now() - started) / 1000),
    documentsDetail: perDoc,
  };
  console.log(`edits made:        ${made}`);
  console.log(`edits present:     ${present} (in the store and on every client)`);
  console.log(`restarts survived: ${ok ? restarts : `${restarts} restarts, NOT survived`} (SIGKILL, random moments; clients reconnected ${reconnects} times)`);
  if (!settled) console.log(`FAILED: the clients did not settle on one state per document within ${p.settleSeconds} s after typing stopped.`);
  for (const d of perDoc) {
    if (d.missing.length) console.log(`FAILED: ${d.doc}: ${d.missing.length} token(s) lost, e.g. ${d.missing.slice(0, 5).join(', ')}`);
    if (d.duplicated.length) console.log(`FAILED: ${d.doc}: ${d.duplicated.length} token(s) present more than once, e.g. ${d.duplicated.slice(0, 5).join(', ')}`);
    if (d.diverged.length) console.log(`FAILED: ${d.doc}: ${d.diverged.length} client(s) differ from the store`);
  }
  console.log(ok ? `OK: no loss, no divergence (seed ${o.seed}, ${summary.seconds} s).` : `FAILED (seed ${o.seed}; repeat with --seed ${o.seed}).`);
  if (o.json) writeFileSync(o.json, `${JSON.stringify(summary, null, 2)}\n`);
  return ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (e) => {
    console.error(`soak: ${e?.stack ?? e}`);
    process.exit(2);
  },
);
