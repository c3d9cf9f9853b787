/**
 * Whether the store can take a write now: a durable write probe (a scratch
 * row inserted and deleted) and the free space left on the data folder's
 * disk. A probe alone is not enough: SQLite reuses WAL space it already
 * holds, so a small write can succeed on a full disk while the next large
 * update fails; hence the free-space floor too.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Storage } from './storage.js';

/** Why the store cannot write, or undefined when it can. Never throws. */
export async function storeProblem(storage: Pick<Storage, 'probeWrite'>, dataDir: string, minFreeBytes: number): Promise<string | undefined> {
  try {
    await storage.probeWrite();
  } catch (e) {
    return `the store cannot write: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (minFreeBytes > 0) {
    try {
      const fs = await statfs(dataDir);
      const free = fs.bavail * fs.bsize;
      if (free < minFreeBytes) return `the disk of ${dataDir} is nearly full: ${free} bytes free, under the ${minFreeBytes} the server keeps in reserve`;
    } catch (e) {
      return `the free space of ${dataDir} cannot be read: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return undefined;
}

/** The message of a store that cannot be written at start, saying what to fix; one wording for every place that finds it. */
export function unwritableStoreMessage(file: string, why: string): string {
  return `The store ${file} cannot be written (${why}), so the server would lose every edit: make the file, its -wal and -shm and the folder writable by this account (or remount the disk read-write, or free space) and start again.`;
}

/** Why this account cannot write the store file or its folder (read-only disk, modes), or undefined when it can. */
export function unwritableReason(file: string): string | undefined {
  for (const path of [file, dirname(file)]) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return `${path} is ${code === 'EROFS' ? 'on a read-only disk' : 'not writable by this account'} (${code})`;
    }
  }
  return undefined;
}
