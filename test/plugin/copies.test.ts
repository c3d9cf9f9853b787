import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIRROR_WRITE_MS } from '../../plugin/vault/mirror.js';
import { parseMarkdown, readFrontmatter } from '../../shared/markdown/index.js';
import { DOC_ID_PATTERN } from '../../shared/model/ids.js';
import type { DocModel, TypedBlock } from '../../shared/model/types.js';
import { fake, notices, relayRequestsToServer, setRequestHandler } from '../support/obsidian.js';
import { startTestServer, type TestServer, waitFor } from '../support/test-server.js';
import { threatMatrix } from './fixtures.js';
import { button, flushPromises, mirrorOf, openDocument, PLUGIN_TIMERS, setImpact, type Started, startPlugin, stopPlugin, templates } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

const original = mirrorOf(threatMatrix());
const impactOf = (m: DocModel) => (m.sections[1].content.find((i) => i.t === 'block' && i.id === 'T-1') as TypedBlock).fields.impact;

/** Adds a note to the vault with a creation time (ms). */
async function addNote(st: Started, path: string, text: string, ctime: number): Promise<void> {
  await st.app.vault.create(path, text);
  st.app.vault.getFileByPath(path)!.stat.ctime = ctime;
}

/** Restarts the plugin on the same vault (views closed, sessions saved to the cache). */
async function restart(): Promise<void> {
  await stopPlugin(s);
  s = await startPlugin({ app: s.app });
}

let s: Started;

beforeEach(async () => {
  vi.useFakeTimers(PLUGIN_TIMERS);
  s = await startPlugin();
  await addNote(s, 'North.md', original, 2000);
  // The document is edited in the structured view: T-1's impact goes from 5 to 2, and the file follows.
  const { view } = await openDocument(s.app, 'North.md');
  setImpact(view.session()!.ydoc, 2);
  await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
  await restart();
});

afterEach(async () => {
  await stopPlugin(s);
  vi.useRealTimers();
});

describe('a second note with the same poc-id', () => {
  it('opens read-only as a copy and leaves the shared document as it was', async () => {
    await addNote(s, 'North (conflicted copy).md', original, 3000);
    const copy = await openDocument(s.app, 'North (conflicted copy).md');
    expect(copy.view.handle()).toBeUndefined();
    expect(fake(copy.view.contentEl).textContent).toContain('This note is a copy of "North.md" (same poc-id). It is shown read-only');
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    expect(s.app.testVault.text('North (conflicted copy).md')).toBe(original);

    const doc = await openDocument(s.app, 'North.md');
    expect(impactOf(doc.view.handle()!.model())).toBe(2);
  });

  it('takes the note the cached merge base was written to as the document, even when the copy was created earlier', async () => {
    await addNote(s, 'Older copy.md', original, 1000);
    const copy = await openDocument(s.app, 'Older copy.md');
    expect(copy.view.handle()).toBeUndefined();
    const doc = await openDocument(s.app, 'North.md');
    expect(impactOf(doc.view.handle()!.model())).toBe(2);
  });

  it('takes the oldest note as the document when no merge base is cached for its id', async () => {
    await addNote(s, 'East.md', mirrorOf(threatMatrix('tm-east')), 5000);
    await addNote(s, 'East copy.md', mirrorOf(threatMatrix('tm-east')), 6000);
    expect((await openDocument(s.app, 'East copy.md')).view.handle()).toBeUndefined();
    expect((await openDocument(s.app, 'East.md')).view.docId()).toBe('tm-east');
  });

  it('is named in a notice when the document’s own file opens', async () => {
    await addNote(s, 'North copy.md', original, 3000);
    await openDocument(s.app, 'North.md');
    expect(notices.at(-1)).toContain('"North copy.md" has the same poc-id as "North", which is the document\'s file.');
  });

  it('becomes a document of its own with a new poc-id, keeping its block ids, from the button on the copy', async () => {
    await addNote(s, 'North copy.md', original, 3000);
    const copy = await openDocument(s.app, 'North copy.md');
    button(copy.view.contentEl, 'Make this copy a new document').click();
    await flushPromises(20);

    const text = s.app.testVault.text('North copy.md');
    const id = readFrontmatter(text)?.id;
    expect(id).toMatch(DOC_ID_PATTERN);
    expect(id).not.toBe('tm-north');
    const parsed = parseMarkdown(text, templates);
    expect(parsed.ok && impactOf(parsed.model)).toBe(5);
    const reopened = await openDocument(s.app, 'North copy.md');
    expect(reopened.view.docId()).toBe(id);
    expect(impactOf((await openDocument(s.app, 'North.md')).view.handle()!.model())).toBe(2);
  });

  it('refuses "Make this copy a new document" on the document’s own file, saying which file it is', async () => {
    await addNote(s, 'North copy.md', original, 3000);
    await openDocument(s.app, 'North.md');
    expect(s.app.runCommand('poc-workspace:make-copy-new-document')).toBe(true);
    await flushPromises(20);
    expect(readFrontmatter(s.app.testVault.text('North.md'))?.id).toBe('tm-north');
    expect(notices.at(-1)).toContain('"North" is the file of document "tm-north", not a copy.');
  });

  it('offers no "Make this copy a new document" on a note whose poc-id no other note has', async () => {
    await openDocument(s.app, 'North.md');
    expect(s.app.runCommand('poc-workspace:make-copy-new-document')).toBe(false);
  });
});

