// The plugin and the token on the wire: never unencrypted to another computer without the person's say-so, never in a WebSocket URL.
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type WsClient from 'ws';
import { notices, relayRequestsToServer, requests } from '../support/obsidian.js';
import { startTestServer, type TestServer, waitFor } from '../support/test-server.js';
import { flushPromises, type Started, startPlugin, tearDown } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await tearDown(s, server);
  s = server = undefined;
});

const REMOTE = 'ws://10.20.30.40:1234';

describe('an unencrypted address of another computer', () => {
  it('is not sent the token: the plugin works on this device only and says why', async () => {
    s = await startPlugin({ settings: { serverUrl: REMOTE, token: 'poc_secret' } });
    await flushPromises();
    expect(s.services.server()).toBeUndefined();
    expect(requests.filter((r) => r.url.includes('10.20.30.40'))).toEqual([]);
    expect(notices.some((n) => /not connecting to ws:\/\/10\.20\.30\.40:1234.*unencrypted/s.test(n))).toBe(true);
  });

  it('is used once the person confirms sending the token unencrypted', async () => {
    s = await startPlugin({ settings: { serverUrl: REMOTE, token: 'poc_secret', allowUnencrypted: true } });
    expect(s.services.server()?.endpoints.ws).toBe(REMOTE);
  });

  it('loses that confirmation when the address changes', async () => {
    s = await startPlugin({ settings: { serverUrl: REMOTE, token: 'poc_secret', allowUnencrypted: true } });
    await s.plugin.updateSettings({ serverUrl: 'ws://10.9.9.9:1234' });
    expect(s.plugin.settings.allowUnencrypted).toBe(false);
    expect(s.services.server()).toBeUndefined();
  });

  it('does not concern a server on this computer (ws://127.0.0.1) or an encrypted address (wss://)', async () => {
    s = await startPlugin({ settings: { serverUrl: 'ws://127.0.0.1:1234', token: 'poc_secret' } });
    expect(s.services.server()).toBeDefined();
    await s.plugin.updateSettings({ serverUrl: 'wss://poc.example.org' });
    expect(s.services.server()).toBeDefined();
  });
});

describe('connecting to the server', () => {
  it('asks for a ticket with the token in a header, and no WebSocket URL carries the token', async () => {
    server = await startTestServer();
    const token = await server.addUser('amina', { grants: { 'tm-north': 'editor' } });
    // Record every WebSocket URL the plugin opens (Obsidian's global WebSocket is `ws` under test).
    const urls: string[] = [];
    const Base = globalThis.WebSocket;
    globalThis.WebSocket = class extends (Base as unknown as typeof WsClient) {
      constructor(url: string, protocols?: string | string[]) {
        urls.push(url);
        super(url, protocols);
      }
    } as unknown as typeof globalThis.WebSocket;
    onTestFinished(() => {
      globalThis.WebSocket = Base;
    });
    relayRequestsToServer();
    s = await startPlugin({ settings: { serverUrl: server.url, token } });
    const session = await s.services.sessions.acquire('tm-north');
    await waitFor(() => session.current().connection === 'connected', 'the session to connect');
    await s.services.sessions.release('tm-north');
    const ticketRequests = requests.filter((r) => r.url.endsWith('/api/tickets'));
    expect(ticketRequests.length).toBeGreaterThan(0);
    expect(ticketRequests[0].headers).toMatchObject({ Authorization: `Bearer ${token}` });
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.includes('ticket=') && !u.includes(token))).toBe(true);
  });
});
