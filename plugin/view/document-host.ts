/**
 * The Obsidian side of the editor's host (editor/editor-host.ts) for one open
 * document: its session, the user and date from the settings, the vault's
 * cross-link index, the server's answer about the user and its key (from
 * the services' identity lookup), and sending the sign-offs the person
 * confirmed in the editor, all handed to `mountDocument`. It is read-only
 * when the person's access, as the server last said, is view-only or the
 * document is archived.
 */
import { Notice } from 'obsidian';
import { canComment, type DocumentAccess, isReadOnly, readOnlyLine } from '../../editor/access.js';
import type { EditorHost, HostIdentity } from '../../editor/editor-host.js';
import type { EditorOptions } from '../../editor/editor-contract.js';
import { holdingsOf } from '../../shared/api/identity.js';
import { SERVICE_EVENTS, type ServerIdentity } from '../services.js';
import type { DocSession } from '../sync/doc-session.js';
import type { ViewHost } from './view-host.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginViewWords } from '../../shared/i18n/messages/plugin-views.js';

const t = uiWords(pluginViewWords);

/** What the view adds: where model changes go, and its title (for a document that has none). */
export interface DocumentHostOptions {
  onModel: NonNullable<EditorOptions['onModel']>;
  title: () => string;
  /** The person's access to the document as the server last said (undefined: not known yet, so editable). */
  access?: DocumentAccess;
}

/** The identity as the editor reads it. */
function hostIdentity(found: ServerIdentity): HostIdentity {
  return {
    offices: found.me?.offices ?? [],
    ...(found.me ? { holdings: holdingsOf(found.me), username: found.me.username, name: found.me.name } : {}),
    ...(found.publicKey ? { publicKey: found.publicKey } : {}),
    ...(found.problem ? { problem: found.problem } : {}),
  };
}

/** The editor host of a document open in a view: everything but the view's own chrome. */
export function documentHost(workspace: ViewHost, session: DocSession, docId: string, opts: DocumentHostOptions): EditorHost {
  const { services } = workspace;
  const index = () => workspace.links.index();
  const note = readOnlyLine(opts.access);
  return {
    session,
    templates: services.templates(),
    user: services.user(),
    readOnly: isReadOnly(opts.access),
    canComment: canComment(opts.access),
    revealComments: () => void workspace.revealPanel('comments'),
    ...(note ? { readOnlyNote: note } : {}),
    today: () => services.today(),
    notify: (message) => new Notice(message),
    onModel: opts.onModel,
    links: {
      resolveLink: (d, b) => {
        const ref = index().resolve(d, b);
        return ref ? { title: ref.title, type: ref.type, ...(ref.risk !== undefined ? { risk: ref.risk } : {}) } : undefined;
      },
      unreadableDocument: (d) => (index().document(d) ? undefined : workspace.links.unreadable(d)),
      linkCandidates: () => index().candidates().filter((c) => c.docId !== docId),
      backlinks: (d, b) =>
        index()
          .backlinks(d, b)
          .filter((src) => src.docId !== docId)
          .map((src) => {
            const from = src.blockId ? index().resolve(src.docId, src.blockId) : undefined;
            return { docId: src.docId, ...(from ? { docTitle: from.docTitle, title: from.title } : {}), ...(src.blockId ? { blockId: src.blockId } : {}) };
          }),
    },
    server: {
      knownIdentity: () => hostIdentity(services.knownIdentity()),
      identity: () => services.serverIdentity().then(hostIdentity),
      onIdentity(listener) {
        const ref = services.events.on(SERVICE_EVENTS.identity, (found: unknown) => listener(hostIdentity(found as ServerIdentity)));
        return () => services.events.offref(ref);
      },
      signOff: (ask) => workspace.sendSignOff(docId, ask),
      ...(services.server()
        ? {
            signedVersion: async (signoffId: string) => {
              const server = services.server();
              if (!server) throw new Error(t('host.noServer'));
              const r = await server.signedVersion(docId, signoffId);
              if (!r.ok) throw new Error(r.message);
              return r.value;
            },
            people: async () => {
              const r = await services.server()?.people(docId);
              return r?.ok ? r.value : [];
            },
          }
        : {}),
    },
  };
}
