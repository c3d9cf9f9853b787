/**
 * An older client would erase what it cannot show: a plugin built before
 * short text fields moved into `short_field` children has no such node in
 * its schema, and y-prosemirror deletes, for everyone, what the schema
 * rejects. The server refuses any sync client that does not say it writes
 * the current layout (shared/api/client-layout.ts), before it sends it any
 * content, and tells it to update.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LAYOUT_VERSION } from '../../shared/api/client-layout.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { connectClient, rawClient, startTestServer, type TestServer } from '../support/test-server.js';

describe('clients older than the document layout', () => {
  let t: TestServer;
  let amina: string;

  beforeAll(async () => {
    t = await startTestServer();
    amina = await t.addUser('amina', { grants: { 'tm-layout': 'editor' } });
    await t.createDoc('tm-layout', 'amina');
  });
  afterAll(() => t.stop());

  /** The document as stored: its updates merged into one. */
  async function stored(): Promise<Uint8Array> {
    return Y.mergeUpdates(await t.server.storage.loadUpdates('tm-layout'));
  }

  /** Connects raw with Amina's token and the given query, and resolves with the close and how many messages came before it. */
  async function connectWith(query: string) {
    const c = rawClient(t.url, `/tm-layout?token=${amina}${query}`, { layout: false });
    const close = await c.closed;
    return { ...close, received: c.messages.length };
  }

  it('a client that does not say which layout it writes (a plugin from before) is refused with 4426 before any content reaches it', async () => {
    const before = await stored();
    const r = await connectWith('');
    expect(r).toMatchObject({ code: CLOSE.CLIENT_OUTDATED, received: 0 });
    expect(r.reason).toMatch(/update it/);
    expect(await stored()).toEqual(before);
  });

  it('a client that names an older layout is refused the same way', async () => {
    const r = await connectWith(`&layout=${LAYOUT_VERSION - 1}`);
    expect(r).toMatchObject({ code: CLOSE.CLIENT_OUTDATED, received: 0 });
  });

  it('a stranger without a valid token is refused as a stranger, not told about layouts', async () => {
    const c = rawClient(t.url, '/tm-layout?token=poc_not-a-token', { layout: false });
    expect((await c.closed).code).toBe(CLOSE.UNAUTHORIZED);
  });

  it('a current client (it names the layout it writes) connects and syncs', async () => {
    const c = connectClient(t.url, 'tm-layout', amina);
    await c.synced();
    expect(c.closes).toEqual([]);
    c.destroy();
  });
});
