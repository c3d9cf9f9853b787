/**
 * The plugin's commands and its `obsidian://poc-open` link handler:
 * creating documents from the templates, browsing the server, sharing a
 * link, sharing a document with people and teams, exporting it as Word or
 * PDF, inserting a cross-link, showing the panels and signing off.
 */
import { Notice, type Plugin } from 'obsidian';
import { contentHash } from '../../shared/hash/canonical.js';
import { holdingsOf } from '../../shared/api/identity.js';
import { rolesInScope, scopedDocument } from '../../shared/signoff/offices.js';
import { changedWhileReviewing } from '../../editor/signoff-refusal.js';
import { isValidDocId } from '../../shared/model/ids.js';
import { webDocumentUrl } from '../../shared/links/web-link.js';
import { DOC_TYPES, type DocType } from '../../shared/template/template-schema.js';
import { basePathOf, renewCopy } from '../vault/copies.js';
import type { PocDocumentView } from '../view/document-view.js';
import type { PocWorkspace } from '../workspace.js';
import { CrossLinkModal, ServerDocumentsModal, TitleModal } from './modals.js';
import { ShareModal } from './share-modal.js';
import { exportBlocked, ExportModal, exportToVault } from './export-modal.js';
import { askSignOff } from './signing-off.js';

/** The protocol action of shareable links: obsidian://poc-open?id=<document id>[&block=<block id>]. */
export const OPEN_ACTION = 'poc-open';

/** A shareable link to a document (and optionally a block in it). */
export function documentLink(docId: string, blockId?: string): string {
  return `obsidian://${OPEN_ACTION}?id=${encodeURIComponent(docId)}${blockId ? `&block=${encodeURIComponent(blockId)}` : ''}`;
}

/** Command names for new documents, in sentence case. */
const NEW_NAMES: Record<DocType, string> = {
  strategy: 'New POC strategy',
  'action-plan': 'New POC action plan',
  'threat-matrix': 'New POC threat matrix',
  'operations-brief': 'New SRSG offensive operations brief',
  'resources-matrix': 'New resources and capabilities matrix',
  'threat-analysis': 'New analysis of threats and perpetrators',
  'protection-matrix': 'New protection matrix (must, should, could protect)',
};

