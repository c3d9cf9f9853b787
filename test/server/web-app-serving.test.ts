/**
 * The web workspace as the server serves it: the app built by
 * scripts/web-build.mjs into a temporary folder, the real server on
 * loopback with that folder. Every page address answers index.html, never
 * cached, under the strict Content-Security-Policy; hashed files are cached
 * for good; the API's unknown paths keep their JSON 404.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp, type WebBuild } from '../../scripts/web-build.mjs';
import { startTestServer, tempDir, type TestServer } from '../support/test-server.js';

/** The policy the issue asks for, directive by directive. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
];

/** A policy header's directives, each as "name value…" with single spaces. */
function directives(header: string | null): string[] {
  return (header ?? '')
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

let web: { dir: string; remove: () => void };
let built: WebBuild;
let server: TestServer;

beforeAll(async () => {
  web = tempDir('poc-web-build-');
  built = await buildWebApp({ outdir: web.dir });
  server = await startTestServer({ webDir: web.dir });
});

afterAll(async () => {
  await server?.stop();
  web?.remove();
});

describe('the pages of the web app', () => {
  for (const path of ['/', '/d/abc', '/signin', '/d/abc/history']) {
    it(`${path} answers the app's index.html, never cached`, async () => {
      const res = await fetch(`${server.httpUrl}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toBe(readFileSync(join(web.dir, 'index.html'), 'utf8'));
    });
  }

  it('the page is announced in the first language of Accept-Language the product speaks, and in English otherwise', async () => {
    const page = (language: string) => fetch(`${server.httpUrl}/signin`, { headers: { 'accept-language': language } });
    const french = await page('de-DE,fr-CD;q=0.9,en;q=0.8');
    expect(french.headers.get('vary')).toMatch(/accept-language/i);
    expect(await french.text()).toBe(readFileSync(join(web.dir, 'index.html'), 'utf8').replace('<html lang="en">', '<html lang="fr">'));
    expect(await (await page('pt-BR')).text()).toContain('<html lang="en">');
  });

  it('the page comes with exactly the strict Content-Security-Policy, no sniffing and no referrer', async () => {
    const res = await fetch(`${server.httpUrl}/d/abc`);
    expect(directives(res.headers.get('content-security-policy'))).toEqual(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('the page has no inline script or style: its scripts and stylesheet are files of /assets', async () => {
    const html = await (await fetch(`${server.httpUrl}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    expect(html).toContain(`<link rel="stylesheet" href="/assets/${built.css}">`);
  });
});

describe('the files of the web app', () => {
  it('hashed files are cached for a year and never revalidated', async () => {
    for (const file of [built.entry, built.css]) {
      const res = await fetch(`${server.httpUrl}/assets/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('the first page loads under 150 KB compressed (the editor comes only with a document)', () => {
    expect(built.initialGzip).toBeLessThan(150 * 1024);
    expect(built.totalGzip).toBeGreaterThan(built.initialGzip);
  });

  it("the page's script is the app's own entry module, not a page the app loads on demand", () => {
    expect(built.entry).toMatch(/^main-[A-Z0-9]+\.js$/);
    const html = readFileSync(join(web.dir, 'index.html'), 'utf8');
    expect(html).toContain(`<script type="module" src="/assets/${built.entry}"`);
    expect(html).not.toMatch(/device-page|account-page|admin/);
  });

  it('a file that does not exist under /assets is a 404, not the page', async () => {
    const res = await fetch(`${server.httpUrl}/assets/nope-123.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('the API beside the web app', () => {
  it('an unknown API path still answers the JSON 404 of the API', async () => {
    const res = await server.api('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'no-such-endpoint', message: expect.stringContaining('/api/nope') } });
  });

  it('an API route keeps its own answer and the same security headers', async () => {
    const res = await fetch(`${server.httpUrl}/api/keys`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(directives(res.headers.get('content-security-policy'))).toEqual(CSP);
  });

  it('a method the API does not serve on an API path is still refused in the API shape', async () => {
    const res = await server.api('/api/keys', { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
