// Restoring a version (issue 13): the content comes back as a new change every connected client sees live, nothing is
// lost (the state before is kept, the restore is itself a version), it is audited, and the content hash is the
// restored version's again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { toModel, writeModel } from '../../shared/ydoc/layout.js';
import { approvableMatrix } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestClient, type TestServer, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();

describe('restoring a version', () => {
  let t: TestServer;
  let drafter: string;
  let watcher: TestClient;
  let named: { id: string; contentHash: string };
  let restored: { status: number; body: any };
  let hashBeforeRestore: string;
  const list = async (docId: string) => (await t.api(`/api/docs/${docId}/versions`, { token: drafter })).body.versions as Array<Record<string, any>>;
  const titleOf = (c: TestClient) => toModel(c.doc, templates).model.meta.title;

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    const m: DocModel = approvableMatrix('tm-restore', TODAY);
    await storeDocument(t, drafter, m);
    named = (await t.api('/api/docs/tm-restore/versions', { method: 'POST', token: drafter, body: { name: 'As agreed with UNCT' } })).body;
    // Someone edits after the named version; another person keeps the document open.
    const editor = connectClient(t.url, 'tm-restore', drafter);
    watcher = connectClient(t.url, 'tm-restore', drafter);
    await editor.synced();
    await watcher.synced();
    writeModel(editor.doc, { ...m, meta: { ...m.meta, title: 'Rewritten later' } });
    await waitFor(() => titleOf(watcher) === 'Rewritten later', 'the edit to reach the other client');
    await waitFor(async () => (await t.api('/api/docs/tm-restore', { token: drafter })).body.title === 'Rewritten later', 'the edit to be stored');
    hashBeforeRestore = (await t.api('/api/docs/tm-restore', { token: drafter })).body.contentHash;
    editor.destroy();
    restored = await t.api(`/api/docs/tm-restore/versions/${named.id}/restore`, { method: 'POST', token: drafter });
  });
  afterAll(async () => {
    watcher.destroy();
    await t.stop();
  });

  it('answers the new "restored" version, naming what it restored', () => {
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({ kind: 'restored', restoredFrom: named.id, createdBy: 'drafter', name: 'Restored "As agreed with UNCT"' });
  });

  it('a connected client sees the restored content live', async () => {
    await waitFor(() => titleOf(watcher) === 'Threat matrix tm-restore', 'the restored title to reach the open client');
  });

  it('the content hash after the restore is the restored version’s', async () => {
    expect((await t.api('/api/docs/tm-restore', { token: drafter })).body.contentHash).toBe(named.contentHash);
    expect(restored.body.contentHash).toBe(named.contentHash);
  });

  it('the state before the restore is kept in the history', async () => {
    expect((await list('tm-restore')).some((v) => v.contentHash === hashBeforeRestore)).toBe(true);
  });

  it('the restore is the newest version of the history', async () => {
    expect((await list('tm-restore'))[0]).toMatchObject({ id: restored.body.id, kind: 'restored' });
  });

  it('the audit trail records who restored which version', async () => {
    const [entry] = await t.server.storage.queryAudit({ docId: 'tm-restore', kind: 'version-restored' });
    expect(entry).toMatchObject({ actor: 'drafter', detail: { versionId: restored.body.id, restoredFrom: named.id } });
  });

  it('a version that is not a POC document is not restored, with words (422)', async () => {
    await t.createDoc('empty-doc', 'drafter');
    const saved = await t.api('/api/docs/empty-doc/versions', { method: 'POST', token: drafter, body: { name: 'Empty' } });
    expect(saved.body.contentHash).toBeNull();
    const r = await t.api(`/api/docs/empty-doc/versions/${saved.body.id}/restore`, { method: 'POST', token: drafter });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/not a readable POC document/);
  });
});
