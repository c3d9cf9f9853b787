// The write side of the store, on every backend (SQLite and PostgreSQL): group commit, durability before an append
// resolves, when compaction runs, and noticing writes by other processes; then SQLite's in-memory log.
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { BACKENDS, storeBackends, type TestStoreOptions } from '../support/store-backends.js';
import { waitFor } from '../support/test-server.js';
import { keystrokes, textOf } from '../support/typed-updates.js';

const backends = storeBackends();

describe.each(BACKENDS)('the $name store', ({ name }) => {
  const backend = backends.use(name);
  const open = (opts: TestStoreOptions = {}) => backend.open({ compactAfter: 300, ...opts });
  /** Rows of a document as another connection (another process, after a crash) would read them. */
  const committedRows = async (docId: string) => Number((await backend.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM updates WHERE doc_id = '${docId}'`))[0].n);

  describe('group commit', () => {
    it('updates appended in one turn for several documents are all stored, in order', async () => {
      const store = await open();
      await store.createDocument('a', null);
      await store.createDocument('b', null);
      const a = keystrokes(30, 1);
      const b = keystrokes(30, 2);
      await Promise.all(a.updates.flatMap((u, i) => [store.appendUpdate('a', u), store.appendUpdate('b', b.updates[i])]));
      expect(textOf(await store.loadUpdates('a'))).toBe(a.text);
      expect(textOf(await store.loadUpdates('b'))).toBe(b.text);
    });

    it('an update for an unknown document is refused without failing the others of its batch', async () => {
      const store = await open();
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
      const store = await open();
      await store.createDocument('a', null);
      const { updates, text } = keystrokes(20);
      const appended = updates.map((u) => store.appendUpdate('a', u));
      await store.close();
      await Promise.all(appended);
      expect(textOf(await (await open()).loadUpdates('a'))).toBe(text);
    });
  });

  describe('durability before the append resolves', () => {
    it('each append resolves only once its update is committed, visible to another connection', async () => {
      const store = await open();
      await store.createDocument('a', null);
      const { updates } = keystrokes(40);
      const seen: number[] = [];
      await Promise.all(updates.map((u, i) => store.appendUpdate('a', u).then(async () => seen.push((await committedRows('a')) - i))));
      // When the i-th append resolved, at least i + 1 rows were committed.
      expect(seen.every((n) => n >= 1)).toBe(true);
    });

    it('appends resolve in the order they were made', async () => {
      const store = await open();
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
      const store = await open({ compactAfter: 10, compactWhenQuietMs: 60_000 });
      await store.createDocument('a', null);
      const { updates } = keystrokes(30);
      for (const u of updates) await store.appendUpdate('a', u);
      await new Promise((r) => setTimeout(r, 200));
      expect(await store.loadUpdates('a')).toHaveLength(30);
    });

    it('a store closed right after a burst compacts the documents still waiting, so it reopens with one row each', async () => {
      const store = await open({ compactAfter: 10, compactWhenQuietMs: 60_000 });
      await store.createDocument('a', null);
      const { updates, text } = keystrokes(30);
      for (const u of updates) await store.appendUpdate('a', u);
      await store.close();
      const reopened = await open({ compactAfter: 10, compactWhenQuietMs: 60_000 });
      const rows = await reopened.loadUpdates('a');
      expect(rows).toHaveLength(1);
      expect(textOf(rows)).toBe(text);
    });

    it('compacts a busy document once it passes four times the threshold, keeping its content', async () => {
      const store = await open({ compactAfter: 10, compactWhenQuietMs: 60_000 });
      await store.createDocument('a', null);
      const { updates, text } = keystrokes(45);
      for (const u of updates) await store.appendUpdate('a', u);
      await waitFor(async () => (await store.loadUpdates('a')).length < 10, 'compaction past the hard bound');
      expect(textOf(await store.loadUpdates('a'))).toBe(text);
    });

    it('compacts a document once it is quiet', async () => {
      const store = await open({ compactAfter: 10, compactWhenQuietMs: 50 });
      await store.createDocument('a', null);
      const { updates, text } = keystrokes(15);
      for (const u of updates) await store.appendUpdate('a', u);
      await waitFor(async () => (await store.loadUpdates('a')).length === 1, 'compaction of a quiet document');
      expect(textOf(await store.loadUpdates('a'))).toBe(text);
    });

    it('compacts documents one after the other, each keeping its own content', async () => {
      const store = await open({ compactAfter: 10, compactWhenQuietMs: 20 });
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
      const store = await open({ compactWhenQuietMs: 60_000 });
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
      const store = await open({ compactWhenQuietMs: 60_000 });
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
      const store = await open();
      await store.createDocument('a', null);
      const before = await store.externalChangeMarker();
      const { updates } = keystrokes(10);
      await Promise.all([...updates.map((u) => store.appendUpdate('a', u)), store.appendAudit({ kind: 'connect', actor: 'amina', docId: 'a', detail: {} })]);
      expect(await store.externalChangeMarker()).toBe(before);
    });

    it('the change marker moves when another process writes to the store', async () => {
      const store = await open();
      await store.addUser({ username: 'amina', name: 'Amina', offices: [] });
      await store.addToken('amina', 'hash-1');
      const before = await store.externalChangeMarker();
      await backend.sql("UPDATE tokens SET revoked_at = 'now' WHERE username = 'amina'");
      expect(await store.externalChangeMarker()).not.toBe(before);
    });

    it('audit entries ride the same commits and read back in order', async () => {
      const store = await open();
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
});

describe('group commit, an in-memory SQLite store', () => {
  const stores: SqliteStorage[] = [];
  const open = () => {
    const s = SqliteStorage.open({ file: ':memory:' });
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });

  it('updates appended in one turn for several documents are all stored, in order', async () => {
    const store = open();
    await store.createDocument('a', null);
    await store.createDocument('b', null);
    const a = keystrokes(30, 1);
    const b = keystrokes(30, 2);
    await Promise.all(a.updates.flatMap((u, i) => [store.appendUpdate('a', u), store.appendUpdate('b', b.updates[i])]));
    expect(textOf(await store.loadUpdates('a'))).toBe(a.text);
    expect(textOf(await store.loadUpdates('b'))).toBe(b.text);
  });

  it('an update for an unknown document is refused without failing the others of its batch', async () => {
    const store = open();
    await store.createDocument('a', null);
    const { updates, text } = keystrokes(2);
    const results = await Promise.allSettled([store.appendUpdate('a', updates[0]), store.appendUpdate('nope', updates[1]), store.appendUpdate('a', updates[1])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(textOf(await store.loadUpdates('a'))).toBe(text);
  });
});
