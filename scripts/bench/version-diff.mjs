// "What changed between two versions" of a 500-row threat matrix (issue 13), run in a child process of its own
// (`node scripts/bench/version-diff.mjs ROWS REPS` prints JSON): a fresh heap, as for the validation timings.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadTs } from './build-kit.mjs';
import { track } from './servers.mjs';

const self = fileURLToPath(import.meta.url);

/** Runs the timings in a child process and returns its figures (see kit.ts `versionDiffTimings`). */
export function versionDiffInChild(rows, reps) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [self, String(rows), String(reps)], { maxBuffer: 1 << 20, timeout: 600_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`the version diff timings failed: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout));
    });
    track(child);
  });
}

if (process.argv[1] === self) {
  const [rows, reps] = process.argv.slice(2).map(Number);
  const kit = await loadTs('scripts/bench/kit.ts', 'kit');
  process.stdout.write(JSON.stringify(kit.versionDiffTimings(rows, reps)));
}
