// The store, on every backend (SQLite and PostgreSQL): durable appends, compaction that keeps the state, append-only
// history, hashed tokens, ids unique without case; then what only the SQLite file does (online backup, its upgrades).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { CASE_INSENSITIVE_IDS_VERSION } from '../../server/storage/sqlite-schema.js';
import { type Storage, UnrecordedError } from '../../server/storage/storage.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import { BACKENDS, storeBackends } from '../support/store-backends.js';
import { tempDir, waitFor } from '../support/test-server.js';
import { textOf } from '../support/typed-updates.js';

const backends = storeBackends();

/** Types `n` characters one update at a time into the store; returns the final text. */
async function type(store: Storage, docId: string, n: number): Promise<string> {
  const d = new Y.Doc();
  d.on('update', (u: Uint8Array) => void store.appendUpdate(docId, u));
  for (let i = 0; i < n; i++) d.getText('t').insert(i, String(i % 10));
  return d.getText('t').toString();
}

describe.each(BACKENDS)('the $name store', ({ name }) => {
  const backend = backends.use(name);
  let store: Storage;
  beforeEach(async () => {
    store = await backend.open({ compactAfter: 10 });
  });

  it('stored updates load back in order and rebuild the document', async () => {
    await store.createDocument('d', null);
    const expected = await type(store, 'd', 5);
    expect(textOf(await store.loadUpdates('d'))).toBe(expected);
  });

  it('an update for a document the store does not hold is refused', async () => {
    await expect(store.appendUpdate('nope', new Uint8Array([0, 0]))).rejects.toThrow(/does not hold that document/);
  });

  it('compacts a document in the background once updates pile up, keeping its state', async () => {
    await store.createDocument('d', null);
    const expected = await type(store, 'd', 50);
    await waitFor(async () => (await store.loadUpdates('d')).length <= 10, 'compaction');
    expect(textOf(await store.loadUpdates('d'))).toBe(expected);
  });

  it('compaction on demand leaves one state update with the same content', async () => {
    await store.createDocument('d', null);
    const expected = await type(store, 'd', 8);
    await store.compact('d');
    const rows = await store.loadUpdates('d');
    expect(rows).toHaveLength(1);
    expect(textOf(rows)).toBe(expected);
  });

  it('creating a document makes its creator the owner, once', async () => {
    await store.addUser({ username: 'alice', name: 'Alice', offices: [] });
    expect(await store.createDocument('d', 'alice')).toBe(true);
    expect(await store.createDocument('d', 'bob')).toBe(false);
    expect(await store.grantsFor('d')).toEqual([expect.objectContaining({ username: 'alice', docId: 'd', access: 'owner' })]);
  });

  it('grants replace earlier grants for the same pair, and "*" grants apply to every document', async () => {
    await store.addUser({ username: 'bob', name: 'Bob', offices: [] });
    await store.setGrant({ username: 'bob', docId: 'd', access: 'viewer', grantedBy: null });
    await store.setGrant({ username: 'bob', docId: 'd', access: 'editor', grantedBy: null });
    await store.setGrant({ username: 'bob', docId: '*', access: 'viewer', grantedBy: null });
    expect((await store.grantsFor('d')).map((g) => `${g.docId}:${g.access}`)).toEqual(['*:viewer', 'd:editor']);
    expect((await store.grantsFor('other')).map((g) => `${g.docId}:${g.access}`)).toEqual(['*:viewer']);
    expect(await store.removeGrant('bob', 'd')).toBe(true);
    expect(await store.removeGrant('bob', 'd')).toBe(false);
  });

  it('offices stored as plain roles, before holdings existed, read as mission-wide holdings; setOffices replaces them', async () => {
    await store.addUser({ username: 'olga', name: 'Olga', offices: [] });
    await store.close();
    await backend.sql(`UPDATE users SET offices = '${JSON.stringify(['srsg', 'head-of-office'])}' WHERE username = 'olga'`);
    store = await backend.open({ compactAfter: 10 });
    expect((await store.getUser('olga'))?.offices).toEqual([{ role: 'srsg' }, { role: 'head-of-office' }]);
    await store.setOffices('olga', [{ role: 'head-of-office', area: 'Sector North' }]);
    expect((await store.getUser('olga'))?.offices).toEqual([{ role: 'head-of-office', area: 'Sector North' }]);
    await expect(store.setOffices('nobody', [])).rejects.toThrow(/no user named "nobody"/);
  });

  it('adding a user twice fails with a message naming the user', async () => {
    await store.addUser({ username: 'carol', name: 'Carol', offices: [] });
    await expect(store.addUser({ username: 'carol', name: 'Carol', offices: [] })).rejects.toThrow(/"carol" already exists/);
  });

  it('tokens are stored only as SHA-256 hashes, and revoking marks them all', async () => {
    await store.addUser({ username: 'dan', name: 'Dan', offices: [{ role: 'srsg' }] });
    const token = newToken();
    await store.addToken('dan', hashToken(token));
    await store.addToken('dan', hashToken(newToken()));
    expect(JSON.stringify(await backend.query('SELECT * FROM tokens'))).not.toContain(token.slice(4));
    expect(await store.findToken(hashToken(token))).toMatchObject({ username: 'dan', revokedAt: null });
    expect(await store.revokeTokens('dan')).toBe(2);
    expect((await store.findToken(hashToken(token)))?.revokedAt).toEqual(expect.any(String));
  });

  it('the audit trail and the sign-offs cannot be changed or deleted, even with SQL', async () => {
    await store.appendAudit({ kind: 'connect', actor: 'alice', docId: 'd', detail: {} });
    await backend.sql(`INSERT INTO signoffs (id, doc_id, signed_at, record, snapshot) VALUES ('s', 'd', 'now', '{}', ${backend.byteLiteral})`);
    await expect(backend.sql("UPDATE audit SET actor = 'mallory'")).rejects.toThrow(/append-only/);
    await expect(backend.sql('DELETE FROM audit')).rejects.toThrow(/append-only/);
    await expect(backend.sql('UPDATE signoffs SET record = \'{"x":1}\'')).rejects.toThrow(/append-only/);
    await expect(backend.sql('DELETE FROM signoffs')).rejects.toThrow(/append-only/);
    expect(await store.queryAudit({})).toMatchObject([{ actor: 'alice' }]);
  });

  it('audit queries filter by document and time and return the newest entries in order', async () => {
    await store.appendAudit({ kind: 'connect', actor: 'a', docId: 'x', detail: {}, at: '2026-01-01T00:00:00.000Z' });
    await store.appendAudit({ kind: 'connect', actor: 'b', docId: 'y', detail: {}, at: '2026-02-01T00:00:00.000Z' });
    await store.appendAudit({ kind: 'disconnect', actor: 'a', docId: 'x', detail: { code: 1000 }, at: '2026-03-01T00:00:00.000Z' });
    expect((await store.queryAudit({ docId: 'x' })).map((e) => e.kind)).toEqual(['connect', 'disconnect']);
    expect((await store.queryAudit({ since: '2026-01-15' })).map((e) => e.actor)).toEqual(['b', 'a']);
    expect((await store.queryAudit({ limit: 1 }))[0].detail).toEqual({ code: 1000 });
  });

  // create (issue 10): ids that differ only by case
  it('refuses to create a document whose id differs only by case from a live or deleted one', async () => {
    expect(await store.createDocument('TM-North', null)).toBe(true);
    expect(await store.createDocument('tm-north', null)).toBe(false);
    expect(await store.findDocumentId('tm-NORTH')).toEqual({ id: 'TM-North', deleted: false });
    expect(await store.deleteDocument('TM-North')).toBe(true);
    expect(await store.createDocument('tm-north', null)).toBe(false);
    expect(await store.findDocumentId('tm-north')).toEqual({ id: 'TM-North', deleted: true });
  });

  it('a deleted document keeps its sign-offs, loses its content, grants and versions, and takes no update again', async () => {
    await store.addUser({ username: 'alice', name: 'Alice', offices: [] });
    await store.createDocument('d', 'alice');
    await type(store, 'd', 3);
    await backend.sql(`INSERT INTO signoffs (id, doc_id, signed_at, record, snapshot) VALUES ('s', 'd', 'now', '{}', ${backend.byteLiteral})`);
    await store.appendVersion({ id: 'v_1', docId: 'd', kind: 'named', name: 'one', createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'alice', contentHash: null, restoredFrom: null, snapshot: new Uint8Array([0, 0]) });
    expect(await store.deleteDocument('d', { kind: 'document-deleted', actor: 'alice', docId: 'd', detail: {} })).toBe(true);
    await store.appendUpdate('d', new Uint8Array([0, 0]));
    expect([await store.getDocument('d'), await store.loadUpdates('d'), await store.grantsFor('d'), await store.listVersions('d')]).toEqual([undefined, [], [], []]);
    expect((await store.queryAudit({ docId: 'd' })).at(-1)?.detail).toEqual({ signoffsKept: 1, versionsDropped: 1 });
  });

  it("a document's last sequence number grows with its updates and its last change is what was recorded", async () => {
    await store.createDocument('d', null);
    await type(store, 'd', 3);
    const first = (await store.getDocument('d'))!.lastSeq;
    await type(store, 'd', 1);
    await store.recordChange('d', { at: '2026-01-01T00:00:00.000Z', by: 'amina', byName: 'Amina' });
    expect((await store.getDocument('d'))!.lastSeq).toBeGreaterThan(first);
    expect((await store.listDocuments())[0].lastChange).toEqual({ at: '2026-01-01T00:00:00.000Z', by: 'amina', byName: 'Amina' });
  });

  it('an action whose audit entry cannot be written is not done: no document, grant, sign-off, version, session or deletion', async () => {
    await store.addUser({ username: 'alice', name: 'Alice', offices: [] });
    await store.createDocument('kept', 'alice');
    await backend.breakAuditTrail();
    const audit = { kind: 'grant' as const, actor: 'admin', docId: null, detail: {} };
    // Only the columns the store writes are read before the refusal: the record is never parsed back.
    const record = { id: 'so_1', payload: { docId: 'kept', signedAt: '2026-01-01T00:00:00.000Z' } } as unknown as SignoffRecord;
    const version = { id: 'v_1', docId: 'kept', kind: 'named' as const, name: 'one', createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'alice', contentHash: null, restoredFrom: null, snapshot: new Uint8Array([0, 0]) };
    const session = { username: 'alice', tokenHash: 't', createdAt: 'x', lastUsedAt: 'x', idleExpiresAt: 'x', expiresAt: 'x' };
    const refusals = await Promise.allSettled([
      store.createDocument('new', 'alice', undefined, audit),
      store.setGrant({ username: 'alice', docId: 'kept', access: 'viewer', grantedBy: 'admin' }, audit),
      store.appendSignoff({ record, snapshot: new Uint8Array([0]) }, audit),
      store.appendVersion(version, audit),
      store.addWebSession('s', session, audit),
      store.deleteDocument('kept', audit),
    ]);
    expect(refusals.map((r) => r.status === 'rejected' && r.reason instanceof UnrecordedError)).toEqual([true, true, true, true, true, true]);
    expect(await store.findDocumentId('new')).toBeUndefined();
    expect((await store.grantsFor('kept')).map((g) => g.access)).toEqual(['owner']);
    expect([await store.listSignoffs('kept'), await store.listVersions('kept'), await store.findWebSession('s')]).toEqual([[], [], undefined]);
    expect(await store.getDocument('kept')).toMatchObject({ id: 'kept' });
  });

  it('settings keep the last value written', async () => {
    await store.setSetting('demo-imported', '1');
    await store.setSetting('demo-imported', '2');
    expect([await store.getSetting('demo-imported'), await store.getSetting('missing')]).toEqual(['2', undefined]);
  });

  it('a setting stored once keeps the first value, whoever asks later with another', async () => {
    const [first, second] = await Promise.all([store.settingOnce('fanout-key', 'one'), store.settingOnce('fanout-key', 'two')]);
    expect([first, second, await store.settingOnce('fanout-key', 'three')]).toEqual([first, first, first]);
  });

  it('a write probe succeeds on a writable store and fails once it is closed', async () => {
    await store.probeWrite();
    await store.close();
    await expect(store.probeWrite()).rejects.toThrow(/closed/);
  });
});

