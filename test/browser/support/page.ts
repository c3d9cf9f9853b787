/**
 * The test page: a tiny HTTP server on 127.0.0.1 (port 0) that serves an
 * HTML page mounting the real editor bundle once per configured person,
 * the bundle, the plugin's stylesheet (as /styles.css), and a proxy of
 * /api/* to the sync server (so the page calls the API same-origin, as
 * Obsidian's requestUrl does without CORS). The Obsidian CSS variables styles.css is built on come
 * from the web workspace's theme (styles/web-theme.css, and web-theme-dark.css for the dark page).
 */
import { createServer, request, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../support/test-server.js';

/** One editor on the page. */
export interface PageEditor {
  token: string;
  user: { name: string; color: string };
  offices?: string[];
}

export interface PageConfig {
  /** WebSocket URL of the sync server. */
  serverUrl: string;
  docId: string;
  today: string;
  editors: PageEditor[];
}

export interface PageServer {
  url: string;
  /** The page URL for a configuration. */
  pageUrl(config: PageConfig, opts?: { dark?: boolean }): string;
  stop(): Promise<void>;
}

/** The web workspace's light theme (styles/web-theme.css) as text, for test pages that inline it in a <style>. */
export const THEME = readFileSync(join(ROOT, 'styles/web-theme.css'), 'utf8');

/** The test page's own layout (the theme comes from styles/web-theme.css, as in the web app). */
const LAYOUT = `
main { display: grid; gap: 16px; padding: 16px; }
main > div { height: 760px; display: flex; flex-direction: column; }
main > div > .poc-app { flex: 1; min-height: 0; }
.poc-app-main { flex: 1; min-height: 0; }
`;

function page(config: PageConfig, dark: boolean): string {
  // JSON in a script element: escape "<" so no value can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const hosts = config.editors.map((_, i) => `<div id="ed${i}" data-user="${i}"></div>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>POC editor test page</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/theme.css">
${dark ? '<link rel="stylesheet" href="/theme-dark.css">\n' : ''}<style>${LAYOUT}</style>
<link rel="stylesheet" href="/styles.css">
</head>
<body class="${dark ? 'theme-dark' : 'theme-light'}">
<main>
${hosts}
</main>
<script type="application/json" id="config">${json}</script>
<script src="/editor.js"></script>
<script>
  const config = JSON.parse(document.getElementById('config').textContent);
  window.sessions = config.editors.map((e, i) => PocEditor.mount({
    host: document.getElementById('ed' + i), serverUrl: config.serverUrl, docId: config.docId, token: e.token,
    user: e.user, offices: e.offices, apiUrl: '', today: config.today,
  }));
</script>
</body></html>`;
}

/** The files the page loads, as built by ./bundle.ts. */
export interface PageFiles {
  /** The editor bundle. */
  editor: string;
  /** The plugin's stylesheet. */
  styles: string;
}

/**
 * Starts the page server; `files` are the built editor and stylesheet, `apiTarget` the sync server's http URL
 * (or a function giving it, for a sync server started after the page server, once it knows the page's origin).
 */
export async function startPageServer(files: PageFiles, apiTarget: string | (() => string)): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      const target = new URL(typeof apiTarget === 'string' ? apiTarget : apiTarget());
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: url.pathname + url.search, headers: { ...req.headers, host: target.host } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const send = (type: string, file: string) =>
      readFile(file).then(
        (body) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body),
        () => res.writeHead(404).end(),
      );
    if (url.pathname === '/editor.js') return void send('text/javascript; charset=utf-8', files.editor);
    // The editor's source map, when it was built beside the bundle (support/bundle.ts), for a person debugging the page.
    if (url.pathname === '/editor.js.map') return void send('application/json', `${files.editor}.map`);
    if (url.pathname === '/styles.css') return void send('text/css; charset=utf-8', files.styles);
    if (url.pathname === '/theme.css') return void send('text/css; charset=utf-8', join(ROOT, 'styles/web-theme.css'));
    if (url.pathname === '/theme-dark.css') return void send('text/css; charset=utf-8', join(ROOT, 'styles/web-theme-dark.css'));
    if (url.pathname === '/') {
      const config = JSON.parse(url.searchParams.get('config') ?? '{}') as PageConfig;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page(config, url.searchParams.get('theme') === 'dark'));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pageUrl: (config, opts = {}) => `${url}/?config=${encodeURIComponent(JSON.stringify(config))}${opts.dark ? '&theme=dark' : ''}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
