// How often the Markdown mirror parses its file: a 500-row matrix takes a second or two to parse, so the
// editor must not parse on every write, nor when opening a document whose state is cached.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIRROR_WRITE_MS } from '../../plugin/vault/mirror.js';
import * as markdown from '../../shared/markdown/index.js';
import { threatMatrix } from './fixtures.js';
import { mirrorOf, openDocument, PLUGIN_TIMERS, setImpact, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);
vi.mock('../../shared/markdown/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/markdown/index.js')>();
  return { ...actual, parseMarkdown: vi.fn(actual.parseMarkdown) };
});

const parses = vi.mocked(markdown.parseMarkdown);

/** Parses of the document's own file (the link index parses other files, which is not what is measured). */
const parsesOfNorth = () => parses.mock.calls.filter((c) => c[2] === 'North.md').length;

let s: Started;
beforeEach(async () => {
  vi.useFakeTimers(PLUGIN_TIMERS);
  s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
});
afterEach(async () => {
  await stopPlugin(s);
  vi.useRealTimers();
});

describe('parsing the mirror file', () => {
  it('does not parse the text it has just written when the document changes again', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    const ydoc = view.session()!.ydoc;
    setImpact(ydoc, 1);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    parses.mockClear();
    for (const impact of [2, 3]) {
      setImpact(ydoc, impact);
      await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    }
    expect(s.app.testVault.text('North.md')).toMatch(/\| Impact\s*\| 3/);
    expect(parsesOfNorth()).toBe(0);
  });

  it('does not parse the file when opening a document whose state is cached and whose file is unchanged', async () => {
    const { view } = await openDocument(s.app, 'North.md');
    setImpact(view.session()!.ydoc, 1);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    await stopPlugin(s);
    s = await startPlugin({ app: s.app });
    parses.mockClear();
    await openDocument(s.app, 'North.md');
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    expect(parsesOfNorth()).toBe(0);
  });
});
