// Several servers on one store (issue 17): where each update lands, reading the rows after a sequence number, and
// compaction that merges what the database holds, whichever process wrote it.
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { tempDir } from '../support/test-server.js';
import { textOf } from '../support/typed-updates.js';

let tmp: ReturnType<typeof tempDir>;
let a: SqliteStorage;
let b: SqliteStorage;

beforeEach(async () => {
  tmp = tempDir();
  const file = join(tmp.dir, 'poc.sqlite');
  a = SqliteStorage.open({ file, compactAfter: 1000 });
  b = SqliteStorage.open({ file, compactAfter: 1000 });
  await a.createDocument('d', null);
  await a.createDocument('e', null);
});
afterEach(async () => {
  await a.close();
  await b.close();
  tmp.remove();
});

/** A writer of its own: each call types one character and returns that one update. */
function typist(): { type: (ch: string) => Uint8Array; text: () => string } {
  const d = new Y.Doc();
  let last: Uint8Array = new Uint8Array();
  d.on('update', (u: Uint8Array) => (last = u));
  return { type: (ch) => (d.getText('t').insert(d.getText('t').length, ch), last), text: () => d.getText('t').toString() };
}

describe('a store shared by several servers', () => {
  it('an appended update says its sequence number and the sequence number of the row before it in its document', async () => {
    const w = typist();
    const other = typist();
    const first = await a.appendUpdate('d', w.type('x'));
    await a.appendUpdate('e', other.type('y'));
    const second = await a.appendUpdate('d', w.type('z'));
    expect(first.prevSeq).toBe(0);
    expect(second.prevSeq).toBe(first.seq);
    expect(second.seq).toBeGreaterThan(first.seq + 1);
  });

  it("a server's append names the row another server appended just before it as its previous row", async () => {
    const w = typist();
    const fromA = await a.appendUpdate('d', w.type('x'));
    const fromB = await b.appendUpdate('d', w.type('y'));
    expect(fromB.prevSeq).toBe(fromA.seq);
  });

  it('loadUpdatesSince returns the rows after a sequence number, and says the last one', async () => {
    const w = typist();
    const first = await a.appendUpdate('d', w.type('a'));
    const rest = [await a.appendUpdate('d', w.type('b')), await b.appendUpdate('d', w.type('c'))];
    const since = await b.loadUpdatesSince('d', first.seq);
    expect(since.updates).toHaveLength(2);
    expect(since.lastSeq).toBe(rest[1].seq);
    expect(await a.loadUpdatesSince('d', since.lastSeq)).toEqual({ updates: [], lastSeq: since.lastSeq });
  });

  it('after a compaction, the rows after a sequence number include the state that replaced them', async () => {
    const w = typist();
    const first = await a.appendUpdate('d', w.type('a'));
    for (const ch of 'bcdef') await a.appendUpdate('d', w.type(ch));
    await b.compact('d');
    const since = await a.loadUpdatesSince('d', first.seq);
    expect(since.updates).toHaveLength(1);
    expect(textOf(since.updates)).toBe('abcdef');
  });

  it("compaction by one server merges the rows the other server appended, which it never held in memory", async () => {
    const w = typist();
    for (const ch of 'written by b') await b.appendUpdate('d', w.type(ch));
    await a.compact('d');
    const rows = await b.loadUpdates('d');
    expect(rows).toHaveLength(1);
    expect(textOf(rows)).toBe('written by b');
  });

  it('two servers compacting one document while both append lose no update', async () => {
    const w = typist();
    for (const ch of 'abcdefghij') await a.appendUpdate('d', w.type(ch));
    const writes: Promise<unknown>[] = [];
    for (const [i, ch] of [...'klmnopqrst'].entries()) writes.push((i % 2 ? a : b).appendUpdate('d', w.type(ch)));
    await Promise.all([a.compact('d'), b.compact('d'), ...writes]);
    await Promise.all([a.compact('d'), b.compact('d')]);
    expect(textOf(await a.loadUpdates('d'))).toBe(w.text());
  });
});
