// Durability on PostgreSQL: a server process killed with SIGKILL while clients type loses nothing any client has seen,
// as on SQLite (durability.test.ts): every update is committed in the database before it is broadcast.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { docFromStored } from '../../server/docs/stored.js';
import { PostgresStorage } from '../../server/storage/postgres.js';
import { type PostgresServer, startPostgres } from '../support/postgres-server.js';
import { connectClient, spawnServer, tempDir, type TestClient, text, waitFor } from '../support/test-server.js';
import { startTyping } from '../support/typists.js';

const silent = pino({ level: 'silent' });
let cluster: PostgresServer;
const data = tempDir('poc-pg-kill-');

beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
  data.remove();
});

/** The text of a document as the database holds it, read by a store of its own. */
async function storedText(url: string, docId: string): Promise<string> {
  const s = await PostgresStorage.open({ url });
  try {
    return text(docFromStored(await s.loadUpdates(docId), silent, docId));
  } finally {
    await s.close();
  }
}

describe('kill -9 of a server over PostgreSQL', () => {
  it('after kill -9 while clients type and a restart, every edit is on every client and in the database, and what another client saw was kept', async () => {
    const url = await cluster.createDatabase('poc_kill');
    const token = newToken();
    const setup = await PostgresStorage.open({ url });
    try {
      await setup.addUser({ username: 'typist', name: 'Typist', offices: [] });
      await setup.addToken('typist', hashToken(token));
      await setup.setGrant({ username: 'typist', docId: '*', access: 'owner', grantedBy: 'test' });
      for (const id of ['crash', 'seen']) await setup.createDocument(id, null);
    } finally {
      await setup.close();
    }
    let server = await spawnServer(data.dir, 0, ['--store', url]);
    const { port, url: wsUrl } = server;

    const typists: Array<{ c: TestClient; made: string[] }> = [0, 1, 2].map(() => ({ c: connectClient(wsUrl, 'crash', token), made: [] }));
    // An author whose edits another client sees, and who never comes back after the crash.
    const author = connectClient(wsUrl, 'seen', token);
    const observer = connectClient(wsUrl, 'seen', token);
    await Promise.all([...typists.map((x) => x.c.synced()), author.synced(), observer.synced()]);

    let authorN = 0;
    const authorTimer = setInterval(() => author.doc.getText('text').insert(0, `<seen:${authorN++}>`), 7);
    const stopTyping = startTyping(typists, (x, n) => `<${typists.indexOf(x)}:${n}>`);

    await waitFor(() => (text(observer.doc).match(/<seen:\d+>/g) ?? []).length >= 20, 'the observer to see the author type');
    // What the observer has seen at this instant was broadcast, so it must have been committed.
    const seenBeforeCrash = text(observer.doc).match(/<seen:\d+>/g) ?? [];
    clearInterval(authorTimer);
    server.proc.kill('SIGKILL');
    await server.exited;
    author.destroy();
    observer.destroy();
    // Typing goes on offline for a moment, then the server comes back on the same port.
    await new Promise((r) => setTimeout(r, 150));
    server = await spawnServer(data.dir, port, ['--store', url]);
    await new Promise((r) => setTimeout(r, 300));
    stopTyping();

    const made = typists.flatMap((x) => x.made);
    await waitFor(() => typists.every((x) => x.c.provider.synced && made.every((tok) => text(x.c.doc).includes(tok))), 'every token on every client', 30_000);
    const fresh = connectClient(wsUrl, 'crash', token);
    await fresh.synced();
    fresh.destroy();
    for (const x of typists) x.c.destroy();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const stored = await storedText(url, 'crash');
    expect(made.filter((tok) => !stored.includes(tok))).toEqual([]);
    const seen = await storedText(url, 'seen');
    expect(seenBeforeCrash.filter((tok) => !seen.includes(tok))).toEqual([]);
    expect(seenBeforeCrash.length).toBeGreaterThan(0);
  }, 90_000);
});
