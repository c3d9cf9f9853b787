// Who the server says the user is and the key it signs with: asked without holding up the editor, kept only when complete.
import { base64 } from '@scure/base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PocServices } from '../../plugin/services.js';
import { DEFAULT_SETTINGS } from '../../plugin/settings.js';
import type { DocSession } from '../../plugin/sync/doc-session.js';
import { App, fake, setRequestHandler } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { mounted, signoffPanels } from './support/fake-editor.js';
import { MANIFEST, mirrorOf, openDocument, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  setRequestHandler(undefined);
  if (s) await stopPlugin(s);
  s = undefined;
});

const key = new Uint8Array(32).fill(7);
const online = { serverUrl: 'http://127.0.0.1:9', token: 't' };

/** A server that knows the user as holding the head of office's role. */
function answering(): void {
  setRequestHandler((req) => {
    if (req.url.endsWith('/api/me')) return { status: 200, json: { username: 'amina', name: 'Amina Diallo', offices: ['head-of-office'] } };
    if (req.url.endsWith('/api/keys')) return { status: 200, json: { keys: [{ keyId: 'k', algorithm: 'Ed25519', publicKey: base64.encode(key), current: true }] } };
    return { status: 404, json: { error: { message: 'no' } } };
  });
}

/** The session's connection comes up, as its provider reports when the WebSocket opens. */
function connectionComesUp(session: DocSession): void {
  (session as unknown as { setStatus(p: { connection: string }): void }).setStatus({ connection: 'connected' });
}

describe('the server identity', () => {
  it('hands the server key to an editor mounted while the server was unreachable, once a connection comes up', async () => {
    s = await startPlugin({ settings: online, files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { view } = await openDocument(s.app, 'North.md');
    await vi.waitFor(() => expect(s!.services.identityProblem()).toBeDefined());
    const editor = mounted.at(-1)!;
    expect(editor.options.publicKey).toBeUndefined();
    answering();
    connectionComesUp(view.session()!);
    await vi.waitFor(() => expect(editor.publicKeys).toEqual([key]));
  });

  it('draws the sign-off panel again with the user’s offices when the server answers after it was drawn', async () => {
    s = await startPlugin({ settings: online, files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { view } = await openDocument(s.app, 'North.md');
    await s.workspace.revealPanel('signoff');
    await vi.waitFor(() => expect(signoffPanels.at(-1)?.offices).toEqual([]));
    answering();
    connectionComesUp(view.session()!);
    await vi.waitFor(() => expect(signoffPanels.at(-1)!.offices).toEqual(['head-of-office']));
    expect(signoffPanels.at(-1)!.publicKey).toEqual(key);
  });

  it('opens a document from its file without waiting for a server that does not answer', async () => {
    setRequestHandler(() => new Promise(() => undefined));
    s = await startPlugin({ settings: online, files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { view } = await openDocument(s.app, 'North.md');
    expect(view.handle()).toBeDefined();
    expect(fake(view.contentEl).find('poc-view-loading')).toBeUndefined();
  });

  it('gives up on a server that does not answer in time, saying so and that it asks again later', async () => {
    setRequestHandler(() => new Promise(() => undefined));
    const app = new App();
    const services = new PocServices({ app: app as never, manifest: MANIFEST, settings: { ...DEFAULT_SETTINGS, ...online } }, { identityTimeoutMs: 20 });
    expect(await services.serverIdentity()).toEqual({ problem: expect.stringMatching(/did not answer within .* asks again when the connection comes back/) });
    expect(services.identityProblem()).toMatch(/did not answer/);
    await services.dispose();
  });

  /** A server whose /api/me gives `timeZone`, with the plugin's services asking it at `now`; the device's clock set to `deviceZone` (Node follows TZ when it changes). */
  async function countingIn(timeZone: string, now: Date, deviceZone: string, check: (services: PocServices) => Promise<void>): Promise<void> {
    const was = process.env.TZ;
    process.env.TZ = deviceZone;
    setRequestHandler((req) => {
      if (req.url.endsWith('/api/me')) return { status: 200, json: { username: 'amina', name: 'Amina Diallo', offices: [], timeZone } };
      if (req.url.endsWith('/api/keys')) return { status: 200, json: { keys: [{ keyId: 'k', algorithm: 'Ed25519', publicKey: base64.encode(key), current: true }] } };
      return { status: 404, json: { error: { message: 'no' } } };
    });
    const services = new PocServices({ app: new App() as never, manifest: MANIFEST, settings: { ...DEFAULT_SETTINGS, ...online } }, { now: () => now });
    try {
      await check(services);
    } finally {
      await services.dispose();
      if (was === undefined) delete process.env.TZ;
      else process.env.TZ = was;
    }
  }

  it("counts today in the mission's time zone once the server has said it, and in the device's own before", async () => {
    // 02:30 UTC on 2 March is still 1 March on a device in New York (UTC-5), and already 2 March in Juba (UTC+2).
    await countingIn('Africa/Juba', new Date('2026-03-02T02:30:00Z'), 'America/New_York', async (services) => {
      expect(services.today()).toBe('2026-03-01');
      await services.serverIdentity();
      expect(services.today()).toBe('2026-03-02');
    });
  });

  it("counts today in the device's own time zone when the server names one this runtime lacks", async () => {
    await countingIn('Mars/Olympus_Mons', new Date('2026-03-02T02:30:00Z'), 'America/New_York', async (services) => {
      await services.serverIdentity();
      expect(services.identityProblem()).toBeUndefined();
      expect(services.today()).toBe('2026-03-01');
    });
  });
});
