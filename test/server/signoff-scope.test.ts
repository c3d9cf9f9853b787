// Offices bound to where they apply: signing needs read access plus a holding of the office in scope for the document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel, withoutBlockLinks } from '../support/build-model.js';
import { postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';
import { contentHash } from '../../shared/hash/canonical.js';
import { FIELDS, META, toModel } from '../../shared/ydoc/layout.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();

/** A filled threat matrix `id` covering `area`, without links to documents this server does not hold (they would block an approval). */
function matrix(id: string, area: string): DocModel {
  const b = filledModel(templates.get('threat-matrix'), TODAY).meta({ id, title: `Threat matrix ${id}` }).field('office', area);
  withoutBlockLinks(b);
  return b.build();
}

describe('offices in scope', () => {
  let t: TestServer;
  let drafter: string;
  let north: string;
  let south: string;

  beforeAll(async () => {
    // A clock that moves on a second at every reading, so each sign-off is later than the one before.
    let tick = 0;
    t = await startTestServer({ now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++) });
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    north = await t.addUser('hoo-north', { name: 'Head of Office North', offices: [{ role: 'head-of-office', area: 'Sector North' }], grants: { '*': 'viewer' } });
    south = await t.addUser('hoo-south', { name: 'Head of Office South', offices: [{ role: 'head-of-office', area: 'Sector South' }], grants: { '*': 'viewer' } });
    await storeDocument(t, drafter, matrix('tm-north', 'Sector North'));
  });
  afterAll(() => t.stop());

  it("a Head of Office of Sector South cannot sign Sector North's matrix: 403 office-out-of-scope naming both areas, and nothing is signed", async () => {
    const r = await postSignoff(t, 'tm-north', south, { role: 'head-of-office', decision: 'approved' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('office-out-of-scope');
    expect(r.body.error.message).toMatch(/head-of-office@Sector South/);
    expect(r.body.error.message).toMatch(/covers "Sector North"/);
    expect(await t.server.storage.listSignoffs('tm-north')).toEqual([]);
  });

  it("the Head of Office of Sector North signs Sector North's matrix, whatever the case and spaces of the area field", async () => {
    await storeDocument(t, drafter, matrix('tm-north-2', '  sector NORTH '));
    const r = await postSignoff(t, 'tm-north-2', north, { role: 'head-of-office', decision: 'approved' });
    expect(r.status).toBe(201);
    expect(r.body.record.payload).toMatchObject({ role: 'head-of-office', user: 'hoo-north' });
  });

  it('an office held mission-wide signs the matrix of any area', async () => {
    const hoo = await t.addUser('hoo-all', { offices: ['head-of-office'], grants: { '*': 'viewer' } });
    expect((await postSignoff(t, 'tm-north', hoo, { role: 'head-of-office', decision: 'rejected' })).status).toBe(201);
  });

  it('an office bound to documents signs those documents and no other', async () => {
    const acting = await t.addUser('acting', { offices: [{ role: 'head-of-office', docs: ['TM-North-2'] }], grants: { '*': 'viewer' } });
    expect((await postSignoff(t, 'tm-north-2', acting, { role: 'head-of-office', decision: 'rejected' })).status).toBe(201);
    const other = await postSignoff(t, 'tm-north', acting, { role: 'head-of-office', decision: 'rejected' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('office-out-of-scope');
  });

  it("an editor holding an office only for document tm-east cannot sign tm-north by writing tm-east into tm-north's id field", async () => {
    const acting = await t.addUser('acting-east', { offices: [{ role: 'head-of-office', docs: ['tm-east'] }], grants: { 'tm-north-3': 'editor' } });
    await storeDocument(t, drafter, matrix('tm-north-3', 'Sector North'));
    const c = connectClient(t.url, 'tm-north-3', acting);
    try {
      await c.synced();
      c.doc.getMap(META).set('id', 'tm-east');
      await waitFor(async () => (await t.server.sync.read('tm-north-3', (d) => d.getMap(META).get('id'))) === 'tm-east', 'the edit to reach the server');
      // Bound to what the attacker's own screen shows, as a client would sign.
      const seen = contentHash(toModel(c.doc, templates).model);
      const r = await postSignoff(t, 'tm-north-3', acting, { role: 'head-of-office', decision: 'rejected', contentHash: seen });
      expect(r.status).not.toBe(201);
      expect(await t.server.storage.listSignoffs('tm-north-3')).toEqual([]);
    } finally {
      c.destroy();
    }
  });

  it('an office held for an area does not sign a matrix that names no area', async () => {
    const b = filledModel(templates.get('threat-matrix'), TODAY).meta({ id: 'tm-nowhere', title: 'No area' }).field('office', undefined);
    await storeDocument(t, drafter, b.build());
    const r = await postSignoff(t, 'tm-nowhere', north, { role: 'head-of-office', decision: 'rejected' });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/names no area/);
  });

  it('an SRSG with view-only access signs the operations brief', async () => {
    const srsg = await t.addUser('srsg', { name: 'SRSG', offices: ['srsg'], grants: { 'brief-1': 'viewer' } });
    const b = filledModel(templates.get('operations-brief'), TODAY).meta({ id: 'brief-1', title: 'Brief 1' });
    await storeDocument(t, drafter, b.build());
    const r = await postSignoff(t, 'brief-1', srsg, { role: 'srsg', decision: 'rejected', comment: 'Not this option.' });
    expect(r.status).toBe(201);
    expect(r.body.record.payload).toMatchObject({ role: 'srsg', user: 'srsg', decision: 'rejected' });
  });

  it('an office held for an area does not sign a mission-wide document type', async () => {
    const sectorSrsg = await t.addUser('srsg-north', { offices: [{ role: 'srsg', area: 'Sector North' }], grants: { '*': 'viewer' } });
    await storeDocument(t, drafter, filledModel(templates.get('operations-brief'), TODAY).meta({ id: 'brief-2', title: 'Brief 2' }).build());
    const r = await postSignoff(t, 'brief-2', sectorSrsg, { role: 'srsg', decision: 'rejected' });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/is mission-wide/);
  });

  it("two Heads of Office of one area: an approval of the same version does not override a colleague's rejection", async () => {
    const deputy = await t.addUser('hoo-north-2', { name: 'Deputy Head of Office North', offices: [{ role: 'head-of-office', area: 'Sector North' }], grants: { '*': 'viewer' } });
    await storeDocument(t, drafter, matrix('tm-north-3', 'Sector North'));
    expect((await postSignoff(t, 'tm-north-3', north, { role: 'head-of-office', decision: 'rejected', comment: 'T-2 is out of date.' })).status).toBe(201);
    expect((await postSignoff(t, 'tm-north-3', deputy, { role: 'head-of-office', decision: 'approved' })).status).toBe(201);
    const detail = (await t.api('/api/docs/tm-north-3', { token: north })).body;
    expect(detail.signoffs).toEqual([expect.objectContaining({ role: 'head-of-office', state: 'rejected', user: 'hoo-north' })]);
    // The one who rejected clears it by approving.
    expect((await postSignoff(t, 'tm-north-3', north, { role: 'head-of-office', decision: 'approved' })).status).toBe(201);
    expect((await t.api('/api/docs/tm-north-3', { token: north })).body.signoffs[0]).toMatchObject({ state: 'approved', user: 'hoo-north' });
  });

  it("a Head of Office of Sector South who edits Sector North's matrix cannot leave a rejection on it by flipping its area field and back", async () => {
    const sam = await t.addUser('sam', { name: 'Sam', offices: [{ role: 'head-of-office', area: 'Sector_South' }], grants: { 'tm-flip': 'editor' } });
    await storeDocument(t, drafter, matrix('tm-flip', 'Sector North'));
    const c = connectClient(t.url, 'tm-flip', sam);
    const setArea = async (area: string) => {
      c.doc.getMap(FIELDS).set('office', area);
      await waitFor(async () => (await t.server.sync.read('tm-flip', (d) => d.getMap(FIELDS).get('office'))) === area, `the area "${area}" to reach the server`);
    };
    try {
      await c.synced();
      await setArea('Sector_South');
      const r = await postSignoff(t, 'tm-flip', sam, { role: 'head-of-office', decision: 'rejected', comment: 'No.' });
      expect(r.status).toBe(201);
      await setArea('Sector North');
    } finally {
      c.destroy();
    }
    const detail = (await t.api('/api/docs/tm-flip', { token: north })).body;
    expect(detail.signoffs[0]).not.toMatchObject({ state: 'rejected', user: 'sam' });
    expect(detail.signoffs[0]).toMatchObject({ role: 'head-of-office', state: 'missing' });
  });

  it("a Head of Office of Sector South cannot stand as the North office's approval by flipping the area field and back", async () => {
    const sam = await t.addUser('sam-2', { name: 'Sam', offices: [{ role: 'head-of-office', area: 'Sector_South' }], grants: { 'tm-flip-2': 'editor' } });
    await storeDocument(t, drafter, matrix('tm-flip-2', 'Sector North'));
    const c = connectClient(t.url, 'tm-flip-2', sam);
    const setArea = async (area: string) => {
      c.doc.getMap(FIELDS).set('office', area);
      await waitFor(async () => (await t.server.sync.read('tm-flip-2', (d) => d.getMap(FIELDS).get('office'))) === area, `the area "${area}" to reach the server`);
    };
    try {
      await c.synced();
      await setArea('Sector_South');
      expect((await postSignoff(t, 'tm-flip-2', sam, { role: 'head-of-office', decision: 'approved' })).status).toBe(201);
      await setArea('Sector North');
    } finally {
      c.destroy();
    }
    const detail = (await t.api('/api/docs/tm-flip-2', { token: north })).body;
    expect(detail.signoffs[0]).toMatchObject({ role: 'head-of-office', state: 'missing' });
  });

  it('a sign-off records the area its office was exercised for, as areas compare (trimmed, lower case)', async () => {
    await storeDocument(t, drafter, matrix('tm-north-4', '  Sector NORTH '));
    const r = await postSignoff(t, 'tm-north-4', north, { role: 'head-of-office', decision: 'rejected' });
    expect(r.status).toBe(201);
    expect(r.body.record.payload.area).toBe('sector north');
  });

  it('a sign-off of a mission-wide document type records no area', async () => {
    const srsg = await t.addUser('srsg-2', { offices: ['srsg'], grants: { '*': 'viewer' } });
    await storeDocument(t, drafter, filledModel(templates.get('operations-brief'), TODAY).meta({ id: 'brief-3', title: 'Brief 3' }).build());
    const r = await postSignoff(t, 'brief-3', srsg, { role: 'srsg', decision: 'rejected' });
    expect(r.status).toBe(201);
    expect(r.body.record.payload).not.toHaveProperty('area');
  });

  it('GET /api/me lists the roles held, for older clients, and each holding with where it applies', async () => {
    const me = (await t.api('/api/me', { token: north })).body;
    expect(me.offices).toEqual(['head-of-office']);
    expect(me.holdings).toEqual([{ role: 'head-of-office', area: 'Sector North' }]);
  });
});
