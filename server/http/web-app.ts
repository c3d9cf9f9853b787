/**
 * Serving the web workspace (built by scripts/web-build.mjs into the web
 * folder): `index.html` for every page of the app (any GET path outside
 * /api and /assets, so `/d/<docId>` opened from a link or reloaded works),
 * never cached, since it names the current hashed files; the hashed files
 * under /assets, cached for a year, since a new build gives them new names.
 * Unknown /api paths keep the API's JSON 404. The page's `<html lang>` is
 * the first language of the browser's Accept-Language the product speaks
 * (English otherwise), so the page is announced right before its script
 * runs; the script then applies the person's saved choice (web/interface-language.ts).
 *
 * The page's security headers come from @fastify/helmet (registered for
 * every answer in http-app.ts) with the policy below: scripts, styles and
 * connections from this origin only, no inline script or style, no framing.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyPluginAsync } from 'fastify';
import { requestLocale } from '../request-locale.js';

/**
 * The Content-Security-Policy of every answer. `connect-src 'self'` also covers the page's WebSocket to this
 * same origin (ws:/wss:), as CSP Level 3 browsers read it; `style-src 'self'` with no 'unsafe-inline' means the
 * editor sets no `style` attribute from markup (it styles through classes and the CSSOM, which CSP allows).
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

/** How http-app.ts configures helmet: exactly the policy above (none of helmet's defaults added), no referrer, no framing. */
export const HELMET_OPTIONS: FastifyHelmetOptions = {
  global: true,
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
};

/** How long a hashed file may be kept: a year, unchanged (a new build names its files anew). */
const ASSET_CACHE = 'public, max-age=31536000, immutable';

/** Whether a web app was built into `webDir` (its index.html is there). */
export function hasWebApp(webDir: string | null): webDir is string {
  return !!webDir && existsSync(join(webDir, 'index.html'));
}

/** Serves the web app built into `webDir`: hashed files under /assets, and index.html for every other GET path outside /api. */
export function webAppRoutes(webDir: string): FastifyPluginAsync {
  const indexFile = join(webDir, 'index.html');
  return async (app) => {
    await app.register(fastifyStatic, {
      root: join(webDir, 'assets'),
      prefix: '/assets/',
      wildcard: true,
      index: false,
      cacheControl: false,
      setHeaders: (res) => res.setHeader('cache-control', ASSET_CACHE),
    });
    app.get('/*', async (request, reply) => {
      const pathname = new URL(request.url, 'http://localhost').pathname;
      if (pathname === '/api' || pathname.startsWith('/api/')) return reply.callNotFound();
      // Read on each request (a small file): a rebuild while the server runs is served at once.
      const html = await readFile(indexFile, 'utf8');
      const lang = requestLocale(request);
      return reply
        .header('cache-control', 'no-store')
        .header('vary', 'Accept-Language')
        .type('text/html; charset=utf-8')
        .send(html.replace(/<html lang="[^"]*">/, `<html lang="${lang}">`));
    });
  };
}
