// What the other clients of a document receive when one client writes: its own bytes for a keystroke, only the new part of a
// sync step 2 that repeats what the server has.
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMessage, encodeSyncStep2, encodeSyncUpdate } from '../../server/sync/protocol.js';
import { rawClient, type RawClient, startTestServer, type TestServer, waitFor } from '../support/test-server.js';

let ts: TestServer;
let token: string;

beforeAll(async () => {
  ts = await startTestServer();
  token = await ts.addUser('writer', { grants: { '*': 'editor' } });
});
afterAll(async () => {
  await ts.stop();
});

/** A raw connection to `docId`, once the server has greeted it (its sync step 1). */
async function join(docId: string): Promise<RawClient> {
  await ts.createDoc(docId);
  const c = rawClient(ts.url, `/${docId}?token=${token}`);
  await c.opened;
  await waitFor(() => c.messages.length > 0, 'the server greeting');
  return c;
}

/** The updates a raw client has received (sync step 2 and sync update messages), in order. */
function updatesReceived(c: RawClient): Uint8Array[] {
  return c.messages.map((m) => decodeMessage(m)).flatMap((m) => (m.type === 'sync-update' || m.type === 'sync-step2' ? [m.update] : []));
}

describe('broadcast', () => {
  it('a keystroke reaches the other clients as the very bytes its author sent', async () => {
    const [author, other] = [await join('fwd-1'), await join('fwd-1')];
    const doc = new Y.Doc();
    const keystrokes: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => keystrokes.push(u));
    doc.getText('t').insert(0, 'o');
    doc.getText('t').insert(1, 'k');
    // Two keystrokes in one update: Yjs itself would encode them as one merged item, so only forwarding keeps these bytes.
    const update = Y.mergeUpdates(keystrokes);
    author.send(encodeSyncUpdate(update));
    await waitFor(() => updatesReceived(other).length > 0, 'the keystroke to reach the other client');
    expect(updatesReceived(other)).toEqual([update]);
    author.ws.close();
    other.ws.close();
  });

  it('a sync step 2 repeating content the server has reaches the others as only its new part', async () => {
    const [author, other] = [await join('fwd-2'), await join('fwd-2')];
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'a long paragraph the server already has');
    author.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
    await waitFor(() => updatesReceived(other).length === 1, 'the first paragraph to reach the other client');
    const known = Y.encodeStateVector(doc);
    doc.getText('t').insert(0, '!');
    const full = Y.encodeStateAsUpdate(doc);
    author.send(encodeSyncStep2(full));
    await waitFor(() => updatesReceived(other).length === 2, 'the new part to reach the other client');
    const forwarded = updatesReceived(other)[1];
    expect(forwarded.byteLength).toBeLessThan(full.byteLength);
    expect(forwarded).toEqual(Y.encodeStateAsUpdate(doc, known));
    author.ws.close();
    other.ws.close();
  });
});
