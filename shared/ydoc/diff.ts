/**
 * A longest-common-subsequence match between two lists of keys, as the
 * block-by-block merge needs it: which items of one version correspond to
 * which of another. Pure and bounded: beyond a size limit the unmatched
 * middle is left unmatched, which makes the merge more cautious (more
 * conflicts), never lossy.
 */

/** Cells of the dynamic-programming table allowed before giving up on matching the middle. */
const MAX_CELLS = 4_000_000;

/**
 * Index pairs `[i, j]` with `a[i] === b[j]`, strictly increasing in both,
 * forming a longest common subsequence (exact below the size limit).
 */
export function matchKeys(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  pairs.push(...middle(a, b, start, endA, endB));
  for (let k = 0; endA + k < a.length; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

function middle(a: readonly string[], b: readonly string[], start: number, endA: number, endB: number): Array<[number, number]> {
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return [];
  // table[i][j] = LCS length of a[start+i..endA) and b[start+j..endB)
  const w = m + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[start + i] === b[start + j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      out.push([start + i, start + j]);
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return out;
}

/** A stretch where two lists differ: `a[aFrom..aTo)` was replaced by `b[bFrom..bTo)`. */
export interface Hunk {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/** The stretches between matched pairs where the lists differ, in order. */
export function hunks(pairs: ReadonlyArray<readonly [number, number]>, aLength: number, bLength: number): Hunk[] {
  const out: Hunk[] = [];
  let pa = 0;
  let pb = 0;
  for (const [i, j] of [...pairs, [aLength, bLength] as const]) {
    if (i > pa || j > pb) out.push({ aFrom: pa, aTo: i, bFrom: pb, bTo: j });
    pa = i + 1;
    pb = j + 1;
  }
  return out;
}
