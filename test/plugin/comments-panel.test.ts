// The comments panel in Obsidian: a commenter opens the threat matrix, gets a read-only editor that says she may
// comment, and a "POC comments" side panel drawn as her (the server's name for her), with the people to mention.
// A comment she writes there reaches the server; the content stays as it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readThreads, addThread } from '../../shared/ydoc/comments.js';
import { docFromStored } from '../../server/docs/stored.js';
import pino from 'pino';
import { fake, relayRequestsToServer } from '../support/obsidian.js';
import { startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';
import { threatMatrix } from './fixtures.js';
import { commentsPanels, mounted } from './support/fake-editor.js';
import { mirrorOf, openDocument, type Started, startPlugin, tearDown } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await tearDown(s, server);
  s = server = undefined;
});

describe('a commenter in Obsidian', () => {
  it('gets a read-only editor, a comments panel drawn as her with the people to mention, and her comment reaches the server', async () => {
    server = await startTestServer();
    const owner = await server.addUser('amina', { name: 'Amina Diallo', grants: { 'tm-north': 'owner' } });
    const token = await server.addUser('pia', { name: 'Pia Partner', grants: { 'tm-north': 'commenter' } });
    await server.createDoc('tm-north', 'amina');
    await storeDocument(server, owner, threatMatrix());
    relayRequestsToServer();
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) }, settings: { serverUrl: server.url, token } });
    const { view } = await openDocument(s.app, 'North.md');
    await vi.waitFor(() => expect(mounted.at(-1)?.options.readOnly).toBe(true));
    expect(mounted.at(-1)!.options.readOnlyNote).toBe('You can comment but not change the content');

    await s.workspace.revealPanel('comments');
    await vi.waitFor(() => expect(commentsPanels.at(-1)?.canComment).toBe(true));
    const opts = commentsPanels.at(-1)!;
    await vi.waitFor(() => expect(opts.me).toEqual({ username: 'pia', name: 'Pia Partner' }));
    expect(await opts.people!()).toEqual([
      { username: 'amina', name: 'Amina Diallo' },
      { username: 'pia', name: 'Pia Partner' },
    ]);
    const leaf = s.app.workspace.getLeavesOfType('poc-comments')[0];
    expect(fake((leaf.view as unknown as { contentEl: HTMLElement }).contentEl).textContent).toBe('comments as Pia Partner');

    // What the real panel does on "Comment": write a thread into the document's Y.Doc.
    addThread(opts.handle.ydoc, { section: 'threats', block: 'T-1' }, { author: 'pia', authorName: 'Pia Partner', at: '2026-06-15T09:00:00Z', text: 'Please check @amina' });
    await waitFor(async () => readThreads(docFromStored(await server!.server.storage.loadUpdates('tm-north'), pino({ level: 'silent' }), 'tm-north')).length === 1, 'the comment to reach the server');
    expect(view.session()!.current().refused).toBeUndefined();
  });
});