/** Registers every command and the link handler. */
export function registerCommands(plugin: Plugin, workspace: PocWorkspace): void {
  const { app } = plugin;
  const { services } = workspace;

  /** Runs `run` with the active POC document when there is one (for checkCallback). */
  const withDocument = (run: (view: PocDocumentView) => void) => (checking: boolean) => {
    const view = workspace.activeDocument();
    if (!view?.handle()) return false;
    if (!checking) run(view);
    return true;
  };

  for (const type of DOC_TYPES) {
    plugin.addCommand({
      id: `new-${type}`,
      name: NEW_NAMES[type],
      callback: () => {
        const template = services.templates().get(type);
        new TitleModal(app, NEW_NAMES[type], `${template.title} ${services.today()}`, (title) => {
          void services
            .createDocument(type, title)
            .then((file) => workspace.openFile(file))
            .catch((e: unknown) => new Notice(`Could not create the document: ${e instanceof Error ? e.message : String(e)}`));
        }).open();
      },
    });
  }

  plugin.addCommand({
    id: 'browse-server',
    name: 'Browse documents on the server',
    callback: async () => {
      const server = services.server();
      if (!server) {
        new Notice('No server is in use: set its address and your token in the plugin settings, and turn off offline mode.');
        return;
      }
      const list = await server.listDocuments();
      if (!list.ok) {
        new Notice(list.message, 10000);
        return;
      }
      new ServerDocumentsModal(app, list.value, (doc) => void workspace.openDocument(doc.id)).open();
    },
  });

  plugin.addCommand({
    id: 'copy-link',
    name: 'Copy link to this document',
    checkCallback: withDocument((view) => {
      const link = documentLink(view.docId()!);
      void services.copy(link).then(
        () => new Notice('Link copied. Colleagues with the plugin open it with a click.'),
        () => new Notice(`Could not reach the clipboard. The link is: ${link}`, 0),
      );
    }),
  });

  plugin.addCommand({
    id: 'copy-web-link',
    name: 'Copy web link (for colleagues without Obsidian)',
    checkCallback: withDocument((view) => {
      const server = services.settings().serverUrl;
      // The block the cursor is in, so the link opens scrolled to it and highlighted.
      const link = webDocumentUrl(server, view.docId()!, view.handle()?.blockAtCursor());
      if (!link) {
        new Notice('This document is not on a server: set the server address in the plugin settings to share a web link.');
        return;
      }
      void services.copy(link).then(
        () => new Notice('Web link copied. Colleagues open it in a browser and sign in.'),
        () => new Notice(`Could not reach the clipboard. The link is: ${link}`, 0),
      );
    }),
  });

  plugin.addCommand({
    id: 'share',
    name: 'Share this document…',
    checkCallback: withDocument((view) => {
      const server = services.server();
      if (!server) {
        new Notice('No server is in use: set its address and your token in the plugin settings, and turn off offline mode, to share this document.');
        return;
      }
      const docId = view.docId()!;
      // The dialog needs who "you" are: an owner changes who has access, anyone else reads the list.
      void services.serverIdentity().then(({ me, problem }) => {
        if (!me) {
          new Notice(problem ?? 'The server has not said who you are yet, so the document cannot be shared now. Check your token in the plugin settings, then try again.', 10000);
          return;
        }
        const title = view.handle()?.model().meta.title || view.getDisplayText();
        ShareModal.show(app, { docId, title, me: me.username, source: server.shareSource() });
      });
    }),
  });

  plugin.addCommand({
    id: 'export',
    name: 'Export this document (Word or PDF)…',
    checkCallback: withDocument((view) => {
      const server = services.server();
      const blocked = exportBlocked(server, services.settings().token);
      const note = view.file;
      if (blocked || !server || !note) {
        new Notice(blocked ?? 'This document has no note in the vault to save the export beside.', 10000);
        return;
      }
      const docId = view.docId()!;
      const title = view.handle()?.model().meta.title || view.getDisplayText();
      new ExportModal(app, title, (choice) => void exportToVault(app, server, docId, note, title, choice)).open();
    }),
  });

  plugin.registerObsidianProtocolHandler(OPEN_ACTION, (params) => {
    const id = params.id;
    if (!id || !isValidDocId(id)) {
      new Notice('This POC link has no valid document ID.');
      return;
    }
    void workspace.openDocument(id, params.block || undefined);
  });

  plugin.addCommand({
    id: 'insert-cross-link',
    name: 'Insert cross-link',
    checkCallback: withDocument((view) => {
      void workspace.links.refresh().then((index) => {
        new CrossLinkModal(app, index.candidates(), (ref) => view.handle()?.insertCrossLink(ref.docId, ref.blockId)).open();
      });
    }),
  });

  plugin.addCommand({
    id: 'make-copy-new-document',
    name: 'Make this copy a new document',
    // Offered on a note that shares its poc-id with another (see plugin/vault/copies.ts).
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      const info = file ? services.files.info(file) : undefined;
      if (!file || !info || services.files.filesOf(info.docId).length < 2) return false;
      if (!checking) void renewCopy(app, file, { basePath: (id) => basePathOf(services.sessions, services.cache, id), newDocument: (f, text, type) => services.documentFromCopy(f, text, type) });
      return true;
    },
  });

  plugin.addCommand({
    id: 'show-validation',
    name: 'Show problems panel',
    callback: () => void workspace.revealPanel('validation'),
  });

  plugin.addCommand({
    id: 'show-signoffs',
    name: 'Show sign-off panel',
    callback: () => void workspace.revealPanel('signoff'),
  });

  plugin.addCommand({
    id: 'show-comments',
    name: 'Show comments panel',
    callback: () => void workspace.revealPanel('comments'),
  });

  plugin.addCommand({
    id: 'sign-off',
    name: 'Sign off this document',
    checkCallback: withDocument((view) => {
      const handle = view.handle()!;
      const template = handle.template();
      // The version the person is reviewing now: the server signs it or nothing, and a refusal lists what changed since.
      const reviewed = handle.model();
      void services.serverIdentity().then(({ me }) => {
        // Only the offices the user holds in scope for this document (its area), by the rule the server applies.
        const mine = me ? rolesInScope(holdingsOf(me), scopedDocument(reviewed, template)) : undefined;
        const held = (template?.signoffs ?? []).filter((r) => !mine || mine.includes(r.role));
        if (!held.length) {
          new Notice(me ? `You hold none of the offices that sign this document here (${(template?.signoffs ?? []).map((r) => r.label).join(', ') || 'none'}), for its area or mission-wide.` : 'This document needs no sign-off.');
          return;
        }
        const title = reviewed.meta.title || view.getDisplayText();
        const changedMessage = () => changedWhileReviewing(reviewed, handle.model(), handle.template() ?? template);
        askSignOff(app, services, view.docId()!, title, held, { contentHash: contentHash(reviewed), diagnostics: handle.diagnostics(), changedMessage }).catch((e: unknown) => new Notice(e instanceof Error ? e.message : String(e), 10000));
      });
    }),
  });
}
