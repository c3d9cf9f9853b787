// Once a live connection is open, what the server refuses is told to the person in the language of the WebSocket's
// upgrade request (its Accept-Language, which browsers and Obsidian send on the handshake): the words the editor and
// the plugin show, and the close reason in the status bar. English stays the default, word for word.
import * as decoding from 'lib0/decoding';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import { docFromStored } from '../../server/docs/stored.js';
import { DEFAULT_LIMITS } from '../../server/limits.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { READ_ONLY_REFUSAL } from '../../server/sync/room.js';
import { connectClient, startTestServer, type TestClient, type TestServer, text, waitFor } from '../support/test-server.js';

/** A ws WebSocket whose handshake says its person reads French first. */
class FrenchSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols, { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } });
  }
}

/** Records the permission-denied messages (type 2) a client receives, as a host does. */
function recordRefusals(provider: WebsocketProvider): string[] {
  const heard: string[] = [];
  provider.messageHandlers[2] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === 0) heard.push(decoding.readVarString(decoder));
  };
  return heard;
}

describe('refusals on an open connection are worded in its person’s language', () => {
  let t: TestServer;
  let owner: string;
  let viewer: string;
  const clients: TestClient[] = [];
  const client = (docId: string, token: string, french: boolean): TestClient => {
    const c = connectClient(t.url, docId, token, french ? { socket: FrenchSocket } : {});
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestServer({ limits: { ...DEFAULT_LIMITS, maxDocBytes: 64 * 1024 } });
    owner = await t.addUser('cheffe', { grants: { plan: 'owner', signed: 'owner', full: 'owner' } });
    viewer = await t.addUser('rssg', { grants: { plan: 'viewer' } });
    for (const id of ['plan', 'signed', 'full']) await t.createDoc(id, 'cheffe');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t.stop();
  });

  /** What a viewer hears after typing into `plan` over a French or an English handshake. */
  async function viewerHears(french: boolean): Promise<string[]> {
    const v = client('plan', viewer, french);
    const heard = recordRefusals(v.provider);
    await v.synced();
    v.doc.getText('text').insert(0, 'modification');
    await waitFor(() => heard.length > 0, 'the viewer to be told');
    return heard;
  }

  it('a viewer whose handshake prefers French is told in French that nothing was saved', async () => {
    expect(await viewerHears(true)).toEqual(['Vous pouvez lire ce document mais pas le modifier\u00a0: vos modifications n’ont pas été enregistrées.']);
  });

  it('a viewer whose handshake names no language is told in English, as before', async () => {
    expect(await viewerHears(false)).toEqual([READ_ONLY_REFUSAL]);
  });

  it('a French write to the sign-offs is told and closed in French, with the protected-write code', async () => {
    const o = client('signed', owner, true);
    const heard = recordRefusals(o.provider);
    await o.synced();
    o.doc.getMap('signoffs').set('forged', { role: 'srsg' });
    await waitFor(() => o.closes.length > 0, 'the connection to close');
    expect(heard).toEqual(['Votre dernière modification n’a pas été enregistrée\u00a0: seul le serveur peut écrire les signatures\u00a0; rechargez le document.']);
    expect(o.closes[0]).toEqual({ code: CLOSE.PROTECTED_WRITE, reason: 'refusé\u00a0: seul le serveur peut écrire les signatures\u00a0; rechargez le document' });
  });

  it('a French change past the size limit is told and closed in French, and nothing is stored', async () => {
    const o = client('full', owner, true);
    const heard = recordRefusals(o.provider);
    await o.synced();
    o.doc.getText('text').insert(0, 'x'.repeat(70 * 1024));
    await waitFor(() => o.closes.length > 0, 'the connection to close');
    expect(heard).toEqual(['Ce document a atteint sa taille maximale de 64 KiB\u00a0: votre dernière modification n’a pas été enregistrée. Annulez-la, puis rechargez.']);
    expect(o.closes[0]).toEqual({ code: CLOSE.TOO_LARGE, reason: 'document à sa taille maximale (64 KiB)\u00a0; dernière modification non enregistrée\u00a0: annulez-la, puis rechargez' });
    expect(text(docFromStored(await t.server.storage.loadUpdates('full'), pino({ level: 'silent' }), 'full'))).toBe('');
  });

  it('a French reader whose access is withdrawn while connected is closed with the French reason', async () => {
    const token = await t.addUser('partenaire', { grants: { plan: 'viewer' } });
    const c = client('plan', token, true);
    await c.synced();
    await t.server.storage.removeGrant('partenaire', 'plan');
    await t.server.revalidate();
    await waitFor(() => c.closes.length > 0, 'the connection to close');
    expect(c.closes[0]).toEqual({ code: CLOSE.FORBIDDEN, reason: 'votre accès à ce document a été retiré' });
  });
});
