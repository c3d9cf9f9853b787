// Sign-offs: only the server writes them, they verify with its published key, and they go stale when the content changes.
import { base64 } from '@scure/base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { contentHash } from '../../shared/hash/canonical.js';
import { signedBytes, type SignoffRecord, verifySignoff } from '../../shared/signoff/record.js';
import { TemplateSet } from '../../shared/template/set.js';
import { readSignoffs, SIGNOFFS, toModel, writeModel } from '../../shared/ydoc/layout.js';
import { verify } from '../../cli/commands/index.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { filledModel, ModelBuilder } from '../support/build-model.js';
import { connectClient, startTestServer, type TestClient, type TestServer, waitFor } from '../support/test-server.js';
import { currentHash, postSignoff } from '../support/sign-off.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();

describe('server-signed sign-offs', () => {
  let t: TestServer;
  let drafter: string;
  let hoo: string;
  let hom: string;
  let key: Uint8Array;
  const clients: TestClient[] = [];
  const client = async (docId: string, token: string) => {
    await t.createDoc(docId);
    const c = connectClient(t.url, docId, token);
    clients.push(c);
    await c.synced();
    return c;
  };
  /** Writes a fully filled document (a strategy if the id says so, else a threat matrix) as `id` through a client, and waits until the server has it. */
  const writeDoc = async (id: string, edit: (m: ReturnType<typeof filledModel>) => void = () => {}) => {
    const type = id.startsWith('strategy') ? 'strategy' : 'threat-matrix';
    const b = filledModel(templates.get(type), TODAY).meta({ id });
    // The filled model points every link to another document at elsewhere#X-1, an action: a threat's perpetrator analysis accepts only a perpetrator, so it is left empty.
    for (const threat of b.blocks('threat')) b.setFields(threat.id, { perpetratorProfile: undefined });
    edit(b);
    const c = await client(id, drafter);
    writeModel(c.doc, b.build());
    await waitFor(async () => (await t.api(`/api/docs/${id}`, { token: drafter })).body.type === type, `${id} to be stored`);
    return c;
  };
  const sign = (id: string, token: string, role: string, decision = 'approved') =>
    postSignoff(t, id, token, { role, decision, comment: 'Reviewed with the JOC.' });

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    hoo = await t.addUser('hoo', { name: 'Head of Office North', offices: ['head-of-office'], grants: { '*': 'viewer' } });
    hom = await t.addUser('hom', { name: 'Head of Mission', offices: ['head-of-mission'], grants: { '*': 'viewer' } });
    const keys = (await t.api('/api/keys')).body.keys as Array<{ keyId: string; publicKey: string; algorithm: string }>;
    expect(keys[0].algorithm).toBe('Ed25519');
    key = base64.decode(keys[0].publicKey);
    // The documents the filled models link to, so their links resolve (the server checks links to other documents);
    // a filled strategy stored under another id still links to its own blocks as "strategy-demo".
    const targets = [
      filledModel(templates.get('strategy'), TODAY),
      ModelBuilder.of('action-plan', 'elsewhere').block('1', 'action', 'X-1', { task: 'Patrol the market' }),
      ModelBuilder.of('action-plan', 'action-plan-demo'),
      ModelBuilder.of('threat-matrix', 'threat-matrix-demo'),
      ModelBuilder.of('resources-matrix', 'resources-matrix-demo'),
    ].map((b) => b.build());
    for (const m of targets) {
      const c = await client(m.meta.id, drafter);
      writeModel(c.doc, m);
      await waitFor(async () => (await t.api(`/api/docs/${m.meta.id}`, { token: drafter })).body.type === m.meta.type, `${m.meta.id} to be stored`);
    }
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t.stop();
  });

  it('a real sign-off reaches every client live and verifies with the published key', async () => {
    const c = await writeDoc('tm-north');
    const r = await sign('tm-north', hoo, 'head-of-office');
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('valid');
    await waitFor(() => readSignoffs(c.doc).length === 1, 'the record to reach the client');
    const [record] = readSignoffs(c.doc) as SignoffRecord[];
    expect(record.payload).toMatchObject({ docId: 'tm-north', role: 'head-of-office', user: 'hoo', userName: 'Head of Office North', decision: 'approved' });
    const hash = contentHash(toModel(c.doc, templates).model);
    expect(verifySignoff(record, key, 'tm-north', hash)).toMatchObject({ state: 'valid' });
    expect((await t.api('/api/docs/tm-north', { token: hoo })).body.signoffs).toEqual([
      expect.objectContaining({ role: 'head-of-office', state: 'approved', verification: 'valid', user: 'hoo' }),
    ]);
  });

  it('editing after signing makes the sign-off stale, for the client and for the server', async () => {
    const c = await writeDoc('tm-south');
    expect((await sign('tm-south', hoo, 'head-of-office')).status).toBe(201);
    await waitFor(() => readSignoffs(c.doc).length === 1, 'the record to reach the client');
    c.doc.getMap('meta').set('title', 'Threat matrix, South (revised)');
    await waitFor(async () => (await t.api('/api/docs/tm-south', { token: hoo })).body.title === 'Threat matrix, South (revised)', 'the edit to be stored');
    const [record] = readSignoffs(c.doc);
    expect(verifySignoff(record, key, 'tm-south', contentHash(toModel(c.doc, templates).model)).state).toBe('stale');
    const detail = (await t.api('/api/docs/tm-south', { token: hoo })).body;
    expect(detail.records[0].status).toBe('stale');
    expect(detail.signoffs[0].verification).toBe('stale');
  });

  it('the signed snapshot is served, so a client can show what changed since', async () => {
    const c = await writeDoc('tm-east');
    const { body: view } = await sign('tm-east', hoo, 'head-of-office');
    c.doc.getMap('meta').set('title', 'Changed after signing');
    await waitFor(async () => (await t.api('/api/docs/tm-east', { token: hoo })).body.title === 'Changed after signing', 'the edit to be stored');
    const v = await t.api(`/api/docs/tm-east/versions/${view.record.id}`, { token: hoo });
    expect(v.status).toBe(200);
    expect(v.body.model.meta.title).not.toBe('Changed after signing');
    expect(v.body.contentHash).toBe(view.record.payload.contentHash);
    expect(typeof v.body.snapshot).toBe('string');
  });

  it('a forged sign-off written by a client is refused: the client is disconnected, and neither storage nor other clients get it', async () => {
    const honest = await writeDoc('tm-west');
    const forger = await client('tm-west', drafter);
    const priv = ed25519.utils.randomSecretKey();
    const payload = { docId: 'tm-west', docType: 'threat-matrix', templateVersion: 1, role: 'head-of-office', user: 'hoo', userName: 'Head of Office North', decision: 'approved' as const, comment: '', contentHash: contentHash(toModel(forger.doc, templates).model), signedAt: `${TODAY}T09:00:00Z` };
    const forged = { id: 'so-forged', payload, signature: base64.encode(ed25519.sign(signedBytes(payload), priv)), keyId: 'ffffffffffffffff' };
    forger.doc.getMap(SIGNOFFS).set('so-forged', forged);
    await waitFor(() => forger.closes.some((x) => x.code === CLOSE.PROTECTED_WRITE), 'the forger to be disconnected');
    // The forger's copy is flagged by verification: it does not check out against the server key.
    expect(verifySignoff(forged, key, 'tm-west', payload.contentHash).state).toBe('invalid');
    // Others: the honest client, a newcomer, and the server's store hold no sign-off.
    honest.doc.getMap('meta').set('title', 'still syncing');
    const late = await client('tm-west', hoo);
    await waitFor(() => late.doc.getMap('meta').get('title') === 'still syncing', 'the newcomer to be in sync');
    expect(readSignoffs(honest.doc)).toEqual([]);
    expect(readSignoffs(late.doc)).toEqual([]);
    expect((await t.api('/api/docs/tm-west', { token: hoo })).body.records).toEqual([]);
    const audit = await t.server.storage.queryAudit({ kind: 'write-rejected', docId: 'tm-west' });
    expect(audit[0].detail).toMatchObject({ reason: 'protected' });
  });

  it('a client cannot remove or alter a real sign-off', async () => {
    const c = await writeDoc('tm-central');
    const { body: view } = await sign('tm-central', hoo, 'head-of-office');
    await waitFor(() => readSignoffs(c.doc).length === 1, 'the record to arrive');
    const remover = await client('tm-central', drafter);
    remover.doc.getMap(SIGNOFFS).delete(view.record.id);
    await waitFor(() => remover.closes.some((x) => x.code === CLOSE.PROTECTED_WRITE), 'the remover to be disconnected');
    const alterer = await client('tm-central', drafter);
    alterer.doc.getMap(SIGNOFFS).set(view.record.id, { ...view.record, payload: { ...view.record.payload, decision: 'rejected' } });
    await waitFor(() => alterer.closes.some((x) => x.code === CLOSE.PROTECTED_WRITE), 'the alterer to be disconnected');
    const late = await client('tm-central', hoo);
    expect(readSignoffs(late.doc)).toEqual([view.record]);
  });

  it('an approval is refused with 422 and the diagnostics while validation finds errors', async () => {
    await writeDoc('tm-broken', (b) => b.field('office', undefined));
    const r = await sign('tm-broken', hoo, 'head-of-office');
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('not-ready');
    expect(r.body.error.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'required-field', severity: 'error' })]));
    expect((await t.api('/api/docs/tm-broken', { token: hoo })).body.records).toEqual([]);
  });

  it('the diagnostics of a refused approval are in the language the browser asks for, with the same codes', async () => {
    await writeDoc('tm-broken-fr', (b) => b.field('office', undefined));
    const contentHash = await currentHash(t, 'tm-broken-fr', hoo);
    const body = { role: 'head-of-office', decision: 'approved', comment: 'Vu avec le JOC.', contentHash };
    const r = await t.api('/api/docs/tm-broken-fr/signoffs', { method: 'POST', token: hoo, body, headers: { 'accept-language': 'fr-CD,fr;q=0.9,en;q=0.8' } });
    expect(r.status).toBe(422);
    const required = (r.body.error.diagnostics as Array<{ code: string; message: string; location: { field?: string } }>).find((d) => d.code === 'required-field' && d.location.field === 'office');
    expect(required?.message).toMatch(/^Renseignez le champ «\u00a0.+\u00a0» du document\u00a0: il est obligatoire\.$/);
  });

  it("a document's diagnostics are in the language the browser asks for, English without one", async () => {
    await writeDoc('tm-broken-read', (b) => b.field('office', undefined));
    const messageIn = async (headers: Record<string, string>) =>
      ((await t.api('/api/docs/tm-broken-read', { token: hoo, headers })).body.diagnostics as Array<{ code: string; message: string; location: { field?: string } }>).find((d) => d.code === 'required-field' && d.location.field === 'office')?.message;
    expect(await messageIn({ 'accept-language': 'fr' })).toMatch(/^Renseignez le champ «\u00a0.+\u00a0» du document/);
    expect(await messageIn({})).toMatch(/^Fill in the document's ".+": it is required\.$/);
  });

  it('a rejection is accepted even while errors remain', async () => {
    await writeDoc('tm-broken-2', (b) => b.field('office', undefined));
    expect((await sign('tm-broken-2', hoo, 'head-of-office', 'rejected')).status).toBe(201);
  });

  it('the strategy\'s endorsements come in either order: a person still holding the former office "unct" endorses as the RC/HC before the Head of Mission', async () => {
    await writeDoc('strategy-x');
    const unct = await t.addUser('unct', { offices: ['unct'], grants: { '*': 'viewer' } });
    expect((await sign('strategy-x', unct, 'rc-hc')).status).toBe(201);
    expect((await sign('strategy-x', hom, 'head-of-mission')).status).toBe(201);
  });

  it('an approval of a version the document has since left is refused with 409 content-changed, and nothing is signed', async () => {
    const c = await writeDoc('tm-reviewed');
    // The Head of Office reviews the document as it is now…
    const reviewed = (await t.api('/api/docs/tm-reviewed', { token: hoo })).body.contentHash as string;
    // …and an editor changes it before the approval arrives.
    c.doc.getMap('fields').set('office', 'Sector North, changed after the review');
    await waitFor(async () => (await t.api('/api/docs/tm-reviewed', { token: hoo })).body.contentHash !== reviewed, 'the edit to be stored');
    const current = (await t.api('/api/docs/tm-reviewed', { token: hoo })).body.contentHash as string;
    const r = await t.api('/api/docs/tm-reviewed/signoffs', { method: 'POST', token: hoo, body: { role: 'head-of-office', decision: 'approved', contentHash: reviewed } });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'content-changed', reviewedHash: reviewed, currentHash: current });
    expect(await t.server.storage.listSignoffs('tm-reviewed')).toEqual([]);
    expect(readSignoffs(c.doc)).toEqual([]);
  });

  it('an edit racing the sign-off request: whatever the interleaving, the server signs the reviewed version or nothing (409)', async () => {
    const c = await writeDoc('tm-race');
    for (let round = 0; round < 5; round++) {
      const reviewed = (await t.api('/api/docs/tm-race', { token: hoo })).body.contentHash as string;
      const before = (await t.server.storage.listSignoffs('tm-race')).length;
      // The edit and the request leave together; the server may see them in either order.
      c.doc.getMap('fields').set('preparedBy', `JOC, round ${round}`);
      const r = await postSignoff(t, 'tm-race', hoo, { role: 'head-of-office', decision: 'rejected', contentHash: reviewed });
      const after = await t.server.storage.listSignoffs('tm-race');
      if (r.status === 201) {
        expect(r.body.record.payload.contentHash).toBe(reviewed);
        expect(after).toHaveLength(before + 1);
      } else {
        expect(r.status).toBe(409);
        expect(r.body.error).toMatchObject({ code: 'content-changed', reviewedHash: reviewed });
        expect(after).toHaveLength(before);
      }
      await waitFor(async () => (await t.api('/api/docs/tm-race', { token: hoo })).body.contentHash !== reviewed, 'the edit to be stored');
    }
  });

  it('an approval of the version the document holds is signed over exactly that version', async () => {
    await writeDoc('tm-reviewed-now');
    const reviewed = (await t.api('/api/docs/tm-reviewed-now', { token: hoo })).body.contentHash as string;
    const r = await t.api('/api/docs/tm-reviewed-now/signoffs', { method: 'POST', token: hoo, body: { role: 'head-of-office', decision: 'approved', contentHash: reviewed } });
    expect(r.status).toBe(201);
    expect(r.body.record.payload.contentHash).toBe(reviewed);
  });

  it('a sign-off that does not say which version was reviewed is refused with 400 content-hash-required, and nothing is signed', async () => {
    await writeDoc('tm-no-hash');
    const r = await t.api('/api/docs/tm-no-hash/signoffs', { method: 'POST', token: hoo, body: { role: 'head-of-office', decision: 'approved', comment: 'Looks fine.' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('content-hash-required');
    expect(r.body.error.message).toMatch(/update your client, review the document again/);
    expect(await t.server.storage.listSignoffs('tm-no-hash')).toEqual([]);
  });

  it('a content hash that is not one is refused with 400 bad-content-hash', async () => {
    await writeDoc('tm-bad-hash');
    const r = await t.api('/api/docs/tm-bad-hash/signoffs', { method: 'POST', token: hoo, body: { role: 'head-of-office', decision: 'approved', contentHash: 'md5:abc' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad-content-hash');
    expect(await t.server.storage.listSignoffs('tm-bad-hash')).toEqual([]);
  });

  it('signing for an office one does not hold is refused with 403', async () => {
    await writeDoc('tm-office');
    const r = await sign('tm-office', hom, 'head-of-office');
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/do not hold the office "head-of-office"/);
  });

  it('sign-off spam stops at the limit: the 11th sign-off of one document within the hour gets 429 too-many-signoffs with Retry-After, and no record is added', async () => {
    await writeDoc('tm-spam');
    for (let i = 0; i < 10; i++) expect((await sign('tm-spam', hoo, 'head-of-office', 'rejected')).status).toBe(201);
    const body = JSON.stringify({ role: 'head-of-office', decision: 'rejected', comment: 'Again.', contentHash: await currentHash(t, 'tm-spam', hoo) });
    const r = await fetch(`${t.httpUrl}/api/docs/tm-spam/signoffs`, { method: 'POST', headers: { authorization: `Bearer ${hoo}`, 'content-type': 'application/json' }, body });
    expect(r.status).toBe(429);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('too-many-signoffs');
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await t.server.storage.listSignoffs('tm-spam')).toHaveLength(10);
    // The limit is per person and document: the same person signs another document.
    await writeDoc('tm-spam-2');
    expect((await sign('tm-spam-2', hoo, 'head-of-office', 'rejected')).status).toBe(201);
  });

  it('an archived document cannot be signed off: 409 archived, and no record is stored or reaches the document', async () => {
    const c = await writeDoc('tm-archived');
    const admin = await t.addUser('admin', { grants: { '*': 'owner' } });
    expect((await t.api('/api/docs/tm-archived/archived', { method: 'PUT', token: admin, body: { archived: true } })).status).toBe(200);
    const r = await sign('tm-archived', hoo, 'head-of-office');
    expect(r).toMatchObject({ status: 409, body: { error: { code: 'archived', message: expect.stringMatching(/archived and read-only, so nothing was signed/) } } });
    expect(await t.server.storage.listSignoffs('tm-archived')).toEqual([]);
    expect(readSignoffs(c.doc)).toEqual([]);
  });

  it('sign-offs are in the audit trail', async () => {
    const entries = await t.server.storage.queryAudit({ kind: 'signoff', docId: 'tm-north' });
    expect(entries).toEqual([expect.objectContaining({ actor: 'hoo', detail: expect.objectContaining({ role: 'head-of-office', decision: 'approved' }) })]);
  });

  it('poc verify checks every signature against the published key and says whether it still matches', async () => {
    const lines: string[] = [];
    const fresh = await verify({ docId: 'tm-north', server: t.url, token: hoo, out: (l) => lines.push(l) });
    expect(fresh).toMatchObject({ valid: 1, stale: 0, invalid: 0 });
    expect(lines.join('\n')).toMatch(/VALID/);
    const changed = await verify({ docId: 'tm-south', server: t.httpUrl, token: hoo, out: () => {} });
    expect(changed).toMatchObject({ valid: 0, stale: 1, invalid: 0 });
  });
});
