// What the listing (GET /api/docs) says for the web workspace's home page: who last changed a document and when, what
// waits for the caller's sign-off, the review date and the area; and whether GET /api/me lets the caller create.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { FIELDS } from '../../shared/ydoc/layout.js';
import { filledModel } from '../support/build-model.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, tempDir, type TestServer, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';

interface Entry {
  id: string;
  typeName?: string;
  area?: string;
  nextReview?: string;
  lastChange?: { at: string; by?: string; byName?: string };
  waitingForMe?: Array<{ role: string; label: string }>;
}

/** The caller's listing entry of `id`. */
async function entry(t: TestServer, token: string, id: string): Promise<Entry | undefined> {
  const r = await t.api('/api/docs', { token });
  expect(r.status).toBe(200);
  return (r.body.documents as Entry[]).find((d) => d.id === id);
}

/** The matrix of approvableMatrix with its fields changed. */
function withFields(model: DocModel, fields: Record<string, string>): DocModel {
  return { ...model, meta: { ...model.meta, fields: { ...model.meta.fields, ...fields } } };
}

describe('the listing for the home page', () => {
  let t: TestServer;
  let drafter: string;
  let hooNorth: string;
  let hooSouth: string;

  beforeAll(async () => {
    let tick = 0;
    t = await startTestServer({ now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++) });
    drafter = await t.addUser('amina', { name: 'Amina Diallo', grants: { '*': 'editor' } });
    hooNorth = await t.addUser('hoo-north', { name: 'Head of Office North', offices: [{ role: 'head-of-office', area: 'Sector North' }], grants: { '*': 'viewer' } });
    hooSouth = await t.addUser('hoo-south', { name: 'Head of Office South', offices: [{ role: 'head-of-office', area: 'Sector South' }], grants: { '*': 'viewer' } });
  });
  afterAll(() => t.stop());

  it('says who last changed a document through a connection, and when', async () => {
    await storeDocument(t, drafter, approvableMatrix('tm-changed', TODAY));
    const e = await entry(t, drafter, 'tm-changed');
    expect(e?.lastChange).toEqual({ at: expect.stringMatching(/^2026-06-15T12:/), by: 'amina', byName: 'Amina Diallo' });
  });

  it('says no last change for a document nobody has edited through a connection', async () => {
    await t.createDoc('tm-untouched', 'amina', 'threat-matrix');
    expect((await entry(t, drafter, 'tm-untouched'))?.lastChange).toBeUndefined();
  });

  it("reads the area from the matrix's Area / office field and the next review from its last review and cadence", async () => {
    await storeDocument(t, drafter, withFields(approvableMatrix('tm-review', TODAY), { lastReview: '2026-06-01', reviewCadence: 'weekly' }));
    const e = await entry(t, drafter, 'tm-review');
    expect(e).toMatchObject({ typeName: 'POC Threat Matrix', area: 'Sector North', nextReview: '2026-06-08' });
  });

  it("reads a strategy's next review from its Next review field, and gives a mission-wide type no area", async () => {
    const strategy = filledModel(TemplateSet.builtin().get('strategy'), TODAY).meta({ id: 'st-review', title: 'Strategy' }).field('reviewDate', '2027-01-31').build();
    await storeDocument(t, drafter, strategy);
    const e = await entry(t, drafter, 'st-review');
    expect(e?.nextReview).toBe('2027-01-31');
    expect(e?.area).toBeUndefined();
  });

  it("lists the matrix as waiting for the approval of the Head of Office of its area, and for nobody else's", async () => {
    await storeDocument(t, drafter, approvableMatrix('tm-wait', TODAY));
    expect((await entry(t, hooNorth, 'tm-wait'))?.waitingForMe).toEqual([{ role: 'head-of-office', label: 'Head of Office' }]);
    expect((await entry(t, hooSouth, 'tm-wait'))?.waitingForMe).toEqual([]);
    expect((await entry(t, drafter, 'tm-wait'))?.waitingForMe).toEqual([]);
  });

  it('stops listing it as waiting once they approve, and lists it again when an edit makes the approval stale', async () => {
    await storeDocument(t, drafter, approvableMatrix('tm-stale', TODAY));
    expect((await postSignoff(t, 'tm-stale', hooNorth, { role: 'head-of-office', decision: 'approved' })).status).toBe(201);
    expect((await entry(t, hooNorth, 'tm-stale'))?.waitingForMe).toEqual([]);
    const c = connectClient(t.url, 'tm-stale', drafter);
    try {
      await c.synced();
      c.doc.getMap(FIELDS).set('preparedBy', 'JOC North, revised');
      await waitFor(async () => (await entry(t, hooNorth, 'tm-stale'))?.waitingForMe?.length === 1, 'the stale approval to be waited for again');
    } finally {
      c.destroy();
    }
  });

  it('GET /api/me says whether the caller may create documents', async () => {
    expect((await t.api('/api/me', { token: drafter })).body.canCreate).toBe(false);
    await t.server.storage.setCanCreate('amina', true);
    expect((await t.api('/api/me', { token: drafter })).body.canCreate).toBe(true);
  });
});

describe('the last change across a restart', () => {
  it('is still told after the server restarts', async () => {
    const tmp = tempDir();
    const first = await startTestServer({ dataDir: tmp.dir });
    const token = await first.addUser('amina', { name: 'Amina Diallo', grants: { '*': 'editor' } });
    await storeDocument(first, token, approvableMatrix('tm-kept', TODAY));
    const before = await entry(first, token, 'tm-kept');
    expect(before?.lastChange?.byName).toBe('Amina Diallo');
    await first.stop(true);
    const second = await startTestServer({ dataDir: tmp.dir });
    try {
      expect((await entry(second, token, 'tm-kept'))?.lastChange).toEqual(before?.lastChange);
    } finally {
      await second.stop(true);
      tmp.remove();
    }
  });
});
