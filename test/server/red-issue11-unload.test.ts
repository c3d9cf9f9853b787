// Attack on the status workflow (issue 11): an edit that makes an approval stale, made just before the document leaves memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocModel } from '../../shared/model/types.js';
import { FIELDS, META } from '../../shared/ydoc/layout.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';

/** A filled threat matrix in review, which its one office (the Head of Office) can approve. */
const matrix = (id: string): DocModel => approvableMatrix(id, TODAY);

describe('the status workflow when documents leave memory soon after an edit', () => {
  let t: TestServer;
  let drafter: string;
  let hoo: string;

  beforeAll(async () => {
    let tick = 0;
    // Documents leave memory sooner than the status is recomputed after an edit (a server short of memory is set so).
    t = await startTestServer({ unloadAfterMs: 100, now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++) });
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    hoo = await t.addUser('hoo', { name: 'Head of Office', offices: ['head-of-office'], grants: { '*': 'viewer' } });
  });
  afterAll(() => t.stop());

  it('attack: an edit that makes the approval stale, made just before the editor leaves, still puts the document back in review', async () => {
    await storeDocument(t, drafter, matrix('tm-leave'));
    expect((await postSignoff(t, 'tm-leave', hoo, { role: 'head-of-office', decision: 'approved' })).status).toBe(201);
    const c = connectClient(t.url, 'tm-leave', drafter);
    await c.synced();
    expect(c.doc.getMap(META).get('status')).toBe('approved');
    c.doc.getMap(FIELDS).set('preparedBy', 'changed after the approval');
    await waitFor(async () => (await t.server.sync.read('tm-leave', (d) => d.getMap(FIELDS).get('preparedBy'))) === 'changed after the approval', 'the edit to reach the server');
    c.destroy();
    // Read from the store, not through the server: reading through it would bring the document back into memory.
    const stored = async () => {
      const d = new Y.Doc();
      Y.applyUpdate(d, Y.mergeUpdates(await t.server.storage.loadUpdates('tm-leave')));
      return d.getMap(META).get('status');
    };
    await waitFor(() => !t.server.sync.isLoaded('tm-leave'), 'the document to leave memory');
    await waitFor(async () => (await stored()) === 'in-review', 'the stored document to go back to in review', 10_000);
  }, 30_000);
});
