/**
 * Whether the store can take a write now: a durable write probe (a scratch
 * row inserted and deleted) and the free space left on the data folder's
 * disk. A probe alone is not enough: SQLite reuses WAL space it already
 * holds, so a small write can succeed on a full disk while the next large
 * update fails; hence the free-space floor too.
 */
import { statfs } from 'node:fs/promises';
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
