// The write side of the store: group commit (in place, fsynced by the commit thread within 50 ms, by default; on the
// commit thread, fsynced before it resolves, with synchronous "full"; in place in memory) and when compaction runs.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { tempDir, waitFor } from '../support/test-server.js';

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

/** `n` one-character updates typed into a fresh document, and the text they make. */
function keystrokes(n: number, client = 1): { updates: Uint8Array[]; text: string } {
  const d = new Y.Doc();
  d.clientID = client;
  const updates: Uint8Array[] = [];
  d.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < n; i++) d.getText('t').insert(i, String(i % 10));
  return { updates, text: d.getText('t').toString() };
}

function textOf(updates: Uint8Array[]): string {
  const d = new Y.Doc();
  for (const u of updates) Y.applyUpdate(d, u);
  return d.getText('t').toString();
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

const groupCommitStores: [string, () => string, 'normal' | 'full'][] = [
  ['a store on disk (committed in place, fsynced by the commit thread)', () => file(), 'normal'],
  ['a store on disk with synchronous full (committed and fsynced on the commit thread)', () => file(), 'full'],
  ['an in-memory store', () => ':memory:', 'normal'],
];

describe.each(groupCommitStores)('group commit, %s', (_name, where, synchronous) => {
  it('updates appended in one turn for several documents are all stored, in order', async () => {
    const store = open({ file: where(), synchronous });
    await store.createDocument('a', null);
    await store.createDocument('b', null);
    const a = keystrokes(30, 1);
    const b = keystrokes(30, 2);
    await Promise.all(a.updates.flatMap((u, i) => [store.appendUpdate('a', u), store.appendUpdate('b', b.updates[i])]));
    expect(textOf(await store.loadUpdates('a'))).toBe(a.text);
    expect(textOf(await store.loadUpdates('b'))).toBe(b.text);
  });

  it('an update for an unknown document is refused without failing the others of its batch', async () => {
    const store = open({ file: where(), synchronous });
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(3);
    const results = await Promise.allSettled([
      store.appendUpdate('a', updates[0]),
      store.appendUpdate('nope', updates[1]),
      store.appendUpdate('a', updates[1]),
      store.appendUpdate('a', updates[2]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/does not hold that document/);
    expect(textOf(await store.loadUpdates('a'))).toBe(text);
  });

  it('appends still queued when the store closes are committed before it closes', async () => {
    if (where() === ':memory:') return; // nothing survives closing an in-memory store
    const store = open();
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(20);
    const appended = updates.map((u) => store.appendUpdate('a', u));
    await store.close();
    await Promise.all(appended);
    expect(textOf(await open().loadUpdates('a'))).toBe(text);
  });
});

describe.each(['normal', 'full'] as const)('durability before the append resolves (synchronous %s)', (synchronous) => {
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

describe('background compaction', () => {
  it('waits while the document is busy and has fewer than four times the threshold of rows', async () => {
    const store = open({ compactAfter: 10, compactWhenQuietMs: 60_000 });
    await store.createDocument('a', null);
    const { updates } = keystrokes(30);
    for (const u of updates) await store.appendUpdate('a', u);
    await new Promise((r) => setTimeout(r, 200));
    expect(await store.loadUpdates('a')).toHaveLength(30);
  });

  it('compacts a busy document once it passes four times the threshold, keeping its content', async () => {
    const store = open({ compactAfter: 10, compactWhenQuietMs: 60_000 });
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(45);
    for (const u of updates) await store.appendUpdate('a', u);
    await waitFor(async () => (await store.loadUpdates('a')).length < 10, 'compaction past the hard bound');
    expect(textOf(await store.loadUpdates('a'))).toBe(text);
  });

  it('compacts a document once it is quiet', async () => {
    const store = open({ compactAfter: 10, compactWhenQuietMs: 50 });
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(15);
    for (const u of updates) await store.appendUpdate('a', u);
    await waitFor(async () => (await store.loadUpdates('a')).length === 1, 'compaction of a quiet document');
    expect(textOf(await store.loadUpdates('a'))).toBe(text);
  });

  it('compacts documents one after the other, each keeping its own content', async () => {
    const store = open({ compactAfter: 10, compactWhenQuietMs: 20 });
    const texts = new Map<string, string>();
    for (let d = 0; d < 5; d++) {
      await store.createDocument(`d${d}`, null);
      const { updates, text } = keystrokes(12 + d, d + 1);
      texts.set(`d${d}`, text);
      await Promise.all(updates.map((u) => store.appendUpdate(`d${d}`, u)));
    }
    for (const [id, text] of texts) {
      await waitFor(async () => (await store.loadUpdates(id)).length === 1, `compaction of ${id}`);
      expect(textOf(await store.loadUpdates(id))).toBe(text);
    }
  });
});

describe('compaction beside the commits', () => {
  it('updates appended while a long history is compacted are committed and kept', async () => {
    const store = open({ compactWhenQuietMs: 60_000 });
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(1100);
    for (let i = 0; i < 1000; i += 100) await Promise.all(updates.slice(i, i + 100).map((u) => store.appendUpdate('a', u)));
    const compacted = store.compact('a');
    await Promise.all(updates.slice(1000).map((u) => store.appendUpdate('a', u)));
    await compacted;
    const rows = await store.loadUpdates('a');
    expect(rows.length).toBeLessThanOrEqual(101);
    // The merged state is still the first row, ahead of what was appended while it was built.
    expect(textOf(rows.slice(0, 1)).length).toBeGreaterThanOrEqual(1000);
    expect(textOf(rows)).toBe(text);
  });

  it('the compacted state comes before the updates appended after it', async () => {
    const store = open({ compactWhenQuietMs: 60_000 });
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(60);
    await Promise.all(updates.slice(0, 50).map((u) => store.appendUpdate('a', u)));
    await store.compact('a');
    await Promise.all(updates.slice(50).map((u) => store.appendUpdate('a', u)));
    const rows = await store.loadUpdates('a');
    expect(rows).toHaveLength(11);
    expect(textOf(rows.slice(0, 1))).toBe(text.slice(0, 50));
    expect(textOf(rows)).toBe(text);
  });
});

describe('noticing writes by other processes', () => {
  it("the change marker stays put through the store's own appends and audit entries", async () => {
    const store = open();
    await store.createDocument('a', null);
    const before = await store.externalChangeMarker();
    const { updates } = keystrokes(10);
    await Promise.all([...updates.map((u) => store.appendUpdate('a', u)), store.appendAudit({ kind: 'connect', actor: 'amina', docId: 'a', detail: {} })]);
    expect(await store.externalChangeMarker()).toBe(before);
  });

  it('the change marker moves when another process writes to the store', async () => {
    const store = open();
    await store.addUser({ username: 'amina', name: 'Amina', offices: [] });
    const before = await store.externalChangeMarker();
    const cli = new Database(file());
    cli.prepare("UPDATE tokens SET revoked_at = 'now' WHERE username = ?").run('amina');
    cli.prepare("INSERT INTO settings (key, value) VALUES ('touched', '1')").run();
    cli.close();
    expect(await store.externalChangeMarker()).not.toBe(before);
  });

  it('audit entries ride the same commits and read back in order', async () => {
    const store = open();
    await store.createDocument('a', null);
    const { updates } = keystrokes(3);
    await Promise.all([
      store.appendAudit({ kind: 'connect', actor: 'amina', docId: 'a', detail: { n: 1 } }),
      store.appendUpdate('a', updates[0]),
      store.appendAudit({ kind: 'disconnect', actor: 'amina', docId: 'a', detail: { n: 2 } }),
    ]);
    expect((await store.queryAudit({ docId: 'a' })).map((e) => [e.kind, e.detail.n])).toEqual([
      ['connect', 1],
      ['disconnect', 2],
    ]);
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
});
