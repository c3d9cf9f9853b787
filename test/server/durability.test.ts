// Durability: a restart keeps everything; a kill -9 while clients type loses nothing any client has seen.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { userAdd } from '../../cli/commands/index.js';
import { docFromStored } from '../../server/docs/stored.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { connectClient, createDocsIn, ROOT, spawnServer, startTestServer, tempDir, type TestClient, text, waitFor } from '../support/test-server.js';
import { startTyping } from '../support/typists.js';

const silent = pino({ level: 'silent' });

/** The text of a document as the store holds it, read with a separate connection to the SQLite file. */
async function storedText(data: string, docId: string): Promise<string> {
  const s = SqliteStorage.open({ file: join(data, 'poc.sqlite') });
  try {
    return text(docFromStored(await s.loadUpdates(docId), silent, docId));
  } finally {
    await s.close();
  }
}

describe('restart', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('a restarted server has every document, user, token, grant, key and audit entry it had', async () => {
    const first = await startTestServer({ dataDir: tmp.dir });
    const token = await first.addUser('alice', { offices: ['srsg'], grants: { '*': 'editor' } });
    await first.createDoc('kept', 'alice');
    const c = connectClient(first.url, 'kept', token);
    await c.synced();
    c.doc.getText('text').insert(0, 'survives a restart');
    await waitFor(async () => (await first.server.storage.loadUpdates('kept')).length > 0, 'the edit to be stored');
    const keyId = first.server.signer.keyId;
    c.destroy();
    await first.stop(true);

    const second = await startTestServer({ dataDir: tmp.dir });
    try {
      const d = connectClient(second.url, 'kept', token);
      await d.synced();
      expect(text(d.doc)).toBe('survives a restart');
      d.destroy();
      expect(second.server.signer.keyId).toBe(keyId);
      expect((await second.api('/api/me', { token })).body).toMatchObject({ username: 'alice', offices: ['srsg'] });
      expect(await second.server.auth.access('alice', 'kept')).toBe('owner');
      expect((await second.server.storage.queryAudit({ kind: 'connect', docId: 'kept' })).length).toBe(2);
    } finally {
      await second.stop(true);
    }
  });

  it('a document unloaded when idle is reloaded on demand with all its content', async () => {
    const t = await startTestServer({ unloadAfterMs: 0 });
    try {
      const token = await t.addUser('bob', { grants: { '*': 'editor' } });
      await t.createDoc('idle');
      const c = connectClient(t.url, 'idle', token);
      await c.synced();
      c.doc.getText('text').insert(0, 'then everyone left');
      await waitFor(async () => (await t.server.storage.loadUpdates('idle')).length > 0, 'the edit to be stored');
      c.destroy();
      await waitFor(() => !t.server.sync.isLoaded('idle'), 'the document to be unloaded');
      const d = connectClient(t.url, 'idle', token);
      await d.synced();
      expect(text(d.doc)).toBe('then everyone left');
      d.destroy();
    } finally {
      await t.stop();
    }
  });
});

