/**
 * Registers the plugin's views and chooses between the structured view and
 * plain Markdown, the way the Kanban and Excalidraw plugins do but without
 * patching Obsidian: when a note with POC frontmatter is opened in the
 * Markdown view, its leaf switches to the structured view, unless the user
 * chose Markdown for that note. Both directions are offered as a view-header
 * action, a file-menu item and a command.
 */
import { MarkdownView, type Plugin, TFile, type WorkspaceLeaf } from 'obsidian';
import { PocDocumentView } from './document-view.js';
import type { ViewHost } from './view-host.js';
import { CommentsView, SignoffView, ValidationView } from './panels.js';
import { COMMENTS_VIEW_TYPE, POC_VIEW_TYPE, SIGNOFF_VIEW_TYPE, VALIDATION_VIEW_TYPE } from './view-types.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginCommandWords } from '../../shared/i18n/messages/plugin-commands.js';
import { pluginViewWords } from '../../shared/i18n/messages/plugin-views.js';

const t = uiWords(pluginViewWords);
const commands = uiWords(pluginCommandWords);

/** The file a leaf shows, if any. */
function fileOf(leaf: WorkspaceLeaf | null | undefined): TFile | undefined {
  const path = (leaf?.view.getState() as { file?: unknown } | undefined)?.file;
  if (typeof path !== 'string') return undefined;
  const file = leaf!.view.app.vault.getAbstractFileByPath(path);
  return file instanceof TFile ? file : undefined;
}

/** Registers the views and the switching between structured and Markdown. */
export function registerViews(plugin: Plugin, workspace: ViewHost): void {
  const { app } = plugin;
  const { services } = workspace;
  plugin.registerView(POC_VIEW_TYPE, (leaf) => new PocDocumentView(leaf, workspace));
  plugin.registerView(VALIDATION_VIEW_TYPE, (leaf) => new ValidationView(leaf, workspace));
  plugin.registerView(SIGNOFF_VIEW_TYPE, (leaf) => new SignoffView(leaf, workspace));
  plugin.registerView(COMMENTS_VIEW_TYPE, (leaf) => new CommentsView(leaf, workspace));

  /** Markdown leaves of POC notes that already carry our header action, with the action's element. */
  const actions = new Map<MarkdownView, HTMLElement>();
  plugin.register(() => {
    for (const el of actions.values()) el.remove();
    actions.clear();
  });

  const wantsStructured = (leaf: WorkspaceLeaf | null): leaf is WorkspaceLeaf => {
    const file = fileOf(leaf);
    return !!file && leaf!.view instanceof MarkdownView && services.isPocFile(file) && !services.preferMarkdown.has(file.path);
  };

  /** Adds "Open as structured document" to Markdown views of POC notes; removes it where it no longer applies. */
  const refreshActions = () => {
    for (const [view, el] of actions) {
      const file = view.file;
      if (!view.leaf.view || view.leaf.view !== view || !file || !services.isPocFile(file)) {
        el.remove();
        actions.delete(view);
      }
    }
    app.workspace.iterateAllLeaves((leaf) => {
      const view = leaf.view;
      if (!(view instanceof MarkdownView) || actions.has(view) || !view.file || !services.isPocFile(view.file)) return;
      actions.set(
        view,
        view.addAction('shield-check', t('view.openStructured'), () => void workspace.showStructured(leaf)),
      );
    });
  };

  /** A file opened before Obsidian had read its frontmatter: switch once it has. */
  let pending: string | undefined;

  plugin.registerEvent(
    app.workspace.on('file-open', (file) => {
      const leaf = app.workspace.getMostRecentLeaf();
      if (file && !app.metadataCache.getFileCache(file)) pending = file.path;
      if (wantsStructured(leaf)) void workspace.showStructured(leaf);
      refreshActions();
    }),
  );
  plugin.registerEvent(
    app.metadataCache.on('changed', (file) => {
      if (file.path !== pending) return;
      pending = undefined;
      const leaf = app.workspace.getMostRecentLeaf();
      if (fileOf(leaf) === file && wantsStructured(leaf)) void workspace.showStructured(leaf);
      refreshActions();
    }),
  );
  plugin.registerEvent(
    app.workspace.on('active-leaf-change', (leaf) => {
      workspace.noteActiveLeaf(leaf);
      refreshActions();
    }),
  );
  plugin.registerEvent(app.workspace.on('layout-change', refreshActions));

  plugin.registerEvent(
    app.workspace.on('file-menu', (menu, file, _source, leaf) => {
      if (!(file instanceof TFile) || !services.isPocFile(file)) return;
      if (leaf?.view instanceof PocDocumentView) {
        menu.addItem((item) =>
          item
            .setTitle(t('view.openMarkdown'))
            .setIcon('file-text')
            .onClick(() => void workspace.showAsMarkdown(leaf)),
        );
      } else {
        menu.addItem((item) =>
          item
            .setTitle(t('view.openStructured'))
            .setIcon('shield-check')
            .onClick(() => void (leaf && fileOf(leaf) === file ? workspace.showStructured(leaf) : workspace.openFile(file))),
        );
      }
    }),
  );

  plugin.addCommand({
    id: 'toggle-structured-view',
    name: commands('command.toggleView'),
    checkCallback: (checking) => {
      const leaf = app.workspace.getMostRecentLeaf();
      const file = fileOf(leaf);
      if (!leaf || !file || !services.isPocFile(file)) return false;
      if (!checking) void (leaf.view instanceof PocDocumentView ? workspace.showAsMarkdown(leaf) : workspace.showStructured(leaf));
      return true;
    },
  });

  app.workspace.onLayoutReady(() => refreshActions());
}
