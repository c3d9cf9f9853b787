/**
 * The test page: a tiny HTTP server on 127.0.0.1 (port 0) that serves an
 * HTML page mounting the real editor bundle once per configured person,
 * the bundle, the plugin's stylesheet (as /styles.css), and a proxy of
 * /api/* to the sync server (so the page calls the API same-origin, as
 * Obsidian's requestUrl does without CORS). The page defines fallbacks for the Obsidian CSS
 * variables styles.css is built on, in a light and a dark theme.
 */
import { createServer, request, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

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

/** Obsidian's theme variables, roughly as its default themes set them (also for pages other tests build). */
export const THEME = `
body {
  --font-text: "Inter", "Segoe UI", system-ui, -apple-system, sans-serif;
  --font-interface: "Inter", "Segoe UI", system-ui, -apple-system, sans-serif;
  --font-monospace: "JetBrains Mono", "DejaVu Sans Mono", ui-monospace, monospace;
  --font-ui-small: 13px; --font-ui-smaller: 12px;
  --font-semibold: 600; --font-bold: 700;
  --radius-s: 4px; --radius-m: 8px;
  --size-4-4: 16px; --size-4-6: 24px;
  --layer-popover: 30;
  --background-primary: #ffffff; --background-primary-alt: #fafafa; --background-secondary: #f6f6f6;
  --background-modifier-border: #e0e0e0; --background-modifier-hover: rgba(0, 0, 0, 0.067);
  --background-modifier-form-field: #ffffff; --interactive-normal: #f2f3f5;
  --text-normal: #222222; --text-muted: #5c5c5c; --text-faint: #ababab; --text-accent: #705dcf;
  --text-on-accent: #ffffff; --text-error: #e93147;
  --interactive-accent: #7b6cd9;
  --color-red-rgb: 233, 49, 71; --color-orange-rgb: 236, 117, 0; --color-yellow-rgb: 224, 172, 0; --color-green-rgb: 8, 185, 78;
  --shadow-s: 0 1px 2px rgba(0, 0, 0, 0.03), 0 3px 8px rgba(0, 0, 0, 0.08);
}
body.theme-dark {
  --background-primary: #1e1e1e; --background-primary-alt: #242424; --background-secondary: #262626;
  --background-modifier-border: #363636; --background-modifier-hover: rgba(255, 255, 255, 0.067);
  --background-modifier-form-field: #2a2a2a; --interactive-normal: #2a2a2a;
  --text-normal: #dadada; --text-muted: #b3b3b3; --text-faint: #666666; --text-accent: #a68af9;
  --text-on-accent: #ffffff; --text-error: #fb464c; --interactive-accent: #7f6df2;
  --color-red-rgb: 251, 70, 76; --color-orange-rgb: 233, 151, 63; --color-yellow-rgb: 224, 222, 113; --color-green-rgb: 68, 207, 110;
  --shadow-s: 0 1px 2px rgba(0, 0, 0, 0.2), 0 3px 8px rgba(0, 0, 0, 0.4);
}
html, body { margin: 0; background: var(--background-secondary); color: var(--text-normal); font-family: var(--font-interface); }
button { font: inherit; font-size: var(--font-ui-small); height: 30px; padding: 0 12px; border: 1px solid var(--background-modifier-border);
  border-radius: var(--radius-s); background: var(--interactive-normal); color: var(--text-normal); cursor: pointer; }
button.mod-cta { background: var(--interactive-accent); border-color: var(--interactive-accent); color: var(--text-on-accent); }
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
<style>${THEME}</style>
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
    if (url.pathname === '/styles.css') return void send('text/css; charset=utf-8', files.styles);
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
