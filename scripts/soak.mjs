#!/usr/bin/env node
// `npm run soak [-- --quick] [-- --instances N] [-- --json FILE] [-- --seed N]`
//
// Crash-and-load soak of our sync server: clients on realistic documents type unique tokens while the server is
// killed with SIGKILL and restarted at random moments; the clients (official y-websocket, unmodified) reconnect by
// themselves and keep typing while it is down. At the end, once the clients have settled, the server is killed one
// last time and its SQLite store is read directly: every client and the store must hold the same document, and it
// must contain every token every client typed, exactly once.
// With --instances N (N > 1), N instances share a throw-away PostgreSQL and Redis behind a round-robin balancer the
// clients connect through; each kill hits a random instance, restarted on a new port after the pause, and the
// PostgreSQL store is what is read at the end (scripts/soak/backends.mjs).
// Prints edits made, edits present and restarts survived; exits 1 on any loss or divergence, 2 if the run itself
// could not be carried out. All traffic is on 127.0.0.1; every server is a child process killed on exit.
import { writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { loadTs } from './bench/build-kit.mjs';
import { sleep, waitForState } from './bench/client.mjs';
import { oursAvailable } from './bench/servers.mjs';
import { clusterBackend, singleBackend } from './soak/backends.mjs';
import { checkDocument, storedDoc } from './soak/check.mjs';
import { typist } from './soak/typist.mjs';

function parseArgs(argv) {
  const o = { quick: false, json: undefined, seed: Date.now() % 100_000, instances: 1 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') o.quick = true;
    else if (argv[i] === '--instances') o.instances = Number(argv[++i]);
    else if (argv[i] === '--json') o.json = argv[++i];
    else if (argv[i] === '--seed') o.seed = Number(argv[++i]);
    else {
      console.error(`soak: unknown argument "${argv[i]}"; usage: node scripts/soak.mjs [--quick] [--instances N] [--json FILE] [--seed N]`);
      process.exit(2);
    }
  }
  if (!(Number.isInteger(o.instances) && o.instances >= 1 && o.instances <= 8)) {
    console.error('soak: --instances needs a whole number from 1 to 8');
    process.exit(2);
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
  const docIds = Array.from({ length: p.docs }, (_, d) => `soak-${d}`);
  const users = Math.ceil(p.clients / 40);
  const backend = o.instances > 1 ? await clusterBackend(o.instances, { users, docs: docIds }) : await singleBackend({ users, docs: docIds });
  try {
    return await soak(o, p, rand, kit, backend, started);
  } finally {
    await backend.stop();
  }
}

/** The run itself, on a started backend (backends.mjs): type, kill and restart, settle, crash, check. */
async function soak(o, p, rand, kit, backend, started) {
  const tokens = backend.tokens;
  log(`${backend.describe}; seed ${o.seed}; ${p.clients} clients on ${p.docs} documents for ${p.seconds} s, ${p.restarts} SIGKILL restarts`);

  // The first client of each document brings its content; the others load it before anyone types.
  const people = [];
  for (let i = 0; i < p.clients; i++) {
    const d = i % p.docs;
    let doc;
    if (i < p.docs) {
      doc = new Y.Doc();
      kit.writeRealistic(doc, d);
    }
    people.push({ i, d, ...typist(backend.url, `soak-${d}`, i, { token: tokens[i % tokens.length], doc, rand }) });
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
    const killed = await backend.kill(rand);
    const down = 100 + rand() * 1400;
    log(`restart ${k + 1}: ${killed} killed with SIGKILL at ${((Date.now() - t0) / 1000).toFixed(1)} s; down for ${Math.round(down)} ms`);
    await sleep(down);
    await backend.restart();
    restarts++;
  }
  await sleep(Math.max(0, t0 + p.seconds * 1000 - Date.now()));
  for (const x of people) x.stop();
  const made = people.reduce((n, x) => n + x.tokens.length, 0);
  log(`typing stopped: ${made} tokens typed; waiting for the clients to settle`);

  const settled = await settle(people, p.docs, p.settleSeconds);
  // The last crash: whatever the clients hold must already be in the store.
  await backend.crash();
  const storage = await backend.openStore();
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
    instances: o.instances,
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
  console.log(`restarts survived: ${ok ? restarts : `${restarts} restarts, NOT survived`} (SIGKILL, random moments${o.instances > 1 ? `, a random one of ${o.instances} instances` : ''}; clients reconnected ${reconnects} times)`);
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
