// Small statistics for the benchmarks: percentiles, medians of repetitions, ratios, and readable units.

/** The q-th percentile (0–100) of the numbers, nearest-rank; NaN for none. */
export function percentile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((q / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

/** The median of the numbers (NaN and null left out); null for none. */
export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** For a list of objects of numbers (one per repetition), the object of medians, key by key (nested objects too). */
export function medianOf(objs) {
  const first = objs.find((o) => o != null);
  if (!first) return null;
  const out = {};
  for (const k of Object.keys(first)) {
    const vals = objs.map((o) => o?.[k]);
    out[k] = vals.some((v) => v !== null && typeof v === 'object') ? medianOf(vals) : median(vals);
  }
  return out;
}

/** ours / reference, rounded to two decimals; null when either is missing. Below 1 means ours is smaller (faster, leaner). */
export function ratio(ours, reference) {
  if (typeof ours !== 'number' || typeof reference !== 'number' || !reference) return null;
  return Math.round((ours / reference) * 100) / 100;
}

/** Rounds to `d` decimals, keeping null. */
export function round(x, d = 2) {
  return typeof x === 'number' ? Math.round(x * 10 ** d) / 10 ** d : null;
}

/** Bytes as a short human string. */
export function bytes(n) {
  if (typeof n !== 'number') return 'n/a';
  const a = Math.abs(n);
  if (a >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (a >= 1 << 10) return `${(n / 1024).toFixed(1)} KB`;
  return `${Math.round(n)} B`;
}

/** Milliseconds as a short string. */
export function ms(n) {
  if (typeof n !== 'number') return 'n/a';
  return n >= 100 ? `${Math.round(n)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`;
}

/** For a list of objects of numbers (one per repetition), the object of { min, max } key by key (nested objects too); null for none. */
export function rangeOf(objs) {
  const first = objs.find((o) => o != null);
  if (!first) return null;
  const out = {};
  for (const k of Object.keys(first)) {
    const vals = objs.map((o) => o?.[k]);
    if (vals.some((v) => v !== null && typeof v === 'object')) out[k] = rangeOf(vals);
    else {
      const s = vals.filter((v) => typeof v === 'number' && !Number.isNaN(v));
      out[k] = s.length ? { min: Math.min(...s), max: Math.max(...s) } : null;
    }
  }
  return out;
}

/** { min, median, max } of a list of numbers; null for none. */
export function spread(xs) {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x));
  return s.length ? { min: Math.min(...s), median: median(s), max: Math.max(...s) } : null;
}
