// "Share this document…" in Obsidian: the command opens one modal hosting the editor's Share dialog for the open
// document, as the signed-in person, over the plugin's own client (its token, through requestUrl) against a real
// server; what the dialog asks reaches that server, and a refusal comes back in the server's words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filledModel } from '../support/build-model.js';
import { fake, type Modal, relayRequestsToServer, requests } from '../support/obsidian.js';
import { startTestServer, type TestServer, waitFor } from '../support/test-server.js';
import { sharePanels } from './support/fake-editor.js';
import { flushPromises, mirrorOf, openDocument, type Started, startPlugin, tearDown, templates } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await tearDown(s, server);
  s = server = undefined;
  sharePanels.splice(0);
});

/** A server where Amina owns a threat matrix, open and connected in her plugin; answers its id and her token. */
async function openAsOwner(): Promise<{ docId: string; token: string }> {
  server = await startTestServer();
  const token = await server.addUser('amina', { name: 'Amina Diallo' });
  await server.addUser('ben', { name: 'Ben Okello' });
  relayRequestsToServer();
  const model = filledModel(templates.get('threat-matrix'), new Date().toISOString().slice(0, 10)).build();
  await server.createDoc(model.meta.id, 'amina');
  s = await startPlugin({ settings: { serverUrl: server.url, token }, files: { 'Matrix.md': mirrorOf(model) } });
  const { view } = await openDocument(s.app, 'Matrix.md');
  await waitFor(() => view.session()!.current().connection === 'connected', 'the connection');
  return { docId: model.meta.id, token };
}

/** Runs the command and waits for its modal. */
async function share(st: Started): Promise<Modal> {
  expect(st.app.runCommand('poc-workspace:share')).toBe(true);
  await waitFor(() => st.app.modals.length > 0 && sharePanels.length > 0, 'the Share modal');
  return st.app.modals.at(-1) as unknown as Modal;
}

describe('Share this document… in Obsidian', () => {
  it('opens a modal hosting the Share dialog for the open document, as the signed-in person', async () => {
    const { docId } = await openAsOwner();
    const modal = await share(s!);
    expect(sharePanels.at(-1)).toMatchObject({ docId, me: 'amina' });
    expect(fake(modal.contentEl).textContent).toContain(`share ${docId} as amina`);
  });

  it("reads who has access through the plugin's token and grants on the server", async () => {
    const { docId, token } = await openAsOwner();
    await share(s!);
    const { source } = sharePanels.at(-1)!;
    const access = await source.access(docId);
    expect(access.people.map((p) => [p.username, p.access])).toEqual([['amina', 'owner']]);
    expect(requests.some((r) => r.url.endsWith(`/api/docs/${docId}/access`) && r.headers?.Authorization === `Bearer ${token}`)).toBe(true);
    await source.grantPerson(docId, 'ben', 'editor');
    expect(await server!.server.storage.grantsFor(docId)).toContainEqual(expect.objectContaining({ username: 'ben', access: 'editor' }));
  });

  it("hands the dialog the server's refusal in its own words", async () => {
    const { docId } = await openAsOwner();
    await share(s!);
    await expect(sharePanels.at(-1)!.source.revokePerson(docId, 'amina')).rejects.toMatchObject({ status: 409, serverMessage: expect.stringMatching(/only owner/) });
  });

  it('never opens a second Share modal while one is open', async () => {
    await openAsOwner();
    await share(s!);
    expect(s!.app.runCommand('poc-workspace:share')).toBe(true);
    // The second run asks who the user is (answered from what is known) before it would open anything.
    await flushPromises();
    expect(s!.app.modals.length).toBe(1);
    expect(sharePanels.length).toBe(1);
  });

  it('is not offered when no POC document is open', async () => {
    s = await startPlugin();
    expect(s.app.runCommand('poc-workspace:share')).toBe(false);
  });
});
