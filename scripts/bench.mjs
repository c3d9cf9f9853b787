#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --json FILE] [-- --only fanout,throughput,…] [-- --reps N] [-- --warmup N] [-- --compare BEFORE.json [AFTER.json]]`
//
// Measures our sync server against the reference @y/websocket-server (its own defaults, no persistence), both driven
// by the same load generator built on the official y-websocket client, plus validation, the Markdown mirror and the
// bundle sizes. All traffic goes to 127.0.0.1; every server is a child process killed when this script exits.
// Each network figure is the median of several repetitions in which ours and the reference run back to back (in
// alternating order), so the ratio compares the two under the same machine noise; the fastest and slowest
// repetitions are kept beside it, warm-up pairs run first and are thrown away, and each section records the load
// average before and after it, so a noisy figure can be told from a real change.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { loadTs, ROOT } from './bench/build-kit.mjs';
import { COLD_ROOMS, coldLoadOurs, coldLoadReference, makeHistory } from './bench/coldload.mjs';
import { domainInChild } from './bench/domain.mjs';
import { fanout, fanoutConnects, fanoutRoom } from './bench/fanout.mjs';
import { instancesSection } from './bench/instances.mjs';
import { memoryConnects, memoryPerDoc, memoryRooms } from './bench/memory.mjs';
import { formatReport } from './bench/report.mjs';
import { oursAvailable } from './bench/servers.mjs';
import { median, medianOf, rangeOf, ratio, round } from './bench/stats.mjs';
import { formatComparison, readRun } from './bench/compare.mjs';
import { oursTarget, referenceTarget } from './bench/targets.mjs';
import { loadRoom, throughput, throughputConnects } from './bench/throughput.mjs';
import { webBenchAvailable, webPages } from './bench/web.mjs';
import { versionDiffInChild } from './bench/version-diff.mjs';
import { exportInChild } from './bench/export.mjs';

const SECTIONS = ['fanout', 'throughput', 'instances', 'memory', 'coldload', 'domain', 'versions', 'web', 'export', 'bundle'];