describe('"Make this copy a new document" with a sync server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    setRequestHandler(undefined);
  });

  /** Restarts the plugin on the same vault, connected to `server` as `token`, with real timers and `requestUrl` reaching it. */
  async function withServer(token: string): Promise<void> {
    await stopPlugin(s);
    vi.useRealTimers();
    relayRequestsToServer();
    s = await startPlugin({ app: s.app, settings: { serverUrl: server!.url, token } });
  }

  it('creates the copy on the server and its content reaches it there, so nothing the person made is stranded', async () => {
    server = await startTestServer();
    const token = await server.addUser('amina', { name: 'Amina Diallo' });
    await server.server.storage.setCanCreate('amina', true);
    await addNote(s, 'North copy.md', original, 3000);
    await withServer(token);

    const copy = await openDocument(s.app, 'North copy.md');
    button(copy.view.contentEl, 'Make this copy a new document').click();
    await waitFor(() => readFrontmatter(s.app.testVault.text('North copy.md'))?.id !== 'tm-north', 'the copy to get its new id');
    const id = readFrontmatter(s.app.testVault.text('North copy.md'))!.id!;
    expect(await server.server.storage.getDocument(id)).toMatchObject({ createdBy: 'amina' });

    const reopened = await openDocument(s.app, 'North copy.md');
    expect(reopened.view.docId()).toBe(id);
    const onServer = async () => (await server!.api(`/api/docs/${id}?include=model`, { token })).body.model as DocModel | undefined;
    await waitFor(async () => {
      const m = await onServer();
      return m?.sections[1]?.content.some((i) => i.t === 'block' && i.id === 'T-1') === true && impactOf(m) === 5;
    }, "the copy's content to reach the server");
    // One copy of the content, not the template's empty document plus the copy: each section once.
    expect((await onServer())!.sections.map((x) => x.id)).toEqual(templates.get('threat-matrix').sections.map((x) => x.id));
  });

  it('refused by the server (no create right), says why and leaves the copy as it was', async () => {
    server = await startTestServer();
    const token = await server.addUser('jean');
    await addNote(s, 'North copy.md', original, 3000);
    await withServer(token);

    const copy = await openDocument(s.app, 'North copy.md');
    button(copy.view.contentEl, 'Make this copy a new document').click();
    await waitFor(() => notices.some((n) => /could not be made a new document/.test(n)), 'the refusal to be shown');
    expect(notices.at(-1)).toMatch(/may not create documents.*stays here unchanged, as a copy \(nothing is lost\)/s);
    expect(s.app.testVault.text('North copy.md')).toBe(original);
    expect(await server.server.storage.listDocuments()).toEqual([]);
  });
});

describe('links to a document whose poc-id a copy shares', () => {
  it('name the document’s own file, whatever order the vault lists the notes in', async () => {
    await addNote(s, 'North copy.md', original, 3000);
    await s.app.fileManager.renameFile(s.app.vault.getFileByPath('North.md')!, 'North main.md'); // now listed after the copy
    expect(s.services.files.linkOptions().linkTarget?.('tm-north')).toBe('North main');
  });
});

describe('the merge base of the Markdown mirror', () => {
  it('is not used for another file with the same poc-id, so an older copy left alone never reverts the document', async () => {
    await addNote(s, 'North copy.md', original, 3000);
    await s.app.vault.delete(s.app.vault.getFileByPath('North.md')!);
    const { view } = await openDocument(s.app, 'North copy.md');
    expect(impactOf(view.handle()!.model())).toBe(2);
  });

  it('follows its file when the file is renamed', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    await s.app.fileManager.renameFile(view.file!, 'North renamed.md');
    await restart();
    // Edited while Obsidian is closed: T-1's impact is changed in the file and merged against the base.
    const text = s.app.testVault.text('North renamed.md');
    await s.app.testVault.writeExternally('North renamed.md', text.replace(/(\| Impact\s*\| )2/, '$14'));
    const reopened = await openDocument(s.app, 'North renamed.md');
    expect(impactOf(reopened.view.handle()!.model())).toBe(4);
  });
});
