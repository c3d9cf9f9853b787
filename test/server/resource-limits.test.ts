// Bounded resources, written as the attacks of issue 10: one editor cannot grow a document without bound, many readers
// of a large document cost one encoding, and presence can neither flood the room nor claim another person's name.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TemplateSet } from '../../shared/template/set.js';
import { DocService } from '../../server/docs/service.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { encodeAwareness, encodeAwarenessUpdate, encodeSyncStep1 } from '../../server/sync/protocol.js';
import { connectClient, rawClient, startTestServer, type TestClient, type TestServer, text, waitFor } from '../support/test-server.js';

const MiB = 1024 * 1024;

describe('a document cannot grow past its size limit', () => {
  let t: TestServer;
  let editor: string;

  beforeAll(async () => {
    // The default cap (64 MiB); only the message limit is the default too (8 MiB), so the attack sends 7 MiB at a time.
    t = await startTestServer();
    editor = await t.addUser('ed', { grants: { '*': 'editor' } });
    // Connecting never creates a document: these exist before anyone connects.
    for (const id of ['huge', 'small']) await t.createDoc(id);
  });
  afterAll(() => t.stop());

  it('an editor pushing a 70 MB document is refused at the cap with 4413, nothing stored is touched, and another document keeps syncing', async () => {
    const big = connectClient(t.url, 'huge', editor);
    await big.synced();
    const chunk = 'x'.repeat(7 * MiB);
    // Nine chunks (63 MiB) fit under the 64 MiB cap.
    for (let i = 1; i <= 9; i++) {
      big.doc.getText('text').insert(big.doc.getText('text').length, chunk);
      await waitFor(async () => (await t.server.storage.storedBytes('huge')) >= i * 7 * MiB, `chunk ${i} to be stored`, 60_000);
    }
    const storedBefore = await t.server.storage.storedBytes('huge');

    // The tenth would make 70 MiB.
    big.doc.getText('text').insert(big.doc.getText('text').length, chunk);
    await waitFor(() => big.closes.length > 0, 'the editor to be disconnected', 60_000);
    expect(big.closes[0].code).toBe(CLOSE.TOO_LARGE);
    expect(big.closes[0].reason).toMatch(/size limit of 64 MiB/);
    expect(big.provider.shouldConnect).toBe(false); // 44xx is final for the y-websocket client: it does not resend the same change forever
    big.destroy();

    expect(await t.server.storage.storedBytes('huge')).toBe(storedBefore);
    expect(await t.server.sync.read('huge', (d) => d.getText('text').length)).toBe(9 * 7 * MiB);
    const audit = await t.server.storage.queryAudit({ kind: 'limit-exceeded', docId: 'huge' });
    expect(audit.map((e) => e.detail.limit)).toEqual(['document-size']);

    const a = connectClient(t.url, 'small', editor);
    const b = connectClient(t.url, 'small', editor);
    try {
      await Promise.all([a.synced(), b.synced()]);
      a.doc.getText('text').insert(0, 'still served');
      await waitFor(() => text(b.doc) === 'still served', 'the other document to sync');
    } finally {
      a.destroy();
      b.destroy();
    }
  }, 180_000);
});

describe('many readers of one document', () => {
  let t: TestServer;
  let editor: string;

  beforeAll(async () => {
    t = await startTestServer();
    editor = await t.addUser('ed', { grants: { '*': 'editor' } });
    for (const id of ['shared', 'cold']) await t.createDoc(id);
  });
  afterAll(() => t.stop());

  it('twenty readers joining a loaded document at once are sent one shared encoding of it', async () => {
    const e = connectClient(t.url, 'shared', editor);
    try {
      await e.synced();
      e.doc.getText('text').insert(0, 'y'.repeat(256 * 1024));
      await waitFor(async () => (await t.server.storage.storedBytes('shared')) > 256 * 1024, 'the content to be stored');
      const before = t.server.sync.stats().fullStatesEncoded;
      const readers = Array.from({ length: 20 }, () => rawClient(t.url, `/shared?token=${editor}`));
      await Promise.all(readers.map((r) => r.opened));
      // Each asks for everything (an empty state vector), as a fresh client does.
      for (const r of readers) r.send(encodeSyncStep1(new Uint8Array([0])));
      // A sync step 2 (message 0, sync type 1) carrying the document.
      await waitFor(() => readers.every((r) => r.messages.some((m) => m[0] === 0 && m[1] === 1 && m.byteLength > 256 * 1024)), 'every reader to receive the document');
      expect(t.server.sync.stats().fullStatesEncoded - before).toBe(1);
      for (const r of readers) r.ws.close();
    } finally {
      e.destroy();
    }
  });

  it('twenty simultaneous server-side reads of a document nobody has open build one temporary copy', async () => {
    const e = connectClient(t.url, 'cold', editor);
    await e.synced();
    e.doc.getText('text').insert(0, 'cold content');
    await waitFor(async () => (await t.server.storage.storedBytes('cold')) > 0, 'the content to be stored');
    e.destroy();
    await waitFor(() => !t.server.sync.isLoaded('cold'), 'the document to be unloaded');
    const docs = new DocService({
      storage: t.server.storage,
      sync: t.server.sync,
      templates: TemplateSet.builtin(),
      signer: t.server.signer,
      logger: pino({ level: 'silent' }),
      now: () => new Date(),
      timeZone: 'UTC',
    });
    const texts = await Promise.all(Array.from({ length: 20 }, () => docs.withDoc('cold', (d) => d.getText('text').toString())));
    expect(texts).toEqual(Array(20).fill('cold content'));
    expect(docs.temporaryBuilds).toBe(1);
  });
});

