import { afterEach, describe, expect, it, vi } from 'vitest';
import { TitleModal } from '../../plugin/commands/modals.js';
import { PocDocumentView } from '../../plugin/view/document-view.js';
import { contentHash } from '../../shared/hash/canonical.js';
import { readFrontmatter } from '../../shared/markdown/index.js';
import { DOC_ID_PATTERN } from '../../shared/model/ids.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import { DOC_TYPES } from '../../shared/template/template-schema.js';
import { readSignoffs, writeModel } from '../../shared/ydoc/layout.js';
import { filledModel, withoutBlockLinks } from '../support/build-model.js';
import { clipboard, fake, type FuzzySuggestModal, type Modal, notices, pickSuggestion, relayRequestsToServer, requests, suggestionsOf, type SuggestModal } from '../support/obsidian.js';
import { connectClient, startTestServer, type TestServer, waitFor } from '../support/test-server.js';
import { actionPlan, threatMatrix } from './fixtures.js';
import { mounted } from './support/fake-editor.js';
import { button, flushPromises, mirrorOf, openDocument, type Started, startPlugin, tearDown, templates } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await tearDown(s, server);
  s = server = undefined;
});

/** Waits until the active leaf shows a loaded POC document, and returns its view. */
async function activeDocument(st: Started): Promise<PocDocumentView> {
  let view: PocDocumentView | undefined;
  await waitFor(() => {
    view = st.workspace.activeDocument();
    return !!view?.handle();
  }, 'a POC document to open');
  return view!;
}

describe('creating documents', () => {
  it('creates each type of document from its template, with a new id, and opens it', async () => {
    s = await startPlugin({ settings: { defaultReviewCadence: 'weekly' } });
    const ids = new Set<string>();
    for (const type of DOC_TYPES) {
      expect(s.app.runCommand(`poc-workspace:new-${type}`)).toBe(true);
      const modal = s.app.modals.at(-1) as TitleModal;
      expect(modal).toBeInstanceOf(TitleModal);
      modal.done();
      const view = await activeDocument(s);
      const model = view.handle()!.model();
      expect(model.meta.type).toBe(type);
      expect(model.meta.id).toMatch(DOC_ID_PATTERN);
      expect(model.sections.map((x) => x.id)).toEqual(templates.get(type).sections.map((x) => x.id));
      const fm = readFrontmatter(s.app.testVault.text(view.file!.path))!;
      expect(fm).toMatchObject({ id: model.meta.id, type, status: 'draft' });
      expect(await s.app.vault.adapter.exists(`.obsidian/plugins/poc-workspace/cache/${model.meta.id}.yjs`)).toBe(true);
      ids.add(model.meta.id);
      if (type === 'threat-matrix') expect(model.meta.fields.reviewCadence).toBe('weekly');
      s.app.workspace.activeLeaf!.detach();
      await s.app.testWorkspace.settled();
    }
    expect(ids.size).toBe(DOC_TYPES.length);
  });

  it('with a server, creates the document there (POST /api/docs) and starts from the server’s own copy', async () => {
    server = await startTestServer();
    const token = await server.addUser('amina', { name: 'Amina Diallo' });
    await server.server.storage.setCanCreate('amina', true);
    relayRequestsToServer();
    s = await startPlugin({ settings: { serverUrl: server.url, token, defaultReviewCadence: 'weekly' } });
    expect(s.app.runCommand('poc-workspace:new-threat-matrix')).toBe(true);
    (s.app.modals.at(-1) as TitleModal).done();
    const view = await activeDocument(s);
    const id = view.handle()!.model().meta.id;
    expect(requests.find((r) => r.method === 'POST')?.url).toBe(`${server.httpUrl}/api/docs`);
    expect(id).toMatch(/^tm-[a-z2-7]{16}$/);
    await waitFor(() => view.session()!.current().connection === 'connected', 'the connection');
    // One copy, not two merged: the server's document has each template section once, and the local edit reached it.
    await waitFor(async () => (await server!.api(`/api/docs/${id}?include=model`, { token })).body.model?.meta.fields.reviewCadence === 'weekly', 'the default cadence to reach the server');
    const onServer = (await server.api(`/api/docs/${id}?include=model`, { token })).body.model as { sections: Array<{ id: string }> };
    expect(onServer.sections.map((x) => x.id)).toEqual(templates.get('threat-matrix').sections.map((x) => x.id));
  });

  it('with a server that refuses (no create right), says why and makes nothing', async () => {
    server = await startTestServer();
    const token = await server.addUser('jean');
    relayRequestsToServer();
    s = await startPlugin({ settings: { serverUrl: server.url, token } });
    const files = s.app.vault.getFiles().length;
    s.app.runCommand('poc-workspace:new-strategy');
    (s.app.modals.at(-1) as TitleModal).done();
    await waitFor(() => notices.some((n) => /may not create documents/.test(n)), 'the refusal to be shown');
    expect(s.app.vault.getFiles().length).toBe(files);
    expect(await server.server.storage.listDocuments()).toEqual([]);
  });
});

