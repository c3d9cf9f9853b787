/**
 * The editor in a web page (bundled to dist/editor.js as the global
 * `PocEditor`, which the browser tests load): `mount` opens a document's
 * session (web/web-session.ts), builds the page's editor host (web/web-host.ts) and
 * mounts the editor with its problems and sign-off panels under a status
 * line. The editor is mounted once the document has loaded and the server
 * has said which key it signs with, which offices the user holds and what
 * access they have to the document (read-only for a viewer or an archived
 * document). When the server refuses a change made here, the page discards
 * its local copy, asks for the access again and mounts the editor afresh on
 * the server's version, so nothing unsaved is shown as if it were kept.
 */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import type { ApiClient } from '../shared/api/client.js';
import { META } from '../shared/ydoc/layout.js';
import { mountDocument, type MountedDocument } from '../editor/document-mount.js';
import { h } from '../editor/dom.js';
import type { EditorHandle, EditorUser } from '../editor/editor-contract.js';
import { canComment, type DocumentAccess, isReadOnly, readOnlyLine } from '../editor/access.js';
import { fetchAccess, webHost } from './web-host.js';
import { WebSession, type WebSessionStatus } from './web-session.js';
import { statusLine } from './status-line.js';
import { applyWebLocale } from './interface-language.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { webDocument } from '../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

/** What the page hands `mount`: where, which server and document, and who. */
export interface StandaloneOptions {
  host: HTMLElement;
  /** WebSocket URL of the sync server, e.g. "ws://127.0.0.1:4321". */
  serverUrl: string;
  docId: string;
  token: string;
  user: EditorUser;
  /** Start without connecting (connect later with `session.connect()`). */
  offline?: boolean;
  /** Base URL of the HTTP API; "" means this page's origin. Defaults to the sync server's URL over http(s) (the API client reads a ws(s) address as such). */
  apiUrl?: string;
  /** Offices the user holds; fetched from /api/me when not given. */
  offices?: string[];
  /** The person's access to the document when the page asks for it itself (the first mount then waits for that answer instead of asking again: on a large document each answer costs the server a full report); undefined inside means it could not be had. */
  access?: Promise<DocumentAccess | undefined>;
  /** Today as YYYY-MM-DD, for reproducible validation. */
  today?: string;
  /** The client for every API call and WebSocket ticket (the web app's, which sends its session cookie); built from `apiUrl` and `token` when absent. */
  api?: ApiClient;
}

/**
 * The status `Session.status()` reports: the web session's (WebSessionStatus),
 * in the page's long-standing shape, which the browser tests read: any
 * connection other than connected or connecting is "disconnected", and
 * `peers` names the other people.
 */
export interface PageSessionStatus extends Pick<WebSessionStatus, 'synced' | 'unsynced'> {
  connection: Extract<WebSessionStatus['connection'], 'connected' | 'connecting'> | 'disconnected';
  /** Names of the other people in the document. */
  peers: WebSessionStatus['people'];
  /** The server's words when it refused a change made here (nothing typed since was saved). */
  refused?: string;
}

/** A mounted document as the page (and the browser tests) drive it. */
export interface Session {
  /** The shared document (a new one after the server refused a change and the page reloaded its copy). */
  readonly ydoc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  /** The editor, once the document has loaded. */
  handle?: EditorHandle;
  /** Resolves with the editor once the document has loaded and it is mounted. */
  ready: Promise<EditorHandle>;
  connect(): void;
  disconnect(): void;
  status(): PageSessionStatus;
  destroy(): void;
}

/** Resolves when the document's metadata names its type (after the first sync, or at once if already there). */
function whenLoaded(ydoc: Y.Doc): Promise<void> {
  const meta = ydoc.getMap(META);
  if (meta.get('type')) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!meta.get('type')) return;
      meta.unobserve(check);
      resolve();
    };
    meta.observe(check);
  });
}