describe('SqliteStorage', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: SqliteStorage;
  const file = () => join(tmp.dir, 'poc.sqlite');
  beforeEach(() => {
    tmp = tempDir();
    store = SqliteStorage.open({ file: file(), compactAfter: 10 });
  });
  afterEach(async () => {
    await store.close();
    tmp.remove();
  });

  it('a new store says it was created; reopening it does not', async () => {
    expect(store.created).toBe(true);
    await store.close();
    store = SqliteStorage.open({ file: file() });
    expect(store.created).toBe(false);
  });

  it('the file and its write-ahead log never hold a token in clear', async () => {
    await store.addUser({ username: 'dan', name: 'Dan', offices: [{ role: 'srsg' }] });
    const token = newToken();
    await store.addToken('dan', hashToken(token));
    await store.addToken('dan', hashToken(newToken()));
    await store.close();
    const bytes = readFileSync(file()).toString('latin1') + readFileSync(`${file()}-wal`, { flag: 'a+' }).toString('latin1');
    expect(bytes).not.toContain(token.slice(4));
    store = SqliteStorage.open({ file: file() });
  });

  it('an online backup is a complete, consistent store', async () => {
    await store.createDocument('d', null);
    const expected = await type(store, 'd', 3);
    await store.addUser({ username: 'erin', name: 'Erin', offices: [] });
    const copy = join(tmp.dir, 'backup', 'poc.sqlite');
    await store.backup(copy);
    const restored = SqliteStorage.open({ file: copy });
    try {
      expect(textOf(await restored.loadUpdates('d'))).toBe(expected);
      expect(await restored.getUser('erin')).toMatchObject({ name: 'Erin' });
    } finally {
      await restored.close();
    }
  });

  it('refuses a store written by a newer version, saying what to do', async () => {
    await store.close();
    const db = new Database(file());
    // Put back the version the store really has (every migration already applied) once the refusal is seen.
    const current = db.pragma('user_version', { simple: true }) as number;
    db.pragma('user_version = 99');
    db.close();
    expect(() => SqliteStorage.open({ file: file() })).toThrow(/newer version of the server/);
    const fixed = new Database(file());
    fixed.pragma(`user_version = ${current}`);
    fixed.close();
    store = SqliteStorage.open({ file: file() });
  });

  // create (issue 10): ids that differ only by case
  it('an old store holding ids that differ only by case is not upgraded, and the message names them', async () => {
    await store.close();
    const db = new Database(file());
    // Back to the schema before ids were compared without case (and so before the version history, the web sessions, the last-change columns and people and access), with two look-alike documents in it.
    db.exec(`DROP TABLE team_grants; DROP TABLE team_members; DROP TABLE teams; DROP TABLE identities; DROP TABLE invites; DROP INDEX users_email_nocase;
      ALTER TABLE users DROP COLUMN email; ALTER TABLE users DROP COLUMN disabled_at; ALTER TABLE users DROP COLUMN last_seen_at;
      ALTER TABLE tokens DROP COLUMN kind; ALTER TABLE tokens DROP COLUMN label; ALTER TABLE tokens DROP COLUMN last_used_at;
      DROP TABLE web_sessions; DROP TRIGGER versions_not_into_deleted; DROP TABLE versions; DROP TABLE version_views; DROP TRIGGER updates_not_into_deleted; DROP INDEX documents_id_nocase; DROP INDEX documents_by_creator;
      ALTER TABLE users DROP COLUMN can_create; ALTER TABLE documents DROP COLUMN archived_at; ALTER TABLE documents DROP COLUMN deleted_at;
      ALTER TABLE documents DROP COLUMN changed_at; ALTER TABLE documents DROP COLUMN changed_by; ALTER TABLE documents DROP COLUMN changed_by_name;`);
    db.pragma(`user_version = ${CASE_INSENSITIVE_IDS_VERSION - 1}`);
    db.prepare("INSERT INTO documents (id, created_at) VALUES ('TM-1', 'x'), ('tm-1', 'x')").run();
    db.close();
    expect(() => SqliteStorage.open({ file: file() })).toThrow(/differ only by case \(TM-1 \/ tm-1|tm-1 \/ TM-1\)/);
    const fix = new Database(file());
    fix.prepare("DELETE FROM documents WHERE id = 'tm-1'").run();
    fix.close();
    store = SqliteStorage.open({ file: file() });
    expect((await store.listDocuments()).map((d) => d.id)).toEqual(['TM-1']);
  });
});