describe('kill -9', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('after kill -9 while clients type and a restart, every edit each client made is on every client and on the server', async () => {
    const data = tmp.dir;
    const lines: string[] = [];
    const { token } = await userAdd({ data, username: 'typist', name: 'Typist', admin: true, out: () => {} });
    await createDocsIn(data, ['crash-a', 'crash-b', 'seen']);
    let server = await spawnServer(data);
    const port = server.port;
    const url = server.url;

    // Three typists on each of two documents; they keep typing through the crashes and reconnect by themselves.
    const docs = ['crash-a', 'crash-b'];
    const typists: Array<{ c: TestClient; docId: string; made: string[] }> = [];
    for (const docId of docs) for (let i = 0; i < 3; i++) typists.push({ c: connectClient(url, docId, token), docId, made: [] });
    // An author whose edits another client sees, and who never comes back after the crash.
    const author = connectClient(url, 'seen', token);
    const observer = connectClient(url, 'seen', token);
    await Promise.all([...typists.map((x) => x.c.synced()), author.synced(), observer.synced()]);

    let authorN = 0;
    const authorTimer = setInterval(() => author.doc.getText('text').insert(0, `<seen:${authorN++}>`), 7);
    const stopTyping = startTyping(typists, (x, n) => `<${x.docId}:${typists.indexOf(x)}:${n}>`);

    const seenBeforeCrash: string[] = [];
    for (let round = 1; round <= 2; round++) {
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 400));
      if (round === 1) {
        // What the observer has seen at this instant was broadcast, so it must have been stored.
        seenBeforeCrash.push(...(text(observer.doc).match(/<seen:\d+>/g) ?? []));
        clearInterval(authorTimer);
      }
      server.proc.kill('SIGKILL');
      await server.exited;
      if (round === 1) {
        author.destroy();
        observer.destroy();
      }
      // Typing goes on offline for a moment, then the server comes back on the same port.
      await new Promise((r) => setTimeout(r, 150));
      server = await spawnServer(data, port);
    }
    await new Promise((r) => setTimeout(r, 300));
    stopTyping();

    // Every client converges on a text that holds every token every client typed.
    for (const docId of docs) {
      const group = typists.filter((x) => x.docId === docId);
      const made = group.flatMap((x) => x.made);
      await waitFor(() => group.every((x) => x.c.provider.synced && made.every((tok) => text(x.c.doc).includes(tok))), `every token on every client of ${docId}`, 30_000);
      await waitFor(() => group.every((x) => text(x.c.doc) === text(group[0].c.doc)), `clients of ${docId} to converge`, 30_000);
    }
    // The only disconnections were the crashes: no client was refused on reconnecting while it typed.
    expect(typists.flatMap((x) => x.c.closes).filter((c) => c.code !== 1006)).toEqual([]);
    // Let the last updates land, then stop the server cleanly and read its store.
    const fresh = connectClient(url, 'crash-a', token);
    await fresh.synced();
    fresh.destroy();
    for (const x of typists) x.c.destroy();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    for (const docId of docs) {
      const made = typists.filter((x) => x.docId === docId).flatMap((x) => x.made);
      const stored = await storedText(data, docId);
      const present = made.filter((tok) => stored.includes(tok));
      lines.push(`${docId}: ${made.length} edits made by 3 clients, ${present.length} present on every client and on the server`);
      expect(present.length).toBe(made.length);
    }
    const stored = await storedText(data, 'seen');
    const kept = seenBeforeCrash.filter((tok) => stored.includes(tok));
    lines.push(`seen: ${seenBeforeCrash.length} edits another client had seen before the kill (author never came back), ${kept.length} present on the server`);
    expect(kept.length).toBe(seenBeforeCrash.length);
    expect(seenBeforeCrash.length).toBeGreaterThan(0);

    const report = `kill -9 test (2 crashes while typing, server restarted on the same port):\n  ${lines.join('\n  ')}`;
    console.log(report);
    mkdirSync(join(ROOT, 'test/output'), { recursive: true });
    writeFileSync(join(ROOT, 'test/output/server-kill9.txt'), report + '\n');
  }, 90_000);
});

describe('SIGTERM with clients connected', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('closes every live client with 1001, exits 0, and the store holds the last edit they exchanged', async () => {
    const data = tmp.dir;
    const { token } = await userAdd({ data, username: 'writer', name: 'Writer', admin: true, out: () => {} });
    await createDocsIn(data, ['term']);
    const server = await spawnServer(data);
    const writer = connectClient(server.url, 'term', token);
    const reader = connectClient(server.url, 'term', token);
    try {
      await Promise.all([writer.synced(), reader.synced()]);
      writer.doc.getText('text').insert(0, 'the last edit before SIGTERM');
      await waitFor(() => text(reader.doc).includes('the last edit before SIGTERM'), 'the reader to receive the edit');
      server.proc.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      await waitFor(() => writer.closes.length > 0 && reader.closes.length > 0, 'both clients to be closed');
      expect([writer.closes[0], reader.closes[0]]).toEqual([
        { code: 1001, reason: 'server shutting down' },
        { code: 1001, reason: 'server shutting down' },
      ]);
    } finally {
      writer.destroy();
      reader.destroy();
    }
    expect(await storedText(data, 'term')).toBe('the last edit before SIGTERM');
  });
});
