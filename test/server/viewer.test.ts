// Read-only access: a viewer receives the document and presence, but its edits reach neither storage nor other clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { docFromStored } from '../../server/docs/stored.js';
import { connectClient, startTestServer, type TestServer, text, waitFor } from '../support/test-server.js';

describe('viewers', () => {
  let t: TestServer;
  let editor: string;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestServer();
    editor = await t.addUser('ed', { grants: { plan: 'editor' } });
    viewer = await t.addUser('vi', { grants: { plan: 'viewer' } });
  });
  afterAll(() => t.stop());

  const stored = async (docId: string) => text(docFromStored(await t.server.storage.loadUpdates(docId), pino({ level: 'silent' }), docId));

  it('a viewer receives the document and presence, but its edits reach neither storage nor other clients', async () => {
    const e = connectClient(t.url, 'plan', editor);
    await e.synced();
    e.doc.getText('text').insert(0, 'agreed text');
    e.provider.awareness.setLocalStateField('user', { name: 'Ed' });
    const v = connectClient(t.url, 'plan', viewer);
    await v.synced();
    await waitFor(() => text(v.doc) === 'agreed text', 'the viewer to receive the document');
    await waitFor(() => v.provider.awareness.getStates().has(e.doc.clientID), 'the viewer to see the editor present');

    v.doc.getText('text').insert(0, 'VIEWER WAS HERE ');
    await waitFor(async () => (await t.server.storage.queryAudit({ kind: 'write-rejected', docId: 'plan' })).length > 0, 'the refused write to be audited');
    // The editor keeps working; its later edit arrives everywhere, the viewer's never does.
    e.doc.getText('text').insert(text(e.doc).length, ' and more');
    await waitFor(() => text(v.doc).endsWith(' and more'), 'the viewer to receive the later edit');
    expect(text(e.doc)).toBe('agreed text and more');
    expect(await stored('plan')).toBe('agreed text and more');

    // A fresh client sees no trace of the viewer's edit either.
    const late = connectClient(t.url, 'plan', editor);
    await late.synced();
    expect(text(late.doc)).toBe('agreed text and more');
    const [entry] = await t.server.storage.queryAudit({ kind: 'write-rejected', docId: 'plan' });
    expect(entry).toMatchObject({ actor: 'vi', detail: { reason: 'read-only' } });
    for (const c of [e, v, late]) c.destroy();
  });

  it('a viewer stays connected after a refused edit', async () => {
    const v = connectClient(t.url, 'plan', viewer);
    await v.synced();
    const before = t.server.sync.stats().rejectedWrites;
    v.doc.getText('text').insert(0, 'x');
    await waitFor(() => t.server.sync.stats().rejectedWrites > before, 'the edit to be refused');
    expect(v.closes).toEqual([]);
    expect(v.provider.wsconnected).toBe(true);
    v.destroy();
  });

  it('an owner downgrading an editor to viewer through the API takes effect on the live connection', async () => {
    const owner = await t.addUser('own', { grants: { shared: 'owner' } });
    const e2 = await t.addUser('e2', { grants: { shared: 'editor' } });
    const c = connectClient(t.url, 'shared', e2);
    await c.synced();
    c.doc.getText('text').insert(0, 'before');
    await waitFor(async () => (await stored('shared')) === 'before', 'the editor\'s edit to be stored');
    const r = await t.api('/api/docs/shared/members/e2', { method: 'PUT', token: owner, body: { access: 'viewer' } });
    expect(r.status).toBe(200);
    await waitFor(() => t.server.sync.listConnections().some((x) => x.user.username === 'e2' && x.access === 'viewer'), 'the access change to apply');
    c.doc.getText('text').insert(0, 'after ');
    await waitFor(async () => (await t.server.storage.queryAudit({ kind: 'write-rejected', docId: 'shared' })).length > 0, 'the write to be refused');
    expect(await stored('shared')).toBe('before');
    c.destroy();
  });
});
