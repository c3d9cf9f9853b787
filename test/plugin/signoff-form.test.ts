// Signing off from the sign-off panel in Obsidian: the editor's confirmation asks, the plugin only sends the answer.
import { base64 } from '@scure/base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentHash } from '../../shared/hash/canonical.js';
import { setRequestHandler } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { mounted, signoffPanels } from './support/fake-editor.js';
import { mirrorOf, openDocument, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  setRequestHandler(undefined);
  if (s) await stopPlugin(s);
  s = undefined;
});

describe('signing off from the panel', () => {
  it('sends the decision and comment confirmed in the editor straight to the server, opening no second form, and shows a refusal in words', async () => {
    const posted: unknown[] = [];
    setRequestHandler((req) => {
      if (req.url.endsWith('/api/me')) return { status: 200, json: { username: 'amina', name: 'Amina Diallo', offices: ['head-of-office'] } };
      if (req.url.endsWith('/api/keys')) return { status: 200, json: { keys: [{ keyId: 'k', algorithm: 'Ed25519', publicKey: base64.encode(new Uint8Array(32).fill(7)), current: true }] } };
      if (req.url.endsWith('/signoffs') && req.method === 'POST') {
        posted.push(JSON.parse(req.body as string));
        return { status: 403, json: { error: { code: 'not-your-office', message: 'You do not hold the office "head-of-office" here.' } } };
      }
      return { status: 404, json: { error: { message: 'no' } } };
    });
    s = await startPlugin({ settings: { serverUrl: 'http://127.0.0.1:9', token: 't' }, files: { 'North.md': mirrorOf(threatMatrix()) } });
    await openDocument(s.app, 'North.md');
    await s.workspace.revealPanel('signoff');
    await vi.waitFor(() => expect(signoffPanels.at(-1)?.offices).toEqual(['head-of-office']));
    const reviewed = mounted.at(-1)!.handle.model();
    const signing = signoffPanels.at(-1)!.onSignOff!('head-of-office', { decision: 'rejected', comment: 'Add the southern routes.', reviewed });
    await expect(signing).rejects.toThrow(/You do not hold the office "head-of-office" here\./);
    expect(s.app.modals).toHaveLength(0);
    expect(posted).toEqual([{ role: 'head-of-office', decision: 'rejected', comment: 'Add the southern routes.', contentHash: contentHash(reviewed) }]);
  });
});
