/**
 * The bench's statistics and its before/after comparison (scripts/bench/stats.mjs, compare.mjs): a change is judged
 * on the medians of repetitions with their spread, and two `--json` runs compare figure by figure.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatComparison, readRun, type BenchRun } from '../../scripts/bench/compare.mjs';
import { medianOf, rangeOf, spread } from '../../scripts/bench/stats.mjs';

const run = (p99: number, ratio: number, cpu = 'AMD EPYC'): BenchRun => ({
  machine: { cpu, loadavg: [0.5, 0.4, 0.3] },
  date: '2026-12-03T10:00:00Z',
  fanout: [{ clients: 10, ours: { p50: 1, p99 }, reference: { p50: 1, p99: p99 / ratio }, ratio: { p50: 1, p99: ratio } }],
});

describe('bench statistics', () => {
  it('keeps the fastest and slowest repetition of every figure beside the median', () => {
    const reps = [{ p99: 5, nested: { a: 1 } }, { p99: 9, nested: { a: 3 } }, { p99: 7, nested: { a: 2 } }];
    expect(medianOf(reps)).toEqual({ p99: 7, nested: { a: 2 } });
    expect(rangeOf(reps)).toEqual({ p99: { min: 5, max: 9 }, nested: { a: { min: 1, max: 3 } } });
  });

  it('leaves out missing repetitions when it takes the spread', () => {
    expect(spread([3, null, 1, Number.NaN, 2])).toEqual({ min: 1, median: 2, max: 3 });
    expect(spread([])).toBeNull();
  });
});

describe('bench --compare', () => {
  it('prints each figure of both runs with its change in per cent', () => {
    const text = formatComparison(run(10, 2), run(5, 0.8), ['before.json', 'after.json']);
    const line = text.split('\n').find((l) => l.startsWith('fan-out p99, 10 client(s): ours ÷ reference'));
    expect(line).toMatch(/2\.00×\s+0\.80×\s+-60 %$/);
    expect(text).toContain('before.json');
  });

  it('compares the several-instances figures: delivery p99 per instance count and fan-out across vs within', () => {
    const inst = (p99s: number[], across: number): BenchRun => ({
      machine: { cpu: 'AMD EPYC' },
      date: '2026-12-03T14:00:00Z',
      instances: { clients: 120, throughput: p99s.map((p99, i) => ({ instances: i + 1, p99 })), fanout: { clients: 20, within: { p99: 10 }, across: { p99: across } } },
    });
    const text = formatComparison(inst([2000, 900, 200], 12), inst([1000, 900, 100], 15));
    expect(text).toMatch(/delivery p99, 120 clients, 1 instance\(s\)\s+2000 ms\s+1000 ms\s+-50 %/);
    expect(text).toMatch(/delivery p99, 120 clients, 3 instance\(s\)\s+200 ms\s+100 ms\s+-50 %/);
    expect(text).toMatch(/fan-out p99 to 20, across instances\s+12\.0 ms\s+15\.0 ms\s+\+25 %/);
  });

  it('warns that times from two different machines cannot be compared, only ratios', () => {
    expect(formatComparison(run(10, 2), run(5, 1, 'Intel Xeon'))).toMatch(/different machines/);
  });

  it('names the file and how to make one when it is not a bench result', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-compare-'));
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"hello": 1}');
    expect(() => readRun(file)).toThrow(/notes\.json is not a bench result.*--json/);
    expect(() => readRun(join(dir, 'missing.json'))).toThrow(/cannot read .*missing\.json/);
  });
});
