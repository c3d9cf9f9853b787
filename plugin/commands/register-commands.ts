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
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginCommandWords } from '../../shared/i18n/messages/plugin-commands.js';

const t = uiWords(pluginCommandWords);

/** The protocol action of shareable links: obsidian://poc-open?id=<document id>[&block=<block id>]. */
export const OPEN_ACTION = 'poc-open';

/** A shareable link to a document (and optionally a block in it). */
export function documentLink(docId: string, blockId?: string): string {
  return `obsidian://${OPEN_ACTION}?id=${encodeURIComponent(docId)}${blockId ? `&block=${encodeURIComponent(blockId)}` : ''}`;
}

/** The command name for a new document of `type`, in sentence case, in the interface language. */
const newName = (type: DocType): string => t(`command.new.${type}`);

/** Registers every command and the link handler, named in the interface language of the moment (Obsidian keeps a command's name until the plugin reloads). */
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
      name: newName(type),
      callback: () => {
        const template = services.templates().get(type);
        new TitleModal(app, newName(type), `${template.title} ${services.today()}`, (title) => {
          void services
            .createDocument(type, title)
            .then((file) => workspace.openFile(file))
            .catch((e: unknown) => new Notice(t('notice.createFailed', { reason: e instanceof Error ? e.message : String(e) })));
        }).open();
      },
    });
  }

  plugin.addCommand({
    id: 'browse-server',
    name: t('command.browse'),
    callback: async () => {
      const server = services.server();
      if (!server) {
        new Notice(t('notice.noServer'));
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
    name: t('command.copyLink'),
    checkCallback: withDocument((view) => {
      const link = documentLink(view.docId()!);
      void services.copy(link).then(
        () => new Notice(t('notice.linkCopied')),
        () => new Notice(t('notice.noClipboard', { link }), 0),
      );
    }),
  });

  plugin.addCommand({
    id: 'copy-web-link',
    name: t('command.copyWebLink'),
    checkCallback: withDocument((view) => {
      const server = services.settings().serverUrl;
      // The block the cursor is in, so the link opens scrolled to it and highlighted.
      const link = webDocumentUrl(server, view.docId()!, view.handle()?.blockAtCursor());
      if (!link) {
        new Notice(t('notice.noWebLink'));
        return;
      }
      void services.copy(link).then(
        () => new Notice(t('notice.webLinkCopied')),
        () => new Notice(t('notice.noClipboard', { link }), 0),
      );
    }),
  });

  plugin.addCommand({
    id: 'share',
    name: t('command.share'),
    checkCallback: withDocument((view) => {
      const server = services.server();
      if (!server) {
        new Notice(t('notice.noServerToShare'));
        return;
      }
      const docId = view.docId()!;
      // The dialog needs who "you" are: an owner changes who has access, anyone else reads the list.
      void services.serverIdentity().then(({ me, problem }) => {
        if (!me) {
          new Notice(problem ?? t('notice.unknownUser'), 10000);
          return;
        }
        const title = view.handle()?.model().meta.title || view.getDisplayText();
        ShareModal.show(app, { docId, title, me: me.username, source: server.shareSource() });
      });
    }),
  });

  plugin.addCommand({
    id: 'export',
    name: t('command.export'),
    checkCallback: withDocument((view) => {
      const server = services.server();
      const blocked = exportBlocked(server, services.settings().token);
      const note = view.file;
      if (blocked || !server || !note) {
        new Notice(blocked ?? t('notice.noNote'), 10000);
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
      new Notice(t('notice.badLink'));
      return;
    }
    void workspace.openDocument(id, params.block || undefined);
  });

  plugin.addCommand({
    id: 'insert-cross-link',
    name: t('command.insertCrossLink'),
    checkCallback: withDocument((view) => {
      void workspace.links.refresh().then((index) => {
        new CrossLinkModal(app, index.candidates(), (ref) => view.handle()?.insertCrossLink(ref.docId, ref.blockId)).open();
      });
    }),
  });

  plugin.addCommand({
    id: 'make-copy-new-document',
    name: t('command.renewCopy'),
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
    name: t('command.showValidation'),
    callback: () => void workspace.revealPanel('validation'),
  });

  plugin.addCommand({
    id: 'show-signoffs',
    name: t('command.showSignoffs'),
    callback: () => void workspace.revealPanel('signoff'),
  });

  plugin.addCommand({
    id: 'show-comments',
    name: t('command.showComments'),
    callback: () => void workspace.revealPanel('comments'),
  });

  plugin.addCommand({
    id: 'sign-off',
    name: t('command.signOff'),
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
          new Notice(me ? t('notice.noOffice', { offices: (template?.signoffs ?? []).map((r) => r.label).join(', ') || t('notice.noOffices') }) : t('notice.noSignoff'));
          return;
        }
        const title = reviewed.meta.title || view.getDisplayText();
        const changedMessage = () => changedWhileReviewing(reviewed, handle.model(), handle.template() ?? template);
        askSignOff(app, services, view.docId()!, title, held, { contentHash: contentHash(reviewed), diagnostics: handle.diagnostics(), changedMessage }).catch((e: unknown) => new Notice(e instanceof Error ? e.message : String(e), 10000));
      });
    }),
  });
}
