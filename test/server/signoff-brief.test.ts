// The operations brief on the server: the Force Commander signs before the SRSG, whose approval is the decision; both are bound to the text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { toModel, writeModel } from '../../shared/ydoc/layout.js';
import { filledModel, link, links } from '../support/build-model.js';
import { postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();

/** A filled brief in review, its consultations dated before today, with no links to other documents to check. */
function brief(id: string): DocModel {
  const b = filledModel(templates.get('operations-brief'), TODAY).meta({ id, title: `Brief ${id}` }).status('in-review');
  for (const x of [...b.blocks('target'), ...b.blocks('option')]) b.setFields(x.id, { threats: undefined });
  for (const c of b.blocks('consultation')) b.setFields(c.id, { date: '2026-06-10' });
  // The filled model links its own option under its own id; stored under `id`, the recommendation links that id's.
  return b.setFields('REC-1', { option: links(link(id, 'OPT-1')) }).build();
}

describe('the operations brief: Force Commander, then SRSG (Annex B VIII)', () => {
  let t: TestServer;
  let drafter: string;
  let fc: string;
  let srsg: string;
  const sign = (id: string, token: string, role: string) => postSignoff(t, id, token, { role, decision: 'approved', comment: 'Reviewed.' });
  const status = async (id: string) => (await t.api(`/api/docs/${id}`, { token: drafter })).body.status as string;

  beforeAll(async () => {
    let tick = 0;
    t = await startTestServer({ now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++) });
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    fc = await t.addUser('fc', { name: 'Force Commander', offices: ['force-commander'], grants: { '*': 'viewer' } });
    srsg = await t.addUser('srsg', { name: 'SRSG', offices: ['srsg'], grants: { '*': 'viewer' } });
  });
  afterAll(() => t.stop());

  it("the SRSG's approval before the Force Commander's is refused with 422 and the order rule", async () => {
    await storeDocument(t, drafter, brief('ob-early'));
    const r = await sign('ob-early', srsg, 'srsg');
    expect(r.status).toBe(422);
    expect(r.body.error.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'signoff-order' })]));
    expect(await t.server.storage.listSignoffs('ob-early')).toEqual([]);
  });

  it('the Force Commander, then the SRSG: the brief is approved', async () => {
    await storeDocument(t, drafter, brief('ob-ok'));
    const first = await sign('ob-ok', fc, 'force-commander');
    expect(first.body.error?.diagnostics ?? []).toEqual([]);
    expect(first.status).toBe(201);
    expect(await status('ob-ok')).toBe('in-review');
    expect((await sign('ob-ok', srsg, 'srsg')).status).toBe(201);
    expect(await status('ob-ok')).toBe('approved');
  });

  it("repointing the recommendation after the Force Commander approved makes that approval stale: the SRSG's approval is refused until the Force Commander signs again", async () => {
    await storeDocument(t, drafter, brief('ob-repointed'));
    expect((await sign('ob-repointed', fc, 'force-commander')).status).toBe(201);
    const c = connectClient(t.url, 'ob-repointed', drafter);
    try {
      await c.synced();
      const model = toModel(c.doc, templates).model;
      const rec = model.sections.flatMap((s) => s.content).find((i) => i.t === 'block' && i.type === 'recommendation')!;
      if (rec.t !== 'block') throw new Error('no recommendation');
      rec.fields.option = links(link('ob-repointed', 'OPT-2'));
      writeModel(c.doc, model);
      await waitFor(async () => (await t.api('/api/docs/ob-repointed', { token: drafter })).body.signoffs?.[0]?.verification === 'stale', 'the approval to go stale');
    } finally {
      c.destroy();
    }
    const refused = await sign('ob-repointed', srsg, 'srsg');
    expect(refused.status).toBe(422);
    expect(refused.body.error.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'signoff-order' })]));
    expect((await sign('ob-repointed', fc, 'force-commander')).status).toBe(201);
    expect((await sign('ob-repointed', srsg, 'srsg')).status).toBe(201);
    expect(await status('ob-repointed')).toBe('approved');
  });
});
