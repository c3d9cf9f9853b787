// The HTTP API on the sync port: health, metrics, keys, document listings and membership.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TemplateSet } from '../../shared/template/set.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { MAX_DOC_ID_LENGTH } from '../../server/auth/names.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { filledModel } from '../support/build-model.js';
import { connectClient, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';

describe('HTTP API', () => {
  let t: TestServer;
  let owner: string;
  let other: string;

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date('2026-06-15T08:00:00Z') });
    owner = await t.addUser('olga', { name: 'Olga Owner' });
    other = await t.addUser('otto', { name: 'Otto Other', offices: ['srsg'] });
    await storeDocument(t, owner, filledModel(TemplateSet.builtin().get('threat-matrix'), '2026-06-15').meta({ id: 'tm-1', title: 'Threat Matrix, Sector East' }).build());
  });
  afterAll(() => t.stop());

  it('GET /healthz answers without a token', async () => {
    expect(await t.api('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('GET /metrics gives Prometheus text with connections, documents, updates, bytes and store latency', async () => {
    const { status, body } = await t.api('/metrics');
    expect(status).toBe(200);
    for (const name of ['poc_connections', 'poc_documents_loaded', 'poc_updates_received_total', 'poc_bytes_received_total', 'poc_bytes_sent_total', 'poc_store_latency_seconds_count']) {
      expect(body).toMatch(new RegExp(`^${name} \\d`, 'm'));
    }
    expect(Number(/^poc_updates_received_total (\d+)/m.exec(body)![1])).toBeGreaterThan(0);
    expect(body).toMatch(/^# TYPE poc_store_latency_seconds histogram$/m);
  });

  it('GET /api/keys publishes the Ed25519 public key without a token', async () => {
    const { body } = await t.api('/api/keys');
    expect(body.keys).toEqual([expect.objectContaining({ algorithm: 'Ed25519', keyId: expect.stringMatching(/^[0-9a-f]{16}$/), current: true })]);
    expect(Buffer.from(body.keys[0].publicKey, 'base64')).toHaveLength(32);
  });

  it('API calls without a valid token get 401 with a reason', async () => {
    const r = await t.api('/api/docs');
    expect(r.status).toBe(401);
    expect(r.body.error.message).toMatch(/no token/);
    expect((await t.api('/api/docs', { token: 'poc_wrong' })).status).toBe(401);
  });

  it('GET /api/me says who the caller is, which offices they hold and the mission time zone', async () => {
    expect((await t.api('/api/me', { token: other })).body).toEqual({ username: 'otto', name: 'Otto Other', offices: ['srsg'], holdings: [{ role: 'srsg' }], timeZone: 'UTC', canCreate: false, admin: false });
  });

  it('GET /api/docs lists only documents the caller can read, with type, title, status, validation and sign-off state', async () => {
    const mine = (await t.api('/api/docs', { token: owner })).body.documents;
    expect(mine).toEqual([
      expect.objectContaining({
        id: 'tm-1',
        type: 'threat-matrix',
        title: 'Threat Matrix, Sector East',
        status: 'draft',
        access: 'owner',
        validation: { errors: 0, warnings: expect.any(Number), infos: expect.any(Number) },
        signoffs: [expect.objectContaining({ role: 'head-of-office', state: 'missing' })],
      }),
    ]);
    expect((await t.api('/api/docs', { token: other })).body.documents).toEqual([]);
  });

  it('a document the caller cannot read is a 404, so its existence does not leak', async () => {
    const r = await t.api('/api/docs/tm-1', { token: other });
    expect(r.status).toBe(404);
    expect((await t.api('/api/docs/does-not-exist', { token: other })).status).toBe(404);
  });

  it('a document with an id of the longest allowed length (128 characters) is readable over HTTP', async () => {
    const id = `tm-${'x'.repeat(MAX_DOC_ID_LENGTH - 3)}`;
    expect(id).toHaveLength(128);
    await t.createDoc(id, 'olga');
    const c = connectClient(t.url, id, owner);
    await c.synced();
    // From here on, the route must find it.
    const first = await t.api(`/api/docs/${id}`, { token: owner });
    expect(first.status, first.body?.error?.message).toBe(200);
    writeModel(c.doc, filledModel(TemplateSet.builtin().get('threat-matrix'), '2026-06-15').meta({ id, title: 'Long id' }).build());
    await waitFor(async () => (await t.api(`/api/docs/${id}`, { token: owner })).body.title === 'Long id', 'the document to be stored');
    c.destroy();
  });

  it('GET /api/docs/:id includes the model on request, for independent hashing', async () => {
    const { body } = await t.api('/api/docs/tm-1?include=model', { token: owner });
    expect(body.model.meta.id).toBe('tm-1');
    expect(body.contentHash).toMatch(/^sha256:/);
    expect(body.members).toEqual([expect.objectContaining({ username: 'olga', access: 'owner', scope: 'this-document' })]);
  });

  it('only an owner can grant; a grant through the API lets the member connect, and removing it closes their connection', async () => {
    expect((await t.api('/api/docs/tm-1/members/otto', { method: 'PUT', token: other, body: { access: 'editor' } })).status).toBe(404);
    const put = await t.api('/api/docs/tm-1/members/otto', { method: 'PUT', token: owner, body: { access: 'editor' } });
    expect(put).toEqual({ status: 200, body: { username: 'otto', docId: 'tm-1', access: 'editor' } });
    const c = connectClient(t.url, 'tm-1', other);
    await c.synced();
    expect((await t.api('/api/docs/tm-1/members/olga', { method: 'PUT', token: other, body: { access: 'viewer' } })).status).toBe(403);
    const del = await t.api('/api/docs/tm-1/members/otto', { method: 'DELETE', token: owner });
    expect(del.status).toBe(204);
    await waitFor(() => c.closes.some((x) => x.code === CLOSE.FORBIDDEN), 'the removed member to be disconnected');
    c.destroy();
    const audit = await t.server.storage.queryAudit({ docId: 'tm-1' });
    expect(audit.map((e) => e.kind)).toEqual(expect.arrayContaining(['grant', 'revoke']));
  });

  it('the last owner of a document cannot be removed or downgraded', async () => {
    const r = await t.api('/api/docs/tm-1/members/olga', { method: 'DELETE', token: owner });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/only owner/);
    expect((await t.api('/api/docs/tm-1/members/olga', { method: 'PUT', token: owner, body: { access: 'viewer' } })).status).toBe(409);
  });

  it('bad requests get a clear 4xx: unknown path, wrong method, bad JSON, bad access level', async () => {
    expect((await t.api('/api/nothing', { token: owner })).status).toBe(404);
    expect((await t.api('/api/keys', { method: 'POST' })).status).toBe(405);
    const res = await fetch(`${t.httpUrl}/api/docs/tm-1/signoffs`, { method: 'POST', headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' }, body: '{oops' });
    expect(res.status).toBe(400);
    const bad = await t.api('/api/docs/tm-1/members/otto', { method: 'PUT', token: owner, body: { access: 'admin' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/viewer.*editor.*owner/);
    expect((await t.api('/api/docs/tm-1/signoffs', { method: 'POST', token: owner, body: { role: 'srsg', decision: 'maybe' } })).status).toBe(400);
  });
});

describe('health check', () => {
  it('GET /healthz answers 503 with a reason when the store does not answer', async () => {
    const t = await startTestServer();
    try {
      await t.server.storage.close();
      const { status, body } = await t.api('/healthz');
      expect(status).toBe(503);
      expect(body).toEqual({ status: 'unavailable', reason: expect.stringMatching(/^the store cannot write: .+/) });
    } finally {
      await t.stop();
    }
  });
});
