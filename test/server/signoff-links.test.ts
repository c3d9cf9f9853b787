// Sign-offs check links to other stored documents: an approval is refused while a link dangles, whoever may read the target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel, LinkRef } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { filledModel, link, links, ModelBuilder, withoutBlockLinks } from '../support/build-model.js';
import { connectClient, startTestServer, type TestClient, type TestServer, waitFor } from '../support/test-server.js';
import { postSignoff } from '../support/sign-off.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();

describe('sign-offs check links to other documents', () => {
  let t: TestServer;
  let drafter: string;
  let hoo: string;
  const clients: TestClient[] = [];

  /** Stores `model` through a client of `token` and waits until the server reads it as a document. */
  const store = async (model: DocModel, token: string) => {
    await t.createDoc(model.meta.id);
    const c = connectClient(t.url, model.meta.id, token);
    clients.push(c);
    await c.synced();
    writeModel(c.doc, model);
    await waitFor(async () => (await t.api(`/api/docs/${model.meta.id}`, { token })).body.type === model.meta.type, `${model.meta.id} to be stored`);
  };
  /** An action plan holding the actions `ids`, in its section 1. */
  const actionPlan = (id: string, title: string, ...ids: string[]) => {
    const b = ModelBuilder.of('action-plan', id).meta({ title });
    for (const a of ids) b.block('1', 'action', a, { task: `Escort convoy ${a}` });
    return b.build();
  };
  /** A filled threat matrix whose every threat's "Linked items" holds `refs`, and no other link. */
  const threatMatrix = (id: string, ...refs: LinkRef[]) => {
    const b = withoutBlockLinks(filledModel(templates.get('threat-matrix'), TODAY).meta({ id }));
    for (const threat of b.blocks('threat')) b.setFields(threat.id, { links: links(...refs) });
    return b.build();
  };
  const approve = (id: string, token: string) =>
    postSignoff(t, id, token, { role: 'head-of-office', decision: 'approved', comment: 'Reviewed.' });

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    hoo = await t.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'viewer' } });
    await store(actionPlan('ap-north', 'Action Plan North', 'A-1', 'A-2'), drafter);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t.stop();
  });

  it('an approval is refused when a threat links to an action its action plan does not have', async () => {
    await store(threatMatrix('tm-missing-action', link('ap-north', 'A-1'), link('ap-north', 'A-9')), drafter);
    const r = await approve('tm-missing-action', hoo);
    expect(r.status).toBe(422);
    const unresolved = (r.body.error.diagnostics as Array<{ code: string; message: string; location: { block?: string } }>).filter((d) => d.code === 'link-unresolved');
    expect(unresolved.length).toBeGreaterThan(0);
    for (const d of unresolved) {
      expect(d.message).toContain('A-9 of document "ap-north"');
      expect(d.location.block).toMatch(/^T-/);
    }
  });

  it('an approval is refused when a link names a document that does not exist', async () => {
    await store(threatMatrix('tm-missing-doc', link('ap-nowhere', 'A-1')), drafter);
    const r = await approve('tm-missing-doc', hoo);
    expect(r.status).toBe(422);
    expect(r.body.error.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'link-unresolved', message: expect.stringContaining('"ap-nowhere"') })]));
  });

  it('an approval is accepted when every link resolves', async () => {
    await store(threatMatrix('tm-linked', link('ap-north', 'A-1'), link('ap-north', 'A-2')), drafter);
    expect((await approve('tm-linked', hoo)).status).toBe(201);
  });

  it('the document view reports the same dangling link the sign-off refuses', async () => {
    await store(threatMatrix('tm-view', link('ap-north', 'A-7')), drafter);
    const detail = (await t.api('/api/docs/tm-view', { token: hoo })).body;
    expect(detail.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'link-unresolved', message: expect.stringContaining('A-7 of document "ap-north"') })]));
  });

  it('a link into a document the signer cannot read is only "cannot be checked": nothing says which of its items exist, nor its titles', async () => {
    const owner = await t.addUser('owner', { grants: { 'ap-secret': 'owner' } });
    await store(actionPlan('ap-secret', 'Covert Plan Zulu', 'A-1'), owner);
    const signer = await t.addUser('hoo-east', { offices: ['head-of-office'], grants: { 'tm-east': 'viewer' } });
    await store(threatMatrix('tm-east', link('ap-secret', 'A-1'), link('ap-secret', 'A-5')), drafter);
    const detail = (await t.api('/api/docs/tm-east', { token: signer })).body;
    const links = (detail.diagnostics as Array<{ code: string; message: string }>).filter((d) => d.code.startsWith('link'));
    expect(links).toEqual([expect.objectContaining({ code: 'links-not-readable', severity: 'warning', message: expect.stringContaining('"ap-secret" cannot be checked') })]);
    expect(JSON.stringify(detail)).not.toMatch(/Covert|Zulu|Escort convoy|A-1|A-5/);
  });
});
