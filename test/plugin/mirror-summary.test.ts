// The plugin's mirror writes the summary properties Bases and Dataview query (shared/markdown/summary.ts), keeps them in step with the document, and never reads them back into it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIRROR_WRITE_MS } from '../../plugin/vault/mirror.js';
import { contentHash } from '../../shared/hash/canonical.js';
import { toModel } from '../../shared/ydoc/layout.js';
import { threatMatrix } from './fixtures.js';
import { mirrorOf, openDocument, PLUGIN_TIMERS, setImpact, type Started, startPlugin, stopPlugin, templates } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started;

beforeEach(() => {
  vi.useFakeTimers(PLUGIN_TIMERS);
});

afterEach(async () => {
  await stopPlugin(s);
  vi.useRealTimers();
});

describe('summary properties in the mirror', () => {
  it("follow an edit: lowering the only priority threat's impact leaves no priority threat in the properties", async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    expect(s.app.testVault.text('North.md')).toMatch(/picture-threats: 2\npicture-threats-priority: 1\n/);
    const { view } = await openDocument(s.app, 'North.md');
    setImpact(view.session()!.ydoc, 1);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    expect(s.app.testVault.text('North.md')).toMatch(/picture-threats: 2\npicture-threats-priority: 0\n/);
  });

  it('do not enter the document: its content hash is that of the model the file was written from', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { view } = await openDocument(s.app, 'North.md');
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    const { model } = toModel(view.session()!.ydoc, templates);
    expect(model.meta.properties).toBeUndefined();
    expect(contentHash(model)).toBe(contentHash(threatMatrix()));
  });
});
