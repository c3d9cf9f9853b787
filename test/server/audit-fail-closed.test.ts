// Fail-closed audit, written as finding 6 of issue 10: "audit entries were lost while connections went on". Here the
// audit trail refuses every write (a trigger raises, as a full disk or a broken store would), and each action it would
// record must not happen: a connection is refused before any content, a sign-off and a grant change are not stored, and
// no document is created, archived, handed to another owner or deleted; on the command line, no grant, user, token,
// office or create right is given or taken.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel, withoutBlockLinks } from '../support/build-model.js';
import { postSignoff } from '../support/sign-off.js';
import { docCreate, grant, revoke, userAdd, userCanCreate, userOffice, userToken } from '../../cli/commands/index.js';
import { connectClient, startTestServer, storeDocument, text, waitFor, type TestServer } from '../support/test-server.js';

/** Makes every insert into the audit table fail from now on, through a connection of its own to the store's file. */
function breakAuditTrail(t: TestServer): void {
  const db = new Database(join(t.dataDir, 'poc.sqlite'));
  db.exec("CREATE TRIGGER audit_refuses BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END;");
  db.close();
}

let t: TestServer;
let owner: string;
beforeEach(async () => {
  t = await startTestServer({ now: () => new Date('2026-06-15T10:00:00Z') });
  owner = await t.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'owner' } });
  await t.server.storage.createDocument('tm-b', 'hoo');
  await t.createDoc('notes', 'hoo');
});
afterEach(() => t.stop());

