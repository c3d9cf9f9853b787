// The document status follows the workflow on the server (server/docs/status-workflow.ts, rule in shared/signoff/workflow.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { FIELDS, META } from '../../shared/ydoc/layout.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';

/** A filled threat matrix in review, which its one office (the Head of Office) can approve. */
const matrix = (id: string): DocModel => approvableMatrix(id, TODAY);

describe('the status workflow on the server', () => {
  let t: TestServer;
  let drafter: string;
  let hoo: string;
  const statusInDoc = (id: string) => t.server.sync.read(id, (d) => d.getMap(META).get('status'));
  const statusInApi = async (id: string) => (await t.api(`/api/docs/${id}`, { token: drafter })).body.status as string;

  beforeAll(async () => {
    let tick = 0;
    t = await startTestServer({ now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++) });
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    hoo = await t.addUser('hoo', { name: 'Head of Office', offices: ['head-of-office'], grants: { '*': 'viewer' } });
  });
  afterAll(() => t.stop());

  it('after the last required approval the server sets the status to approved, in the API, the listing and the document', async () => {
    await storeDocument(t, drafter, matrix('tm-approve'));
    expect((await postSignoff(t, 'tm-approve', hoo, { role: 'head-of-office', decision: 'approved' })).status).toBe(201);
    expect(await statusInApi('tm-approve')).toBe('approved');
    expect(await statusInDoc('tm-approve')).toBe('approved');
    const listed = (await t.api('/api/docs', { token: drafter })).body as { documents?: Array<{ id: string; status: string }> } | Array<{ id: string; status: string }>;
    const rows = Array.isArray(listed) ? listed : (listed.documents ?? []);
    expect(rows.find((d) => d.id === 'tm-approve')?.status).toBe('approved');
  });

  it('the approval stays valid once the status says approved: the status is not signed content', async () => {
    const r = await t.api('/api/docs/tm-approve', { token: drafter });
    expect(r.body.signoffs).toEqual([expect.objectContaining({ role: 'head-of-office', state: 'approved', verification: 'valid' })]);
  });

  it('a rejection without a comment is refused (422 comment-required) and nothing is signed', async () => {
    await storeDocument(t, drafter, matrix('tm-silent'));
    const r = await postSignoff(t, 'tm-silent', hoo, { role: 'head-of-office', decision: 'rejected', comment: '   ' });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('comment-required');
    expect(await t.server.storage.listSignoffs('tm-silent')).toEqual([]);
  });

  it('a rejection leaves the document in review', async () => {
    await storeDocument(t, drafter, matrix('tm-reject'));
    expect((await postSignoff(t, 'tm-reject', hoo, { role: 'head-of-office', decision: 'rejected', comment: 'Add the southern routes.' })).status).toBe(201);
    expect(await statusInApi('tm-reject')).toBe('in-review');
  });

  it('an edit that makes the approval stale puts the document back in review, on the server and on the editing client', async () => {
    const c = connectClient(t.url, 'tm-approve', drafter);
    try {
      await c.synced();
      expect(c.doc.getMap(META).get('status')).toBe('approved');
      c.doc.getMap(FIELDS).set('preparedBy', 'JOC North, revised');
      await waitFor(async () => (await statusInDoc('tm-approve')) === 'in-review', 'the status to go back to in review');
      expect(await statusInApi('tm-approve')).toBe('in-review');
      await waitFor(() => c.doc.getMap(META).get('status') === 'in-review', 'the client to see it');
    } finally {
      c.destroy();
    }
  });

  it('attack: a client that writes "approved" itself is corrected by the server', async () => {
    await storeDocument(t, drafter, matrix('tm-forged'));
    const c = connectClient(t.url, 'tm-forged', drafter);
    try {
      await c.synced();
      c.doc.getMap(META).set('status', 'approved');
      await waitFor(async () => (await statusInDoc('tm-forged')) === 'approved', 'the forged status to reach the server');
      await waitFor(async () => (await statusInDoc('tm-forged')) === 'in-review', 'the server to correct it');
      await waitFor(() => c.doc.getMap(META).get('status') === 'in-review', 'the client to be corrected');
      expect(await statusInApi('tm-forged')).toBe('in-review');
    } finally {
      c.destroy();
    }
  });

  it('a person moves a draft to in review, and the server keeps it', async () => {
    await storeDocument(t, drafter, { ...matrix('tm-draft'), meta: { ...matrix('tm-draft').meta, status: 'draft' } });
    const c = connectClient(t.url, 'tm-draft', drafter);
    try {
      await c.synced();
      c.doc.getMap(META).set('status', 'in-review');
      await waitFor(async () => (await statusInApi('tm-draft')) === 'in-review', 'the move to be stored');
      // Recomputed after a sign-off, the status the person chose stands (nothing about it is the server's to change).
      expect((await postSignoff(t, 'tm-draft', hoo, { role: 'head-of-office', decision: 'rejected', comment: 'Not yet.' })).status).toBe(201);
      expect(await statusInApi('tm-draft')).toBe('in-review');
    } finally {
      c.destroy();
    }
  });
});
