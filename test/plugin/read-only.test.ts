// Issue 11 defect 2 in Obsidian: a person with view-only access gets a read-only editor that says so, and when the
// server refuses a change made anyway, the status bar says in words that it was not saved (never "online" alone).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeModel } from '../../shared/ydoc/layout.js';
import { relayRequestsToServer } from '../support/obsidian.js';
import { startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';
import { threatMatrix } from './fixtures.js';
import { mounted } from './support/fake-editor.js';
import { mirrorOf, openDocument, type Started, startPlugin, stopPlugin, tearDown } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await tearDown(s, server);
  s = server = undefined;
});

/** A server holding the threat matrix, owned by Amina; the SRSG may read (and sign) it. Answers the SRSG's token. */
async function viewerSetup(): Promise<string> {
  server = await startTestServer();
  const owner = await server.addUser('amina', { grants: { 'tm-north': 'owner' } });
  const viewer = await server.addUser('sofia', { offices: ['head-of-office'], grants: { 'tm-north': 'viewer' } });
  await server.createDoc('tm-north', 'amina');
  await storeDocument(server, owner, threatMatrix());
  // Obsidian's requestUrl, answered by the real server.
  relayRequestsToServer();
  return viewer;
}

describe('a viewer in Obsidian', () => {
  it('gets a read-only editor that says why, once the server has said what access she has', async () => {
    const token = await viewerSetup();
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) }, settings: { serverUrl: server!.url, token } });
    const { view } = await openDocument(s.app, 'North.md');
    await vi.waitFor(() => expect(mounted.at(-1)?.options.readOnly).toBe(true));
    expect(mounted.at(-1)!.destroyed).toBe(false);
    expect(mounted.at(-1)!.options.readOnlyNote).toBe('View only — you can read this document but not change it');
    // Kept with the document, so it opens read-only at once next time, even offline.
    expect(view.session()!.meta.access).toEqual({ access: 'viewer' });
  });

  it('is told in the status bar, in words, that a change made anyway was not saved, and it is not kept on the device', async () => {
    const token = await viewerSetup();
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) }, settings: { serverUrl: server!.url, token } });
    const { view } = await openDocument(s.app, 'North.md');
    const session = view.session()!;
    await waitFor(() => session.current().connection === 'connected', 'the session to connect');
    const item = s.app.statusBar.children[0];
    expect(item.textContent).toMatch(/^POC: online/);

    // A change the editor would not let her make, written straight into the document (a script, a stale view).
    writeModel(session.ydoc, { ...threatMatrix(), meta: { ...threatMatrix().meta, title: 'Changed by the viewer' } });
    await waitFor(() => session.current().refused !== undefined, 'the server to refuse the change');
    expect(session.current().refused).toEqual({ message: 'You can read this document but not change it: your changes were not saved.' });
    expect(item.textContent).toBe('POC: changes not saved');
    expect(item.getAttr('aria-label')).toContain('Not saved: You can read this document but not change it: your changes were not saved.');
    expect(item.hasClass('mod-refused')).toBe(true);
    const stored = await server!.api('/api/docs/tm-north', { token });
    expect(stored.body.title).toBe(threatMatrix().meta.title);

    // What was refused is not kept on this device: reopened, the document is the server's version.
    const app = s.app;
    await stopPlugin(s);
    s = await startPlugin({ app, settings: { serverUrl: server!.url, token } });
    const again = await openDocument(s.app, 'North.md');
    await vi.waitFor(() => expect(again.view.handle()?.model().meta.title).toBe(threatMatrix().meta.title));
    expect(again.view.session()!.current().refused).toBeUndefined();
  });
});
