// Validation and Markdown timings, run in a child process of their own (`node scripts/bench/domain.mjs ROWS WORDS REPS
// MDREPS` prints JSON): a fresh heap, so the garbage left by the network benchmarks does not slow the collector here.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadTs } from './build-kit.mjs';
import { track } from './servers.mjs';

const self = fileURLToPath(import.meta.url);

/** Runs the timings in a child process and returns its figures (see kit.ts `domainTimings`). */
export function domainInChild(rows, words, reps, mdReps) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [self, String(rows), String(words), String(reps), String(mdReps)], { maxBuffer: 1 << 20, timeout: 600_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`the validation and Markdown timings failed: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout));
    });
    track(child);
  });
}

if (process.argv[1] === self) {
  const [rows, words, reps, mdReps] = process.argv.slice(2).map(Number);
  const kit = await loadTs('scripts/bench/kit.ts', 'kit');
  process.stdout.write(JSON.stringify(kit.domainTimings(rows, words, reps, mdReps)));
}
