/**
 * The editor outside Obsidian, for the browser test page (bundled to
 * dist/editor.js as the global `PocEditor`): connects a Y.Doc to the sync
 * server with y-websocket and the user's token, mounts the editor with the
 * problems and sign-off panels, and shows a status line (connection,
 * people here, unsynced changes). The HTTP API (keys, offices, sign-off,
 * signed versions) is reached at `apiUrl`.
 */
import { base64 } from '@scure/base';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DocModel } from '../shared/model/types.js';
import { TemplateSet } from '../shared/template/set.js';
import { META } from '../shared/ydoc/layout.js';
import { h, setChildren } from '../editor/dom.js';
import { mountEditor } from '../editor/mount.js';
import { renderSignoffPanel } from '../editor/panels/signoff.js';
import { renderValidationPanel } from '../editor/panels/validation.js';
import type { EditorHandle, EditorUser } from '../editor/types.js';

export interface StandaloneOptions {
  host: HTMLElement;
  /** WebSocket URL of the sync server, e.g. "ws://127.0.0.1:4321". */
  serverUrl: string;
  docId: string;
  token: string;
  user: EditorUser;
  /** Start without connecting (connect later with `session.connect()`). */
  offline?: boolean;
  /** Base URL of the HTTP API; "" means this page's origin. Defaults to the sync server's URL over http(s). */
  apiUrl?: string;
  /** Offices the user holds; fetched from /api/me when not given. */
  offices?: string[];
  /** Today as YYYY-MM-DD, for reproducible validation. */
  today?: string;
}

export interface SessionStatus {
  connection: 'connected' | 'connecting' | 'disconnected';
  synced: boolean;
  /** Names of the other people in the document. */
  peers: string[];
  /** Local changes made while not synced with the server. */
  unsynced: number;
}

export interface Session {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  awareness: Awareness;
  /** The editor, once the document has loaded. */
  handle?: EditorHandle;
  /** Resolves with the editor once the document has loaded and it is mounted. */
  ready: Promise<EditorHandle>;
  connect(): void;
  disconnect(): void;
  status(): SessionStatus;
  destroy(): void;
}

/**
 * The editor builds its DOM with Obsidian's `createEl`; outside Obsidian this
 * stand-in creates a bare element, which is all the editor asks of it.
 */
function provideCreateEl(win: Window): void {
  const w = win as unknown as { createEl?: (tag: string) => HTMLElement };
  if (typeof w.createEl !== 'function') w.createEl = (tag: string) => win.document.createElement(tag);
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

async function api<T>(base: string, path: string, token: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers ?? {}) } });
  const body = (await res.json().catch(() => ({}))) as { error?: { message?: string; diagnostics?: Array<{ message: string }> } } & T;
  if (!res.ok) {
    const more = body.error?.diagnostics?.slice(0, 3).map((d) => d.message) ?? [];
    throw new Error([body.error?.message ?? `The server answered ${res.status}.`, ...more].join(' '));
  }
  return body;
}

