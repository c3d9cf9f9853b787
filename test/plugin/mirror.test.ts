import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { MIRROR_WRITE_MS } from '../../plugin/vault/mirror.js';
import { parseMarkdown } from '../../shared/markdown/index.js';
import type { DocModel, TypedBlock } from '../../shared/model/types.js';
import { fake, notices } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { blockEl, flushPromises, mirrorOf, openDocument, PLUGIN_TIMERS, type Started, startPlugin, stopPlugin, templates } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

/** A change that arrives from another person through the server. */
function peerEdit(ydoc: Y.Doc, change: () => void): void {
  ydoc.transact(change, { source: 'remote-peer' });
}

function edited(change: (m: DocModel) => void): DocModel {
  const m = threatMatrix();
  change(m);
  return m;
}

const threat = (m: DocModel, id: string) => m.sections[1].content.find((i) => i.t === 'block' && i.id === id) as TypedBlock;

function modelOfFile(s: Started, path = 'North.md'): DocModel {
  const r = parseMarkdown(s.app.testVault.text(path), templates, path);
  if (!r.ok) throw new Error(r.error.message);
  return r.model;
}

let s: Started;

beforeEach(async () => {
  vi.useFakeTimers(PLUGIN_TIMERS);
  s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
});

afterEach(async () => {
  await stopPlugin(s);
  vi.useRealTimers();
});

describe('writing the Markdown mirror', () => {
  it('rewrites the file once, a pause after the last change, through vault.process', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    const ydoc = view.session()!.ydoc;
    for (const likelihood of [1, 2, 5]) {
      ydoc.transact(() => blockEl(ydoc, 'T-1').setAttribute('likelihood', likelihood as never));
      await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS / 2);
    }
    expect(s.app.testVault.processed).toEqual([]);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS);
    expect(s.app.testVault.processed).toHaveLength(1);
    expect(s.app.testVault.modified).toEqual([]);
    expect(threat(modelOfFile(s), 'T-1').fields.likelihood).toBe(5);
  });

  it('writes changes other people make as well', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    const ydoc = view.session()!.ydoc;
    peerEdit(ydoc, () => blockEl(ydoc, 'T-2').setAttribute('impact', 4 as never));
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS);
    expect(threat(modelOfFile(s), 'T-2').fields.impact).toBe(4);
  });

  it('does not rewrite a file that already holds the document, keeping its author’s formatting', async () => {
    await openDocument(s.app, 'North.md');
    const reformatted = s.app.testVault.text('North.md').replace('Attacks rose near Kalo.', 'Attacks rose\nnear Kalo.');
    expect(parseMarkdown(reformatted, templates).ok).toBe(true);
    await s.app.testVault.writeExternally('North.md', reformatted);
    await flushPromises();
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    expect(s.app.testVault.processed).toEqual([]);
    expect(s.app.testVault.text('North.md')).toBe(reformatted);
  });
});

describe('merging a change made to the file outside the view', () => {
  it('applies it block by block and keeps what someone else changed meanwhile in another block', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    const ydoc = view.session()!.ydoc;
    peerEdit(ydoc, () => blockEl(ydoc, 'T-2').setAttribute('likelihood', 5 as never)); // not yet in the file
    await s.app.testVault.writeExternally('North.md', mirrorOf(edited((m) => (threat(m, 'T-1').fields.impact = 2))));
    await flushPromises();

    const merged = view.handle()!.model();
    expect(threat(merged, 'T-1').fields.impact).toBe(2);
    expect(threat(merged, 'T-2').fields.likelihood).toBe(5);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS);
    expect(modelOfFile(s)).toEqual(merged);
  });

  it('keeps the shared value when both changed the same field, and saves the file’s version as a conflict copy', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    const ydoc = view.session()!.ydoc;
    peerEdit(ydoc, () => blockEl(ydoc, 'T-1').setAttribute('likelihood', 1 as never));
    const theirs = mirrorOf(edited((m) => (threat(m, 'T-1').fields.likelihood = 3)));
    await s.app.testVault.writeExternally('North.md', theirs);
    await flushPromises(20);

    expect(threat(view.handle()!.model(), 'T-1').fields.likelihood).toBe(1);
    const copy = s.app.vault.getMarkdownFiles().find((f) => f.path.startsWith('North (conflicting edit '))!;
    expect(copy).toBeDefined();
    const copyText = s.app.testVault.text(copy.path);
    expect(copyText).toContain('poc-conflict-of: tm-north');
    expect(copyText).not.toMatch(/^poc-id:/m);
    expect(copyText).toContain('T-1, field "likelihood"');
    expect(notices.at(-1)).toMatch(/your version is saved in "North \(conflicting edit/);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS);
    expect(threat(modelOfFile(s), 'T-1').fields.likelihood).toBe(1);
  });

  it('leaves a file it cannot read alone until it is fixed, then merges it', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    const ydoc = view.session()!.ydoc;
    const broken = s.app.testVault.text('North.md').replace('status: draft', 'status: finished');
    await s.app.testVault.writeExternally('North.md', broken);
    await flushPromises();
    ydoc.transact(() => blockEl(ydoc, 'T-2').setAttribute('impact', 1 as never));
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    expect(s.app.testVault.text('North.md')).toBe(broken);
    expect(fake(view.contentEl).find('poc-view-banner')?.textContent).toMatch(/cannot be read \(North\.md:\d+: Unknown status "finished"/);

    await s.app.testVault.writeExternally('North.md', mirrorOf(edited((m) => (m.meta.title = 'Threat matrix — North and East'))));
    await flushPromises();
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS);
    const now = modelOfFile(s);
    expect(now.meta.title).toBe('Threat matrix — North and East');
    expect(threat(now, 'T-2').fields.impact).toBe(1);
    expect(fake(view.contentEl).find('poc-view-banner')?.hasClass('poc-hidden')).toBe(true);
  });

  it('merges a change made while Obsidian was closed, against the text it last wrote', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    const ydoc = view.session()!.ydoc;
    ydoc.transact(() => blockEl(ydoc, 'T-2').setAttribute('impact', 1 as never));
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS);
    await stopPlugin(s);

    // A colleague's edit arrives through git while Obsidian is closed: T-1's threat is renamed.
    const pulled = s.app.testVault.text('North.md').replace('Raids on the IDP site', 'Night raids on the IDP site');
    await s.app.testVault.writeExternally('North.md', pulled);

    s = await startPlugin({ app: s.app });
    const reopened = await openDocument(s.app, 'North.md');
    const model = reopened.view.handle()!.model();
    expect(threat(model, 'T-1').fields.threat).toBe('Night raids on the IDP site');
    expect(threat(model, 'T-2').fields.impact).toBe(1);
  });
});
