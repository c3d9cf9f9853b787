// Types of stats.mjs, for its test.
/** The median of the numbers (NaN and null left out); null for none. */
export function median(xs: (number | null)[]): number | null;
/** For a list of objects of numbers (one per repetition), the object of medians, key by key. */
export function medianOf(objs: unknown[]): Record<string, unknown> | null;
/** For a list of objects of numbers (one per repetition), the object of { min, max } key by key. */
export function rangeOf(objs: unknown[]): Record<string, unknown> | null;
/** { min, median, max } of a list of numbers; null for none. */
export function spread(xs: (number | null)[]): { min: number; median: number; max: number } | null;
