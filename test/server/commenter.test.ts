// The commenter level: a commenter's client may write the comment threads (the Y.Doc's `comments` root) and nothing
// else; a viewer writes nothing. Attacks are played with real clients against the real server on loopback.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromStored } from '../../server/docs/stored.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { addReply, addThread, COMMENTS, readThreads } from '../../shared/ydoc/comments.js';
import { connectClient, startTestServer, type TestServer, tempDir, waitFor } from '../support/test-server.js';

const draft = (text: string) => ({ author: 'co', authorName: 'Clara Commenter', at: '2026-06-15T09:00:00Z', text });

describe('commenters on the live document', () => {
  let t: TestServer;
  let editor: string;
  let commenter: string;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestServer();
    editor = await t.addUser('ed', { grants: { plan: 'editor', other: 'editor', sig: 'editor' } });
    commenter = await t.addUser('co', { name: 'Clara Commenter', grants: { plan: 'commenter', other: 'commenter', sig: 'commenter' } });
    viewer = await t.addUser('vi', { grants: { plan: 'viewer' } });
  });
  afterAll(() => t.stop());

  const stored = async (docId: string) => docFromStored(await t.server.storage.loadUpdates(docId), pino({ level: 'silent' }), docId);
  const rejected = async (docId: string) => (await t.server.storage.queryAudit({ kind: 'write-rejected', docId })).length;

  it('a commenter writing to the comments is accepted, stored and passed on to the others live', async () => {
    const e = connectClient(t.url, 'plan', editor);
    const c = connectClient(t.url, 'plan', commenter);
    await Promise.all([e.synced(), c.synced()]);
    const id = addThread(c.doc, { section: 'threats', block: 'T-3' }, draft('Is the likelihood right?'));
    await waitFor(() => readThreads(e.doc).length === 1, "the editor to receive the commenter's thread");
    addReply(e.doc, id, { ...draft('Yes, raised after the attack'), author: 'ed', authorName: 'Ed' });
    await waitFor(() => readThreads(c.doc)[0]?.messages.length === 2, "the commenter to receive the editor's reply");
    await waitFor(async () => readThreads(await stored('plan'))[0]?.messages.length === 2, 'the thread to be stored');
    expect(c.closes).toEqual([]);
    for (const x of [e, c]) x.destroy();
  });

  it('a commenter writing to the content (body) is refused: nothing stored, nothing passed on, and it stays connected', async () => {
    const e = connectClient(t.url, 'other', editor);
    const c = connectClient(t.url, 'other', commenter);
    await Promise.all([e.synced(), c.synced()]);
    const before = await rejected('other');
    c.doc.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')]);
    await waitFor(async () => (await rejected('other')) > before, "the commenter's edit to be refused and audited");
    const [entry] = await t.server.storage.queryAudit({ kind: 'write-rejected', docId: 'other' });
    expect(entry).toMatchObject({ actor: 'co', detail: { reason: 'read-only', access: 'commenter' } });
    // The editor's later comment arrives at the commenter, so the refused edit would have arrived by now too.
    addThread(e.doc, { section: 'threats' }, draft('later'));
    await waitFor(() => readThreads(c.doc).length === 1, 'the later comment to arrive');
    expect(e.doc.getXmlFragment('body').length).toBe(0);
    expect((await stored('other')).getXmlFragment('body').length).toBe(0);
    expect(c.closes).toEqual([]);
    for (const x of [e, c]) x.destroy();
  });

  it('a viewer writing to the comments is refused and nothing is stored', async () => {
    const v = connectClient(t.url, 'plan', viewer);
    await v.synced();
    const threads = (await stored('plan')).getMap(COMMENTS).size;
    const before = await rejected('plan');
    addThread(v.doc, { section: 'threats' }, { ...draft('viewer speaking'), author: 'vi' });
    await waitFor(async () => (await rejected('plan')) > before, "the viewer's comment to be refused");
    expect((await stored('plan')).getMap(COMMENTS).size).toBe(threads);
    v.destroy();
  });

  it('a commenter cannot write the sign-offs', async () => {
    const c = connectClient(t.url, 'sig', commenter);
    await c.synced();
    c.doc.getMap('signoffs').set('forged', { id: 'forged', decision: 'approved' });
    await waitFor(() => c.closes.length > 0 || c.provider.wsconnected === false, 'the forged sign-off to be refused');
    expect((await stored('sig')).getMap('signoffs').size).toBe(0);
    c.destroy();
  });

  it('an owner grants commenter access through the members API, and a commenter lists the names of the people with access', async () => {
    const owner = await t.addUser('own', { name: 'Olga Owner', grants: { shared: 'owner' } });
    await t.addUser('pa', { name: 'Paul Partner' });
    const r = await t.api('/api/docs/shared/members/pa', { method: 'PUT', token: owner, body: { access: 'commenter' } });
    expect(r).toMatchObject({ status: 200, body: { access: 'commenter' } });
    const partner = await t.addUser('pa2', { name: 'Pia Partner', grants: { shared: 'commenter' } });
    const people = await t.api('/api/docs/shared/people', { token: partner });
    expect(people).toMatchObject({ status: 200 });
    expect(people.body.people).toEqual([
      { username: 'own', name: 'Olga Owner' },
      { username: 'pa', name: 'Paul Partner' },
      { username: 'pa2', name: 'Pia Partner' },
    ]);
  });

  it('someone without access cannot list the people of a document', async () => {
    const outsider = await t.addUser('out');
    expect((await t.api('/api/docs/shared/people', { token: outsider })).status).toBe(404);
  });
});

describe('a store written before the commenter level', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('migrates with its grants, accepts commenter grants, and keeps the append-only triggers', async () => {
    const file = join(tmp.dir, 'poc.sqlite');
    const db = new Database(file);
    db.exec(readFileSync(new URL('../support/store-v1.sql', import.meta.url), 'utf8'));
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO users VALUES ('amina', 'Amina', '[]', 'x'), ('ed', 'Ed', '[]', 'x')").run();
    db.prepare("INSERT INTO documents VALUES ('tm-1', 'x', NULL)").run();
    db.prepare("INSERT INTO grants VALUES ('amina', 'tm-1', 'owner', NULL, '2026-01-01'), ('ed', '*', 'viewer', 'amina', '2026-01-02')").run();
    expect(() => db.prepare("INSERT INTO grants VALUES ('ed', 'tm-1', 'commenter', NULL, 'x')").run()).toThrow(/CHECK/);
    db.close();

    const store = SqliteStorage.open({ file });
    try {
      expect((await store.grantsFor('tm-1')).map((g) => [g.username, g.docId, g.access, g.grantedBy]).sort()).toEqual([
        ['amina', 'tm-1', 'owner', null],
        ['ed', '*', 'viewer', 'amina'],
      ]);
      await store.setGrant({ username: 'ed', docId: 'tm-1', access: 'commenter', grantedBy: 'amina' });
      expect((await store.grantsFor('tm-1')).find((g) => g.docId === 'tm-1' && g.username === 'ed')?.access).toBe('commenter');
    } finally {
      await store.close();
    }
    const after = new Database(file);
    const triggers = after.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all().map((r) => r.name);
    expect(triggers).toEqual(expect.arrayContaining(['audit_append_only_delete', 'audit_append_only_update', 'signoffs_append_only_delete', 'signoffs_append_only_update']));
    expect(() => after.prepare("INSERT INTO grants VALUES ('ed', 'x', 'boss', NULL, 'x')").run()).toThrow(/CHECK/);
    after.close();
  });
});
