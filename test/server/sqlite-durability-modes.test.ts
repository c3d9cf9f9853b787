// SQLite's two durability modes (issue 17): by default each turn's updates are committed in place and the commit
// thread fsyncs them within 50 ms (server/storage/sqlite-direct-log.ts); with synchronous "full" they are committed and
// fsynced on the commit thread before an append resolves. The behaviours every store shares, asserted of SQLite in its
// default mode, are in update-log.test.ts; here, the same group commit and durability in "full" mode, and what the
// default mode adds: the write to the database file within the flush interval, and a failed fsync.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { tempDir, waitFor } from '../support/test-server.js';
import { keystrokes, textOf } from '../support/typed-updates.js';

let tmp: ReturnType<typeof tempDir>;
const stores: SqliteStorage[] = [];
const file = () => join(tmp.dir, 'poc.sqlite');

beforeEach(() => {
  tmp = tempDir();
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  tmp.remove();
});

function open(opts: { file?: string; compactAfter?: number; compactWhenQuietMs?: number; synchronous?: 'full' | 'normal' } = {}): SqliteStorage {
  const s = SqliteStorage.open({ file: opts.file ?? file(), compactAfter: opts.compactAfter ?? 300, compactWhenQuietMs: opts.compactWhenQuietMs, synchronous: opts.synchronous });
  stores.push(s);
  return s;
}

/** Rows of a document as another connection (another process, after a crash) would read them. */
function committedRows(docId: string): number {
  const db = new Database(file(), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM updates WHERE doc_id = ?').get(docId) as { n: number }).n;
  } finally {
    db.close();
  }
}

describe.each(['full'] as const)('group commit on disk (synchronous %s)', (synchronous) => {
  it('updates appended in one turn for several documents are all stored, in order', async () => {
    const store = open({ synchronous });
    await store.createDocument('a', null);
    await store.createDocument('b', null);
    const a = keystrokes(30, 1);
    const b = keystrokes(30, 2);
    await Promise.all(a.updates.flatMap((u, i) => [store.appendUpdate('a', u), store.appendUpdate('b', b.updates[i])]));
    expect(textOf(await store.loadUpdates('a'))).toBe(a.text);
    expect(textOf(await store.loadUpdates('b'))).toBe(b.text);
  });

  it('appends still queued when the store closes are committed before it closes', async () => {
    const store = open({ synchronous });
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(20);
    const appended = updates.map((u) => store.appendUpdate('a', u));
    await store.close();
    await Promise.all(appended);
    expect(textOf(await open({ synchronous }).loadUpdates('a'))).toBe(text);
  });
});

describe.each(['full'] as const)('durability before the append resolves (synchronous %s)', (synchronous) => {
  it('each append resolves only once its update is committed, visible to another connection', async () => {
    const store = open({ synchronous });
    await store.createDocument('a', null);
    const { updates } = keystrokes(40);
    const seen: number[] = [];
    await Promise.all(updates.map((u, i) => store.appendUpdate('a', u).then(() => seen.push(committedRows('a') - i))));
    // When the i-th append resolved, at least i + 1 rows were committed.
    expect(seen.every((n) => n >= 1)).toBe(true);
  });

  it('appends resolve in the order they were made', async () => {
    const store = open({ synchronous });
    await store.createDocument('a', null);
    await store.createDocument('b', null);
    const order: number[] = [];
    const { updates } = keystrokes(30);
    await Promise.all(updates.map((u, i) => store.appendUpdate(i % 2 ? 'a' : 'b', u).then(() => order.push(i))));
    expect(order).toEqual(updates.map((_, i) => i));
  });
});

describe('on disk within the flush interval (synchronous normal)', () => {
  it('a committed update reaches the database file itself, not only the write-ahead log, within a fraction of a second', async () => {
    const store = open();
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(20);
    for (const u of updates) await store.appendUpdate('a', u);
    // The database file alone, without its -wal: what a disk holds once the log was fsynced and checkpointed into it.
    const copy = join(tmp.dir, 'copy.sqlite');
    await waitFor(() => {
      copyFileSync(file(), copy);
      const db = new Database(copy, { readonly: true });
      try {
        const rows = db.prepare('SELECT data FROM updates WHERE doc_id = ? ORDER BY seq').all('a') as { data: Buffer }[];
        return textOf(rows.map((r) => r.data)) === text;
      } catch {
        return false; // not even the schema was checkpointed yet
      } finally {
        db.close();
      }
    }, 'the updates in the database file', 5_000);
  });

  it('a failed fsync of the write-ahead log makes the write probe fail, so /healthz stops claiming health, until a restart', async () => {
    const store = open();
    await store.createDocument('a', null);
    // The disk refuses the fsync that makes the commits durable (EIO, or ENOSPC on a thin volume).
    const log = (store as unknown as { updateLog: { flushed(): Promise<void>; thread: { flushWal(checkpoint: boolean): Promise<void> } } }).updateLog;
    const fsync = log.thread.flushWal.bind(log.thread);
    log.thread.flushWal = () => Promise.reject(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    await store.appendUpdate('a', keystrokes(1).updates[0]);
    await log.flushed().catch(() => {});
    await expect(store.probeWrite()).rejects.toThrow(/fsync of the write-ahead log failed.*EIO/);
    // Linux forgets the pages a failed fsync could not write: a later fsync that succeeds proves nothing about them.
    log.thread.flushWal = fsync;
    await store.appendUpdate('a', keystrokes(1, 2).updates[0]);
    await log.flushed();
    await expect(store.probeWrite()).rejects.toThrow(/fsync of the write-ahead log failed/);
  });
});
