/**
 * The test entry of the documents home page: mounts `homePage` alone with a
 * token-based ApiClient on the page's own origin (the test server proxies
 * /api), as the web app shell will with its cookie-based one. Navigation is
 * recorded in `window.navigated` instead of changing page.
 */
import { ApiClient } from '../../../shared/api/client.js';
import { homePage } from '../../../web/home/home-page.js';

/** Mounts the home page into #app as the person whose token is given. */
export async function mount(token: string): Promise<void> {
  const api = new ApiClient({ baseUrl: window.location.origin, token, fetch: (input, init) => window.fetch(input, init) });
  const me = await api.me();
  const navigated: string[] = [];
  (window as unknown as { navigated: string[] }).navigated = navigated;
  homePage(document.getElementById('app')!, { api, me, navigate: (path) => navigated.push(path) });
}
