// The benchmark results as a plain-text table (also pasted into the README's Performance section).
import { bytes, ms } from './stats.mjs';

const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const x = (r) => (typeof r === 'number' ? `${r.toFixed(2)}×` : 'n/a');
const pct = (n) => (typeof n === 'number' ? `${n.toFixed(0)} %` : 'n/a');
/** A median with the fastest and slowest repetitions beside it ("12.3 ms (10.1–15.0)"), when there were several. */
const withRange = (f, median, range) => (range && range.max > range.min ? `${f(median)} (${f(range.min).replace(/ .*/, '')}–${f(range.max)})` : f(median));
const rate = (n) => (typeof n === 'number' ? `${Math.round(n)}/s` : 'n/a');

function table(title, head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? pad(c, widths[i]) : padL(c, widths[i]))).join('  ');
  return [title, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''].join('\n');
}

/** The several-instances section (instances.mjs): throughput by instance count, and fan-out within one instance vs across. */
function instancesTables(s) {
  const tp = s.throughput;
  const cell = (x, key, f) => withRange(f, x[key], x.range?.[key]);
  const row = (name, key, f) => [name, ...tp.map((x) => cell(x, key, f))];
  const fo = s.fanout;
  const lost = (n) => (typeof n === 'number' ? String(n) : 'n/a');
  return [
    table(
      `Several instances on one PostgreSQL and one Redis, clients spread round robin by a balancer: ${s.clients} clients on ${s.docs} documents typing ≈${s.rate} keystrokes/s each for ${s.seconds} s (a load that saturates one instance here)`,
      ['', ...tp.map((x) => `${x.instances} instance${x.instances > 1 ? 's' : ''}`)],
      [
        row('keystrokes sent', 'sentPerSec', rate),
        row('deliveries (applied by another client)', 'deliveredPerSec', rate),
        row('delivery latency p50', 'p50', ms),
        row('delivery latency p99', 'p99', ms),
        row('deliveries lost', 'lost', lost),
        row('server CPU, all instances (one core = 100 %)', 'cpuPercent', pct),
        row('peak RSS of the largest instance', 'peakRss', bytes),
      ],
    ),
    table(
      `Fan-out with 3 instances: one writer's keystroke until all ${fo.clients} receivers applied it (${fo.edits} keystrokes per run), writer on instance A`,
      ['receivers', 'p50', 'p99', 'lost'],
      [
        ['on A too (within one instance)', withRange(ms, fo.within.p50, fo.range.within?.p50), withRange(ms, fo.within.p99, fo.range.within?.p99), lost(fo.within.lost)],
        ['on B and C (across, through Redis)', withRange(ms, fo.across.p50, fo.range.across?.p50), withRange(ms, fo.across.p99, fo.range.across?.p99), lost(fo.across.lost)],
      ],
    ),
    `  The machine has 2 cores, shared: several instances cannot multiply CPU-bound work here. Compare the CPU row: an\n  instance that saturates while using well under a core was waiting (on its store, Redis or the clients), not computing.\n  Connects per minute raised to ${s.connectsPerMinute}: every client comes from 127.0.0.1 through the balancer.\n`,
  ].join('\n');
}

