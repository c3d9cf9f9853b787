// The mirror's stamp (plugin/vault/stamp.ts): a file the mirror wrote says which model it was written from,
// so a rendering delivered by a file sync tool is told from someone's edit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { MIRROR_WRITE_MS } from '../../plugin/vault/mirror.js';
import { readStamp, stampOf, withStamp } from '../../plugin/vault/stamp.js';
import { canonicalJson } from '../../shared/hash/canonical.js';
import { parseMarkdown } from '../../shared/markdown/index.js';
import type { DocModel, TypedBlock } from '../../shared/model/types.js';
import { toModel } from '../../shared/ydoc/layout.js';
import { mergeModel } from '../../shared/ydoc/merge.js';
import { p } from '../support/build-model.js';
import { threatMatrix } from './fixtures.js';
import { flushPromises, mirrorOf, openDocument, PLUGIN_TIMERS, setImpact, type Started, startPlugin, stopPlugin, templates } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

const NEW_LINE = 'Curfew announced in Kalo.';
const impactOf = (m: DocModel) => (m.sections[1].content.find((i) => i.t === 'block' && i.id === 'T-1') as TypedBlock).fields.impact;
const count = (text: string, what: string) => text.split(what).length - 1;
const modelText = (m: DocModel) => JSON.stringify(m);

/** A file as a mirror writes it for a model: its Markdown, stamped with the model. */
const rendering = (m: DocModel) => withStamp(mirrorOf(m), stampOf(canonicalJson(m)));

/** Another device with the same document state, on which a paragraph is added to the overview (as typing there would). */
function otherDeviceAddsParagraph(from: Y.Doc): { doc: Y.Doc; model: DocModel } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  const before = toModel(doc, templates).model;
  const after = structuredClone(before);
  after.sections[0].content.push(p(NEW_LINE));
  mergeModel(doc, after, { base: before });
  return { doc, model: toModel(doc, templates).model };
}

let s: Started;

/** Starts the plugin with the document cached, using a server (unreachable here: what matters is that one carries the document) or working locally. */
async function start(server: boolean): Promise<void> {
  s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
  await openDocument(s.app, 'North.md');
  await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
  await stopPlugin(s);
  s = await startPlugin({ app: s.app, settings: server ? { serverUrl: 'ws://127.0.0.1:9', token: 't' } : {} });
}

beforeEach(() => {
  vi.useFakeTimers(PLUGIN_TIMERS);
});

afterEach(async () => {
  await stopPlugin(s);
  vi.useRealTimers();
});

describe('the stamp of the Markdown mirror', () => {
  it('is written into every file the mirror writes, naming the model the file holds', async () => {
    await start(false);
    const { view } = await openDocument(s.app, 'North.md');
    setImpact(view.session()!.ydoc, 2);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    const text = s.app.testVault.text('North.md');
    const parsed = parseMarkdown(text, templates);
    expect(parsed.ok && impactOf(parsed.model)).toBe(2);
    expect(readStamp(text)).toBe(parsed.ok && stampOf(canonicalJson(parsed.model)));
  });

  it('is not read into the document', () => {
    const parsed = parseMarkdown(rendering(threatMatrix()), templates);
    expect(parsed.ok && parsed.model).toEqual(threatMatrix());
  });
});

describe('a file written by another device’s mirror, delivered by a file sync tool', () => {
  it('is not merged when a server carries the document, so the change the server brings appears once', async () => {
    await start(true);
    const { view } = await openDocument(s.app, 'North.md');
    const ydoc = view.session()!.ydoc;
    const device1 = otherDeviceAddsParagraph(ydoc);

    await s.app.testVault.writeExternally('North.md', rendering(device1.model));
    await flushPromises();
    expect(count(modelText(view.handle()!.model()), NEW_LINE)).toBe(0);

    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(device1.doc), { source: 'server' });
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    expect(count(modelText(view.handle()!.model()), NEW_LINE)).toBe(1);
    expect(count(s.app.testVault.text('North.md'), NEW_LINE)).toBe(1);
  });

  it('does not revert the document when it is older than the document, a server carrying the document', async () => {
    await start(true);
    const { view } = await openDocument(s.app, 'North.md');
    setImpact(view.session()!.ydoc, 2);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);

    await s.app.testVault.writeExternally('North.md', rendering(threatMatrix()));
    await flushPromises();
    expect(impactOf(view.handle()!.model())).toBe(2);
  });

  it('is replaced by the document’s current text when it is a rendering of an older state of this device', async () => {
    await start(true);
    const { view } = await openDocument(s.app, 'North.md');
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    setImpact(view.session()!.ydoc, 2);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);

    await s.app.testVault.writeExternally('North.md', rendering(threatMatrix()));
    await flushPromises();
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    const parsed = parseMarkdown(s.app.testVault.text('North.md'), templates);
    expect(parsed.ok && impactOf(parsed.model)).toBe(2);
  });

  it('is left in place until the server brings its state, when this device never held that state', async () => {
    await start(true);
    const { view } = await openDocument(s.app, 'North.md');
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    const device1 = otherDeviceAddsParagraph(view.session()!.ydoc);
    const theirs = rendering(device1.model);
    await s.app.testVault.writeExternally('North.md', theirs);
    await flushPromises();
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    expect(s.app.testVault.text('North.md')).toBe(theirs);
  });

  it('is merged when working without a server, since the file is the only way the change arrives', async () => {
    await start(false);
    const { view } = await openDocument(s.app, 'North.md');
    const device1 = otherDeviceAddsParagraph(view.session()!.ydoc);
    await s.app.testVault.writeExternally('North.md', rendering(device1.model));
    await flushPromises();
    expect(count(modelText(view.handle()!.model()), NEW_LINE)).toBe(1);
  });
});

describe('a hand edit of a stamped file', () => {
  it('is merged although it keeps the stamp line, a server carrying the document', async () => {
    await start(true);
    const { view } = await openDocument(s.app, 'North.md');
    setImpact(view.session()!.ydoc, 2);
    await vi.advanceTimersByTimeAsync(MIRROR_WRITE_MS * 2);
    const stamped = s.app.testVault.text('North.md');
    expect(readStamp(stamped)).toBeDefined();

    await s.app.testVault.writeExternally('North.md', stamped.replace(/(\| Impact\s*\| )2/, '$14'));
    await flushPromises();
    expect(impactOf(view.handle()!.model())).toBe(4);
  });
});
