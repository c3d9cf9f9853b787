// A live connection refused before it opens is told why in its close frame, which the plugin's status bar and the
// web editor show to the person: in French when the upgrade request's Accept-Language prefers it (browsers and
// Obsidian send theirs on the WebSocket handshake too), in English otherwise, with the same close code either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { render } from '../../shared/i18n/catalogue.js';
import { serverAuthErrors } from '../../shared/i18n/messages/server-errors-auth.js';
import { serverSyncErrors } from '../../shared/i18n/messages/server-errors-sync.js';
import { serverLiveErrors } from '../../shared/i18n/messages/server-errors-live.js';
import { NO_DOCUMENT_REASON } from '../../server/auth/authenticator.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { startTestServer, type TestServer, withLayout } from '../support/test-server.js';

/** The close code and reason of a connection to `path`, opened with `headers` (the layout parameter added unless `layout` is false). */
function closeOf(t: TestServer, path: string, headers: Record<string, string> = {}, layout = true): Promise<{ code: number; reason: string }> {
  const ws = new WebSocket(layout ? withLayout(t.url + path) : t.url + path, { headers });
  ws.on('error', () => {});
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

const FRENCH = { 'accept-language': 'fr-FR,fr;q=0.9' };

describe('the sync server refuses a connection in its reader’s language', () => {
  let t: TestServer;
  let amina: string;
  let mallory: string;

  beforeAll(async () => {
    t = await startTestServer();
    amina = await t.addUser('amina', { grants: { 'plan-est': 'owner' } });
    mallory = await t.addUser('mallory');
    await t.createDoc('plan-est', 'amina');
  });
  afterAll(() => t.stop());

  it('a connection without a token is closed 4401 with the French reason', async () => {
    expect(await closeOf(t, '/plan-est', FRENCH)).toEqual({
      code: CLOSE.UNAUTHORIZED,
      reason: 'aucun jeton\u00a0: passez ?token=<jeton> (WebSocket) ou «\u00a0Authorization: Bearer <jeton>\u00a0» (HTTP)',
    });
  });

  it('a document the person may not open is refused with the same code in French and in English, naming no id', async () => {
    const fr = await closeOf(t, `/plan-est?token=${mallory}`, FRENCH);
    const en = await closeOf(t, `/plan-est?token=${mallory}`);
    expect(fr).toEqual({ code: CLOSE.FORBIDDEN, reason: 'document introuvable, ou accès refusé\u00a0; vérifiez l’identifiant ou demandez l’accès à son propriétaire' });
    expect(en).toEqual({ code: CLOSE.FORBIDDEN, reason: NO_DOCUMENT_REASON });
  });

  it('the language the app names in its URL (?lang=) wins over the system\'s Accept-Language, both ways', async () => {
    const fr = await closeOf(t, `/plan-est?token=${mallory}&lang=fr`);
    const en = await closeOf(t, `/plan-est?token=${mallory}&lang=en`, FRENCH);
    expect(fr.reason).toBe('document introuvable, ou accès refusé\u00a0; vérifiez l’identifiant ou demandez l’accès à son propriétaire');
    expect(en.reason).toBe(NO_DOCUMENT_REASON);
  });

  it('a ?lang= the server does not speak is ignored, and Accept-Language decides', async () => {
    const r = await closeOf(t, `/plan-est?token=${mallory}&lang=%3Cscript%3E`, FRENCH);
    expect(r.reason).toBe('document introuvable, ou accès refusé\u00a0; vérifiez l’identifiant ou demandez l’accès à son propriétaire');
  });

  it('an app older than the server is told in French to update, with the outdated-client code', async () => {
    expect(await closeOf(t, `/plan-est?token=${amina}`, FRENCH, false)).toEqual({
      code: CLOSE.CLIENT_OUTDATED,
      reason: 'votre application POC Workspace est plus ancienne que ce serveur\u00a0: mettez-la à jour et rouvrez le document',
    });
  });
});

describe('the French refusals fit a WebSocket close frame', () => {
  // A close reason holds 123 bytes of UTF-8; past that it is cut. "session.endedBecause" wraps another reason for the
  // HTTP API only (a web session's cookie), never a close frame.
  const sample = { date: '2026-12-03', seconds: '3600' };
  const french = [
    ...Object.entries(serverAuthErrors.messages.fr).filter(([k]) => k !== 'session.endedBecause'),
    ...Object.entries(serverSyncErrors.messages.fr),
  ];
  for (const [key, message] of french) {
    it(`${key} is at most 123 bytes in French`, () => {
      expect(new TextEncoder().encode(render(message, sample, 'fr')).length).toBeLessThanOrEqual(123);
    });
  }
});

describe('the close reasons of an open connection fit a close frame in every language', () => {
  // The told.* words travel in a message, not a close frame; a protected area's reason is "refused: <why>", and a
  // malformed message's reason quotes the protocol's (short, English) problem.
  const sample = { size: '10.5 MiB', bytes: '1048577', max: '1048576', rate: '100', problem: 'unknown message type 9' };
  const whys = ['why.signoffs', 'why.serverOnly'] as const;
  for (const locale of ['en', 'fr'] as const) {
    const closes = Object.entries(serverLiveErrors.messages[locale]).filter(([k]) => k.startsWith('close.') && k !== 'close.protected');
    for (const [key, message] of closes) {
      it(`${key} is at most 123 bytes in ${locale}`, () => {
        expect(new TextEncoder().encode(render(message, sample, locale)).length).toBeLessThanOrEqual(123);
      });
    }
    for (const why of whys) {
      it(`close.protected with ${why} is at most 123 bytes in ${locale}`, () => {
        const reason = render(serverLiveErrors.messages[locale]['close.protected'], { why: render(serverLiveErrors.messages[locale][why], { root: 'signoffs' }, locale) }, locale);
        expect(new TextEncoder().encode(reason).length).toBeLessThanOrEqual(123);
      });
    }
  }
});
