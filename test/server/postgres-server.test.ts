// The real server on a PostgreSQL store (serve --store postgres://…): two people edit live, the server restarts and
// every edit is there; a sign-off is stored with its snapshot and still verifies after the restart; the CLI's store
// commands work on the database POC_STORE_URL names.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import { readSignoffs } from '../../shared/ydoc/layout.js';
import { runServe, userAdd, userList } from '../../cli/commands/index.js';
import { PostgresStorage } from '../../server/storage/postgres.js';
import { type PostgresServer, startPostgres } from '../support/postgres-server.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, tempDir, type TestServer, text, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';
const now = () => new Date(`${TODAY}T12:00:00Z`);

let cluster: PostgresServer;
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(() => cluster?.stop());

/** A server on `storeUrl` with its key file in `dataDir` (kept across restarts). */
const serverOn = (storeUrl: string, dataDir: string): Promise<TestServer> => startTestServer({ dataDir, storeUrl, now });

describe('a server over PostgreSQL', () => {
  it('two people edit one document live, and after a restart every edit is there', async () => {
    const storeUrl = await cluster.createDatabase('poc_edit');
    const data = tempDir();
    try {
      const first = await serverOn(storeUrl, data.dir);
      const amina = await first.addUser('amina', { grants: { '*': 'editor' } });
      const kofi = await first.addUser('kofi', { grants: { '*': 'editor' } });
      await first.createDoc('shared', 'amina');
      const [a, k] = [connectClient(first.url, 'shared', amina), connectClient(first.url, 'shared', kofi)];
      await Promise.all([a.synced(), k.synced()]);
      a.doc.getText('text').insert(0, 'Amina wrote this. ');
      await waitFor(() => text(k.doc).includes('Amina'), "Amina's edit to reach Kofi");
      k.doc.getText('text').insert(text(k.doc).length, 'Kofi added that.');
      await waitFor(() => text(a.doc).includes('Kofi'), "Kofi's edit to reach Amina");
      const keyId = first.server.signer.keyId;
      a.destroy();
      k.destroy();
      await first.stop(true);

      const second = await serverOn(storeUrl, data.dir);
      try {
        const again = connectClient(second.url, 'shared', kofi);
        await again.synced();
        expect(text(again.doc)).toBe('Amina wrote this. Kofi added that.');
        again.destroy();
        // The key file stays on the instance's disk; the store itself is in PostgreSQL only.
        expect(second.server.signer.keyId).toBe(keyId);
        expect(existsSync(join(data.dir, 'poc.sqlite'))).toBe(false);
      } finally {
        await second.stop(true);
      }
    } finally {
      data.remove();
    }
  });

  it('a sign-off is stored with its snapshot, reaches the editor live, and still verifies after a restart', async () => {
    const storeUrl = await cluster.createDatabase('poc_signoff');
    const data = tempDir();
    try {
      const first = await serverOn(storeUrl, data.dir);
      const drafter = await first.addUser('amina', { grants: { '*': 'editor' } });
      const hoo = await first.addUser('hoo', { name: 'Head of Office North', offices: [{ role: 'head-of-office', area: 'Sector North' }], grants: { '*': 'viewer' } });
      await storeDocument(first, drafter, approvableMatrix('tm-north', TODAY));
      const editor = connectClient(first.url, 'tm-north', drafter);
      await editor.synced();
      const signed = await postSignoff(first, 'tm-north', hoo, { role: 'head-of-office', comment: 'Reviewed with the JOC.' });
      expect(signed.status).toBe(201);
      expect(signed.body.status).toBe('valid');
      await waitFor(() => readSignoffs(editor.doc).length === 1, 'the record to reach the editor');
      const [record] = readSignoffs(editor.doc) as SignoffRecord[];
      expect((await first.server.storage.getSignoff(record.id))?.snapshot.length).toBeGreaterThan(0);
      editor.destroy();
      await first.stop(true);

      const second = await serverOn(storeUrl, data.dir);
      try {
        const detail = (await second.api('/api/docs/tm-north', { token: hoo })).body;
        expect(detail.signoffs).toEqual([expect.objectContaining({ role: 'head-of-office', state: 'approved', verification: 'valid', user: 'hoo' })]);
        expect((await second.server.storage.queryAudit({ docId: 'tm-north', kind: 'signoff' })).length).toBe(1);
      } finally {
        await second.stop(true);
      }
    } finally {
      data.remove();
    }
  });
});

describe('the command line on a PostgreSQL store', () => {
  const data = tempDir();
  afterAll(() => data.remove());
  afterEach(() => {
    delete process.env.POC_STORE_URL;
  });

  it("the store commands work on the database POC_STORE_URL names, not on the data folder's file", async () => {
    const url = await cluster.createDatabase('poc_cli');
    process.env.POC_STORE_URL = url;
    await userAdd({ data: data.dir, username: 'amina', name: 'Amina Diallo', out: () => {} });
    expect((await userList({ data: data.dir, out: () => {} })).map((u) => u.username)).toEqual(['amina']);
    const store = await PostgresStorage.open({ url });
    try {
      expect((await store.getUser('amina'))?.name).toBe('Amina Diallo');
    } finally {
      await store.close();
    }
    expect(existsSync(join(data.dir, 'poc.sqlite'))).toBe(false);
  });

  it('a store command on a database that holds no store says so and names the variable', async () => {
    process.env.POC_STORE_URL = await cluster.createDatabase('poc_cli_empty');
    await expect(userList({ data: data.dir, out: () => {} })).rejects.toThrow(/held no store .* check POC_STORE_URL/);
  });

  it('serve refuses a --store that is not a PostgreSQL URL, saying what to give', async () => {
    await expect(runServe({ data: data.dir, store: 'mysql://db/poc', port: 0, handleSignals: false, out: () => {} })).rejects.toThrow(/--store takes a PostgreSQL URL/);
  });
});
