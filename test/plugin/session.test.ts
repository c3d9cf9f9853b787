import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DocCache } from '../../plugin/sync/cache.js';
import { endpointsOf } from '../../shared/api/server-address.js';
import { DocSession, type SessionConfig } from '../../plugin/sync/doc-session.js';
import { describeStatus } from '../../plugin/sync/status-bar.js';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { BODY, toModel, writeModel } from '../../shared/ydoc/layout.js';
import { DataAdapter } from '../support/obsidian.js';
import { connectClient, startTestServer, type TestClient, type TestServer, waitFor } from '../support/test-server.js';
import { threatMatrix } from './fixtures.js';

const templates = TemplateSet.builtin();
const user = { name: 'Amina (JOC)', color: '#aa3377' };
const local: SessionConfig = { user, firstSyncTimeoutMs: 200 };
const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;

function online(server: { url: string }, token: string, firstSyncTimeoutMs = 5000): SessionConfig {
  return { user, firstSyncTimeoutMs, server: { endpoints: endpointsOf(server.url)!, token }, WebSocketImpl };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

const modelOf = (doc: Y.Doc) => toModel(doc, templates).model;
const sectionIds = (doc: Y.Doc) => (doc.getXmlFragment(BODY).toArray() as Y.XmlElement[]).map((s) => s.getAttribute('sid'));

function setLikelihood(doc: Y.Doc, blockId: string, value: number): void {
  for (const s of doc.getXmlFragment(BODY).toArray() as Y.XmlElement[]) {
    for (const c of s.toArray()) if (c instanceof Y.XmlElement && c.getAttribute('bid') === blockId) c.setAttribute('likelihood', value as never);
  }
}

const open = (cache: DocCache, config: SessionConfig, seed?: DocModel) => DocSession.open('tm-north', () => templates, cache, config, seed ? () => seed : undefined);

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('the local cache', () => {
  it('keeps a document’s state and reopens it from the cache, without the file', async () => {
    const cache = new DocCache(new DataAdapter() as never, '.obsidian/plugins/poc-workspace/cache');
    const first = await open(cache, local, threatMatrix());
    setLikelihood(first.ydoc, 'T-1', 1);
    first.remember({ mirror: 'the mirror text' });
    await first.destroy();

    const again = await open(cache, local); // no seed: only the cache can supply the content
    cleanup.push(() => again.destroy());
    const expected = threatMatrix();
    (expected.sections[1].content[0] as { fields: Record<string, unknown> }).fields.likelihood = 1;
    expect(modelOf(again.ydoc)).toEqual(expected);
    expect(again.meta.mirror).toBe('the mirror text');
  });

  it('refuses a document id that could leave the cache folder', async () => {
    const cache = new DocCache(new DataAdapter() as never, 'cache');
    await expect(cache.load('../data')).rejects.toThrow(/not a valid document id/);
  });
});

describe('working without a server', () => {
  it('starts a document from its file and says it works on this device', async () => {
    const cache = new DocCache(new DataAdapter() as never, 'cache');
    const session = await open(cache, local, threatMatrix());
    cleanup.push(() => session.destroy());
    expect(modelOf(session.ydoc)).toEqual(threatMatrix());
    expect(session.current()).toEqual({ connection: 'local', peers: 0, unsynced: 0 });
    expect(describeStatus(session.current()).text).toBe('POC: on this device');
  });

  it('counts changes the server has not received, and remembers the count across restarts', async () => {
    const cache = new DocCache(new DataAdapter() as never, 'cache');
    const config = online({ url: `ws://127.0.0.1:${await closedPort()}` }, 'token', 200);
    const first = await open(cache, config, threatMatrix());
    setLikelihood(first.ydoc, 'T-1', 2);
    setLikelihood(first.ydoc, 'T-2', 2);
    expect(first.current().unsynced).toBe(3); // the start from the file, then two edits
    expect(describeStatus(first.current()).text).toMatch(/^POC: (offline|connecting) · 3 unsent$/);
    await first.destroy();
    const again = await open(cache, { ...config });
    cleanup.push(() => again.destroy());
    expect(again.current().unsynced).toBe(3);
  });
});

describe('with the sync server', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.stop();
  });

  it('connects with the token and shares edits both ways with other clients', async () => {
    server = await startTestServer();
    const token = await server.addUser('amina', { grants: { '*': 'editor' } });
    await server.createDoc('tm-north');
    const other = await server.addUser('jean', { grants: { '*': 'editor' } });
    const cache = new DocCache(new DataAdapter() as never, 'cache');
    const session = await open(cache, online(server, token), threatMatrix());
    cleanup.push(() => session.destroy());
    await waitFor(() => session.current().connection === 'connected', 'the session to connect');

    const peer = connectClient(server.url, 'tm-north', other);
    peer.provider.awareness.setLocalStateField('user', { name: 'Jean (Civil Affairs)', color: '#117733' });
    clients.push(peer);
    await peer.synced();
    expect(modelOf(peer.doc)).toEqual(threatMatrix());
    await waitFor(() => session.current().peers === 1, 'the other person to show as present');

    setLikelihood(peer.doc, 'T-2', 5);
    await waitFor(() => (modelOf(session.ydoc).sections[1].content[1] as { fields: Record<string, unknown> }).fields.likelihood === 5, 'the peer’s edit to arrive');
    setLikelihood(session.ydoc, 'T-1', 1);
    await waitFor(() => (modelOf(peer.doc).sections[1].content[0] as { fields: Record<string, unknown> }).fields.likelihood === 1, 'our edit to arrive');
    expect(session.current().unsynced).toBe(0);
  });

  it('takes the server’s copy on a first open, instead of starting a second copy from the file', async () => {
    server = await startTestServer();
    const token = await server.addUser('amina', { grants: { '*': 'editor' } });
    await server.createDoc('tm-north');
    const seeder = connectClient(server.url, 'tm-north', token);
    clients.push(seeder);
    await seeder.synced();
    const onServer = threatMatrix();
    onServer.meta.title = 'Threat matrix — as on the server';
    writeModel(seeder.doc, onServer);
    await waitFor(async () => (await server.api('/api/docs/tm-north', { token })).body.title === onServer.meta.title, 'the server to store the document');

    const session = await open(new DocCache(new DataAdapter() as never, 'cache'), online(server, token), threatMatrix());
    cleanup.push(() => session.destroy());
    expect(modelOf(session.ydoc)).toEqual(onServer);
    expect(sectionIds(session.ydoc)).toEqual(['1', '2', '3']);
  });

  it('shows a refused token as refused, with the server’s reason', async () => {
    server = await startTestServer();
    const session = await open(new DocCache(new DataAdapter() as never, 'cache'), online(server, 'not-a-token', 2000), threatMatrix());
    cleanup.push(() => session.destroy());
    await waitFor(() => session.current().connection === 'denied', 'the refusal');
    expect(session.current().message).toBeTruthy();
    expect(describeStatus(session.current()).text).toBe('POC: access refused');
  });

  it('merges a document started offline from its file into the server’s copy on first contact, without duplicating it', async () => {
    server = await startTestServer();
    const port = Number(new URL(server.url).port);
    const dataDir = server.dataDir;
    const token = await server.addUser('amina', { grants: { '*': 'editor' } });
    await server.createDoc('tm-north');
    // The server's copy is written by the lowest client id, so that our offline copy's map entries
    // win every concurrent key: the case where merely deleting ours would hide the server's values.
    const lowest = new Y.Doc();
    lowest.clientID = 1;
    const seeder = connectClient(server.url, 'tm-north', token, { doc: lowest });
    await seeder.synced();
    const onServer = threatMatrix();
    onServer.meta.title = 'Threat matrix — North (renamed on the server)';
    writeModel(seeder.doc, onServer);
    await waitFor(async () => (await server.api('/api/docs/tm-north', { token })).body.title === onServer.meta.title, 'the server to store the document');
    seeder.destroy();
    await server.stop(true);

    // Offline, with no cache: the document starts from the file, and is edited.
    const session = await open(new DocCache(new DataAdapter() as never, 'cache'), online({ url: `ws://127.0.0.1:${port}` }, token, 200), threatMatrix());
    cleanup.push(() => session.destroy());
    expect(session.meta.provisional).toBe(true);
    setLikelihood(session.ydoc, 'T-2', 5);

    server = await startTestServer({ port, dataDir });
    await waitFor(() => session.current().connection === 'connected', 'the session to reconnect', 15_000);
    await waitFor(() => !session.meta.provisional, 'the reconciliation');
    const reader = connectClient(server.url, 'tm-north', token);
    clients.push(reader);
    await reader.synced();
    await waitFor(() => (modelOf(reader.doc).sections[1].content[1] as { fields: Record<string, unknown> }).fields.likelihood === 5, 'the offline edit to reach the server');
    expect(sectionIds(reader.doc)).toEqual(['1', '2', '3']);
    expect(sectionIds(session.ydoc)).toEqual(['1', '2', '3']);
    expect(modelOf(session.ydoc)).toEqual(modelOf(reader.doc));
    expect(modelOf(session.ydoc).meta.title).toBe(onServer.meta.title);
  });
});