describe('presence', () => {
  let t: TestServer;
  let editor: string;
  let viewer: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    t = await startTestServer();
    editor = await t.addUser('ed', { name: 'Ed Editor', grants: { '*': 'editor' } });
    for (const id of ['flood', 'flood-bytes']) await t.createDoc(id);
    viewer = await t.addUser('vic', { name: 'Victor Okello', grants: { brief: 'viewer' } });
    await t.addUser('amina', { name: 'Amina Diallo', offices: ['head-of-office'], grants: { brief: 'viewer' } });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t.stop();
  });

  it('a viewer whose presence claims "Amina Diallo (Head of Office)" appears to others under his own name', async () => {
    const observer = connectClient(t.url, 'brief', editor);
    clients.push(observer);
    await observer.synced();
    const seen: string[] = [];
    observer.provider.awareness.on('change', () => {
      for (const s of observer.provider.awareness.getStates().values()) {
        const name = (s as { user?: { name?: unknown } }).user?.name;
        if (typeof name === 'string') seen.push(name);
      }
    });
    const v = connectClient(t.url, 'brief', viewer);
    clients.push(v);
    await v.synced();
    v.provider.awareness.setLocalStateField('user', { name: 'Amina Diallo (Head of Office)', color: '#c33' });
    await waitFor(() => observer.provider.awareness.getStates().has(v.doc.clientID), 'the viewer to appear to the observer');
    await waitFor(() => (observer.provider.awareness.getStates().get(v.doc.clientID) as { user?: { name?: string } }).user?.name !== undefined, 'the viewer’s name to arrive');
    expect(observer.provider.awareness.getStates().get(v.doc.clientID)).toMatchObject({ user: { name: 'Victor Okello', username: 'vic', color: '#c33' } });
    expect(seen.filter((n) => n.includes('Amina'))).toEqual([]);
  });

  it('a presence colour carrying CSS ("red;background:url(…)") reaches others without it, so their editor loads nothing from the attacker', async () => {
    const observer = connectClient(t.url, 'brief', editor);
    clients.push(observer);
    await observer.synced();
    const v = connectClient(t.url, 'brief', viewer);
    clients.push(v);
    await v.synced();
    // The editor puts the colour into a style attribute (selections) and a custom property (carets, fields).
    v.provider.awareness.setLocalStateField('user', { name: 'x', color: 'red;background:url(https://evil.example/p.png)' });
    v.provider.awareness.setLocalStateField('cursor', 1);
    await waitFor(() => (observer.provider.awareness.getStates().get(v.doc.clientID) as { cursor?: number } | undefined)?.cursor === 1, 'the viewer’s presence to arrive');
    const user = (observer.provider.awareness.getStates().get(v.doc.clientID) as { user: Record<string, unknown> }).user;
    expect(user).toEqual({ name: 'Victor Okello', username: 'vic' });
  });

  it('a flood of presence updates (within the message rate) is cut with 4529 and the room keeps working', async () => {
    const a = connectClient(t.url, 'flood', editor);
    const b = connectClient(t.url, 'flood', editor);
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    const c = rawClient(t.url, `/flood?token=${editor}`);
    await c.opened;
    // 500 presence updates: under the 1000-message burst of the general rate limit, so only the presence budget stops them.
    for (let i = 1; i <= 500; i++) c.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: 31337, clock: i, state: { cursor: i } }])));
    const close = await c.closed;
    expect(close.code).toBe(CLOSE.RATE_LIMITED);
    expect(close.reason).toMatch(/too many presence updates/);
    a.doc.getText('text').insert(0, 'after the flood');
    await waitFor(() => text(b.doc) === 'after the flood', 'the others to keep exchanging edits');
    expect((await t.server.storage.queryAudit({ kind: 'limit-exceeded', docId: 'flood' })).map((e) => e.detail.limit)).toContain('awareness-rate');
  });

  it('presence states of 60 KiB each, sent fast, are cut by the byte budget with 4529', async () => {
    const c = rawClient(t.url, `/flood-bytes?token=${editor}`);
    await c.opened;
    // Each is under the 64 KiB size limit; ten of them are 600 KiB, past the 256 KiB burst.
    for (let i = 1; i <= 10; i++) c.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: 4242, clock: i, state: { pad: 'p'.repeat(60 * 1024) } }])));
    const close = await c.closed;
    expect(close.code).toBe(CLOSE.RATE_LIMITED);
    expect(close.reason).toMatch(/too many presence updates/);
  });
});
