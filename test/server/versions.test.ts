// Version history (issue 13): named, automatic and signed versions listed for whoever can read; only editors save;
// automatic versions follow edits at most once per interval and only when the content changed; the thinning keeps
// the history bounded; "last viewed" and "last signed by me" are the caller's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { versionsToDrop, THINNING } from '../../server/docs/version-thinning.js';
import type { VersionRow } from '../../server/storage/storage.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestClient, type TestServer, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';
const START = Date.parse(`${TODAY}T12:00:00Z`);
const AUTO_EVERY_MS = 60_000;

describe('version history over HTTP', () => {
  let t: TestServer;
  let clock = START;
  let drafter: string;
  let reader: string;
  let stranger: string;
  let hoo: string;
  const clients: TestClient[] = [];
  const list = (docId: string, token: string) => t.api(`/api/docs/${docId}/versions`, { token });
  const save = (docId: string, token: string, name: string) => t.api(`/api/docs/${docId}/versions`, { method: 'POST', token, body: { name } });
  const retitle = (c: TestClient, m: DocModel, title: string) => writeModel(c.doc, { ...m, meta: { ...m.meta, title } });
  const autos = async (docId: string) => ((await list(docId, drafter)).body.versions as Array<{ kind: string }>).filter((v) => v.kind === 'auto');
  /** Stores the model and waits for the automatic version its writing brings, so later versions list after it. */
  const store = async (m: DocModel) => {
    await storeDocument(t, drafter, m);
    await waitFor(async () => (await autos(m.meta.id)).length === 1, `the automatic version of ${m.meta.id}`);
  };

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(clock), autoVersionEveryMs: AUTO_EVERY_MS });
    drafter = await t.addUser('drafter', { name: 'Amina Drafter', grants: { '*': 'editor' } });
    reader = await t.addUser('reader', { grants: { '*': 'viewer' } });
    stranger = await t.addUser('stranger');
    hoo = await t.addUser('hoo', { name: 'Head of Office North', offices: ['head-of-office'], grants: { '*': 'viewer' } });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t.stop();
  });

  it('a named version is listed with its name, its author and the time it was saved', async () => {
    await store(approvableMatrix('tm-named', TODAY));
    const saved = await save('tm-named', drafter, 'Draft sent to UNCT, 3 March');
    expect(saved.status).toBe(201);
    const { versions } = (await list('tm-named', reader)).body;
    expect(versions[0]).toMatchObject({
      id: saved.body.id,
      kind: 'named',
      name: 'Draft sent to UNCT, 3 March',
      createdBy: 'drafter',
      createdByName: 'Amina Drafter',
      createdAt: new Date(clock).toISOString(),
    });
    expect(saved.body.id).toMatch(/^v_[A-Za-z0-9_-]{20,}$/);
  });

  it('saving a named version is recorded in the audit trail', async () => {
    const [entry] = await t.server.storage.queryAudit({ docId: 'tm-named', kind: 'version-saved' });
    expect(entry).toMatchObject({ actor: 'drafter', detail: { name: 'Draft sent to UNCT, 3 March' } });
  });

  it('a named version is fetched by its id with the content hash of the document when it was saved', async () => {
    const hash = (await t.api('/api/docs/tm-named', { token: reader })).body.contentHash;
    const [named] = (await list('tm-named', reader)).body.versions;
    const v = await t.api(`/api/docs/tm-named/versions/${named.id}`, { token: reader });
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ contentHash: hash, model: { meta: { id: 'tm-named', title: 'Threat matrix tm-named' } } });
    expect(v.body.record).toBeUndefined();
  });

  it('a viewer cannot save a version, and is told why in words', async () => {
    const r = await save('tm-named', reader, 'Mine');
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/Only editors and owners/);
  });

  it('a viewer cannot restore a version', async () => {
    const [named] = (await list('tm-named', reader)).body.versions;
    const r = await t.api(`/api/docs/tm-named/versions/${named.id}/restore`, { method: 'POST', token: reader });
    expect(r.status).toBe(403);
  });

  it('someone who cannot read the document gets 404 for its history, its versions, saving and restoring', async () => {
    const [named] = (await list('tm-named', reader)).body.versions;
    expect((await list('tm-named', stranger)).status).toBe(404);
    expect((await t.api(`/api/docs/tm-named/versions/${named.id}`, { token: stranger })).status).toBe(404);
    expect((await save('tm-named', stranger, 'x')).status).toBe(404);
    expect((await t.api(`/api/docs/tm-named/versions/${named.id}/restore`, { method: 'POST', token: stranger })).status).toBe(404);
  });

  it("a version id of another document answers 404", async () => {
    await store(approvableMatrix('tm-other', TODAY));
    const [named] = (await list('tm-named', drafter)).body.versions;
    const r = await t.api(`/api/docs/tm-other/versions/${named.id}`, { token: drafter });
    expect(r.status).toBe(404);
    expect((await t.api(`/api/docs/tm-other/versions/${named.id}/restore`, { method: 'POST', token: drafter })).status).toBe(404);
  });

  it('an automatic version appears after edits', async () => {
    const m = approvableMatrix('tm-auto', TODAY);
    await store(m);
    const c = connectClient(t.url, 'tm-auto', drafter);
    clients.push(c);
    await c.synced();
    retitle(c, m, 'Edited once');
    await waitFor(async () => (await t.api('/api/docs/tm-auto', { token: drafter })).body.title === 'Edited once', 'the edit to be stored');
  });

  it('no second automatic version is taken before the interval has passed', async () => {
    const { versions } = t.server;
    versions.touched('tm-auto');
    await versions.settled('tm-auto');
    expect(await autos('tm-auto')).toHaveLength(1);
  });

  it('once the interval has passed, the edited content gets its automatic version', async () => {
    clock += AUTO_EVERY_MS + 1000;
    t.server.versions.touched('tm-auto');
    await t.server.versions.settled('tm-auto');
    const [latest] = await autos('tm-auto');
    const hash = (await t.api('/api/docs/tm-auto', { token: drafter })).body.contentHash;
    expect(await autos('tm-auto')).toHaveLength(2);
    expect(latest).toMatchObject({ contentHash: hash });
  });

  it('no automatic version is taken when nothing changed since the latest one', async () => {
    clock += AUTO_EVERY_MS + 1000;
    t.server.versions.touched('tm-auto');
    await t.server.versions.settled('tm-auto');
    expect(await autos('tm-auto')).toHaveLength(2);
  });

  it('a signed version is listed with its office and decision, and fetched by its sign-off id as before', async () => {
    await store(approvableMatrix('tm-signed', TODAY));
    const signed = await postSignoff(t, 'tm-signed', hoo, { role: 'head-of-office', comment: 'Reviewed.' });
    expect(signed.status).toBe(201);
    const id = signed.body.record.id as string;
    const { versions } = (await list('tm-signed', reader)).body;
    expect(versions.find((v: { id: string }) => v.id === id)).toMatchObject({
      kind: 'signed',
      name: 'Approved as Head of Office',
      createdBy: 'hoo',
      signoff: { role: 'head-of-office', decision: 'approved' },
      contentHash: signed.body.record.payload.contentHash,
    });
    const v = await t.api(`/api/docs/tm-signed/versions/${id}`, { token: reader });
    expect(v.status).toBe(200);
    expect(v.body.record.id).toBe(id);
  });

  it('lastSignedByMe is the caller’s own sign-off, lastSigned anyone’s', async () => {
    const signer = (await list('tm-signed', hoo)).body;
    const other = (await list('tm-signed', reader)).body;
    expect(signer.lastSignedByMe).toBe(signer.lastSigned);
    expect(other.lastSignedByMe).toBeUndefined();
    expect(other.lastSigned).toBe(signer.lastSigned);
  });

  it('lastViewed is the version the caller marked as seen, and nobody else’s', async () => {
    const viewed = await t.api('/api/docs/tm-named/viewed', { method: 'POST', token: reader });
    expect(viewed.status).toBe(200);
    expect((await list('tm-named', reader)).body.lastViewed).toBe(viewed.body.id);
    expect((await list('tm-named', drafter)).body.lastViewed).toBeUndefined();
  });

  it('marking a document seen when its latest version holds the current content adds no version', async () => {
    const before = (await list('tm-named', reader)).body.versions.length;
    const viewed = await t.api('/api/docs/tm-named/viewed', { method: 'POST', token: drafter });
    expect((await list('tm-named', drafter)).body.versions).toHaveLength(before);
    expect(viewed.body.id).toBe((await list('tm-named', drafter)).body.versions[0].id);
  });

  it('marking a document seen after it changed saves its current state as the caller’s last viewed version', async () => {
    const c = clients[0];
    retitle(c, approvableMatrix('tm-auto', TODAY), 'Edited twice');
    await waitFor(async () => (await t.api('/api/docs/tm-auto', { token: reader })).body.title === 'Edited twice', 'the edit to be stored');
    const hash = (await t.api('/api/docs/tm-auto', { token: reader })).body.contentHash;
    const viewed = await t.api('/api/docs/tm-auto/viewed', { method: 'POST', token: reader });
    expect(viewed.body).toMatchObject({ kind: 'auto', contentHash: hash });
    expect((await list('tm-auto', reader)).body.lastViewed).toBe(viewed.body.id);
  });

  it('deleting a document removes its stored versions', async () => {
    await store(approvableMatrix('tm-gone', TODAY));
    const saved = await save('tm-gone', drafter, 'Before deletion');
    const admin = await t.addUser('admin', { grants: { '*': 'owner' } });
    expect((await t.api('/api/docs/tm-gone', { method: 'DELETE', token: admin })).status).toBe(200);
    expect(await t.server.storage.getVersion(saved.body.id)).toBeUndefined();
    const [entry] = await t.server.storage.queryAudit({ docId: 'tm-gone', kind: 'document-deleted' });
    // The automatic version its writing brought, and the named one.
    expect(entry.detail).toMatchObject({ versionsDropped: 2 });
  });
});

