// A stored document's first clients are answered from the stored bytes while the server builds its own Y.Doc
// (server/sync/lazy-load.ts). These tests hold the build open with a gate, so "while it loads" is a fact, not a race.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_LIMITS } from '../../server/limits.js';
import { Deny, type SyncHooks } from '../../server/sync/sync-hooks-contract.js';
import { SyncServer } from '../../server/sync/sync-server.js';
import { connectClient, rawClient, type TestClient, text, waitFor } from '../support/test-server.js';

interface Harness {
  url: string;
  sync: SyncServer;
  /** Updates stored through onStoreUpdate, in order. */
  stored: Uint8Array[];
  /** Lets the Y.Doc build (onLoadDocument) go on. */
  open(): void;
  /** Whether onLoadDocument has been entered. */
  building(): boolean;
  close(): Promise<void>;
}

/** A sync server over in-memory rows whose onLoadDocument waits for `open()`; `extra` runs inside the load. */
async function harness(rows: Uint8Array[], opts: { extra?: (doc: Y.Doc) => void; fail?: boolean; access?: 'viewer' | 'editor' } = {}): Promise<Harness> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let entered = false;
  const stored: Uint8Array[] = [];
  const hooks: SyncHooks = {
    async onAuthenticate({ token }) {
      if (token !== 'ok') throw new Deny(4401, 'no');
      return { user: { username: 'alice', name: 'Alice' }, access: opts.access ?? 'editor' };
    },
    onReadDocument: async () => rows,
    async onLoadDocument({ doc, origin, stored: given }) {
      entered = true;
      await gate;
      if (opts.fail) throw new Error('the store went away');
      Y.transact(doc, () => (given ?? rows).forEach((u) => Y.applyUpdate(doc, u)), origin);
      if (opts.extra) Y.transact(doc, () => opts.extra!(doc), origin);
    },
    async onStoreUpdate({ update }) {
      stored.push(update);
    },
  };
  const sync = new SyncServer({ hooks, logger: pino({ level: 'silent' }), limits: DEFAULT_LIMITS, unloadAfterMs: 50 });
  const http: Server = createServer();
  http.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  return {
    url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}`,
    sync,
    stored,
    open: release,
    building: () => entered,
    async close() {
      release();
      await sync.close();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}

/** Stored rows as the store keeps them: one compacted state, then single keystrokes. */
function storedRows(): { rows: Uint8Array[]; expected: string } {
  const doc = new Y.Doc();
  const rows: Uint8Array[] = [];
  doc.getText('text').insert(0, 'The compacted state of the protection of civilians plan. ');
  doc.getMap('meta').set('title', 'POC plan');
  rows.push(Y.encodeStateAsUpdate(doc));
  doc.on('update', (u: Uint8Array) => rows.push(u));
  for (const ch of 'Later keystrokes.') doc.getText('text').insert(doc.getText('text').length, ch);
  doc.getText('text').delete(0, 4);
  return { rows, expected: text(doc) };
}

describe('answering a stored document before the server has built it', () => {
  let h: Harness | undefined;
  const clients: TestClient[] = [];
  const client = (docId = 'plan', token = 'ok') => {
    const c = connectClient(h!.url, docId, token);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await h?.close();
    h = undefined;
  });

  it('a new client holds the whole stored state, compacted row and later rows alike, by the time it counts as synced', async () => {
    const { rows, expected } = storedRows();
    h = await harness(rows);
    const a = client();
    await a.synced();
    expect(text(a.doc)).toBe(expected);
    expect(a.doc.getMap('meta').get('title')).toBe('POC plan');
    expect(a.doc.store.pendingStructs).toBeNull();
  });

  it('the server builds its document after answering, and a second client then gets the same state', async () => {
    const { rows, expected } = storedRows();
    h = await harness(rows);
    const a = client();
    await a.synced();
    await waitFor(() => h!.building(), 'the build to start after the answer');
    h.open();
    expect(await h.sync.read('plan', (d) => text(d))).toBe(expected);
    const b = client();
    await b.synced();
    expect(text(b.doc)).toBe(expected);
  });

  it('an edit sent while the document is being built waits for it, is stored, and reaches the others after the stored content', async () => {
    const { rows, expected } = storedRows();
    h = await harness(rows);
    const a = client();
    const b = client();
    await Promise.all([a.synced(), b.synced()]);
    a.doc.getText('text').insert(0, 'NEW ');
    // Give the edit time to reach the server: it must not be stored or sent while the build is held.
    await new Promise((r) => setTimeout(r, 100));
    expect(h.stored).toHaveLength(0);
    expect(text(b.doc)).toBe(expected);
    h.open();
    await waitFor(() => text(b.doc) === `NEW ${expected}`, 'the edit to reach the other client');
    expect(h.stored).toHaveLength(1);
    expect(await h.sync.read('plan', (d) => text(d))).toBe(`NEW ${expected}`);
  });

  it('what the load adds beyond the stored bytes (a restored sign-off) reaches the clients answered before', async () => {
    const { rows } = storedRows();
    h = await harness(rows, { extra: (doc) => doc.getMap('signoffs').set('s1', 'restored record') });
    const a = client();
    await a.synced();
    expect(a.doc.getMap('signoffs').has('s1')).toBe(false);
    h.open();
    await waitFor(() => a.doc.getMap('signoffs').get('s1') === 'restored record', 'the restored record to reach the early client');
  });

  it('a client that waits for the server to speak first still gets the sync step 1, once the document is built', async () => {
    const { rows } = storedRows();
    h = await harness(rows);
    const raw = rawClient(h.url, '/plan?token=ok');
    await raw.opened;
    await waitFor(() => h!.building(), 'the build to start without a sync step 1 from the client');
    expect(raw.messages.filter((m) => m[0] === 0)).toHaveLength(0);
    h.open();
    await waitFor(() => raw.messages.some((m) => m[0] === 0 && m[1] === 0), "the server's sync step 1");
    raw.ws.close();
  });

  it('a refused client gets no content, even from the stored bytes', async () => {
    const { rows } = storedRows();
    h = await harness(rows);
    const x = client('plan', 'bad');
    await waitFor(() => x.closes.length > 0, 'the refusal');
    expect(x.closes[0].code).toBe(4401);
    expect(text(x.doc)).toBe('');
  });

  it('if building the document fails, the clients answered early are disconnected with 4500 and the server stays up', async () => {
    const { rows } = storedRows();
    h = await harness(rows, { fail: true });
    const a = client();
    await a.synced();
    h.open();
    await waitFor(() => a.closes.some((c) => c.code === 4500), 'the early client to be disconnected');
    expect(h.sync.isLoaded('plan')).toBe(false);
  });
});
