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