/** Mounts a connected editor with its panels into `opts.host`. */
export function mount(opts: StandaloneOptions): Session {
  const doc = opts.host.ownerDocument;
  // The language before anything is drawn (the app has set it already; a page that mounts the editor alone has not).
  applyWebLocale(doc.defaultView!);
  const api = { base: opts.apiUrl ?? opts.serverUrl, token: opts.token, ...(opts.api ? { client: opts.api } : {}) };
  const web = new WebSession({ ...opts, onRefused: () => void afterRefusal() });
  const host = webHost({
    session: web,
    docId: opts.docId,
    api,
    user: opts.user,
    ...(opts.offices ? { offices: opts.offices } : {}),
    ...(opts.today ? { today: opts.today } : {}),
    notify: (message) => {
      notice.textContent = message;
    },
  });

  const status = statusLine(doc, web);
  // Empty (and so taking no room) until the host has something to tell the person.
  const notice = h(doc, 'div', { class: 'poc-app-notice', attrs: { role: 'status', 'aria-live': 'polite' } });
  const editorHost = h(doc, 'div', { class: 'poc-app-editor' }, h(doc, 'div', { class: 'poc-muted', text: t('editor.loading') }));
  const side = h(doc, 'aside', { class: 'poc-app-side', attrs: { tabindex: -1, 'aria-label': t('editor.side') } });
  // On a narrow screen the panel sits under the editor (styles/web-host.css): this button, shown only there, goes to it.
  const toPanel = h(doc, 'button', {
    class: 'poc-app-drawer-toggle',
    text: t('editor.toSide'),
    attrs: { type: 'button' },
    on: {
      click: () => {
        side.scrollIntoView({ block: 'start' });
        side.focus({ preventScroll: true });
      },
    },
  });
  const app = h(doc, 'div', { class: 'poc-app' }, status.el, toPanel, notice, h(doc, 'div', { class: 'poc-app-main' }, editorHost, side));
  opts.host.append(app);

  let mounted: MountedDocument | undefined;
  let access: DocumentAccess | undefined;
  let destroyed = false;
  /** Bumped by every (re)mount, so a slower earlier one gives way. */
  let generation = 0;
  let firstMount!: (handle: EditorHandle) => void;
  const ready = new Promise<EditorHandle>((resolve) => (firstMount = resolve));
  const learnAccess = async () => {
    access = (await fetchAccess(api, opts.docId)) ?? access;
  };

  /** (Re)mounts the editor and its panels on the session's Y.Doc, read-only when the access says so. */
  const mountNow = async (): Promise<void> => {
    const mine = ++generation;
    // The first mount takes the access the page asked for itself; a remount (after a refusal) asks again.
    const given = mine === 1 ? opts.access : undefined;
    await Promise.all([whenLoaded(web.ydoc), host.server.identity(), given ? given.then((a) => void (access = a)) : learnAccess()]);
    if (mine !== generation || destroyed) return;
    mounted?.destroy();
    editorHost.replaceChildren();
    side.replaceChildren();
    host.readOnly = isReadOnly(access);
    host.canComment = canComment(access);
    const note = readOnlyLine(access);
    if (note) host.readOnlyNote = note;
    else delete host.readOnlyNote;
    web.setViewOnly(host.readOnly);
    const m = (mounted = mountDocument(host, { editor: editorHost, problems: side, signoffs: side, comments: side }));
    session.handle = m.handle;
    await m.ready;
    firstMount(m.handle);
  };

  /**
   * The server refused a change made here. When the person may not edit (a viewer, an archived document), the page
   * shows the server's version, not what it did not keep, and locks the editor. Otherwise (a change too large, say)
   * what they typed stays on screen under the status line's "Not saved", so they can copy it out: nothing is lost.
   */
  const afterRefusal = async () => {
    if (destroyed) return;
    await learnAccess();
    if (destroyed || !isReadOnly(access)) return;
    web.reset();
    await mountNow();
  };

  const session: Session = {
    get ydoc() {
      return web.ydoc;
    },
    get provider() {
      return web.provider;
    },
    get awareness() {
      return web.awareness;
    },
    ready,
    connect: () => web.connect(),
    disconnect: () => web.disconnect(),
    status() {
      const s = web.current();
      return { connection: s.connection === 'connected' || s.connection === 'connecting' ? s.connection : 'disconnected', synced: s.synced, peers: s.people, unsynced: s.unsynced, ...(s.refused ? { refused: s.refused.message } : {}) };
    },
    destroy() {
      destroyed = true;
      mounted?.destroy();
      status.stop();
      web.destroy();
      app.remove();
    },
  };
  void mountNow();
  return session;
}
