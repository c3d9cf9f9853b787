// Honest health, written as finding 6 of issue 10: /healthz said ok while the disk was full or the store read-only, and
// a server on a read-only store said "listening". A small tmpfs is a real full disk; root can mount one (CI runs as root,
// and there the tmpfs path must run); elsewhere the store's write is made to fail instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, tempDir } from '../support/test-server.js';

/** Mounts a tmpfs of `size` at `dir`; false when this process may not mount (not root, no CAP_SYS_ADMIN). */
function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch (e) {
    if (process.env.CI === 'true') throw new Error(`CI must be able to mount a tmpfs (run as root): ${(e as Error).message}`, { cause: e });
    return false;
  }
}

/** Writes zeros into `file` until the disk refuses (ENOSPC). */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A folder on a tmpfs of `size` (unmounted after the test), or undefined when mounting is not permitted here. */
function tmpfsFolder(size: string): string | undefined {
  const tmp = tempDir('poc-health-');
  cleanups.push(tmp.remove);
  const dir = join(tmp.dir, 'mnt');
  mkdirSync(dir);
  if (!mountTmpfs(dir, size)) return undefined;
  cleanups.push(() => execFileSync('umount', ['-l', dir]));
  return dir;
}

describe('/healthz', () => {
  it('answers ok when the store can write', async () => {
    const t = await startTestServer();
    try {
      expect(await t.api('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await t.stop();
    }
  });

  it('answers 503 with the reason when the disk is full, and ok again once space is freed', async () => {
    const mnt = tmpfsFolder('4m');
    const data = mnt ? join(mnt, 'data') : undefined;
    const t = await startTestServer({ ...(data ? { dataDir: data } : {}), minFreeDiskBytes: 256 * 1024 });
    try {
      expect((await t.api('/healthz')).status).toBe(200);
      const filler = join(mnt ?? t.dataDir, 'filler');
      if (mnt) fillDisk(filler);
      else {
        // No tmpfs here: the store's write fails as SQLite fails on a full disk.
        t.server.storage.probeWrite = () => Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
      }
      const full = await t.api('/healthz');
      expect(full.status).toBe(503);
      expect(full.body).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/nearly full|disk is full|cannot write/) });
      if (mnt) {
        rmSync(filler);
        expect((await t.api('/healthz')).status).toBe(200);
      }
    } finally {
      await t.stop(true);
    }
  });

  it('answers 503 when the store refuses writes while the server runs', async () => {
    const t = await startTestServer();
    try {
      t.server.storage.probeWrite = () => Promise.reject(new Error('attempt to write a readonly database'));
      expect(await t.api('/healthz')).toMatchObject({ status: 503, body: { status: 'unavailable', reason: expect.stringMatching(/cannot write: attempt to write a readonly database/) } });
    } finally {
      await t.stop();
    }
  });
});

describe('start-up on a store that cannot write', () => {
  it('refuses to start on a read-only store, saying what to fix, instead of listening', async () => {
    const mnt = tmpfsFolder('4m');
    const tmp = tempDir();
    cleanups.push(tmp.remove);
    const data = mnt ? join(mnt, 'data') : tmp.dir;
    const first = await startTestServer({ dataDir: data });
    await first.stop(true);
    if (mnt) execFileSync('mount', ['-o', 'remount,ro', mnt]);
    else {
      // Not root: file modes make the store read-only for this account.
      execFileSync('chmod', ['-R', 'a-w', data]);
      cleanups.unshift(() => execFileSync('chmod', ['-R', 'u+w', data]));
    }
    await expect(startTestServer({ dataDir: data })).rejects.toThrow(/store .*poc\.sqlite cannot be written .*writable/);
  });
});
