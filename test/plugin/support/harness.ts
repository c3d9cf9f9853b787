/**
 * Starting the plugin against the Obsidian double, with documents in the
 * vault, and opening them as a user would.
 */
import type * as obsidian from 'obsidian';
import PocWorkspacePlugin from '../../../plugin/main.js';
import type { PocServices, ServiceOptions } from '../../../plugin/services.js';
import type { PocSettings } from '../../../plugin/settings.js';
import { PocDocumentView } from '../../../plugin/view/document-view.js';
import type { PocWorkspace } from '../../../plugin/workspace.js';
import { toMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import type { vi } from 'vitest';
import * as Y from 'yjs';
import { BODY } from '../../../shared/ydoc/layout.js';
import { App, fake, type FakeElement, type Modal, notices, requests, setRequestHandler, type WorkspaceLeaf } from '../../support/obsidian.js';

export const MANIFEST: obsidian.PluginManifest = {
  id: 'poc-workspace',
  name: 'POC Workspace',
  version: '0.1.0',
  minAppVersion: '1.7.2',
  author: 'POC Workspace contributors',
  description: 'Test manifest',
  dir: '.obsidian/plugins/poc-workspace',
};

export const templates = TemplateSet.builtin();

/** The Markdown mirror of a model, as the plugin writes it. */
export function mirrorOf(model: DocModel): string {
  return toMarkdown(model, templates.get(model.meta.type), { summary: true });
}

export interface Started {
  app: App;
  plugin: PocWorkspacePlugin;
  services: PocServices;
  workspace: PocWorkspace;
}

/**
 * Loads the plugin into an app (a fresh one by default), with stored settings if given. `firstSyncTimeoutMs`: how long
 * an open waits for the server before starting from the note (the plugin's own 4 s when not given), for tests whose
 * server never syncs, where the wait ends the same way whatever its length.
 */
export async function startPlugin(opts: { app?: App; settings?: Partial<PocSettings>; files?: Record<string, string>; firstSyncTimeoutMs?: number } = {}): Promise<Started> {
  const app = opts.app ?? new App();
  for (const [path, text] of Object.entries(opts.files ?? {})) await app.vault.create(path, text);
  if (opts.settings) {
    await app.vault.adapter.mkdir(MANIFEST.dir!);
    await app.vault.adapter.write(`${MANIFEST.dir}/data.json`, JSON.stringify(opts.settings));
  }
  const plugin = new PocWorkspacePlugin(app as unknown as obsidian.App, MANIFEST);
  plugin.load();
  await (plugin as unknown as { loading: unknown }).loading;
  const held = plugin as unknown as { services: PocServices; workspace: PocWorkspace };
  // The plugin makes its services itself, with no options: the test sets the one it needs on them.
  if (opts.firstSyncTimeoutMs !== undefined) (held.services as unknown as { options: ServiceOptions }).options.firstSyncTimeoutMs = opts.firstSyncTimeoutMs;
  return { app, plugin, services: held.services, workspace: held.workspace };
}

/** Unloads the plugin and waits for its sessions to be saved and closed. */
export async function stopPlugin(s: Started): Promise<void> {
  s.plugin.unload();
  await s.services.sessions.closeAll();
  await s.app.testWorkspace.settled();
}

/**
 * Ends what a plugin test started, so the next starts from nothing: the modals it left open closed, the plugin
 * stopped, the server stopped; and the fake network (its handler, the requests made) and the Notices shown emptied.
 */
export async function tearDown(s: Started | undefined, server: { stop(): Promise<void> } | undefined): Promise<void> {
  for (const m of [...(s?.app.modals ?? [])]) (m as unknown as Modal).close();
  if (s) await stopPlugin(s);
  await server?.stop();
  setRequestHandler(undefined);
  requests.splice(0);
  notices.splice(0);
}

/** Opens a file in a new tab, as clicking it in the file explorer does, and waits until its view has loaded. */
export async function openFile(app: App, path: string): Promise<{ leaf: WorkspaceLeaf; view: obsidian.View }> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no file ${path}`);
  const leaf = (await app.testWorkspace.openInNewLeaf(file)) as unknown as WorkspaceLeaf;
  await app.testWorkspace.settled();
  const view = leaf.view;
  if (view instanceof PocDocumentView) await view.whenReady();
  return { leaf, view };
}

/** Opens a POC file and returns its structured view (fails if another view was chosen). */
export async function openDocument(app: App, path: string): Promise<{ leaf: WorkspaceLeaf; view: PocDocumentView }> {
  const { leaf, view } = await openFile(app, path);
  if (!(view instanceof PocDocumentView)) throw new Error(`${path} opened in a "${view.getViewType()}" view`);
  return { leaf, view };
}

/** Lets pending promise callbacks run (event handlers that start async work). */
export async function flushPromises(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((r) => queueMicrotask(r));
}

/** Fake timers for plugin tests: timers only, so promises and Date run as usual. */
export const PLUGIN_TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] };

/** The Y element of typed block `id`; throws when the document has none. */
export function blockEl(ydoc: Y.Doc, id: string): Y.XmlElement {
  for (const section of ydoc.getXmlFragment(BODY).toArray() as Y.XmlElement[]) {
    for (const c of section.toArray()) if (c instanceof Y.XmlElement && c.getAttribute('bid') === id) return c;
  }
  throw new Error(`no block ${id}`);
}

/** Sets the impact rating of threat T-1, as a local edit in the editor would. */
export function setImpact(ydoc: Y.Doc, impact: number): void {
  ydoc.transact(() => blockEl(ydoc, 'T-1').setAttribute('impact', impact as never));
}

/** The first button with this text inside an element; throws when there is none. */
export function button(el: HTMLElement, text: string): FakeElement {
  const found: FakeElement[] = [];
  const walk = (e: FakeElement) => {
    if (e.tagName === 'BUTTON' && e.textContent === text) found.push(e);
    e.children.forEach(walk);
  };
  walk(fake(el));
  if (!found.length) throw new Error(`no button "${text}"`);
  return found[0];
}
