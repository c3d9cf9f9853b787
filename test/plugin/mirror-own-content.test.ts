/**
 * A user's own additions to a mirror file in source mode — text above the
 * first section, a section heading of their own, a row of their own in a
 * threat's table — do not make the file unreadable: the view merges them
 * and keeps them when it rewrites the file.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { MIRROR_WRITE_MS } from '../../plugin/vault/mirror.js';
import { PREAMBLE_SECTION_ID } from '../../shared/model/types.js';
import { BODY } from '../../shared/ydoc/layout.js';
import { fake } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { flushPromises, mirrorOf, openDocument, PLUGIN_TIMERS, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started;

beforeEach(async () => {
  vi.useFakeTimers(PLUGIN_TIMERS);
  s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
});

afterEach(async () => {
  await stopPlugin(s);
  vi.useRealTimers();
});

/** The file with a note under the title, a section "X" before section 2, and a "Source" row in the first threat's table. */
function withOwnContent(text: string): string {
  return text
    .replace(/\n(# [^\n]*\n)/, '\n$1\nMy own note at the top.\n')
    .replace(/\n(## 2 · )/, '\n## X · Notes from the field\n\nField words.\n\n$1')
    .replace(/(> \| Likelihood[^\n]*\n)/, '$1> | Source | UNHCR |\n');
}

it('merges content the template does not define, shows no banner, and keeps it when the document is next written', async () => {
  const { view } = await openDocument(s.app, 'North.md');
  const ydoc = view.session()!.ydoc;
  await s.app.testVault.writeExternally('North.md', withOwnContent(s.app.testVault.text('North.md')));
  await flushPromises();
  await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
  expect(fake(view.contentEl).find('poc-view-banner')?.hasClass('poc-hidden') ?? true).toBe(true);
  const sections = ydoc.getXmlFragment(BODY).toArray() as Y.XmlElement[];
  expect(sections.map((e) => e.getAttribute('sid'))).toEqual([PREAMBLE_SECTION_ID, '1', 'X', '2', '3']);

  const t2 = sections[3].toArray()[1] as Y.XmlElement;
  ydoc.transact(() => t2.setAttribute('impact', 1 as never));
  await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
  const text = s.app.testVault.text('North.md');
  expect(text).toMatch(/\n# [^\n]*\n\nMy own note at the top\.\n\n## 1 · /);
  expect(text).toContain('\n## X · Notes from the field\n\nField words.\n\n## 2 · ');
  expect(text).toMatch(/> \| Source +\| UNHCR +\|/);
  expect(text).toMatch(/T-2[\s\S]*> \| Impact +\| 1 +\|/);
});