function parseArgs(argv) {
  const o = { quick: false, json: undefined, only: SECTIONS, reps: undefined, warmup: undefined, compare: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--only') o.only = argv[++i].split(',');
    else if (a === '--reps') o.reps = Number(argv[++i]);
    else if (a === '--warmup') o.warmup = Number(argv[++i]);
    else if (a === '--compare') {
      while (argv[i + 1] && !argv[i + 1].startsWith('--')) o.compare.push(argv[++i]);
      if (!o.compare.length || o.compare.length > 2) {
        console.error('bench: --compare needs one file (compared with this run) or two (compared with each other, nothing is run)');
        process.exit(2);
      }
    }
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/bench.mjs [--quick] [--json FILE] [--only ' + SECTIONS.join(',') + '] [--reps N] [--warmup N] [--compare BEFORE.json [AFTER.json]]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument "${a}" (try --help)`);
      process.exit(2);
    }
  }
  if (o.json === undefined && argv.includes('--json')) {
    console.error('bench: --json needs a file name');
    process.exit(2);
  }
  for (const s of o.only) {
    if (!SECTIONS.includes(s)) {
      console.error(`bench: unknown section "${s}"; choose from ${SECTIONS.join(', ')}`);
      process.exit(2);
    }
  }
  if (o.reps !== undefined && !(Number.isInteger(o.reps) && o.reps > 0)) {
    console.error('bench: --reps needs a positive whole number');
    process.exit(2);
  }
  if (o.warmup !== undefined && !(Number.isInteger(o.warmup) && o.warmup >= 0)) {
    console.error('bench: --warmup needs a whole number (0 for none)');
    process.exit(2);
  }
  return o;
}

/**
 * The several-instances load: enough typing to saturate one instance on PostgreSQL and Redis on the bench machine
 * (2 cores). Raised by 40 clients at a time (4 per document, 5 keystrokes/s each, 8 s), one instance's delivery p99 was
 * 55 and 43 ms at 40 and 80 clients and 2.3–2.7 s at 120 (3 Dec, load average 4–6): 120 is the knee. At 160 every
 * count of instances saturated (p99 seconds, deliveries lost in 1, 2 and 3 instances alike): the machine, not the
 * instance, was then the limit. The quick run keeps the load, only shorter, since a lighter one would show nothing.
 */
const INST_CLIENTS = 120;
const INST_DOCS = 30;
const INST_RATE = 5;

/** Sizes of each scenario: the full run, and `--quick` (smaller counts, same shape, under two minutes). */
function params(quick, reps, warmup) {
  return quick
    ? { warmup: warmup ?? 0, reps: reps ?? 1, fanoutClients: [1, 10, 50, 100], fanoutEdits: 15, tpClients: 100, tpDocs: 25, tpRate: 5, tpSeconds: 5, inst: { clients: INST_CLIENTS, docs: INST_DOCS, rate: INST_RATE, seconds: 5, fanoutClients: 10 }, memDocs: 40, memReps: 1, unloadWaitMs: 13_000, coldUpdates: 10_000, coldReps: 2, valReps: 7, mdReps: 1, users: 3, webReps: 2, exportReps: 2 }
    : { warmup: warmup ?? 1, reps: reps ?? 3, fanoutClients: [1, 10, 50, 100], fanoutEdits: 100, tpClients: 200, tpDocs: 50, tpRate: 5, tpSeconds: 20, inst: { clients: INST_CLIENTS, docs: INST_DOCS, rate: INST_RATE, seconds: 20, fanoutClients: 20 }, memDocs: 500, memReps: reps ?? 3, unloadWaitMs: 15_000, coldUpdates: 100_000, coldReps: 5, valReps: 21, mdReps: 5, users: 5, webReps: 5, exportReps: 3 };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memory: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

const log = (...a) => console.error('·', ...a);

/** The one-minute load average, two decimals. */
const load1 = () => Number(os.loadavg()[0].toFixed(2));

/** Our server's default limit on WebSocket connects per client address and minute (server/rate-limits.ts). */
const DEFAULT_CONNECTS_PER_MINUTE = 600;

/**
 * What our server must be prepared with for the chosen sections: the documents they connect to (connecting never
 * creates one), and the most connections one server start receives from 127.0.0.1, all within about a minute.
 */
function oursNeeds(p, want) {
  const docs = [];
  const connects = [];
  if (want('fanout')) {
    docs.push(...p.fanoutClients.map(fanoutRoom));
    connects.push(...p.fanoutClients.map(fanoutConnects));
  }
  if (want('throughput')) {
    docs.push(...Array.from({ length: p.tpDocs }, (_, d) => loadRoom(d)));
    connects.push(throughputConnects(p.tpClients, p.tpDocs));
  }
  if (want('memory')) {
    docs.push(...memoryRooms(p.memDocs));
    connects.push(memoryConnects(p.memDocs));
  }
  if (want('coldload')) docs.push(...COLD_ROOMS);
  return { docs, connects: Math.max(0, ...connects) };
}

/**
 * Runs `ours` and `reference` once per repetition, alternating which goes first, after `warmup` pairs whose results
 * are thrown away (the first runs pay for disk caches, JIT and the OS's page cache); returns the medians, the
 * fastest/slowest of each figure (`range`) and every repetition.
 */
async function pairwise(reps, ours, reference, warmup = 0) {
  for (let i = 0; i < warmup; i++) {
    if (ours) await ours();
    await reference();
  }
  const o = [];
  const r = [];
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      if (ours) o.push(await ours());
      r.push(await reference());
    } else {
      r.push(await reference());
      if (ours) o.push(await ours());
    }
  }
  return { ours: ours ? medianOf(o) : null, reference: medianOf(r), range: { ours: ours ? rangeOf(o) : null, reference: rangeOf(r) }, runs: { ours: o, reference: r } };
}

function ratios(ours, reference) {
  if (!ours || !reference) return null;
  return Object.fromEntries(Object.keys(reference).map((k) => [k, ratio(ours[k], reference[k])]));
}

/** Which of the issue's targets the figures meet; a list of plain sentences. */
function verdicts(r) {
  const out = [];
  const say = (ok, text) => out.push(`${ok ? 'MET' : 'MISSED'}: ${text}`);
  if (r.fanout?.every((f) => f.ours)) {
    const worse = r.fanout.filter((f) => f.ours.p99 > f.reference.p99).map((f) => f.clients);
    say(!worse.length, `fan-out p99 no worse than the reference at every client count${worse.length ? ` (worse at ${worse.join(', ')} clients)` : ''}`);
    const at100 = r.fanout.find((f) => f.clients === 100);
    if (at100) say(at100.ours.p99 < at100.reference.p99, `fan-out p99 better than the reference at 100 clients (${at100.ours.p99.toFixed(1)} vs ${at100.reference.p99.toFixed(1)} ms)`);
  }
  if (r.memoryPerDoc?.ours != null) say(r.memoryPerDoc.ours <= r.memoryPerDoc.reference, 'memory per document at most the reference’s');
  if (r.coldLoad?.ours != null) say(r.coldLoad.ours <= r.coldLoad.reference, 'cold load at most the reference’s');
  if (r.validation) {
    const tm = r.validation.threatMatrix;
    const st = r.validation.strategy;
    say(tm.keystrokeValidateMs < 1 && st.keystrokeValidateMs < 1, `single-keystroke validation under 1 ms (${tm.keystrokeValidateMs.toFixed(2)} ms matrix, ${st.keystrokeValidateMs.toFixed(2)} ms strategy; the whole editor path ${tm.keystrokeMs.toFixed(2)} and ${st.keystrokeMs.toFixed(2)} ms)`);
    say(r.validation.threatMatrix.validateMs < 5, `full validation of the ${r.validation.threatMatrix.rows}-row matrix under 5 ms (${r.validation.threatMatrix.validateMs.toFixed(2)} ms)`);
  }
  const refd = r.domainReferenced?.threatMatrix;
  if (refd) {
    const f = (x, name) => `${name} ${x.ours.median.toFixed(2)} ms = ${x.ratio}× ${x.reference.median.toFixed(2)} ms`;
    out.push(`MEASURED (issue 17, beside references): ${f(refd.validate, 'full validation')} for one walk of the model; ${f(refd.keystrokeValidate, 'keystroke validation')} for the same walk`);
    if (refd.parse) out.push(`MEASURED (issue 17): Markdown → model of the ${r.validation?.threatMatrix.rows ?? ''}-row matrix ${refd.parse.ours.median.toFixed(0)} ms = ${refd.parse.ratio}× plain CommonMark parsing of the same text (${refd.parse.reference.median.toFixed(0)} ms)`);
  }
  if (r.versionDiff) {
    // The target is the diff itself; reading two snapshots into models first is shown beside it (toModel's cost, also in the validation table).
    const v = r.versionDiff.diffMs;
    say(v.median < 200, `version diff of the ${r.versionDiff.rows}-row threat matrix under 200 ms (median ${v.median.toFixed(1)} ms, 90th percentile ${v.p90.toFixed(1)} ms, slowest ${v.max.toFixed(1)} ms)`);
  }
  if (r.web) {
    say(r.web.homeJs.gzip < 150 * 1024, `home page JavaScript under 150 KB compressed (${(r.web.homeJs.gzip / 1024).toFixed(1)} KB gzip, ${(r.web.homeJs.raw / 1024).toFixed(1)} KB as shipped)`);
    const t = r.web.interactiveMs;
    out.push(`MEASURED: the ${r.web.rows}-row threat matrix is editable ${t.median} ms after navigation (median of ${r.web.reps}; fastest ${t.min}, slowest ${t.max}); a document page loads ${(r.web.documentJs.gzip / 1024).toFixed(1)} KB of JavaScript gzip`);
  }
  if (r.export) {
    const e = r.export;
    say(e.docxMs.median < 10_000 && e.pdfMs.median < 10_000, `the ${e.rows}-row threat matrix exports to Word and to PDF in under 10 s each (median ${(e.docxMs.median / 1000).toFixed(1)} s and ${(e.pdfMs.median / 1000).toFixed(1)} s; the PDF's first print, Chromium started, ${(e.pdfFirstMs / 1000).toFixed(1)} s)`);
  }
  if (r.instances) {
    // Issue 17 sets no target here: it asks for the figures, so they are stated, not judged.
    const t = r.instances.throughput;
    const f = r.instances.fanout;
    out.push(
      `MEASURED: at ${r.instances.clients} clients (≈${Math.round(t[0].sentPerSec)} keystrokes/s) delivery p99 was ${t.map((x) => `${x.p99.toFixed(0)} ms with ${x.instances}`).join(', ')} instance(s); fan-out p99 to ${f.clients} receivers ${f.across.p99.toFixed(1)} ms across instances vs ${f.within.p99.toFixed(1)} ms within one`,
    );
  }
  if (r.bundle?.mainJs != null) say(r.bundle.mainJs < 600 * 1024, `main.js under 600 KB (${Math.round(r.bundle.mainJs / 1024)} KB)`);
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.compare.length === 2) {
    console.log(formatComparison(readRun(opts.compare[0]), readRun(opts.compare[1]), opts.compare));
    return;
  }
  const before = opts.compare.length ? readRun(opts.compare[0]) : null;
  const p = params(opts.quick, opts.reps, opts.warmup);
  const started = Date.now();
  const result = { machine: machine(), date: new Date().toISOString(), quick: opts.quick, params: p, sections: [], notes: [] };
  const only = (s) => opts.only.includes(s);
  // Each chosen section is timed and its load average read before and after: a figure measured while the load rose
  // is suspect, and the report says so beside it.
  let current = null;
  const closeSection = () => {
    if (current) result.sections.push({ ...current, seconds: Math.round((Date.now() - current.t0) / 1000), loadAfter: load1(), t0: undefined });
    current = null;
  };
  const want = (s) => {
    if (!only(s)) return false;
    closeSection();
    current = { name: s, t0: Date.now(), loadBefore: load1() };
    return true;
  };

  log('bundling the benchmark kit (shared/ and the store, via esbuild into .bench/)');
  const kit = await loadTs('scripts/bench/kit.ts', 'kit');
  const needsServers = ['fanout', 'throughput', 'memory', 'coldload'].some(only);
  let ours = null;
  if (needsServers) {
    if (await oursAvailable()) {
      const needs = oursNeeds(p, only);
      const args = ['--demo-vault', 'none', '--log-level', 'warn'];
      // The default per-address limit stops a script, and this is one: when a scenario opens more connections from
      // 127.0.0.1 than fit in it (with room for reconnects), ours runs with a raised limit, said in the report.
      if (needs.connects * 2 > DEFAULT_CONNECTS_PER_MINUTE) {
        const limit = needs.connects * 2;
        args.push('--connects-per-minute', String(limit));
        result.notes.push(`Ours ran with --connects-per-minute ${limit} (default ${DEFAULT_CONNECTS_PER_MINUTE}): one scenario opens ${needs.connects} connections from 127.0.0.1 in about a minute. Every other limit is the default.`);
        log(result.notes.at(-1));
      }
      log(`preparing our server's data folder (${p.users} bench users, editors on every document; ${needs.docs.length} documents created empty, as connecting creates none)`);
      ours = await oursTarget({ users: p.users, docs: needs.docs, args });
    } else {
      result.notes.push('Our server could not be started (dist/poc.js serve missing: run `npm run build`); only the reference was measured.');
      log(result.notes.at(-1));
    }
  }
  const reference = referenceTarget();

  if (want('fanout')) {
    result.fanout = [];
    for (const clients of p.fanoutClients) {
      log(`fan-out, ${clients} client(s)`);
      const run = (t) => () => fanout(t, kit, { clients, edits: p.fanoutEdits });
      const r = await pairwise(p.reps, ours && run(ours), run(reference), p.warmup);
      result.fanout.push({ clients, ours: pick(r.ours, ['p50', 'p99']), reference: pick(r.reference, ['p50', 'p99']), ratio: ratios(pick(r.ours, ['p50', 'p99']), pick(r.reference, ['p50', 'p99'])), range: r.range, lost: { ours: r.ours?.lost ?? null, reference: r.reference.lost }, runs: r.runs });
    }
  }

  if (want('throughput')) {
    log(`throughput, ${p.tpClients} clients on ${p.tpDocs} documents for ${p.tpSeconds} s`);
    const run = (t) => () => throughput(t, kit, { clients: p.tpClients, docs: p.tpDocs, rate: p.tpRate, durationMs: p.tpSeconds * 1000 });
    const r = await pairwise(p.reps, ours && run(ours), run(reference), p.warmup);
    result.throughput = { clients: p.tpClients, docs: p.tpDocs, rate: p.tpRate, seconds: p.tpSeconds, ours: r.ours, reference: r.reference, ratio: ratios(r.ours, r.reference), range: r.range, runs: r.runs };
  }

  if (want('instances')) {
    try {
      result.instances = await instancesSection(kit, p, log);
    } catch (e) {
      // Without PostgreSQL or redis-server the section cannot run; the message names the package to install.
      result.notes.push(`Several instances not measured: ${e.message.split('\n')[0]}`);
      log(result.notes.at(-1));
    }
  }

  if (want('memory')) {
    log(`memory per document, ${p.memDocs} documents (ours then waits ${p.unloadWaitMs / 1000} s for its idle unload)`);
    const r = await pairwise(
      p.memReps,
      ours && (() => memoryPerDoc(ours, kit, { docs: p.memDocs, unloadWaitMs: p.unloadWaitMs })),
      () => memoryPerDoc(reference, kit, { docs: p.memDocs }),
    );
    result.memoryPerDoc = {
      ours: r.ours ? Math.round(r.ours.perDoc) : null,
      reference: Math.round(r.reference.perDoc),
      oursAfterUnload: r.ours ? Math.round(r.ours.afterUnload) : null,
      ratio: ratio(r.ours?.perDoc, r.reference.perDoc),
      docs: p.memDocs,
      unloadWaitSeconds: p.unloadWaitMs / 1000,
      raw: { ours: r.ours, reference: r.reference },
    };
  }

  if (want('coldload')) {
    log(`cold load: generating a history of ${p.coldUpdates.toLocaleString('en')} updates`);
    const history = makeHistory(kit, p.coldUpdates);
    let o = null;
    let rows = null;
    if (ours) {
      log('cold load: ours (history written to SQLite, server restarted for each load)');
      const store = await loadTs('scripts/bench/store.ts', 'store');
      const times = await coldLoadOurs(ours, store, history, p.coldReps);
      o = median(times);
      rows = times.storedRows;
    }
    log('cold load: reference (history streamed through a client)');
    const ref = median(await coldLoadReference(reference, history, p.coldReps));
    result.coldLoad = { updates: p.coldUpdates, ours: round(o), reference: round(ref), ratio: ratio(o, ref), oursStoredRows: rows, historyStateBytes: history.finalBytes };
  }

  if (want('domain')) {
    log('validation and Markdown on a 500-row threat matrix and a ~150,000-word strategy');
    const d = await domainInChild(500, 150_000, p.valReps, p.mdReps);
    const v = (x) => ({ validateMs: round(x.validateMs, 3), keystrokeMs: round(x.keystrokeMs, 3), keystrokeValidateMs: round(x.keystrokeValidateMs, 3), toModelMs: round(x.toModelMs, 3), errors: x.errors });
    const m = (x) => ({ serializeMs: round(x.serializeMs, 2), parseMs: round(x.parseMs, 2), bytes: x.markdownBytes });
    result.validation = { threatMatrix: { rows: d.threatMatrix.size.rows, ...v(d.threatMatrix) }, strategy: { words: d.strategy.size.words, ...v(d.strategy) } };
    result.markdown = { threatMatrix: m(d.threatMatrix), strategy: m(d.strategy) };
    // Each figure of issue 17 beside its reference, timed in the same loop: the ratio is what compares across machines.
    const range = (x) => ({ median: round(x.median, 3), min: round(x.min, 3), max: round(x.max, 3) });
    const pair = (x) => (x ? { reps: x.reps, ours: range(x.ours), reference: range(x.reference), ratio: ratio(x.ours.median, x.reference.median) } : null);
    const refd = (x, reps, mdReps) => ({
      validate: pair({ reps, ...x.referenced.validate }),
      keystrokeValidate: pair({ reps, ...x.referenced.keystrokeValidate }),
      parse: pair(x.referenced.parse && { reps: mdReps, ...x.referenced.parse }),
    });
    result.domainReferenced = { threatMatrix: refd(d.threatMatrix, p.valReps, p.mdReps), strategy: refd(d.strategy, p.valReps, p.mdReps) };
  }

  if (want('versions')) {
    log('version diff of the 500-row threat matrix');
    const d = await versionDiffInChild(500, p.valReps);
    const s = (x) => ({ median: round(x.median, 2), min: round(x.min, 2), p90: round(x.p90, 2), max: round(x.max, 2) });
    result.versionDiff = { rows: d.rows, changes: d.changes, reps: p.valReps, diffMs: s(d.diffMs), fromSnapshotsMs: s(d.fromSnapshotsMs) };
  }

  if (want('web')) {
    const missing = webBenchAvailable();
    if (missing) result.notes.push(missing);
    else {
      log('the web workspace in Chromium: a 500-row threat matrix from navigation to editable, and the JavaScript each page loads');
      const w = await webPages(500, p.webReps);
      const s = (x) => ({ median: round(x.median, 0), min: round(x.min, 0), p90: round(x.p90, 0), max: round(x.max, 0) });
      result.web = { rows: w.rows, reps: w.reps, interactiveMs: s(w.interactiveMs), homeJs: w.homeJs, documentJs: w.documentJs };
    }
  }

  if (want('export')) {
    const missing = webBenchAvailable();
    if (missing) result.notes.push(missing);
    else {
      log('Word and PDF exports of a 500-row threat matrix');
      const e = await exportInChild(500, p.exportReps);
      const s = (x) => ({ median: round(x.median, 0), min: round(x.min, 0), max: round(x.max, 0) });
      result.export = { rows: e.rows, reps: e.reps, docxMs: s(e.docxMs), docxBytes: e.docxBytes, pdfFirstMs: round(e.pdfFirstMs, 0), pdfMs: s(e.pdfMs), pdfBytes: e.pdfBytes, blankPdfMs: s(e.blankPdfMs) };
    }
  }

  if (want('bundle')) {
    const size = (f) => (existsSync(join(ROOT, f)) ? statSync(join(ROOT, f)).size : null);
    result.bundle = { mainJs: size('main.js'), cli: size('dist/poc.js') };
    if (result.bundle.mainJs === null) result.notes.push('main.js is missing: run `npm run build` first.');
  }

  closeSection();
  result.targets = verdicts(result);
  result.seconds = Math.round((Date.now() - started) / 1000);
  console.log(formatReport(result));
  if (result.targets.length) console.log(['Targets (issues 6, 13, 16 and 17):', ...result.targets.map((t) => `- ${t}`), ''].join('\n'));
  console.log(`Finished in ${result.seconds} s.`);
  if (before) console.log(`\nCompared with ${opts.compare[0]}:\n${formatComparison(before, result, [opts.compare[0], 'this run'])}`);
  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${opts.json}`);
  }
}

function pick(o, keys) {
  return o ? Object.fromEntries(keys.map((k) => [k, round(o[k], 3)])) : null;
}

main().then(
  // Servers are children of this process: exit explicitly so nothing lingers (the exit hook kills them).
  () => process.exit(0),
  (e) => {
    // Our own errors ("bench: …") are messages for a person; anything else shows where it broke.
    console.error(String(e?.message).startsWith('bench: ') ? e.message : `bench: ${e?.stack ?? e}`);
    process.exit(1);
  },
);
