import { afterEach, describe, expect, it, vi } from 'vitest';
import { PocDocumentView } from '../../plugin/view/document-view.js';
import { fake, Menu, type MenuItem } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { mounted } from './support/fake-editor.js';
import { mirrorOf, openDocument, openFile, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started;
afterEach(async () => {
  await stopPlugin(s);
});

const actionTitles = (el: HTMLElement) => fake(el).findAll('view-action').map((a) => a.getAttr('aria-label'));

describe('choosing the view of a note', () => {
  it('opens a note with poc-type and poc-id frontmatter in the structured view, with the editor on its document', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { view } = await openDocument(s.app, 'North.md');
    expect(view.getViewType()).toBe('poc-document');
    expect(view.docId()).toBe('tm-north');
    const editor = mounted.at(-1)!;
    expect(editor.handle).toBe(view.handle());
    expect(editor.handle.model()).toEqual(threatMatrix());
  });

  it('leaves other notes in the Markdown view', async () => {
    s = await startPlugin({ files: { 'Notes.md': '---\ntags: poc\n---\n# Meeting notes\n', 'Half.md': '---\npoc-type: threat-matrix\n---\nNo id.\n' } });
    expect((await openFile(s.app, 'Notes.md')).view.getViewType()).toBe('markdown');
    expect((await openFile(s.app, 'Half.md')).view.getViewType()).toBe('markdown');
  });

  it('switches to Markdown from the view header, keeps that choice when the note is reopened, and switches back', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { leaf, view } = await openDocument(s.app, 'North.md');
    fake(view.containerEl)
      .findAll('view-action')
      .find((a) => a.getAttr('aria-label') === 'Open as Markdown')!
      .click();
    await s.app.testWorkspace.settled();
    expect(leaf.view.getViewType()).toBe('markdown');
    expect((await openFile(s.app, 'North.md')).view.getViewType()).toBe('markdown');

    expect(actionTitles(leaf.view.containerEl)).toContain('Open as structured document');
    fake(leaf.view.containerEl)
      .findAll('view-action')
      .find((a) => a.getAttr('aria-label') === 'Open as structured document')!
      .click();
    await s.app.testWorkspace.settled();
    expect(leaf.view).toBeInstanceOf(PocDocumentView);
  });

  it('switches both ways with the toggle command', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { leaf } = await openDocument(s.app, 'North.md');
    expect(s.app.runCommand('poc-workspace:toggle-structured-view')).toBe(true);
    await s.app.testWorkspace.settled();
    expect(leaf.view.getViewType()).toBe('markdown');
    expect(s.app.runCommand('poc-workspace:toggle-structured-view')).toBe(true);
    await s.app.testWorkspace.settled();
    expect(leaf.view.getViewType()).toBe('poc-document');
  });

  it('offers the other view in the file menu', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { leaf } = await openDocument(s.app, 'North.md');
    const menu = new Menu();
    s.app.workspace.trigger('file-menu', menu, s.app.vault.getFileByPath('North.md'), 'more-options', leaf);
    const item = menu.items.find((i: MenuItem) => i.title === 'Open as Markdown')!;
    await item.click();
    await s.app.testWorkspace.settled();
    expect(leaf.view.getViewType()).toBe('markdown');
  });

  it('shows a note it cannot read with its problem, and writes nothing to it', async () => {
    const broken = mirrorOf(threatMatrix()).replace('status: draft', 'status: finished');
    s = await startPlugin({ files: { 'North.md': broken } });
    const { view } = await openDocument(s.app, 'North.md');
    expect(view.handle()).toBeUndefined();
    expect(fake(view.contentEl).find('poc-view-problem')?.textContent).toMatch(/cannot be read: North\.md:\d+: Unknown status "finished"/);
    await stopPlugin(s);
    expect(s.app.testVault.text('North.md')).toBe(broken);
    expect(s.app.testVault.processed).toEqual([]);
    expect(s.app.testVault.modified).toEqual([]);
  });

  it('shows the completion and problem counts in the view header', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { view } = await openDocument(s.app, 'North.md');
    const summary = fake(view.contentEl).find('poc-view-summary')!.textContent;
    expect(summary).toMatch(/\d+ of \d+ required parts filled/);
    expect(summary).toMatch(/\d+ errors?/);
  });
});
