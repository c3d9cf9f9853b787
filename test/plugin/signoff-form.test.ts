// The sign-off form opened from the sign-off panel.
import { base64 } from '@scure/base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignoffModal } from '../../plugin/commands/modals.js';
import { setRequestHandler } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { signoffPanels } from './support/fake-editor.js';
import { flushPromises, mirrorOf, openDocument, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  setRequestHandler(undefined);
  if (s) await stopPlugin(s);
  s = undefined;
});

describe('the sign-off form', () => {
  it('settles the panel’s request when it is closed without signing off, so the button does not stay on "Signing…"', async () => {
    setRequestHandler((req) => {
      if (req.url.endsWith('/api/me')) return { status: 200, json: { username: 'amina', name: 'Amina Diallo', offices: ['head-of-office'] } };
      if (req.url.endsWith('/api/keys')) return { status: 200, json: { keys: [{ keyId: 'k', algorithm: 'Ed25519', publicKey: base64.encode(new Uint8Array(32).fill(7)), current: true }] } };
      return { status: 404, json: { error: { message: 'no' } } };
    });
    s = await startPlugin({ settings: { serverUrl: 'http://127.0.0.1:9', token: 't' }, files: { 'North.md': mirrorOf(threatMatrix()) } });
    await openDocument(s.app, 'North.md');
    await s.workspace.revealPanel('signoff');
    await vi.waitFor(() => expect(signoffPanels.at(-1)?.offices).toEqual(['head-of-office']));
    const signing = signoffPanels.at(-1)!.onSignOff!('head-of-office').then(() => 'settled');
    const form = s.app.modals.at(-1);
    expect(form).toBeInstanceOf(SignoffModal);
    form!.close();
    expect(await Promise.race([signing, flushPromises(20).then(() => 'still pending')])).toBe('settled');
  });
});
