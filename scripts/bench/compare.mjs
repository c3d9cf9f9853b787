// `npm run bench -- --compare BEFORE.json [AFTER.json]`: a before/after table of two runs' figures (each written by
// `--json`), so a change is judged on numbers from the same bench rather than from memory. The figures listed here are
// the ones the issues set targets on; each row says which way is better.
import { readFileSync } from 'node:fs';
import { bytes, ms } from './stats.mjs';

const x = (r) => (typeof r === 'number' ? `${r.toFixed(2)}×` : 'n/a');
const pct = (n) => (typeof n === 'number' ? `${n.toFixed(0)} %` : 'n/a');

/** Every figure compared: [name, format, read from a run]. Lower is better for all of them. */
function figures(run) {
  const rows = [];
  for (const f of run.fanout ?? []) {
    rows.push([`fan-out p99, ${f.clients} client(s): ours`, ms, f.ours?.p99]);
    rows.push([`fan-out p99, ${f.clients} client(s): ours ÷ reference`, x, f.ratio?.p99]);
  }
  const t = run.throughput;
  if (t) {
    rows.push(['throughput delivery p50: ours ÷ reference', x, t.ratio?.p50]);
    rows.push(['throughput delivery p99: ours', ms, t.ours?.p99]);
    rows.push(['throughput delivery p99: ours ÷ reference', x, t.ratio?.p99]);
    rows.push(['throughput deliveries lost: ours', String, t.ours?.lost]);
    rows.push(['server CPU at equal load: ours', pct, t.ours?.cpuPercent]);
    rows.push(['server CPU at equal load: ours ÷ reference', x, t.ratio?.cpuPercent]);
  }
  const inst = run.instances;
  if (inst) {
    for (const i of inst.throughput) rows.push([`delivery p99, ${inst.clients} clients, ${i.instances} instance(s)`, ms, i.p99]);
    rows.push([`fan-out p99 to ${inst.fanout.clients}, across instances`, ms, inst.fanout.across?.p99]);
    rows.push([`fan-out p99 to ${inst.fanout.clients}, within one instance`, ms, inst.fanout.within?.p99]);
  }
  if (run.memoryPerDoc) rows.push(['memory per loaded document: ours ÷ reference', x, run.memoryPerDoc.ratio]);
  if (run.coldLoad) rows.push([`cold load of ${run.coldLoad.updates} updates: ours ÷ reference`, x, run.coldLoad.ratio]);
  const v = run.validation;
  if (v) {
    rows.push([`keystroke validation, ${v.threatMatrix.rows}-row matrix`, ms, v.threatMatrix.keystrokeValidateMs]);
    rows.push([`full validation, ${v.threatMatrix.rows}-row matrix`, ms, v.threatMatrix.validateMs]);
  }
  if (run.markdown) rows.push([`Markdown → model, ${bytes(run.markdown.threatMatrix.bytes)} matrix`, ms, run.markdown.threatMatrix.parseMs]);
  // Ratios to a reference timed in the same loop (issue 17): what compares across machines.
  const refd = run.domainReferenced?.threatMatrix;
  if (refd) {
    rows.push(['full validation ÷ one walk of the model', x, refd.validate?.ratio]);
    rows.push(['keystroke validation ÷ one walk of the model', x, refd.keystrokeValidate?.ratio]);
    rows.push(['Markdown → model ÷ plain CommonMark parsing', x, refd.parse?.ratio]);
  }
  if (run.versionDiff) rows.push(['version diff, median', ms, run.versionDiff.diffMs?.median]);
  if (run.export) {
    rows.push(['Word export, median', ms, run.export.docxMs?.median]);
    rows.push(['PDF export, median', ms, run.export.pdfMs?.median]);
  }
  if (run.web) rows.push(['web: matrix editable after navigation, median', ms, run.web.interactiveMs?.median]);
  if (run.bundle) rows.push(['main.js size', bytes, run.bundle.mainJs]);
  return rows;
}

/** A run read from a `--json` file, with a message naming the file when it is not one. */
export function readRun(file) {
  let run;
  try {
    run = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`bench: cannot read ${file} as a bench result (${e.message}); write one with \`npm run bench -- --json ${file}\``, { cause: e });
  }
  if (!run || typeof run !== 'object' || !run.machine) throw new Error(`bench: ${file} is not a bench result (no "machine" in it); write one with \`npm run bench -- --json FILE\``);
  return run;
}

/** The before/after table of two runs as text: each figure both have, its change in per cent (negative is better). */
export function formatComparison(before, after, names = ['before', 'after']) {
  const a = new Map(figures(before).map(([n, f, v]) => [n, { f, v }]));
  const rows = [];
  for (const [name, f, v] of figures(after)) {
    const b = a.get(name);
    if (!b || typeof b.v !== 'number' || typeof v !== 'number') continue;
    const change = b.v ? ((v - b.v) / b.v) * 100 : null;
    rows.push([name, f(b.v), f(v), change == null ? 'n/a' : `${change > 0 ? '+' : ''}${change.toFixed(0)} %`]);
  }
  const head = ['figure (lower is better)', names[0], names[1], 'change'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const load = (r) => r.machine.loadavg?.join(' ') ?? 'n/a';
  return [
    `Before: ${before.date}${before.quick ? ' (quick)' : ''}, load average at start ${load(before)}`,
    `After:  ${after.date}${after.quick ? ' (quick)' : ''}, load average at start ${load(after)}`,
    before.machine.cpu !== after.machine.cpu ? `Note: different machines (${before.machine.cpu} vs ${after.machine.cpu}); compare the ratios, not the times.` : '',
    '',
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    rows.length ? '' : '(the two runs share no figure: run the same sections)',
  ]
    .filter((l, i) => l !== '' || i > 2)
    .join('\n');
}