describe('thinning of automatic versions', () => {
  const HOUR = 3_600_000;
  const now = new Date(START);
  const auto = (i: number, ageMs: number): VersionRow => ({
    id: `a${i}`,
    docId: 'd',
    kind: 'auto',
    name: null,
    createdAt: new Date(START - ageMs).toISOString(),
    createdBy: null,
    contentHash: `h${i}`,
    restoredFrom: null,
  });
  /** Two years of automatic versions every 10 minutes, newest first. */
  const twoYears = Array.from({ length: (2 * 365 * 24 * HOUR) / (10 * 60_000) }, (_, i) => auto(i, i * 10 * 60_000));
  const kept = (versions: VersionRow[], pinned = new Set<string>()) => {
    const drop = new Set(versionsToDrop(versions, now, pinned));
    return versions.filter((v) => !drop.has(v.id));
  };

  it('keeps every automatic version of the last 24 hours', () => {
    const left = kept(twoYears);
    expect(left.filter((v) => START - Date.parse(v.createdAt) < 24 * HOUR)).toHaveLength(144);
  });

  it('keeps one automatic version a day for the 30 days before that', () => {
    const left = kept(twoYears).filter((v) => {
      const age = START - Date.parse(v.createdAt);
      return age >= 24 * HOUR && age < 30 * 24 * HOUR;
    });
    const days = new Set(left.map((v) => v.createdAt.slice(0, 10)));
    expect(left.length).toBe(days.size);
    expect(days.size).toBeGreaterThanOrEqual(29);
  });

  it('keeps two years of automatic versions every 10 minutes within the cap', () => {
    expect(kept(twoYears).length).toBeLessThanOrEqual(THINNING.maxPerDocument);
  });

  it('never drops a named version or one someone last viewed, and drops the oldest automatic ones past the cap', () => {
    const named: VersionRow = { ...auto(-1, 400 * 24 * HOUR), id: 'named', kind: 'named', name: 'Kept' };
    const viewed = twoYears[twoYears.length - 1];
    const many = [...Array.from({ length: THINNING.maxPerDocument + 50 }, (_, i) => auto(i, i * 60_000)), viewed, named];
    const left = kept(many, new Set([viewed.id]));
    expect(left.map((v) => v.id)).toEqual(expect.arrayContaining(['named', viewed.id, 'a0']));
    expect(left).toHaveLength(THINNING.maxPerDocument);
    expect(left.map((v) => v.id)).not.toContain(`a${THINNING.maxPerDocument + 49}`);
  });
});
