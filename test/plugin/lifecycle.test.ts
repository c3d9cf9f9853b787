import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, fake } from '../support/obsidian.js';
import { actionPlan, threatMatrix } from './fixtures.js';
import { mirrorOf, openDocument, openFile, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

/** Everything a plugin can leave registered in the app, counted. */
function footprint(app: App) {
  const vault = app.testVault;
  const meta = app.metadataCache as unknown as { listenerCount(): number };
  return {
    commands: app.commands.size,
    viewTypes: app.testWorkspace.registeredViewTypes().length,
    protocolHandlers: app.protocolHandlers.size,
    statusBarItems: app.statusBar.children.length,
    settingTabs: app.settingTabs.length,
    vaultListeners: vault.listenerCount(),
    workspaceListeners: app.testWorkspace.listenerCount(),
    metadataListeners: meta.listenerCount(),
  };
}

describe('plugin lifecycle', () => {
  afterEach(() => vi.useRealTimers());

  it('registers its views, commands, link handler, status bar item and settings tab on load', async () => {
    const s = await startPlugin();
    expect(s.app.testWorkspace.registeredViewTypes().sort()).toEqual(['poc-comments', 'poc-document', 'poc-picture', 'poc-signoffs', 'poc-validation']);
    expect([...s.app.commands.keys()]).toEqual(
      expect.arrayContaining([
        'poc-workspace:new-strategy',
        'poc-workspace:new-action-plan',
        'poc-workspace:new-threat-matrix',
        'poc-workspace:new-operations-brief',
        'poc-workspace:new-resources-matrix',
        'poc-workspace:browse-server',
        'poc-workspace:copy-link',
        'poc-workspace:copy-web-link',
        'poc-workspace:insert-cross-link',
        'poc-workspace:show-validation',
        'poc-workspace:sign-off',
        'poc-workspace:toggle-structured-view',
        'poc-workspace:open-mission-picture',
      ]),
    );
    expect([...s.app.protocolHandlers.keys()].sort()).toEqual(['poc-auth', 'poc-open']);
    expect(s.app.statusBar.children).toHaveLength(1);
    expect(s.app.settingTabs).toHaveLength(1);
    await stopPlugin(s);
  });

  it('leaves nothing registered after unload, even with documents and panels open', async () => {
    const app = new App();
    const before = footprint(app);
    const s = await startPlugin({ app, files: { 'North.md': mirrorOf(threatMatrix()), 'Plan.md': mirrorOf(actionPlan()), 'Notes.md': '# Just a note\n' } });
    await openDocument(app, 'North.md');
    await openFile(app, 'Notes.md');
    await s.workspace.revealPanel('validation');
    await s.workspace.revealPanel('signoff');
    s.services.preferMarkdown.add('Plan.md');
    await openFile(app, 'Plan.md'); // a POC note shown as Markdown gets a header action
    expect(s.services.sessions.openIds()).toEqual(['tm-north']);

    await stopPlugin(s);

    expect(s.services.sessions.openIds()).toEqual([]);
    const leaves = app.testWorkspace.leaves;
    expect(leaves.map((l) => l.view.getViewType()).filter((t) => t.startsWith('poc-'))).toEqual([]);
    // The "Open as structured document" action the plugin added to Obsidian's Markdown view is gone too.
    const planLeaf = leaves.find((l) => (l.view.getState() as { file?: string }).file === 'Plan.md')!;
    expect(fake(planLeaf.view.containerEl).findAll('view-action').map((a) => a.getAttr('aria-label'))).not.toContain('Open as structured document');
    // Close Obsidian's own views too: whatever is still subscribed then would be the plugin's.
    for (const leaf of [...leaves]) leaf.detach();
    await app.testWorkspace.settled();
    expect(footprint(app)).toEqual(before);
  });

  it('saves every open document to its cache on unload', async () => {
    const s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    await openDocument(s.app, 'North.md');
    await stopPlugin(s);
    expect(await s.app.vault.adapter.exists('.obsidian/plugins/poc-workspace/cache/tm-north.yjs')).toBe(true);
  });
});
