/**
 * The demo store `npm start` makes (cli/commands/demo-people.ts, run by
 * scripts/start.mjs as `poc demo-setup`): no all-powerful account, and one
 * person per role whose token works and signs only in their office.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AREA, DEMO_MATRIX, DEMO_MATRIX_FR, DEMO_TEAM, type DemoAccount, demoSetup } from '../../cli/commands/demo-people.js';
import { postSignoff } from '../support/sign-off.js';
import { ROOT, startTestServer, type TestServer, tempDir } from '../support/test-server.js';

describe('the demo people of a new store', () => {
  const data = tempDir('poc-demo-');
  let accounts: DemoAccount[];
  let tokensFile: string;
  let t: TestServer;
  const token = (username: string) => accounts.find((a) => a.username === username)!.token;

  beforeAll(async () => {
    ({ accounts, tokensFile } = await demoSetup({ data: data.dir, demoVault: join(ROOT, 'demo-vault'), out: () => {} }));
    t = await startTestServer({ dataDir: data.dir, demoVaultDir: join(ROOT, 'demo-vault') });
  });
  afterAll(async () => {
    await t.stop(true);
    data.remove();
  });

  it('are an admin, a Head of Office, an SRSG, a POC officer, a Force Commander and a French-speaking Head of Office', () => {
    expect(accounts.map((a) => a.username)).toEqual(['admin', 'amina', 'kofi', 'lena', 'omar', 'awa']);
  });

  it('include an admin who administers the server and holds no office', async () => {
    const me = await t.api('/api/me', { token: token('admin') });
    expect(me.status).toBe(200);
    expect(me.body.admin).toBe(true);
    expect(me.body.offices).toEqual([]);
  });

  it("each have a token that signs them in as themselves", async () => {
    for (const a of accounts) {
      const me = await t.api('/api/me', { token: a.token });
      expect(me.status, a.username).toBe(200);
      expect(me.body.username).toBe(a.username);
    }
  });

  it('give only the admin administration', async () => {
    for (const username of ['amina', 'kofi', 'lena', 'omar', 'awa']) expect((await t.api('/api/me', { token: token(username) })).body.admin, username).toBe(false);
  });

  it('are listed with their tokens in a file only its owner can read, in a private data folder', () => {
    expect(statSync(tokensFile).mode & 0o777).toBe(0o600);
    expect(statSync(data.dir).mode & 0o777).toBe(0o700);
    const text = readFileSync(tokensFile, 'utf8');
    for (const a of accounts) expect(text).toContain(`token:   ${a.token}`);
    expect(text).toContain(`head-of-office@${DEMO_AREA}`);
  });

  it('hold the demo documents already, so the server imports nothing more at its first start', async () => {
    const docs = await t.server.storage.listDocuments();
    expect(docs.map((d) => d.id)).toContain(DEMO_MATRIX);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('let the Head of Office edit the Sector North matrix through the working group', async () => {
    const access = await t.api(`/api/docs/${DEMO_MATRIX}`, { token: token('amina') });
    expect(access.status).toBe(200);
    expect(access.body.access).toBe('editor');
    expect((await t.server.storage.teamGrantsFor(DEMO_MATRIX)).map((g) => [g.teamId, g.access])).toEqual([[DEMO_TEAM.id, 'editor']]);
  });

  it('let the French-speaking Head of Office edit the French Sector North matrix, which waits for her approval and not the English-speaking one\'s', async () => {
    expect((await t.api(`/api/docs/${DEMO_MATRIX_FR}`, { token: token('awa') })).body.access).toBe('editor');
    const waiting = async (who: string, id: string) => ((await t.api('/api/docs', { token: token(who) })).body.documents as Array<{ id: string; waitingForMe: Array<{ role: string }> }>).find((d) => d.id === id)!.waitingForMe.map((w) => w.role);
    expect(await waiting('awa', DEMO_MATRIX_FR)).toEqual(['head-of-office']);
    expect(await waiting('amina', DEMO_MATRIX_FR)).toEqual([]);
    expect(await waiting('awa', DEMO_MATRIX)).toEqual([]);
  });

  it('do not let the SRSG sign as Head of Office', async () => {
    const r = await postSignoff(t, DEMO_MATRIX, token('kofi'), { role: 'head-of-office', decision: 'approved' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('not-your-office');
    expect(await t.server.storage.listSignoffs(DEMO_MATRIX)).toEqual([]);
  });

  it('do not let the admin sign as any office', async () => {
    const r = await postSignoff(t, DEMO_MATRIX, token('admin'), { role: 'head-of-office', decision: 'approved' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('not-your-office');
  });

  it('refuse to set up over an existing store', async () => {
    await expect(demoSetup({ data: data.dir, demoVault: join(ROOT, 'demo-vault'), out: () => {} })).rejects.toThrow(/already a store/);
  });
});
