/**
 * The web workspace's entry (built by scripts/web-build.mjs into
 * dist/web/assets): the app on this site's API with the session cookie
 * (no token: the browser sends the cookie with every same-origin request).
 */
import { ApiClient } from '../../shared/api/client.js';
import { boot } from './boot.js';
import { interfaceLocale } from '../../shared/i18n/interface-locale.js';

const root = document.getElementById('app');
if (root) boot(root, { api: new ApiClient({ baseUrl: '', token: '', fetch: (url, init) => window.fetch(url, init), language: interfaceLocale }) });
