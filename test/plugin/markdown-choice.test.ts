// The choice to see a POC note as plain Markdown is kept in the plugin's data and follows the note.
import type * as obsidian from 'obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { MANIFEST, mirrorOf, openDocument, openFile, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  if (s) await stopPlugin(s);
  s = undefined;
});

/** The notes the plugin's data file lists as to be shown as Markdown. */
async function stored(app: App): Promise<unknown> {
  return (JSON.parse(await app.vault.adapter.read(`${MANIFEST.dir}/data.json`)) as { markdownNotes?: unknown }).markdownNotes;
}

/** Starts the plugin with North.md and switches it to Markdown as the user would. */
async function chooseMarkdown(app: App): Promise<Started> {
  const st = await startPlugin({ app, files: { 'North.md': mirrorOf(threatMatrix()) } });
  const { leaf } = await openDocument(st.app, 'North.md');
  await st.workspace.showAsMarkdown(leaf as unknown as obsidian.WorkspaceLeaf);
  await st.app.testWorkspace.settled();
  return st;
}

describe('seeing a note as Markdown', () => {
  it('is remembered across a restart of the plugin', async () => {
    const app = new App();
    s = await chooseMarkdown(app);
    await stopPlugin(s);
    s = await startPlugin({ app });
    expect((await openFile(app, 'North.md')).view.getViewType()).toBe('markdown');
  });

  it('follows the note when it is renamed', async () => {
    s = await chooseMarkdown(new App());
    await s.app.vault.rename(s.app.vault.getFileByPath('North.md')!, 'Sector North.md');
    await vi.waitFor(async () => expect(await stored(s!.app)).toEqual(['Sector North.md']));
    expect(s.services.preferMarkdown.has('Sector North.md')).toBe(true);
  });

  it('is forgotten when the note is deleted', async () => {
    s = await chooseMarkdown(new App());
    await vi.waitFor(async () => expect(await stored(s!.app)).toEqual(['North.md']));
    await s.app.vault.delete(s.app.vault.getFileByPath('North.md')!);
    await vi.waitFor(async () => expect(await stored(s!.app)).toEqual([]));
  });
});
