/**
 * The web workspace as the browser tests run it: the real app (web/app/boot.ts)
 * on an API client with the token the test put in `window.pocTestToken`
 * (an init script, outside the page's CSP), or with none, as the cookie
 * client of web/app/main.ts does, when the test put none; like it, the
 * client asks the server for answers in the interface's language.
 */
import { ApiClient } from '../../../shared/api/client.js';
import { interfaceLocale } from '../../../shared/i18n/interface-locale.js';
import { boot } from '../../../web/app/boot.js';

const token = (window as unknown as { pocTestToken?: string }).pocTestToken ?? '';
const root = document.getElementById('app');
if (root) boot(root, { api: new ApiClient({ baseUrl: '', token, fetch: (url, init) => window.fetch(url, init), language: interfaceLocale }) });
