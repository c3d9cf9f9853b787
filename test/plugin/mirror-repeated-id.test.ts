// A mirror file with a block id given twice (a copy-paste in source mode) opens: the later block gets a new id, the person is told, and the file is rewritten with it.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { MIRROR_WRITE_MS } from '../../plugin/vault/mirror.js';
import { parseMarkdown } from '../../shared/markdown/index.js';
import { blocksOf } from '../../shared/model/ids.js';
import { notices } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { flushPromises, mirrorOf, openDocument, PLUGIN_TIMERS, type Started, startPlugin, stopPlugin, templates } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

/** The fixture's matrix with its second threat, T-2, written as a second T-1. */
const repeated = mirrorOf(threatMatrix()).replace('[!poc-threat] T-2', '[!poc-threat] T-1').replace('^t-2', '^t-1');

let s: Started;
beforeEach(async () => {
  vi.useFakeTimers(PLUGIN_TIMERS);
  notices.length = 0;
  s = await startPlugin({ files: { 'North.md': repeated } });
});
afterEach(async () => {
  await stopPlugin(s);
  vi.useRealTimers();
});

it('opens the file, says which block was renamed and why, and writes the new id into the file', async () => {
  await openDocument(s.app, 'North.md');
  expect(notices.some((n) => /"North" was read with a repair\.\nT-2: This block's id T-1 is already used on line \d+, so it was read as T-2/.test(n))).toBe(true);
  await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS + 100);
  await flushPromises();
  const r = parseMarkdown(s.app.testVault.text('North.md'), templates, 'North.md');
  if (!r.ok) throw new Error(r.error.message);
  expect(blocksOf(r.model).map((b) => [b.id, b.fields.threat])).toEqual([
    ['T-1', 'Raids on the IDP site'],
    ['T-2', 'Cattle raids'],
  ]);
  expect(r.notes).toEqual([]);
});
