// Types of compare.mjs, for its test.
/** A bench run as `--json` writes it (only what the comparison reads is typed). */
export type BenchRun = Record<string, unknown> & { machine: { cpu: string; loadavg?: number[] }; date: string; quick?: boolean };
/** A run read from a `--json` file; throws a message naming the file when it is not one. */
export function readRun(file: string): BenchRun;
/** The before/after table of two runs as text. */
export function formatComparison(before: BenchRun, after: BenchRun, names?: [string, string]): string;
