/**
 * The web workspace's first home page: a plain list of the documents the
 * person can read (GET /api/docs), each a link to its page. The full home
 * page (grouped, filtered, with sign-off states) replaces it; the route
 * stays.
 */
import { h } from '../../editor/dom.js';
import type { Page } from './page-context.js';

/** The list of readable documents, each linking to `/d/<docId>`. */
export const documentListPage: Page = (root, ctx) => {
  const doc = root.ownerDocument;
  doc.title = 'Documents — POC Workspace';
  const status = h(doc, 'p', { class: 'poc-muted', text: 'Loading your documents…', attrs: { role: 'status' } });
  const list = h(doc, 'ul', { class: 'poc-web-doc-list' });
  root.append(h(doc, 'h1', { text: 'Documents' }), status, list);
  let live = true;
  ctx.api.listDocuments().then(
    (docs) => {
      if (!live) return;
      status.textContent = docs.length ? '' : 'There are no documents you can open yet. Ask a document owner to give you access.';
      for (const d of docs) {
        list.append(h(doc, 'li', {}, h(doc, 'a', { text: d.title || d.id, attrs: { href: `/d/${encodeURIComponent(d.id)}` } })));
      }
    },
    (e: unknown) => {
      if (live) status.textContent = `Your documents could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    },
  );
  return {
    destroy() {
      live = false;
      root.replaceChildren();
    },
  };
};