describe('links to documents', () => {
  it('copies a shareable obsidian:// link to the open document', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    await openDocument(s.app, 'North.md');
    expect(s.app.runCommand('poc-workspace:copy-link')).toBe(true);
    await flushPromises();
    expect(clipboard.text).toBe('obsidian://poc-open?id=tm-north');
  });

  it('copies a web link to the open document, at the block the cursor is in, on the configured server', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) }, settings: { serverUrl: 'wss://poc.example.org', localOnly: true } });
    await openDocument(s.app, 'North.md');
    mounted.at(-1)!.cursorBlock = 'T-2';
    expect(s.app.runCommand('poc-workspace:copy-web-link')).toBe(true);
    await flushPromises();
    expect(clipboard.text).toBe('https://poc.example.org/d/tm-north#T-2');
  });

  it('says a web link needs a server when none is set, and copies nothing', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    await openDocument(s.app, 'North.md');
    clipboard.text = '';
    expect(s.app.runCommand('poc-workspace:copy-web-link')).toBe(true);
    await flushPromises();
    expect(clipboard.text).toBe('');
    expect(notices.some((n) => /set the server address/.test(n))).toBe(true);
  });

  it('opens the document of an obsidian://poc-open link, at the linked block', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()), 'Notes.md': '# Notes\n' } });
    s.app.openUrl('obsidian://poc-open?id=tm-north&block=T-2');
    const view = await activeDocument(s);
    expect(view.file!.path).toBe('North.md');
    await waitFor(() => mounted.at(-1)!.jumps.length > 0, 'the jump to the block');
    expect(mounted.at(-1)!.jumps).toEqual([{ block: 'T-2' }]);
  });

  it('inserts a cross-link picked among the typed blocks of every POC document in the vault', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()), 'Plan.md': mirrorOf(actionPlan()) } });
    await openDocument(s.app, 'Plan.md');
    expect(s.app.runCommand('poc-workspace:insert-cross-link')).toBe(true);
    await waitFor(() => s!.app.modals.length > 0, 'the link picker');
    const picker = s.app.modals.at(-1) as unknown as FuzzySuggestModal<unknown>;
    expect((await suggestionsOf(picker, '')).map((x) => x.text)).toEqual(
      expect.arrayContaining(['T-1 Raids on the IDP site — Threat matrix — North', 'T-2 Cattle raids — Threat matrix — North', 'A-1 Night patrols around Kalo — Action plan — North']),
    );
    await pickSuggestion(picker, 'cattle', 'T-2');
    expect(mounted.at(-1)!.crossLinks).toEqual([{ docId: 'tm-north', blockId: 'T-2' }]);
  });

  it('is not offered where there is no POC document to link from', async () => {
    s = await startPlugin({ files: { 'Notes.md': '# Notes\n' } });
    expect(s.app.runCommand('poc-workspace:insert-cross-link')).toBe(false);
    expect(s.app.runCommand('poc-workspace:copy-link')).toBe(false);
  });
});

