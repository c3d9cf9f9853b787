/**
 * The web workspace's pages by address (read by web/app/router.ts): the home
 * page, the mission picture, allowing a device and your devices, a document live, and its
 * history, changes and reading view. Pages that need the editor or the
 * templates are loaded on demand (`lazyPage`), so the home page stays small
 * over a poor connection; a document's addresses are read by
 * shared/links/web-link.ts, which also writes them. The administration
 * (`/admin…`, web/admin/), allowing a device and your devices are loaded on
 * demand too: most people never open them.
 */
import { h } from '../../editor/dom.js';
import { homePage } from '../home/home-page.js';
import { ACCOUNT_PATH, DEVICE_PAGE_PATH } from '../../shared/api/sign-in.js';
import { documentPage } from './document-page.js';
import { PICTURE_PATH } from '../picture/picture-path.js';
import { notFoundPage } from './not-found-page.js';
import type { Page } from './page-context.js';
import type { Route } from './router.js';
import { type DocumentView, readWebPath } from '../../shared/links/web-link.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';

const t = uiWords(webApp);

/** A page whose code is fetched when it is first shown; until then (or if fetching fails) it says so in words. */
export function lazyPage(load: () => Promise<Page>): Page {
  return (root, ctx) => {
    const doc = root.ownerDocument;
    let inner: { destroy(): void } | undefined;
    let live = true;
    root.append(h(doc, 'p', { class: 'poc-muted', text: t('lazy.loading'), attrs: { role: 'status' } }));
    load().then(
      (page) => {
        if (!live) return;
        root.replaceChildren();
        inner = page(root, ctx);
      },
      () => {
        if (live) root.replaceChildren(h(doc, 'p', { class: 'poc-web-problem', text: t('lazy.failed'), attrs: { role: 'alert' } }));
      },
    );
    return {
      destroy() {
        live = false;
        inner?.destroy();
        root.replaceChildren();
      },
    };
  };
}

/** The review page of a document (history, changes or reading view) over the server's version history. */
function reviewPage(view: DocumentView, docId: string): Page {
  return (root, ctx) =>
    lazyPage(async () => {
      const [{ apiVersionSource }, pages] = await Promise.all([import('../review/version-source.js'), import('../review/pages.js')]);
      const source = apiVersionSource(ctx.api, docId);
      return view === 'history' ? pages.historyPage(docId, source) : view === 'changes' ? pages.changesPage(docId, source) : pages.readingPage(docId, source);
    })(root, ctx);
}

/** The administration's page of a path under /admin (web/admin/pages.ts), or "not found" for one it does not have. */
function adminPage(pathname: string): Page {
  return lazyPage(async () => (await import('../admin/pages.js')).adminPage(pathname) ?? notFoundPage);
}

/** The app's routes, first match wins: home, the administration, allowing a device, your devices, the mission picture, and a document's pages as shared/links/web-link.ts reads its addresses. */
export const ROUTES: Route[] = [
  { match: (pathname) => (pathname === '/' ? homePage : undefined) },
  { match: (pathname) => (pathname === '/admin' || pathname.startsWith('/admin/') ? adminPage(pathname) : undefined) },
  { match: (pathname) => (pathname === DEVICE_PAGE_PATH ? lazyPage(async () => (await import('./device-page.js')).devicePage) : undefined) },
  { match: (pathname) => (pathname === ACCOUNT_PATH ? lazyPage(async () => (await import('./account-page.js')).accountPage) : undefined) },
  { match: (pathname) => (pathname === PICTURE_PATH ? lazyPage(async () => (await import('../picture/picture-page.js')).picturePage) : undefined) },
  {
    match(pathname) {
      const target = readWebPath(pathname);
      if (!target) return undefined;
      return target.view ? reviewPage(target.view, target.docId) : documentPage(target.docId);
    },
  },
];