/** Mounts a connected editor with its panels into `opts.host`. */
export function mount(opts: StandaloneOptions): Session {
  const doc = opts.host.ownerDocument;
  provideCreateEl(doc.defaultView ?? window);
  const templates = TemplateSet.builtin();
  const ydoc = new Y.Doc();
  const awareness = new Awareness(ydoc);
  const apiUrl = opts.apiUrl ?? opts.serverUrl.replace(/^ws/, 'http');
  // BroadcastChannel sync is off: two editors on one page must only meet through the server.
  const provider = new WebsocketProvider(opts.serverUrl, opts.docId, ydoc, { params: { token: opts.token }, awareness, connect: !opts.offline, disableBc: true });

  const statusLine = h(doc, 'div', { class: 'poc-statusline', attrs: { role: 'status', 'aria-live': 'polite' } });
  const editorHost = h(doc, 'div', { class: 'poc-app-editor' }, h(doc, 'div', { class: 'poc-muted', text: 'Loading the document…' }));
  const side = h(doc, 'aside', { class: 'poc-app-side' });
  const app = h(doc, 'div', { class: 'poc-app' }, statusLine, h(doc, 'div', { class: 'poc-app-main' }, editorHost, side));
  opts.host.append(app);

  let connection: SessionStatus['connection'] = opts.offline ? 'disconnected' : 'connecting';
  let unsynced = 0;
  const peers = () =>
    [...awareness.getStates()]
      .filter(([id]) => id !== ydoc.clientID)
      .map(([, s]) => (s as { user?: { name?: string } }).user?.name ?? 'Someone')
      .sort();
  const status = (): SessionStatus => ({ connection, synced: provider.synced, peers: peers(), unsynced });
  const drawStatus = () => {
    const s = status();
    const words = { connected: 'Connected', connecting: 'Connecting…', disconnected: 'Offline' }[s.connection];
    setChildren(
      statusLine,
      h(doc, 'span', { class: `poc-dot is-${s.connection}` }),
      h(doc, 'span', { class: 'poc-status-connection', text: words }),
      h(doc, 'span', { class: 'poc-status-peers', text: s.peers.length ? `${s.peers.length} other${s.peers.length > 1 ? 's' : ''} here: ${s.peers.join(', ')}` : 'No one else here' }),
      h(doc, 'span', { class: 'poc-status-sync', attrs: { 'data-unsynced': s.unsynced }, text: s.unsynced ? `${s.unsynced} change${s.unsynced > 1 ? 's' : ''} not yet synced` : s.synced ? 'All changes synced' : 'Not synced yet' }),
    );
  };
  provider.on('status', (e: { status: SessionStatus['connection'] }) => {
    connection = e.status;
    drawStatus();
  });
  provider.on('sync', (synced: boolean) => {
    if (synced) unsynced = 0;
    drawStatus();
  });
  awareness.on('change', drawStatus);
  ydoc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin === provider || (connection === 'connected' && provider.synced)) return;
    unsynced++;
    drawStatus();
  });
  drawStatus();

  const publicKey = api<{ keys: Array<{ publicKey: string }> }>(apiUrl, '/api/keys', opts.token)
    .then((r) => (r.keys[0] ? base64.decode(r.keys[0].publicKey) : undefined))
    .catch(() => undefined);
  const offices = opts.offices ? Promise.resolve(opts.offices) : api<{ offices: string[] }>(apiUrl, '/api/me', opts.token).then((r) => r.offices, () => []);

  const session: Session = {
    ydoc,
    provider,
    awareness,
    ready: Promise.all([whenLoaded(ydoc), publicKey, offices]).then(([, key, held]) => {
      editorHost.replaceChildren();
      const handle = mountEditor(editorHost, { ydoc, templates, awareness, user: opts.user, publicKey: key, ...(opts.today ? { today: () => opts.today! } : {}) });
      session.handle = handle;
      renderValidationPanel(side, handle);
      const template = handle.template();
      if (template)
        renderSignoffPanel(side, {
          handle,
          template,
          publicKey: key,
          offices: held,
          onSignOff: async (role) => {
            await api(apiUrl, `/api/docs/${encodeURIComponent(opts.docId)}/signoffs`, opts.token, { method: 'POST', body: JSON.stringify({ role, decision: 'approved', comment: '' }) });
          },
          fetchSnapshotModel: async (id) => {
            const v = await api<{ model: DocModel | null }>(apiUrl, `/api/docs/${encodeURIComponent(opts.docId)}/versions/${encodeURIComponent(id)}`, opts.token);
            if (!v.model) throw new Error('the server kept no readable model of that version');
            return v.model;
          },
        });
      return handle;
    }),
    connect: () => provider.connect(),
    disconnect: () => {
      provider.disconnect();
      connection = 'disconnected';
      drawStatus();
    },
    status,
    destroy() {
      session.handle?.destroy();
      provider.destroy();
      awareness.destroy();
      app.remove();
    },
  };
  return session;
}
