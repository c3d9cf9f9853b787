// The sync core speaks y-websocket: official clients converge, late joiners get the full state, presence flows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, startTestServer, type TestClient, type TestServer, text, waitFor } from '../support/test-server.js';

describe('sync with the official y-websocket client', () => {
  let t: TestServer;
  let token: string;
  const clients: TestClient[] = [];
  const client = (docId: string) => {
    const c = connectClient(t.url, docId, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestServer();
    token = await t.addUser('alice', { name: 'Alice', grants: { '*': 'editor' } });
    for (const id of ['converge', 'late', 'presence', 'presence-late']) await t.createDoc(id);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t.stop();
  });

  it('two clients editing concurrently converge on the same text', async () => {
    const a = client('converge');
    const b = client('converge');
    await Promise.all([a.synced(), b.synced()]);
    // Concurrent: both edit before either sees the other's change.
    a.doc.getText('text').insert(0, 'alpha ');
    b.doc.getText('text').insert(0, 'beta ');
    a.doc.getText('text').insert(a.doc.getText('text').length, 'one');
    b.doc.getText('text').insert(b.doc.getText('text').length, 'two');
    await waitFor(() => text(a.doc) === text(b.doc) && text(a.doc).length === 'alpha beta onetwo'.length, 'convergence');
    for (const word of ['alpha', 'beta', 'one', 'two']) expect(text(a.doc)).toContain(word);
  });

  it('a client joining later receives the full state', async () => {
    const a = client('late');
    await a.synced();
    a.doc.getText('text').insert(0, 'written before anyone else came');
    a.doc.getMap('meta').set('title', 'Late joiner');
    await waitFor(async () => (await t.server.sync.read('late', (d) => d.getText('text').toString())) === 'written before anyone else came', 'the edit to reach the server');
    const c = client('late');
    await c.synced();
    await waitFor(() => text(c.doc) === 'written before anyone else came', 'the late joiner to have the text');
    expect(c.doc.getMap('meta').get('title')).toBe('Late joiner');
  });

  it('presence (awareness) set by one client reaches the others, and leaves with it', async () => {
    const a = client('presence');
    const b = client('presence');
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Alice', color: '#c33' });
    await waitFor(() => (b.provider.awareness.getStates().get(a.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name === 'Alice', 'Alice to appear to b');
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'Alice to disappear from b');
  });

  it('a client joining a busy document sees who is already there on arrival', async () => {
    const a = client('presence-late');
    const watcher = client('presence-late');
    await Promise.all([a.synced(), watcher.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    await waitFor(() => watcher.provider.awareness.getStates().has(a.doc.clientID), 'the server to relay Alice');
    // Alice sends nothing more, so the newcomer can only learn of her from the server's greeting.
    const b = client('presence-late');
    await b.synced();
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), 'the newcomer to see Alice');
  });
});
