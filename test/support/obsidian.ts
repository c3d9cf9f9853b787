/**
 * An in-memory double of the parts of the `obsidian` module the plugin
 * uses. Vitest resolves `import … from 'obsidian'` to this file (see
 * vitest.config.ts), so the plugin's glue runs in Node against it. Each
 * class implements a `Pick` of the real typings and each function is typed
 * as the real one, so `tsc` fails if the double drifts from the API.
 *
 * Beyond the API, the double has test helpers (marked "Test helper") to
 * drive it as a user would: run a command, open a URL, write a file from
 * outside, pick a suggestion, type into a setting.
 */
import WebSocket from 'ws';

// Obsidian (Electron) has a global WebSocket; Node 20 has none.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

// Plugins run in a window and use `window.setTimeout` (as Obsidian's guidelines ask); Node has no window.
(globalThis as { window?: unknown }).window ??= globalThis;

/** Test helper: what was last copied to the clipboard (Obsidian's Electron has `navigator.clipboard`; Node 20 has no navigator). */
export const clipboard = { text: '' };
if (typeof (globalThis as { navigator?: unknown }).navigator === 'undefined') {
  Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true, writable: true });
}
Object.defineProperty((globalThis as unknown as { navigator: object }).navigator, 'clipboard', {
  configurable: true,
  value: {
    writeText: async (text: string) => {
      clipboard.text = text;
    },
  },
});

export { FakeElement, fake } from './obsidian/dom.js';
export { Component, Events, debounce } from './obsidian/events.js';
export { DataAdapter, FileManager, MetadataCache, TAbstractFile, TFile, TFolder, Vault } from './obsidian/vault.js';
export { EditableFileView, FileView, ItemView, MarkdownView, TextFileView, View, Workspace, WorkspaceLeaf } from './obsidian/workspace.js';
export { App, Plugin, PluginSettingTab } from './obsidian/plugin.js';
export {
  ButtonComponent,
  ColorComponent,
  DropdownComponent,
  FuzzySuggestModal,
  Menu,
  MenuItem,
  Modal,
  Notice,
  Platform,
  Setting,
  SuggestModal,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  getLanguage,
  normalizePath,
  notices,
  obsidianLanguage,
  pickSuggestion,
  relayRequestsToServer,
  requireApiVersion,
  apiVersion,
  requestUrl,
  requests,
  setIcon,
  setRequestHandler,
  settingRows,
  suggestionsOf,
} from './obsidian/ui.js';
