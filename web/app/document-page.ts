/**
 * A document's page (`/d/<docId>`): the same structured editor as the
 * plugin's (web/main.ts mounts it through the editor's host interface),
 * live against this server, read-only for viewers. The editor and its
 * libraries (ProseMirror, Yjs) are loaded here, on demand, so the home page
 * never downloads them. Every API call and WebSocket ticket goes through
 * the page's own client (the session cookie in the app), never a token.
 * An address with a block (`/d/<docId>#T-3`) opens scrolled to that block,
 * marked; links lead to the document's history, changes and reading view.
 * "Share" opens the Share dialog (owners change who has access; anyone else
 * sees who has it, the button then saying "Who has access"); "Export…" opens
 * the Export dialog (Word or PDF, web/app/export-dialog.ts).
 */
import { h } from '../../editor/dom.js';
import { ApiError } from '../../shared/api/client.js';
import { endpointsOf } from '../../shared/api/server-address.js';
import type { Session } from '../main.js';
import type { DocumentAccess } from '../../editor/access.js';
import { blockOfFragment, type DocumentView, webDocumentPath } from '../../shared/links/web-link.js';
import { missingBlockMessage, revealLinkedBlock } from '../../editor/deep-link.js';
import type { Page } from './page-context.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webDocument } from '../../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

/** Cursor colours, one per person (picked from the username, so a person keeps theirs). */
const COLOURS = ['#c2410c', '#1d4ed8', '#15803d', '#7e22ce', '#b91c1c', '#0f766e', '#a16207', '#be185d'];

/** The colour of a person's cursor, the same on every visit. */
export function colourOf(username: string): string {
  let sum = 0;
  for (const c of username) sum = (sum * 31 + c.charCodeAt(0)) >>> 0;
  return COLOURS[sum % COLOURS.length];
}

/** The page of one document. */
export function documentPage(docId: string): Page {
  return (root, ctx) => {
    const doc = root.ownerDocument;
    doc.title = t('title.document', { title: docId });
    const host = h(doc, 'div', { class: 'poc-web-document-host' }, h(doc, 'p', { class: 'poc-muted', text: t('doc.loadingEditor'), attrs: { role: 'status' } }));
    const link = (view: DocumentView, text: string) => h(doc, 'a', { text, attrs: { href: webDocumentPath(docId, undefined, view) } });
    let title: string | undefined;
    const share: HTMLButtonElement = h(doc, 'button', {
      class: 'poc-web-share',
      text: t('doc.share'),
      attrs: { type: 'button', 'aria-haspopup': 'dialog' },
      // The dialog's code comes on demand, like the editor's: most visits never open it.
      on: {
        click: () =>
          void import('../../editor/panels/share-dialog.js').then(async ({ openShareDialog }) => {
            const { shareSourceOver } = await import('../../editor/panels/share-source.js');
            await openShareDialog(root, share, { docId, title, me: ctx.me.username, source: shareSourceOver(ctx.api) });
          }),
      },
    });
    // The dialog's code comes on demand too.
    const exporter: HTMLButtonElement = h(doc, 'button', {
      class: 'poc-web-export',
      text: t('doc.export'),
      attrs: { type: 'button', 'aria-haspopup': 'dialog' },
      on: { click: () => void import('./export-dialog.js').then(({ openExportDialog }) => openExportDialog(root, exporter, { api: ctx.api, docId, ...(title ? { title } : {}) })) },
    });
    root.append(
      h(
        doc,
        'nav',
        { class: 'poc-web-back', attrs: { 'aria-label': t('doc.nav') } },
        h(doc, 'a', { text: t('doc.allDocuments'), attrs: { href: '/' } }),
        link('changes', t('doc.changes')),
        link('history', t('doc.history')),
        link('read', t('doc.read')),
        share,
        exporter,
      ),
      host,
    );
    const notice = h(doc, 'p', { class: 'poc-web-link-notice', attrs: { role: 'status' } });
    /** Goes to the block the address's #fragment names (a deep link, /d/<docId>#T-3), or says it is not there. */
    const revealFromHash = () => {
      const blockId = blockOfFragment(doc.location.hash);
      const handle = session?.handle;
      if (!blockId || !handle) return;
      notice.remove();
      if (!revealLinkedBlock(handle, blockId)) {
        notice.textContent = missingBlockMessage(blockId);
        host.before(notice);
      }
    };
    const win = doc.defaultView!;
    win.addEventListener('hashchange', revealFromHash);
    let session: Session | undefined;
    let live = true;
    // The document's answer and the editor's code are fetched together, and the editor connects as soon as its code is
    // here, without waiting for the answer (on a large document the answer is a full report, the slowest part of
    // opening it). The answer's access is handed to the editor, so it does not ask again; a document the person cannot
    // open is said so (its connection is refused anyway), not left "connecting" forever.
    const known: Promise<DocumentAccess | 'unknown' | 'no-access'> = ctx.api.document(docId).then(
      (d) => {
        if (live && d.title) doc.title = t('title.document', { title: d.title });
        title = d.title || undefined;
        // Owners share; anyone else may still see who has access.
        if (d.access !== 'owner' || d.archived) share.textContent = t('doc.whoHasAccess');
        return { access: d.access, ...(d.archived ? { archived: true } : {}) };
      },
      // Not reached (offline): the editor opens anyway and says itself how the connection stands.
      (e: unknown) => (e instanceof ApiError && (e.status === 404 || e.status === 403) ? 'no-access' : 'unknown'),
    );
    const noAccess = () => {
      session?.destroy();
      session = undefined;
      doc.title = t('doc.noSuchTitle');
      host.replaceChildren(
        h(doc, 'h1', { text: t('doc.noSuchHeading') }),
        h(doc, 'p', { text: t('doc.noSuchText', { docId }) }),
      );
    };
    let refused = false;
    void known.then((learned) => {
      refused = learned === 'no-access';
      if (live && refused) noAccess();
    });
    import('../main.js').then(
      ({ mount }) => {
        if (!live || refused) return;
        host.replaceChildren();
        session = mount({
          host,
          // The page's own server, ws: or wss: as the page is http: or https: (read as every server address is read).
          serverUrl: endpointsOf(doc.location.origin)!.ws,
          apiUrl: '',
          docId,
          token: '',
          api: ctx.api,
          access: known.then((learned) => (typeof learned === 'string' ? undefined : learned)),
          user: { name: ctx.me.name, color: colourOf(ctx.me.username) },
        });
        void session.ready.then(() => {
          if (!live) return;
          revealFromHash();
          // Opening the document is looking at it: "what changed since I last looked" starts from here next time.
          ctx.api.markViewed(docId).catch(() => undefined);
        });
      },
      () => {
        if (live) host.replaceChildren(h(doc, 'p', { class: 'poc-web-problem', text: t('doc.editorFailed'), attrs: { role: 'alert' } }));
      },
    );
    return {
      destroy() {
        live = false;
        win.removeEventListener('hashchange', revealFromHash);
        session?.destroy();
        root.replaceChildren();
      },
    };
  };
}