describe('with the sync server', () => {
  async function withServer(offices: Array<string | OfficeHolding> = []) {
    server = await startTestServer();
    const token = await server.addUser('amina', { name: 'Amina Diallo', offices, grants: { '*': 'owner' } });
    await server.createDoc('tm-north', 'amina');
    return token;
  }

  it('fetches a document the vault does not have into a new file when its link is opened', async () => {
    const token = await withServer();
    const seeder = connectClient(server!.url, 'tm-north', token);
    await seeder.synced();
    writeModel(seeder.doc, threatMatrix());
    await waitFor(async () => (await server!.api('/api/docs/tm-north', { token })).body.title === threatMatrix().meta.title, 'the server to store it');
    // The plugin asks the API for a ticket before it connects, as in Obsidian.
    relayRequestsToServer();
    s = await startPlugin({ settings: { serverUrl: server!.url, token } });
    s.app.openUrl('obsidian://poc-open?id=tm-north');
    const view = await activeDocument(s);
    seeder.destroy();
    expect(view.file!.path).toBe('Threat matrix — North.md');
    expect(view.handle()!.model()).toEqual(threatMatrix());
  });

  it('lists the documents on the server and opens the one chosen', async () => {
    const token = await withServer();
    const seeder = connectClient(server!.url, 'tm-north', token);
    await seeder.synced();
    writeModel(seeder.doc, threatMatrix());
    await waitFor(async () => (await server!.api('/api/docs', { token })).body.documents?.[0]?.title === threatMatrix().meta.title, 'the server to list it');
    relayRequestsToServer();
    s = await startPlugin({ settings: { serverUrl: server!.url, token } });
    s.app.runCommand('poc-workspace:browse-server');
    await waitFor(() => s!.app.modals.length > 0, 'the document list');
    expect(requests.at(-1)).toMatchObject({ url: `${server!.httpUrl}/api/docs`, headers: { Authorization: `Bearer ${token}` } });
    const list = s.app.modals.at(-1) as unknown as SuggestModal<unknown>;
    await pickSuggestion(list, 'north', 'Threat matrix — North');
    const view = await activeDocument(s);
    seeder.destroy();
    expect(view.docId()).toBe('tm-north');
  });

  /** A filled threat matrix of `area` the server can approve (no links to documents it does not hold), open in the plugin and connected. */
  async function openMatrix(token: string, area = 'Sector North') {
    relayRequestsToServer();
    const filled = filledModel(templates.get('threat-matrix'), new Date().toISOString().slice(0, 10)).field('office', area);
    withoutBlockLinks(filled);
    const model = filled.build();
    // Connecting never creates a document: it exists on the server (empty) before the plugin opens its file.
    await server!.createDoc(model.meta.id, 'amina');
    s = await startPlugin({ settings: { serverUrl: server!.url, token }, files: { 'Matrix.md': mirrorOf(model) } });
    const { view } = await openDocument(s.app, 'Matrix.md');
    await waitFor(() => view.session()!.current().connection === 'connected', 'the connection');
    return { model, view };
  }

  it('signs off through the server as an office the user holds, and the signed record arrives in the document', async () => {
    const token = await withServer(['head-of-office']);
    const { model, view } = await openMatrix(token);
    expect(s!.app.runCommand('poc-workspace:sign-off')).toBe(true);
    await waitFor(() => s!.app.modals.length > 0, 'the sign-off form');
    const form = s!.app.modals.at(-1) as unknown as Modal;
    expect(fake(form.titleEl).textContent).toBe(`Sign off "${model.meta.title}"`);
    // The form says what is signed, as the editor's confirmation does: the version on screen and the problems still open.
    const shown = fake(form.contentEl).textContent;
    expect(shown).toContain(contentHash(view.handle()!.model()).replace(/^sha256:/, '').slice(0, 12));
    expect(shown).toMatch(/No problems are open\.|still open/);
    const before = notices.length;
    button(form.contentEl, 'Sign off').click();
    await waitFor(() => readSignoffs(view.session()!.ydoc).length === 1, 'the signed record');
    const post = requests.find((r) => r.method === 'POST' && r.url.endsWith('/signoffs'))!;
    expect(post.url).toBe(`${server!.httpUrl}/api/docs/${model.meta.id}/signoffs`);
    // The request names the version the person was looking at, and that is the version the server signed.
    const [record] = readSignoffs(view.session()!.ydoc) as SignoffRecord[];
    expect(JSON.parse(post.body as string)).toEqual({ role: 'head-of-office', decision: 'approved', comment: '', contentHash: record.payload.contentHash });
    // The record reaches the document over the WebSocket, which may be before the server's answer to the request does.
    await waitFor(() => notices.slice(before).some((n) => /^Signed off as head-of-office: approved/.test(n)), 'the notice saying it was signed');
  });

  it('when the document changes between the review and the approval, nothing is signed and the person is told what changed', async () => {
    const token = await withServer(['head-of-office']);
    const { model, view } = await openMatrix(token);
    expect(s!.app.runCommand('poc-workspace:sign-off')).toBe(true);
    await waitFor(() => s!.app.modals.length > 0, 'the sign-off form');
    // While the form is open, a colleague changes who maintains the matrix; the edit reaches the server and this view.
    const seen = view.handle()!.model();
    const editor = connectClient(server!.url, model.meta.id, token);
    await editor.synced();
    editor.doc.getMap('fields').set('preparedBy', 'JOC North, revised');
    await waitFor(async () => (await server!.api(`/api/docs/${model.meta.id}`, { token })).body.contentHash !== contentHash(seen), 'the edit to be stored');
    await waitFor(() => contentHash(view.handle()!.model()) !== contentHash(seen), 'the edit to reach the view');
    editor.destroy();
    button((s!.app.modals.at(-1) as unknown as Modal).contentEl, 'Sign off').click();
    await waitFor(() => notices.some((n) => /changed while you were reviewing/.test(n)), 'the refusal');
    expect(notices.at(-1)).toMatch(/nothing was signed: .*Maintained by.*Review the changes, then sign off again\./);
    expect(await server!.server.storage.listSignoffs(model.meta.id)).toEqual([]);
  });

  it('offers only the offices the user holds in scope for the document: a Head of Office of another sector is told so', async () => {
    const token = await withServer([{ role: 'head-of-office', area: 'Sector South' }]);
    await openMatrix(token, 'Sector North');
    const before = notices.length;
    expect(s!.app.runCommand('poc-workspace:sign-off')).toBe(true);
    await waitFor(() => notices.length > before, 'the notice');
    expect(notices.at(-1)).toMatch(/You hold none of the offices that sign this document here \(Head of Office\)/);
    expect(s!.app.modals).toHaveLength(0);
  });
});