describe('when the audit trail cannot be written', () => {
  it('a connection is refused with 4500 before any document content is sent', async () => {
    const writer = connectClient(t.url, 'notes', owner);
    await writer.synced();
    writer.doc.getText('text').insert(0, 'confidential');
    await waitFor(async () => (await t.server.storage.loadUpdates('notes')).length > 0, 'the edit to be stored');
    writer.destroy();

    breakAuditTrail(t);
    const reader = connectClient(t.url, 'notes', owner);
    try {
      await waitFor(() => reader.closes.length > 0, 'the connection to be closed');
      expect(reader.closes[0]).toEqual({ code: 4500, reason: expect.stringMatching(/could not record this connection/) });
      expect(text(reader.doc)).toBe('');
    } finally {
      reader.destroy();
    }
  });

  it('a sign-off is not stored: 503 "unrecorded" and no record', async () => {
    const tm = filledModel(TemplateSet.builtin().get('threat-matrix'), '2026-06-15').meta({ id: 'tm-a' });
    withoutBlockLinks(tm);
    await storeDocument(t, owner, tm.build());

    breakAuditTrail(t);
    const res = await postSignoff(t, 'tm-a', owner, { role: 'head-of-office', decision: 'approved' });
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'unrecorded', message: expect.stringMatching(/could not record .* nothing was changed/) } } });
    expect(await t.server.storage.listSignoffs('tm-a')).toEqual([]);
  });

  it('a grant is not made: 503 and the member keeps no access', async () => {
    await t.addUser('kim');
    breakAuditTrail(t);
    const res = await t.api('/api/docs/tm-b/members/kim', { method: 'PUT', token: owner, body: { access: 'editor' } });
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'unrecorded' } } });
    expect(await t.server.storage.grantsOf('kim')).toEqual([]);
  });

  it('a removal is not made: 503 and the member keeps their access', async () => {
    await t.addUser('kim', { grants: { 'tm-b': 'editor' } });
    breakAuditTrail(t);
    const res = await t.api('/api/docs/tm-b/members/kim', { method: 'DELETE', token: owner });
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'unrecorded' } } });
    expect((await t.server.storage.grantsOf('kim')).map((g) => [g.docId, g.access])).toEqual([['tm-b', 'editor']]);
  });

  it('a document is not created through the API: 503 and no document, no grant', async () => {
    breakAuditTrail(t);
    const res = await t.api('/api/docs', { method: 'POST', token: owner, body: { type: 'threat-matrix', title: 'Sector East', id: 'tm-east' } });
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'unrecorded' } } });
    expect(await t.server.storage.findDocumentId('tm-east')).toBeUndefined();
    expect((await t.server.storage.grantsOf('hoo')).map((g) => g.docId)).not.toContain('tm-east');
  });

  it('a person without the right to create is still refused (403), not answered as if the server had failed', async () => {
    const kim = await t.addUser('kim');
    breakAuditTrail(t);
    const res = await t.api('/api/docs', { method: 'POST', token: kim, body: { type: 'threat-matrix', title: 'Sector East' } });
    expect(res).toMatchObject({ status: 403, body: { error: { code: 'create-not-allowed' } } });
    expect(await t.server.storage.listDocuments()).toHaveLength(2);
  });

  it('a document is not created by "poc doc create": the command fails and the store holds no document', async () => {
    breakAuditTrail(t);
    await expect(docCreate({ data: t.dataDir, type: 'threat-matrix', title: 'Sector East', owner: 'hoo', id: 'tm-east', out: () => {} })).rejects.toThrow(/could not record .* nothing was changed/);
    expect(await t.server.storage.findDocumentId('tm-east')).toBeUndefined();
  });

  it('a document is not archived: 503 and it stays writable', async () => {
    breakAuditTrail(t);
    const res = await t.api('/api/docs/tm-b/archived', { method: 'PUT', token: owner, body: { archived: true } });
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'unrecorded' } } });
    expect((await t.server.storage.getDocument('tm-b'))?.archivedAt).toBeNull();
  });

  it('ownership is not transferred: 503 and the grants are as before', async () => {
    await t.addUser('kim');
    breakAuditTrail(t);
    const res = await t.api('/api/docs/tm-b/owner', { method: 'PUT', token: owner, body: { username: 'kim' } });
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'unrecorded' } } });
    expect(await t.server.storage.grantsOf('kim')).toEqual([]);
    expect((await t.server.storage.grantsFor('tm-b')).map((g) => [g.username, g.docId, g.access])).toContainEqual(['hoo', 'tm-b', 'owner']);
  });

  it('a document is not deleted: 503 and its content and grants stay', async () => {
    const writer = connectClient(t.url, 'notes', owner);
    await writer.synced();
    writer.doc.getText('text').insert(0, 'kept');
    await waitFor(async () => (await t.server.storage.loadUpdates('notes')).length > 0, 'the edit to be stored');
    writer.destroy();

    breakAuditTrail(t);
    const res = await t.api('/api/docs/notes', { method: 'DELETE', token: owner });
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'unrecorded' } } });
    expect(await t.server.storage.getDocument('notes')).toBeDefined();
    expect((await t.server.storage.loadUpdates('notes')).length).toBeGreaterThan(0);
    expect((await t.server.storage.grantsFor('notes')).map((g) => [g.username, g.docId])).toContainEqual(['hoo', 'notes']);
  });

  describe('on the command line', () => {
    const quiet = { out: () => {} };
    const unrecorded = /could not record .* nothing was changed/;

    it('"poc grant" fails and grants nothing', async () => {
      await t.addUser('kim');
      breakAuditTrail(t);
      await expect(grant({ data: t.dataDir, username: 'kim', docId: 'tm-b', access: 'editor', ...quiet })).rejects.toThrow(unrecorded);
      expect(await t.server.storage.grantsOf('kim')).toEqual([]);
    });

    it('"poc revoke" fails and the member keeps their access', async () => {
      await t.addUser('kim', { grants: { 'tm-b': 'editor' } });
      breakAuditTrail(t);
      await expect(revoke({ data: t.dataDir, username: 'kim', docId: 'tm-b', ...quiet })).rejects.toThrow(unrecorded);
      expect((await t.server.storage.grantsOf('kim')).map((g) => [g.docId, g.access])).toEqual([['tm-b', 'editor']]);
    });

    it('"poc user add --admin" fails and adds no user, grant or token', async () => {
      breakAuditTrail(t);
      await expect(userAdd({ data: t.dataDir, username: 'mallory', name: 'Mallory', admin: true, ...quiet })).rejects.toThrow(unrecorded);
      expect(await t.server.storage.getUser('mallory')).toBeUndefined();
      expect(await t.server.storage.grantsOf('mallory')).toEqual([]);
      expect(await t.server.storage.listTokens('mallory')).toEqual([]);
    });

    it('"poc user token" fails and issues no token', async () => {
      await t.addUser('kim');
      const before = (await t.server.storage.listTokens('kim')).length;
      breakAuditTrail(t);
      await expect(userToken({ data: t.dataDir, username: 'kim', ...quiet })).rejects.toThrow(unrecorded);
      expect(await t.server.storage.listTokens('kim')).toHaveLength(before);
    });

    it('"poc user office" fails and the person holds no new office', async () => {
      await t.addUser('kim');
      breakAuditTrail(t);
      await expect(userOffice({ data: t.dataDir, username: 'kim', add: ['head-of-office'], ...quiet })).rejects.toThrow(unrecorded);
      expect((await t.server.storage.getUser('kim'))?.offices).toEqual([]);
    });

    it('"poc user can-create" fails and gives no right to create', async () => {
      await t.addUser('kim');
      breakAuditTrail(t);
      await expect(userCanCreate({ data: t.dataDir, username: 'kim', answer: 'yes', ...quiet })).rejects.toThrow(unrecorded);
      expect((await t.server.storage.getUser('kim'))?.canCreate).toBe(false);
    });
  });
});
