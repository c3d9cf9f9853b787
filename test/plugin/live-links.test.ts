// Cross-links and backlinks follow changes to other documents while they are open.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeModel } from '../../shared/ydoc/layout.js';
import { actionPlan, threatMatrix } from './fixtures.js';
import { type FakeMounted, mounted } from './support/fake-editor.js';
import { mirrorOf, openDocument, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  if (s) await stopPlugin(s);
  s = undefined;
});

const files = { 'North.md': mirrorOf(threatMatrix()), 'Plan.md': mirrorOf(actionPlan()), 'South.md': mirrorOf(threatMatrix('tm-south')) };

/** The editor mounted for a view's document. */
const editorOf = (docId: string): FakeMounted => mounted.filter((m) => !m.destroyed && m.handle.ydoc.getMap('meta').get('id') === docId).at(-1)!;

describe('live cross-links', () => {
  it('has an open document re-read its backlinks when another open document changes', async () => {
    s = await startPlugin({ files });
    await openDocument(s.app, 'North.md');
    const plan = await openDocument(s.app, 'Plan.md');
    const north = editorOf('tm-north');
    await vi.waitFor(() => expect(north.linkRefreshes).toBeGreaterThan(0), { timeout: 3000 });
    const before = north.linkRefreshes;
    const changed = actionPlan();
    (changed.sections[0].content[0] as { fields: Record<string, unknown> }).fields.task = 'Day patrols around Kalo';
    writeModel(plan.view.session()!.ydoc, changed);
    await vi.waitFor(() => expect(north.linkRefreshes).toBeGreaterThan(before), { timeout: 3000 });
  });

  it('has open documents re-read their links when a POC file changes in the vault', async () => {
    s = await startPlugin({ files });
    await openDocument(s.app, 'Plan.md');
    const plan = editorOf('ap-north');
    await vi.waitFor(() => expect(plan.linkRefreshes).toBeGreaterThan(0), { timeout: 3000 });
    const before = plan.linkRefreshes;
    await s.app.testVault.writeExternally('South.md', mirrorOf(threatMatrix('tm-south')).replace('Cattle raids', 'Cattle theft'));
    await vi.waitFor(() => expect(plan.linkRefreshes).toBeGreaterThan(before), { timeout: 3000 });
  });
});

describe('links into a document whose file cannot be read', () => {
  it('tells the editor which document could not be read, so its links are one "could not be read", not one "does not exist" each', async () => {
    // South.md: a section given twice makes the file unreadable.
    const broken = `${mirrorOf(threatMatrix('tm-south'))}\n## 1 · Threat overview\n\nAgain.\n`;
    s = await startPlugin({ files: { ...files, 'South.md': broken } });
    await openDocument(s.app, 'Plan.md');
    const plan = editorOf('ap-north');
    await vi.waitFor(() => expect(plan.linkRefreshes).toBeGreaterThan(0), { timeout: 3000 });
    expect(s.workspace.links.unreadable('tm-south')).toBe('South.md');
    expect(plan.options.unreadableDocument?.('tm-south')).toBe('South.md');
    expect(plan.options.unreadableDocument?.('tm-north')).toBeUndefined();
  });
});
