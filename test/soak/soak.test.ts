/**
 * The quick soak (`node scripts/soak.mjs --quick`) as part of `npm test`:
 * clients type unique tokens on several documents while the real server
 * (dist/poc.js, built by `npm test` first) is killed with SIGKILL and
 * restarted five times; nothing typed may be lost, duplicated or diverge.
 *
 * The several-instance soak (`--quick --instances 3`) is not run here: it took 28–49 s on the 2-core bench machine
 * (PostgreSQL, Redis and three instances to start, each of the five kills a restart on a new port), on top of this
 * one, and test/server/high-availability.test.ts already asserts the same promise in `npm test` (three instances on
 * PostgreSQL and Redis, one SIGKILLed mid-burst, every edit on every client and in the store exactly once).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'poc-soak-test-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('crash-and-load soak (quick)', () => {
  it('loses no edit and leaves every client identical to the store across five SIGKILL restarts', async () => {
    expect(existsSync(join(ROOT, 'dist/poc.js')), 'dist/poc.js is missing: run `npm run build` (npm test does it first)').toBe(true);
    const json = join(out, 'soak.json');
    const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = execFile(process.execPath, [join(ROOT, 'scripts/soak.mjs'), '--quick', '--json', json], { cwd: ROOT, timeout: 150_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
      );
      child.stdin?.end();
    });
    expect(run.code, run.output).toBe(0);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.editsMade).toBeGreaterThan(0);
    expect(summary.editsPresent).toBe(summary.editsMade);
    expect(summary.restartsSurvived).toBeGreaterThanOrEqual(5);
  }, 180_000);
});
