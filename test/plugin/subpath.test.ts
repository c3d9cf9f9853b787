// Opening a document at a place: links to a block or heading, search results and backlinks land there.
import type * as obsidian from 'obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locationAtLine, locationOfSubpath, subpathAtCursor } from '../../plugin/view/subpath.js';
import { cursorIn, stateOf } from '../editor/helpers.js';
import { threatMatrix } from './fixtures.js';
import { mounted } from './support/fake-editor.js';
import { mirrorOf, openDocument, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  if (s) await stopPlugin(s);
  s = undefined;
});

const north = mirrorOf(threatMatrix());

/** Opens North.md in a new tab at a place, as Obsidian does for a link, a search result or a backlink. */
async function openAt(st: Started, eState: Record<string, unknown>): Promise<void> {
  const leaf = st.app.workspace.getLeaf(true);
  await leaf.openFile(st.app.vault.getFileByPath('North.md')!, { eState } as obsidian.OpenViewState);
  await st.app.testWorkspace.settled();
}

describe('places in a document', () => {
  it('a block reference names the block whatever its case', () => {
    expect(locationOfSubpath('#^t-2', threatMatrix())).toEqual({ block: 'T-2' });
    expect(locationOfSubpath('#^x-9', threatMatrix())).toBeUndefined();
  });

  it('a heading as the mirror writes it names its section', () => {
    expect(locationOfSubpath('#2 · Threats to civilians', threatMatrix())).toEqual({ section: '2' });
    expect(locationOfSubpath('#Threat matrix — North#Consultation', threatMatrix())).toEqual({ section: '3' });
  });

  it('a line inside a block’s callout names the block, and a line of plain text its section', () => {
    const lines = north.split('\n');
    expect(locationAtLine(north, lines.findIndex((l) => l.includes('Herders.')), threatMatrix())).toEqual({ block: 'T-2' });
    expect(locationAtLine(north, lines.indexOf('Consulted the UNCT protection cluster.'), threatMatrix())).toEqual({ section: '3' });
  });
});

describe('where the user is', () => {
  it('is the block holding the cursor, as a block reference', () => {
    expect(subpathAtCursor(cursorIn(stateOf(threatMatrix()), 'Herders.'))).toBe('#^t-2');
  });

  it('is nowhere in particular when the cursor is in a section’s plain text', () => {
    expect(subpathAtCursor(cursorIn(stateOf(threatMatrix()), 'Consulted the UNCT protection cluster.'))).toBeUndefined();
  });
});

describe('opening a document at a place', () => {
  it('a link to a block opens the structured view at that block', async () => {
    s = await startPlugin({ files: { 'North.md': north } });
    await openAt(s, { subpath: '#^t-2' });
    await vi.waitFor(() => expect(mounted.at(-1)!.jumps).toEqual([{ block: 'T-2' }]));
  });

  it('a search result opens the structured view at the block it matched', async () => {
    s = await startPlugin({ files: { 'North.md': north } });
    const at = north.indexOf('Cattle raids');
    await openAt(s, { match: { content: north, matches: [[at, at + 12]] } });
    await vi.waitFor(() => expect(mounted.at(-1)!.jumps).toEqual([{ block: 'T-2' }]));
  });

  it('switching to Markdown takes the block the cursor is in along, for the Markdown view to scroll to', async () => {
    s = await startPlugin({ files: { 'North.md': north } });
    const { leaf } = await openDocument(s.app, 'North.md');
    (mounted.at(-1)!.handle as { view: unknown }).view = { state: cursorIn(stateOf(threatMatrix()), 'Herders.') };
    await s.workspace.showAsMarkdown(leaf as unknown as obsidian.WorkspaceLeaf);
    await s.app.testWorkspace.settled();
    expect(leaf.view.getViewType()).toBe('markdown');
    expect(leaf.getEphemeralState()).toMatchObject({ subpath: '#^t-2' });
  });
});
