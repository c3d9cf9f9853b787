// GET /api/picture: the mission picture of what the caller can read, computed on the server over the demo vault, with the sign-off lists filled from verified sign-offs and the "what links here" rules run across the readable documents.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PictureResponse } from '../../shared/api/picture.js';
import type { DocModel } from '../../shared/model/types.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, ROOT, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';
import { DEMO_TODAY, demoDoc, editBlock } from '../shared/validate/demo-docs.js';

const NORTH = 'tm-minusar-sector-north';
const SOUTH = 'tm-minusar-sector-south';
const DEMO_IDS = ['ta-minusar-2026', 'ob-minusar-koumbi', 'ap-minusar-2026', 'str-minusar-2026', NORTH, SOUTH, 'pm-minusar-kessa', 'rc-minusar-2026'];

let t: TestServer;
let all: string;
let editor: string;

const picture = async (token: string): Promise<PictureResponse['picture']> => {
  const r = await t.api('/api/picture', { token });
  expect(r.status).toBe(200);
  return (r.body as PictureResponse).picture;
};
/** Every document id the picture names, in its threats and in every list. */
const idsIn = (p: PictureResponse['picture']) => new Set([...p.threats.map((x) => x.doc.id), ...Object.values(p.lists).flat().map((i) => i.doc.id)]);

beforeAll(async () => {
  t = await startTestServer({ demoVaultDir: join(ROOT, 'demo-vault'), now: () => new Date(`${DEMO_TODAY}T12:00:00Z`) });
  all = await t.addUser('reader', { grants: { '*': 'viewer' } });
  editor = await t.addUser('drafter', { grants: { '*': 'editor' } });
});
afterAll(async () => {
  await t.stop();
});

describe('GET /api/picture', () => {
  it('answers 401 to a request that is not signed in', async () => {
    expect((await t.api('/api/picture')).status).toBe(401);
  });

  it('ranks the threats of both demo sector matrices together for a person who can read every document', async () => {
    const p = await picture(all);
    expect(p.today).toBe(DEMO_TODAY);
    const rated = p.threats.filter((x) => x.missionRank !== undefined);
    expect(rated).toHaveLength(12);
    expect(new Set(rated.map((x) => x.doc.id))).toEqual(new Set([NORTH, SOUTH]));
    expect(rated[0]).toMatchObject({ doc: { id: NORTH }, id: 'T-1', missionRank: 1 });
    expect(p.signoffsKnown).toBe(p.documents);
  });

  it('attack: a person without a grant on the South matrix does not see its threats, its name or anything of it', async () => {
    const grants = Object.fromEntries(DEMO_IDS.filter((id) => id !== SOUTH).map((id) => [id, 'viewer' as const]));
    const northOnly = await t.addUser('north-only', { grants });
    const r = await t.api('/api/picture', { token: northOnly });
    expect(r.status).toBe(200);
    const p = (r.body as PictureResponse).picture;
    expect(p.threats.length).toBeGreaterThan(0);
    expect(idsIn(p).has(SOUTH)).toBe(false);
    expect(p.facets.sector.map((o) => o.label)).not.toContain('Sector South');
    // Nothing of it in the answer at all: not its id, not its title.
    expect(JSON.stringify(r.body)).not.toContain(SOUTH);
    expect(JSON.stringify(r.body)).not.toContain('Sector South');
  });

  it('a grant through a team counts, as in the document list', async () => {
    const member = await t.addUser('team-member');
    const s = t.server.storage;
    await s.addTeam({ id: 'south-cell', name: 'South cell', offices: [], claimValue: null, createdBy: null });
    await s.setTeamMember({ teamId: 'south-cell', username: 'team-member', manager: false, source: 'manual', addedBy: null });
    await s.setTeamGrant({ teamId: 'south-cell', docId: SOUTH, access: 'viewer', grantedBy: null });
    const p = await picture(member);
    expect([...idsIn(p)]).toEqual([SOUTH]);
    expect(p.threats.filter((x) => x.missionRank !== undefined)).toHaveLength(3);
  });

  it('lists a priority threat no action serves (threat-not-addressed), and not the threats the Action Plan serves', async () => {
    const copy: DocModel = { ...demoDoc('threat-matrix'), meta: { ...demoDoc('threat-matrix').meta, id: 'tm-unserved', title: 'Threat matrix nobody serves' } };
    await storeDocument(t, editor, copy);
    const p = await picture(all);
    const unserved = p.lists.threatsWithoutAction;
    expect(unserved.some((i) => i.doc.id === 'tm-unserved' && i.block === 'T-1' && i.code === 'threat-not-addressed')).toBe(true);
    // The demo's own North matrix has the same threats, served by the Action Plan's actions: linksInto sees those links.
    expect(unserved.filter((i) => i.doc.id === NORTH)).toEqual([]);
  });

  it("validation's findings in the picture are in the language the browser asks for", async () => {
    const copy: DocModel = { ...demoDoc('threat-matrix'), meta: { ...demoDoc('threat-matrix').meta, id: 'tm-unserved-fr', title: 'Threat matrix nobody serves' } };
    await storeDocument(t, editor, copy);
    const r = await t.api('/api/picture', { token: all, headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    const item = (r.body as PictureResponse).picture.lists.threatsWithoutAction.find((i) => i.doc.id === 'tm-unserved-fr' && i.block === 'T-1');
    expect(item?.detail).toMatch(/^Le bloc «\u00a0menace\u00a0» T-1 .* mais aucune action du plan d'action POC n'y répond/);
  });

  it("the picture's own sentences are in the language the browser asks for, and English otherwise", async () => {
    const fr = await t.api('/api/picture', { token: all, headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    const en = await t.api('/api/picture', { token: all });
    const gaps = (r: typeof fr) => (r.body as PictureResponse).picture.lists.redGaps.map((g) => g.detail);
    expect(gaps(fr).length).toBeGreaterThan(0);
    expect(gaps(fr).every((d) => d.startsWith('ROUGE\u00a0: '))).toBe(true);
    expect(gaps(en).every((d) => d.startsWith('RED: '))).toBe(true);
  });

  it('an approval of an earlier version shows in the stale sign-offs once the document is edited', async () => {
    const hoo = await t.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'viewer' } });
    const model = approvableMatrix('tm-signed', DEMO_TODAY);
    await storeDocument(t, editor, model);
    expect((await postSignoff(t, 'tm-signed', hoo, { role: 'head-of-office', decision: 'approved', comment: 'Reviewed.' })).status).toBe(201);
    expect((await picture(all)).lists.signoffsStale.filter((i) => i.doc.id === 'tm-signed')).toEqual([]);

    const c = connectClient(t.url, 'tm-signed', editor);
    try {
      await c.synced();
      const threat = model.sections.flatMap((s) => s.content).find((b) => b.t === 'block' && b.type === 'threat')!;
      writeModel(c.doc, editBlock(model, (threat as { id: string }).id, { likelihood: 1 }));
      await waitFor(async () => (await picture(all)).lists.signoffsStale.some((i) => i.doc.id === 'tm-signed'), 'the approval to be stale');
    } finally {
      c.destroy();
    }
    const stale = (await picture(all)).lists.signoffsStale.filter((i) => i.doc.id === 'tm-signed');
    expect(stale).toEqual([expect.objectContaining({ role: 'head-of-office', why: 'stale' })]);
  });
});
