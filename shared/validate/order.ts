/**
 * Sorting diagnostics in the order `sortDiagnostics` gives, without its cost
 * on every keystroke: comparing block ids with a collator thousands of times
 * dominated validation of a large threat matrix. Block ids and codes are
 * ranked once (ties kept as ties) and remembered while they stay the same;
 * each diagnostic then gets one number, and a typed-array sort of numbers
 * gives the same order, ties kept in list order as a stable sort does.
 * Block ids numbered under one prefix (T-1 … T-500, as in a large matrix)
 * are ranked by their number, which is the collator's order for them,
 * without calling it: `validate` sorts with a fresh `DiagnosticOrder`.
 * @internal
 */
import { compareBlockIds, type Diagnostic, sortDiagnostics } from './diagnostic.js';

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

interface Ranks {
  readonly of: ReadonlyMap<string, number>;
  /** Number of distinct ranks. */
  readonly count: number;
}

/** Ranks the distinct strings by `compare`; strings that compare equal share a rank. */
function rank(strings: Iterable<string>, compare: (a: string, b: string) => number): Ranks {
  const list = [...new Set(strings)].sort(compare);
  const of = new Map<string, number>();
  let r = 0;
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && compare(list[i - 1], list[i]) !== 0) r++;
    of.set(list[i], r);
  }
  return { of, count: r + 1 };
}

const byCode = (a: string, b: string) => a.localeCompare(b);

// An id of one prefix and a number without leading zeros: the numeric collator orders such ids of one prefix by number.
const NUMBERED = /^([A-Za-z]+)-([1-9][0-9]{0,14})$/;

/** Ranks block ids as `rank(ids, compareBlockIds)` does; for ids all numbered under one prefix (and "", no block, which comes first), by number. */
function rankBlockIds(ids: Iterable<string>): Ranks {
  const distinct = [...new Set(ids)];
  let prefix: string | undefined;
  const numbered: Array<[string, number]> = [];
  for (const id of distinct) {
    if (id === '') continue;
    const m = NUMBERED.exec(id);
    if (!m || (prefix !== undefined && m[1] !== prefix)) return rank(distinct, compareBlockIds);
    prefix = m[1];
    numbered.push([id, Number(m[2])]);
  }
  numbered.sort((a, b) => a[1] - b[1]);
  const of = new Map<string, number>();
  let r = 0;
  if (distinct.includes('')) of.set('', r++);
  for (const [id] of numbered) of.set(id, r++);
  return { of, count: Math.max(r, 1) };
}

/** Orders successive lists of diagnostics exactly as `sortDiagnostics`, remembering the ranks of block ids and codes between calls. */
export class DiagnosticOrder {
  private blocks: Ranks = { of: new Map(), count: 0 };
  private codes: Ranks = { of: new Map(), count: 0 };
  private readonly positions = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

  /** A new array holding `list` in the order `sortDiagnostics(list, sectionOrder)` returns. */
  sort(list: readonly Diagnostic[], sectionOrder: readonly string[]): Diagnostic[] {
    const n = list.length;
    if (n < 2) return [...list];
    if (!list.every((d) => this.blocks.of.has(d.location.block ?? ''))) this.blocks = rankBlockIds(list.map((d) => d.location.block ?? ''));
    if (!list.every((d) => this.codes.of.has(d.code))) this.codes = rank(list.map((d) => d.code), byCode);
    const index = this.positionsOf(sectionOrder);
    const P = sectionOrder.length + 1;
    const R = this.blocks.count;
    const C = this.codes.count;
    // One exact integer per diagnostic; beyond 2^53 the numbers would round, so fall back to comparing.
    if (3 * P * R * C * n > Number.MAX_SAFE_INTEGER) return sortDiagnostics(list, sectionOrder);
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = list[i];
      const section = d.location.section;
      const pos = section === undefined ? 0 : (index.get(section) ?? -1) + 1;
      const key = ((SEVERITY[d.severity] * P + pos) * R + this.blocks.of.get(d.location.block ?? '')!) * C + this.codes.of.get(d.code)!;
      keys[i] = key * n + i;
    }
    keys.sort();
    const out = new Array<Diagnostic>(n);
    for (let i = 0; i < n; i++) out[i] = list[keys[i] % n];
    return out;
  }

  private positionsOf(sectionOrder: readonly string[]): ReadonlyMap<string, number> {
    let index = this.positions.get(sectionOrder);
    if (!index) {
      const m = new Map<string, number>();
      sectionOrder.forEach((s, i) => m.has(s) || m.set(s, i));
      this.positions.set(sectionOrder, (index = m));
    }
    return index;
  }
}