/** The whole report as text. Ratios are ours ÷ reference: below 1× we are faster or leaner. */
export function formatReport(r) {
  const out = [];
  const m = r.machine;
  out.push(`POC Workspace benchmark — ${r.date}${r.quick ? ' (quick)' : ''}`);
  out.push(`Machine: ${m.cpu} × ${m.cores}, ${bytes(m.memory)} RAM, ${m.os}, Node ${m.node}; load average at start ${m.loadavg.join(' ')}`);
  out.push(`Each figure: median of ${r.params.reps} repetition(s) after ${r.params.warmup ?? 0} warm-up pair(s) thrown away, ours and reference run back to back; (fastest–slowest) beside it. Ratio = ours ÷ reference (below 1× is better for us).`);
  out.push('');
  if (r.sections?.length)
    out.push(
      table(
        'Sections: time taken and the one-minute load average before and after (a figure measured while the load rose above the cores is suspect)',
        ['section', 'seconds', 'load before', 'load after'],
        r.sections.map((s) => [s.name, String(s.seconds), String(s.loadBefore), String(s.loadAfter)]),
      ),
    );
  if (r.fanout)
    out.push(
      table(
        `Fan-out: one writer's keystroke until every other client has applied it (${r.params.fanoutEdits} keystrokes per run)`,
        ['clients', 'ours p50', 'ref p50', 'ratio', 'ours p99', 'ref p99', 'ratio'],
        r.fanout.map((f) => [
          f.clients,
          withRange(ms, f.ours?.p50, f.range?.ours?.p50),
          withRange(ms, f.reference?.p50, f.range?.reference?.p50),
          x(f.ratio?.p50),
          withRange(ms, f.ours?.p99, f.range?.ours?.p99),
          withRange(ms, f.reference?.p99, f.range?.reference?.p99),
          x(f.ratio?.p99),
        ]),
      ),
    );
  if (r.throughput) {
    const t = r.throughput;
    const row = (name, key, f) => [name, withRange(f, t.ours?.[key], t.range?.ours?.[key]), withRange(f, t.reference?.[key], t.range?.reference?.[key]), x(t.ratio?.[key])];
    out.push(
      table(
        `Throughput: ${t.clients} clients on ${t.docs} documents typing ≈${t.rate} keystrokes/s each for ${t.seconds} s`,
        ['', 'ours', 'reference', 'ratio'],
        [
          row('keystrokes sent', 'sentPerSec', rate),
          row('deliveries (applied by another client)', 'deliveredPerSec', rate),
          row('delivery latency p50', 'p50', ms),
          row('delivery latency p99', 'p99', ms),
          row('deliveries lost', 'lost', (n) => (typeof n === 'number' ? String(n) : 'n/a')),
          row('server CPU (one core = 100 %)', 'cpuPercent', pct),
          row('server peak RSS', 'peakRss', bytes),
        ],
      ),
    );
  }
  if (r.instances) out.push(instancesTables(r.instances));
  if (r.memoryPerDoc) {
    const mm = r.memoryPerDoc;
    out.push(
      table(
        `Memory: server RSS growth per loaded document (${mm.docs} realistic documents)`,
        ['', 'ours', 'reference', 'ratio'],
        [
          ['per loaded document', bytes(mm.ours), bytes(mm.reference), x(mm.ratio)],
          [`ours after idle unload (${mm.unloadWaitSeconds} s)`, bytes(mm.oursAfterUnload), '(keeps all)', ''],
        ],
      ),
    );
  }
  if (r.coldLoad) {
    const c = r.coldLoad;
    out.push(
      table(
        `Cold load: a new client receives a document whose history is ${c.updates.toLocaleString('en')} small updates`,
        ['', 'ours', 'reference', 'ratio'],
        [['time to full state', ms(c.ours), ms(c.reference), x(c.ratio)]],
      ),
    );
    out.push(`  ours: history in SQLite, ${c.oursStoredRows} row(s) once the store closed (it compacts what waits), loaded from disk into a warm server; reference: in memory.\n`);
  }
  if (r.validation) {
    const v = r.validation;
    const md = r.markdown ?? {};
    const row = (name, d, mdd) => [name, ms(d.validateMs), ms(d.keystrokeValidateMs), ms(d.keystrokeMs), ms(d.toModelMs), ms(mdd?.serializeMs), ms(mdd?.parseMs), bytes(mdd?.bytes)];
    out.push(
      table(
        'Validation and Markdown (in a separate Node process, median)',
        ['document', 'validate', 'keystroke: validate', 'keystroke: editor', 'Y.Doc→model', 'to Markdown', 'from Markdown', 'Markdown size'],
        [row(`threat matrix, ${v.threatMatrix.rows} rows`, v.threatMatrix, md.threatMatrix), row(`strategy, ${v.strategy.words.toLocaleString('en')} words`, v.strategy, md.strategy)],
      ),
    );
    out.push('  keystroke: editor = one character typed in the editor: ProseMirror document → model → validation by the editor’s incremental Validator\n  (result equal to a full validation); keystroke: validate = the Validator’s part of it alone.\n');
  }
  if (r.domainReferenced) {
    const range = (x) => `${ms(x.median)} (${ms(x.min)}–${ms(x.max)})`;
    const rows = [];
    for (const [doc, d] of [[`threat matrix, ${r.validation?.threatMatrix.rows ?? ''} rows`, r.domainReferenced.threatMatrix], ['strategy', r.domainReferenced.strategy]]) {
      for (const [name, f, ref] of [['full validation', d.validate, 'one walk of the model'], ['keystroke validation', d.keystrokeValidate, 'one walk of the model'], ['Markdown → model', d.parse, 'plain CommonMark parse']]) {
        if (f) rows.push([`${doc}: ${name}`, range(f.ours), range(f.reference), ref, x(f.ratio), String(f.reps)]);
      }
    }
    out.push(table('Issue 17 figures beside a reference timed in the same loop, alternating (median, fastest–slowest)', ['figure', 'ours', 'reference', 'reference is', 'ratio', 'reps'], rows));
    out.push('  one walk of the model = visiting every value of the same model once (scripts/bench/kit.ts walkModel); plain CommonMark parse = mdast-util-from-markdown without extensions, one blank-line-separated piece at a time.\n');
  }
  if (r.versionDiff) {
    const v = r.versionDiff;
    const row = (name, x) => [name, ms(x.median), ms(x.min), ms(x.p90), ms(x.max)];
    out.push(
      table(
        `Version diff of the ${v.rows}-row threat matrix (${v.changes} changes, ${v.reps} runs, in a separate Node process)`,
        ['', 'median', 'fastest', '90th percentile', 'slowest'],
        [row('diff of the two models', v.diffMs), row('from the two Yjs snapshots', v.fromSnapshotsMs)],
      ),
    );
  }
  if (r.export) {
    const e = r.export;
    const row = (name, x, size) => [name, ms(x.median), ms(x.min), ms(x.max), size];
    out.push(
      table(
        `Exports of the ${e.rows}-row threat matrix, model to file (${e.reps} runs each, in a separate Node process; the PDF's first print, Chromium started, took ${ms(e.pdfFirstMs)})`,
        ['', 'median', 'fastest', 'slowest', 'size'],
        [row('Word (docx)', e.docxMs, bytes(e.docxBytes)), row('PDF (Chromium, warm)', e.pdfMs, bytes(e.pdfBytes)), row('reference: Chromium printing a one-line page', e.blankPdfMs, '')],
      ),
    );
  }
  if (r.web) {
    const w = r.web;
    const t = w.interactiveMs;
    out.push(
      table(
        `The web workspace in Chromium (our server on loopback, ${w.reps} fresh page loads; no reference web app to compare with)`,
        ['', 'median', 'fastest', '90th percentile', 'slowest'],
        [[`navigation → ${w.rows}-row threat matrix on screen and editable`, ms(t.median), ms(t.min), ms(t.p90), ms(t.max)]],
      ),
      table(
        'JavaScript a page loads',
        ['page', 'files', 'as shipped', 'gzip'],
        [
          ['home page (/)', String(w.homeJs.files), bytes(w.homeJs.raw), bytes(w.homeJs.gzip)],
          ['document page (/d/<id>)', String(w.documentJs.files), bytes(w.documentJs.raw), bytes(w.documentJs.gzip)],
        ],
      ),
    );
  }
  if (r.bundle) out.push(table('Bundle sizes', ['file', 'size'], [['main.js (Obsidian plugin)', bytes(r.bundle.mainJs)], ['dist/poc.js (CLI and server)', bytes(r.bundle.cli)]]));
  if (r.notes?.length) out.push(['Notes:', ...r.notes.map((n) => `- ${n}`), ''].join('\n'));
  return out.join('\n');
}
