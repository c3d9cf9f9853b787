// Creating a document is a right, not a side effect of connecting; ids leak nothing; administrators archive, transfer
// and delete. Each attack of issue 10 (finding 2) is written as the attack, against the real server on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_DOCUMENT_REASON } from '../../server/auth/authenticator.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { isValidDocId } from '../../shared/model/ids.js';
import { connectClient, rawClient, startTestServer, type TestServer, text, waitFor } from '../support/test-server.js';

describe('creating documents is a right', () => {
  let t: TestServer;
  let admin: string;
  let amina: string;
  let mallory: string;

  beforeAll(async () => {
    t = await startTestServer({ rateLimits: { createsPerPerson: { points: 5, durationSec: 3600 } }, maxDocsPerUser: 3 });
    admin = await t.addUser('admin', { grants: { '*': 'owner' } });
    amina = await t.addUser('amina', { name: 'Amina Diallo' });
    await t.server.storage.setCanCreate('amina', true);
    mallory = await t.addUser('mallory');
  });
  afterAll(() => t.stop());

  /** Connects raw with `token` to `docId`, and resolves with the close and how many messages came before it. */
  async function refused(docId: string, token: string) {
    const c = rawClient(t.url, `/${docId}?token=${token}`);
    const close = await c.closed;
    return { ...close, received: c.messages.length };
  }

  it('a user without the create right who connects to a new id is refused, and no document is made', async () => {
    const r = await refused('tm-mallory-made', mallory);
    expect(r).toMatchObject({ code: CLOSE.FORBIDDEN, received: 0 });
    expect(await t.server.storage.getDocument('tm-mallory-made')).toBeUndefined();
    expect((await t.api('/api/docs/tm-mallory-made', { token: mallory })).status).toBe(404);
  });

  it('a user without the create right who posts a new document is refused with 403 create-not-allowed, and nothing is made', async () => {
    const before = (await t.server.storage.listDocuments()).length;
    const r = await t.api('/api/docs', { method: 'POST', token: mallory, body: { type: 'threat-matrix', title: 'Mine now', id: 'tm-mallory-posted' } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('create-not-allowed');
    expect((await t.server.storage.listDocuments()).length).toBe(before);
  });

  it('a user with the create right gets a new, valid POC document under an unguessable id, and owns it', async () => {
    const r = await t.api('/api/docs', { method: 'POST', token: amina, body: { type: 'threat-matrix', title: '  Threat Matrix, Sector North ' } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ type: 'threat-matrix', title: 'Threat Matrix, Sector North', access: 'owner', createdBy: 'amina' });
    expect(r.body.id).toMatch(/^tm-[a-z2-7]{16}$/);
    expect(isValidDocId(r.body.id)).toBe(true);
    const detail = (await t.api(`/api/docs/${r.body.id}`, { token: amina })).body;
    expect(detail).toMatchObject({ id: r.body.id, type: 'threat-matrix', title: 'Threat Matrix, Sector North', status: 'draft', access: 'owner' });
    expect(detail.members.filter((m: { scope: string }) => m.scope === 'this-document')).toEqual([expect.objectContaining({ username: 'amina', access: 'owner' })]);
    expect((await t.server.storage.queryAudit({ kind: 'document-created', docId: r.body.id })).map((e) => e.actor)).toEqual(['amina']);
  });

  it('the squat is impossible: an id connected to before it exists is not taken, and the admin creates it for its real author', async () => {
    const id = 'tm-sector-north';
    // Mallory, with no grants, tries to claim the id before anyone creates it…
    expect(await refused(id, mallory)).toMatchObject({ code: CLOSE.FORBIDDEN, received: 0 });
    const squatter = connectClient(t.url, id, mallory);
    await waitFor(() => squatter.closes.length > 0, 'the squatter to be refused');
    squatter.destroy();
    // …so the administrator can still create it and hand it to its author.
    const made = await t.api('/api/docs', { method: 'POST', token: admin, body: { type: 'threat-matrix', title: 'Sector North', id } });
    expect(made.status).toBe(201);
    expect((await t.api(`/api/docs/${id}/owner`, { method: 'PUT', token: admin, body: { username: 'amina' } })).status).toBe(200);
    const members = (await t.api(`/api/docs/${id}/members`, { token: amina })).body.members as Array<{ username: string; access: string; scope: string }>;
    expect(members.filter((m) => m.scope === 'this-document')).toEqual([
      expect.objectContaining({ username: 'admin', access: 'editor' }),
      expect.objectContaining({ username: 'amina', access: 'owner' }),
    ]);
    expect(await refused(id, mallory)).toMatchObject({ code: CLOSE.FORBIDDEN, received: 0 });
    const author = connectClient(t.url, id, amina);
    await author.synced();
    author.destroy();
  });

  it('a missing document and a forbidden one are refused with the same close code and reason, which names no id', async () => {
    const forbidden = await refused('tm-sector-north', mallory);
    const missing = await refused('tm-never-made', mallory);
    expect(forbidden).toEqual({ code: CLOSE.FORBIDDEN, reason: NO_DOCUMENT_REASON, received: 0 });
    expect(missing).toEqual(forbidden);
    // The audit keeps the real reasons.
    const reasons = (await t.server.storage.queryAudit({ kind: 'login-rejected' })).map((e) => String(e.detail.reason));
    expect(reasons).toEqual(expect.arrayContaining([expect.stringMatching(/"tm-never-made", which does not exist/), expect.stringMatching(/mallory has no access to document "tm-sector-north"/)]));
  });

  it('an id that differs only by case from an existing one is refused at creation, and does not reach the other document', async () => {
    const made = await t.api('/api/docs', { method: 'POST', token: admin, body: { type: 'strategy', title: 'Mission strategy', id: 'STR-Mission' } });
    expect(made.status).toBe(201);
    const lookAlike = await t.api('/api/docs', { method: 'POST', token: admin, body: { type: 'strategy', title: 'Look-alike', id: 'str-mission' } });
    expect(lookAlike.status).toBe(409);
    expect(lookAlike.body.error).toMatchObject({ code: 'id-taken', message: expect.stringMatching(/differs only by case/) });
    expect(await t.server.storage.getDocument('str-mission')).toBeUndefined();
    expect(await refused('str-mission', admin)).toMatchObject({ code: CLOSE.FORBIDDEN, received: 0 });
  });

  it('a taken id is refused with 409 id-taken, and a malformed one or an unknown type with 400', async () => {
    const root = await t.addUser('root', { grants: { '*': 'owner' } });
    expect((await t.api('/api/docs', { method: 'POST', token: root, body: { type: 'strategy', title: 'Again', id: 'STR-Mission' } })).body.error.code).toBe('id-taken');
    expect((await t.api('/api/docs', { method: 'POST', token: root, body: { type: 'strategy', title: 'Bad', id: '../etc' } })).status).toBe(400);
    expect((await t.api('/api/docs', { method: 'POST', token: root, body: { type: 'novel', title: 'Bad' } })).body.error.code).toBe('bad-type');
    expect((await t.api('/api/docs', { method: 'POST', token: root, body: { type: 'strategy', title: '   ' } })).body.error.code).toBe('bad-title');
    expect((await t.api('/api/docs', { method: 'POST', token: root, body: { title: 'No type' } })).status).toBe(400);
  });

  it('past the documents one person may have created, creation is refused with 403 too-many-documents', async () => {
    // amina created one above (the cap is 3 here).
    for (let i = 0; i < 2; i++) expect((await t.api('/api/docs', { method: 'POST', token: amina, body: { type: 'action-plan', title: `Plan ${i}` } })).status).toBe(201);
    const r = await t.api('/api/docs', { method: 'POST', token: amina, body: { type: 'action-plan', title: 'One too many' } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('too-many-documents');
  });

  it('creating faster than the rate limit is refused with 429 and Retry-After', async () => {
    // amina has spent 4 of her 5 attempts above; mallory's refusals count too, so his audit rows stay bounded.
    expect((await t.api('/api/docs', { method: 'POST', token: amina, body: { type: 'action-plan', title: 'Fifth' } })).status).toBe(403);
    const res = await fetch(`${t.httpUrl}/api/docs`, { method: 'POST', headers: { authorization: `Bearer ${amina}`, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'action-plan', title: 'Sixth' }) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too-many-requests');
    for (let i = 0; i < 10; i++) await t.api('/api/docs', { method: 'POST', token: mallory, body: { type: 'strategy', title: 'Spam' } });
    expect((await t.server.storage.queryAudit({ kind: 'create-rejected', actor: 'mallory' })).length).toBeLessThanOrEqual(5);
  });
});

describe('administrators archive, transfer and delete documents', () => {
  let t: TestServer;
  let admin: string;
  let olga: string;
  let hoo: string;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.addUser('admin', { grants: { '*': 'owner' } });
    olga = await t.addUser('olga');
    hoo = await t.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'viewer' } });
  });
  afterAll(() => t.stop());

  const make = async (id: string) => {
    expect((await t.api('/api/docs', { method: 'POST', token: admin, body: { type: 'threat-matrix', title: `Doc ${id}`, id } })).status).toBe(201);
    expect((await t.api(`/api/docs/${id}/owner`, { method: 'PUT', token: admin, body: { username: 'olga' } })).status).toBe(200);
  };

  it('only an administrator may archive, transfer or delete: to anyone else the routes answer 404', async () => {
    await make('tm-admin-only');
    expect((await t.api('/api/docs/tm-admin-only/archived', { method: 'PUT', token: olga, body: { archived: true } })).status).toBe(404);
    expect((await t.api('/api/docs/tm-admin-only/owner', { method: 'PUT', token: olga, body: { username: 'hoo' } })).status).toBe(404);
    expect((await t.api('/api/docs/tm-admin-only', { method: 'DELETE', token: olga })).status).toBe(404);
    expect(await t.server.storage.getDocument('tm-admin-only')).toBeDefined();
  });

  it('an archived document is read-only for everyone, its owner included, and listed as archived', async () => {
    await make('tm-archived');
    const c = connectClient(t.url, 'tm-archived', olga);
    await c.synced();
    expect((await t.api('/api/docs/tm-archived/archived', { method: 'PUT', token: admin, body: { archived: true } })).status).toBe(200);
    await waitFor(() => t.server.sync.listConnections().some((x) => x.docId === 'tm-archived' && x.access === 'viewer'), 'the owner to become a viewer');
    c.doc.getText('text').insert(0, 'written after archiving');
    const late = connectClient(t.url, 'tm-archived', olga);
    await late.synced();
    expect(text(late.doc)).toBe('');
    const listed = (await t.api('/api/docs', { token: olga })).body.documents as Array<{ id: string; archived?: boolean; access: string }>;
    expect(listed.find((d) => d.id === 'tm-archived')).toMatchObject({ archived: true, access: 'viewer' });
    c.destroy();
    late.destroy();
  });

  it('a live document keeps an owner: the administrator transfers first; an archived one may lose its last owner', async () => {
    await make('tm-last-owner');
    expect((await t.api('/api/docs/tm-last-owner/members/olga', { method: 'DELETE', token: admin })).body.error.code).toBe('last-owner');
    await t.api('/api/docs/tm-last-owner/archived', { method: 'PUT', token: admin, body: { archived: true } });
    expect((await t.api('/api/docs/tm-last-owner/members/olga', { method: 'DELETE', token: admin })).status).toBe(204);
  });

  it('deleting removes content and grants, keeps the sign-offs and the audit trail, and the id is never reused', async () => {
    await make('tm-deleted');
    const hash = (await t.api('/api/docs/tm-deleted', { token: hoo })).body.contentHash as string;
    const signed = await t.api('/api/docs/tm-deleted/signoffs', { method: 'POST', token: hoo, body: { role: 'head-of-office', decision: 'rejected', comment: 'Not yet.', contentHash: hash } });
    expect(signed.status).toBe(201);
    const c = connectClient(t.url, 'tm-deleted', olga);
    await c.synced();
    const r = await t.api('/api/docs/tm-deleted', { method: 'DELETE', token: admin });
    expect(r).toEqual({ status: 200, body: { id: 'tm-deleted', deleted: true, signoffsKept: 1 } });
    await waitFor(() => c.closes.some((x) => x.code === CLOSE.FORBIDDEN), 'the open connection to be closed');
    c.destroy();
    expect((await t.api('/api/docs/tm-deleted', { token: admin })).status).toBe(404);
    expect(await t.server.storage.loadUpdates('tm-deleted')).toEqual([]);
    expect(await t.server.storage.grantsFor('tm-deleted')).toEqual((await t.server.storage.grantsFor('*')).filter((g) => g.docId === '*'));
    expect((await t.server.storage.listSignoffs('tm-deleted')).map((s) => s.id)).toEqual([signed.body.record.id]);
    expect((await t.server.storage.queryAudit({ docId: 'tm-deleted' })).map((e) => e.kind)).toEqual(expect.arrayContaining(['document-created', 'signoff', 'document-deleted']));
    for (const id of ['tm-deleted', 'TM-Deleted']) {
      const again = await t.api('/api/docs', { method: 'POST', token: admin, body: { type: 'threat-matrix', title: 'Reused', id } });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toMatch(/deleted/);
    }
    expect((await refused(t, 'tm-deleted', admin)).code).toBe(CLOSE.FORBIDDEN);
  });
});

/** Connects raw and resolves with the close. */
async function refused(t: TestServer, docId: string, token: string) {
  const c = rawClient(t.url, `/${docId}?token=${token}`);
  return c.closed;
}
