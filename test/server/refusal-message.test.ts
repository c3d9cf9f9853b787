// Issue 11 defect 2, written as the attack: a viewer types into a document. The server already dropped such
// edits; now it must also TELL the client, in words, once per kind of refusal, so no status line says "synced".
import pino from 'pino';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { docFromStored } from '../../server/docs/stored.js';
import { DEFAULT_LIMITS } from '../../server/limits.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { READ_ONLY_REFUSAL } from '../../server/sync/room.js';
import { connectClient, startTestServer, type TestClient, type TestServer, text, waitFor } from '../support/test-server.js';

/** Records the permission-denied messages (type 2) a client receives, as a host does, instead of the default console warning. */
function recordRefusals(provider: WebsocketProvider): string[] {
  const heard: string[] = [];
  provider.messageHandlers[2] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === 0) heard.push(decoding.readVarString(decoder));
  };
  return heard;
}

describe('a refused write is told to the client', () => {
  let t: TestServer;
  let owner: string;
  let viewer: string;
  const clients: TestClient[] = [];
  const client = (docId: string, token: string): TestClient => {
    const c = connectClient(t.url, docId, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestServer({ limits: { ...DEFAULT_LIMITS, maxDocBytes: 64 * 1024 } });
    owner = await t.addUser('own', { grants: { plan: 'owner', signed: 'owner', full: 'owner' } });
    viewer = await t.addUser('srsg', { grants: { plan: 'viewer' } });
    for (const id of ['plan', 'signed', 'full']) await t.createDoc(id, 'own');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t.stop();
  });

  const stored = async (docId: string) => text(docFromStored(await t.server.storage.loadUpdates(docId), pino({ level: 'silent' }), docId));

  it('a viewer who types hears once, in words, that nothing was saved, and the stored document is unchanged', async () => {
    const o = client('plan', owner);
    await o.synced();
    o.doc.getText('text').insert(0, 'agreed text');
    await waitFor(async () => (await stored('plan')) === 'agreed text', 'the owner\'s text to be stored');

    const v = client('plan', viewer);
    const heard = recordRefusals(v.provider);
    await v.synced();
    await waitFor(() => text(v.doc) === 'agreed text', 'the viewer to receive the document');
    const before = t.server.sync.stats().rejectedWrites;
    for (const ch of 'VIEWER WAS HERE') v.doc.getText('text').insert(0, ch);
    await waitFor(() => t.server.sync.stats().rejectedWrites >= before + 15, 'every keystroke to be refused');
    await waitFor(() => heard.length > 0, 'the viewer to be told');

    expect(heard).toEqual([READ_ONLY_REFUSAL]);
    expect(await stored('plan')).toBe('agreed text');
    expect(text(o.doc)).toBe('agreed text');
    expect(v.provider.wsconnected).toBe(true);
  });

  it('the unmodified y-websocket client stays connected and keeps receiving edits after being told', async () => {
    const o = client('plan', owner);
    const v = client('plan', viewer); // the library's own handler: it only logs the message
    await Promise.all([o.synced(), v.synced()]);
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      v.doc.getText('text').insert(0, 'x');
      await waitFor(() => warned.length > 0, 'the client to read the message');
    } finally {
      console.warn = warn;
    }
    o.doc.getText('text').insert(o.doc.getText('text').length, ' and more');
    await waitFor(() => text(v.doc).endsWith(' and more'), 'the viewer to receive the later edit');
    expect(v.closes).toEqual([]);
    expect(String(warned[0])).toContain(READ_ONLY_REFUSAL);
  });

  it('a write to the sign-offs, which only the server writes, is told in words before the connection closes', async () => {
    const o = client('signed', owner);
    const heard = recordRefusals(o.provider);
    await o.synced();
    o.doc.getMap('signoffs').set('forged', { role: 'srsg' });
    await waitFor(() => o.closes.length > 0, 'the connection to close');
    expect(o.closes[0].code).toBe(CLOSE.PROTECTED_WRITE);
    expect(heard).toEqual(['Your last change was not saved: sign-offs can only be written by the server; reload the document.']);
  });

  it('a change past the document\'s size limit is told in words before the connection closes', async () => {
    const o = client('full', owner);
    const heard = recordRefusals(o.provider);
    await o.synced();
    o.doc.getText('text').insert(0, 'x'.repeat(70 * 1024));
    await waitFor(() => o.closes.length > 0, 'the connection to close');
    expect(o.closes[0].code).toBe(CLOSE.TOO_LARGE);
    expect(heard).toEqual(['This document has reached its size limit of 64 KiB: your last change was not saved. Undo it, then reload.']);
    expect(await stored('full')).toBe('');
  });
});
