// The Word and PDF export timings (issue 16), run in a child process of its own (`node scripts/bench/export.mjs ROWS
// REPS` prints JSON): a fresh heap, as for the validation timings. See export-kit.ts.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadTs } from './build-kit.mjs';
import { track } from './servers.mjs';

const self = fileURLToPath(import.meta.url);

/** Runs the export timings in a child process and returns its figures (see export-kit.ts `exportTimings`). */
export function exportInChild(rows, reps) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [self, String(rows), String(reps)], { maxBuffer: 1 << 20, timeout: 900_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`the export timings failed: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout));
    });
    track(child);
  });
}

if (process.argv[1] === self) {
  const [rows, reps] = process.argv.slice(2).map(Number);
  const kit = await loadTs('scripts/bench/export-kit.ts', 'export-kit');
  process.stdout.write(JSON.stringify(await kit.exportTimings(rows, reps)));
}
