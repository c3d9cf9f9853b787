/**
 * The web workspace's pages by address, with the browser's history (no
 * reload between pages): a small table of routes, each knowing the paths
 * of its page; an address no route knows gets the "not
 * found" page. Every same-origin link in the app (`<a href="/…">`) goes
 * through the router, so pages just draw plain links.
 */
import { notFoundPage } from './not-found-page.js';
import type { Page, PageContext } from './page-context.js';

/** One route: the page for a path it knows, or undefined for a path that is not its own. */
export interface Route {
  match(pathname: string): Page | undefined;
}

/** The page for a path: the first route that knows it, or "not found". */
export function pageFor(pathname: string, routes: Route[]): Page {
  for (const route of routes) {
    const page = route.match(pathname);
    if (page) return page;
  }
  return notFoundPage;
}

/** Whether a click on a link is one the router should take (a plain left click on a link of this site, not one opening elsewhere). */
function routedLink(e: MouseEvent): HTMLAnchorElement | undefined {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return undefined;
  const a = (e.target as Element | null)?.closest?.('a');
  const href = a?.getAttribute('href');
  if (!a || !href || !href.startsWith('/') || href.startsWith('//') || a.target || a.hasAttribute('download')) return undefined;
  return a;
}

/** Shows the page of the current address in `root`, and another one on `navigate`, a routed link or the back button. */
export class Router {
  private current?: { pathname: string; page: { destroy(): void } };
  private readonly onPop = () => this.show();
  private readonly onClick = (e: MouseEvent) => {
    const a = routedLink(e);
    if (!a) return;
    e.preventDefault();
    this.navigate(a.getAttribute('href')!);
  };

  constructor(
    private readonly root: HTMLElement,
    /** Where links are routed (the whole app, header included). */
    private readonly links: HTMLElement,
    private readonly ctx: Omit<PageContext, 'navigate'>,
    private readonly routes: Route[],
  ) {}

  /** Shows the current address's page and starts following history and links. */
  start(): void {
    const win = this.root.ownerDocument.defaultView!;
    win.addEventListener('popstate', this.onPop);
    this.links.addEventListener('click', this.onClick);
    this.show();
  }

  /** Goes to a path of the app ("/", "/d/<docId>#T-3"): a new history entry, and the page for it unless only the #part changed. */
  navigate(path: string): void {
    const win = this.root.ownerDocument.defaultView!;
    win.history.pushState(null, '', path);
    this.show();
  }

  /** Takes the page down and stops following history and links. */
  destroy(): void {
    const win = this.root.ownerDocument.defaultView;
    win?.removeEventListener('popstate', this.onPop);
    this.links.removeEventListener('click', this.onClick);
    this.current?.page.destroy();
    this.current = undefined;
  }

  private show(): void {
    const { pathname } = this.root.ownerDocument.location;
    if (this.current?.pathname === pathname) return;
    this.current?.page.destroy();
    this.root.replaceChildren();
    const page = pageFor(pathname, this.routes)(this.root, { ...this.ctx, navigate: (p) => this.navigate(p) });
    this.current = { pathname, page };
  }
}
