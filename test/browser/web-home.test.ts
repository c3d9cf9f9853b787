/**
 * The documents home page (web/home/home-page.ts) in real headless Chromium,
 * mounted alone with a token-based ApiClient against the real server on
 * loopback (through a same-origin /api proxy), with documents of several
 * types and areas: what waits for a Head of Office, a stale approval, an
 * overdue review, filters and search, creating a document, keyboard and
 * axe-core, at 1440 px and at a phone's 390 px. Also prints the gzip size of
 * the home page's bundle as it ships (minified ESM, without the editor).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { FIELDS } from '../../shared/ydoc/layout.js';
import { filledModel } from '../support/build-model.js';
import { cachedBuild } from '../support/cached-build.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, ROOT, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';
import { buildStylesheet } from './support/bundle.js';
import { axeProblems } from './support/axe.js';
import { type Browser, launchChromium, screenshot } from './support/chromium.js';
import { THEME } from './support/page.js';

const today = new Date().toISOString().slice(0, 10);

let server: TestServer;
let browser: Browser;
let site: { url: string; stop(): Promise<void> };
const tokens: Record<'hoo' | 'amina' | 'ben' | 'nobody', string> = { hoo: '', amina: '', ben: '', nobody: '' };

/** A copy of `model` with document fields changed. */
function withFields(model: DocModel, fields: Record<string, string>): DocModel {
  return { ...model, meta: { ...model.meta, fields: { ...model.meta.fields, ...fields } } };
}

/**
 * Bundles the test entry (the home page alone) for the browser, once per change of its sources (see
 * ../support/cached-build.ts); the source map is a file beside it, which only DevTools asks for.
 */
async function buildHomeEntry(): Promise<string> {
  const outfile = join(ROOT, 'test/output/browser/home.js');
  await cachedBuild({
    entryPoints: [join(ROOT, 'test/browser/support/home-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PocHome',
    platform: 'browser',
    target: 'es2022',
    outfile,
    sourcemap: 'linked',
    logLevel: 'error',
  });
  return outfile;
}

/** Serves the page, the bundle and the stylesheet, and passes /api on to the server (one origin, as the web app). */
async function startSite(files: { home: string; styles: string }): Promise<{ url: string; stop(): Promise<void> }> {
  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      const target = new URL(server.httpUrl);
      const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: url.pathname + url.search, headers: { ...req.headers, host: target.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const send = (type: string, file: string) => readFile(file).then((body) => res.writeHead(200, { 'content-type': type }).end(body));
    if (url.pathname === '/home.js') return void send('text/javascript; charset=utf-8', files.home);
    if (url.pathname === '/styles.css') return void send('text/css; charset=utf-8', files.styles);
    const token = JSON.stringify(url.searchParams.get('token') ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Documents</title><link rel="icon" href="data:,">
<style>${THEME}</style><link rel="stylesheet" href="/styles.css"></head>
<body class="theme-light"><div id="app"></div><script src="/home.js"></script><script>PocHome.mount(${token});</script></body></html>`);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    }),
  };
}

beforeAll(async () => {
  const [home, styles] = await Promise.all([buildHomeEntry(), buildStylesheet()]);
  server = await startTestServer();
  site = await startSite({ home, styles });
  tokens.amina = await server.addUser('amina', { name: 'Amina Diallo', grants: { '*': 'editor' } });
  tokens.hoo = await server.addUser('hoo', { name: 'Fatima Bello', offices: [{ role: 'head-of-office', area: 'Sector North' }], grants: { '*': 'viewer' } });
  tokens.ben = await server.addUser('ben', { name: 'Ben Okafor', grants: { '*': 'viewer' } });
  tokens.nobody = await server.addUser('nobody', { name: 'New Colleague' });
  await server.server.storage.setCanCreate('hoo', true);
  const strategy = filledModel(TemplateSet.builtin().get('strategy'), today).meta({ id: 'st-mission', title: 'POC Strategy 2027' }).field('reviewDate', '2099-01-31').build();
  await storeDocument(server, tokens.amina, strategy);
  await storeDocument(server, tokens.amina, approvableMatrix('tm-north-wait', today));
  await storeDocument(server, tokens.amina, withFields(approvableMatrix('tm-north-stale', today), { preparedBy: 'JOC North' }));
  await storeDocument(server, tokens.amina, withFields(approvableMatrix('tm-south', today), { office: 'Sector South', lastReview: '2020-01-06', reviewCadence: 'weekly' }));
  // The Head of Office approves one matrix; an edit then makes that approval stale.
  expect((await postSignoff(server, 'tm-north-stale', tokens.hoo, { role: 'head-of-office', decision: 'approved' })).status).toBe(201);
  const c = connectClient(server.url, 'tm-north-stale', tokens.amina);
  try {
    await c.synced();
    c.doc.getMap(FIELDS).set('preparedBy', 'JOC North, revised');
    await waitFor(async () => {
      const r = await server.api('/api/docs/tm-north-stale', { token: tokens.amina });
      return r.body.signoffs?.[0]?.verification === 'stale';
    }, 'the approval to be stale');
  } finally {
    c.destroy();
  }
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await server?.stop();
});

/** Opens the home page as `who` at `width` px; resolves once the documents are drawn. */
async function openHome(who: keyof typeof tokens, width = 1440): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site.url}/?token=${encodeURIComponent(tokens[who])}`);
  await page.locator('.poc-home-count').filter({ hasText: /document/ }).waitFor();
  return page;
}

/** The ids of the document rows shown. */
const shownIds = (page: Page) => page.locator('.poc-home-doc').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc')));


describe('the documents home page', () => {
  it('groups the documents by type, then by area (a mission-wide type under "Whole mission")', async () => {
    const page = await openHome('hoo');
    expect(await page.locator('.poc-home-group h3').allTextContents()).toEqual(['POC Strategy', 'POC Threat Matrix']);
    const matrices = page.locator('.poc-home-group').filter({ has: page.locator('h3', { hasText: 'POC Threat Matrix' }) });
    expect(await matrices.locator('h4').allTextContents()).toEqual(['Sector North', 'Sector South']);
    const strategies = page.locator('.poc-home-group').filter({ has: page.locator('h3', { hasText: 'POC Strategy' }) });
    expect(await strategies.locator('h4').allTextContents()).toEqual(['Whole mission']);
    await page.close();
  });

  it('lists under "Waiting for you" the documents waiting for this person\'s approval, in words', async () => {
    const page = await openHome('hoo');
    const items = page.locator('.poc-home-waiting li');
    expect(await items.allTextContents()).toEqual([
      'Threat matrix tm-north-staleYour approval as Head of Office',
      'Threat matrix tm-north-waitYour approval as Head of Office',
    ]);
    await page.close();
  });

  it('says plainly when nothing waits for the person', async () => {
    const page = await openHome('ben');
    await expect.poll(() => page.locator('.poc-home-waiting').textContent()).toContain('Nothing is waiting for your approval.');
    await page.close();
  });

  it('shows an approval given before the last edit as stale, in words and with a symbol', async () => {
    const page = await openHome('hoo');
    const signoff = page.locator('[data-doc="tm-north-stale"] .poc-home-signoff');
    expect(await signoff.textContent()).toBe('↻Head of Office: approved an earlier version (the text changed since)');
    expect(await signoff.getAttribute('class')).toContain('is-stale');
    expect(await page.locator('[data-doc="tm-north-wait"] .poc-home-signoff').textContent()).toBe('○Head of Office: not signed yet');
    await page.close();
  });

  it('shows an overdue review in red and with the word "overdue"', async () => {
    const page = await openHome('hoo');
    const review = page.locator('[data-doc="tm-south"] .poc-home-review');
    expect(await review.textContent()).toMatch(/^Next review: Review overdue: it was due .*13.*2020$/);
    const [red, normal] = await review.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest('.poc-home-doc')!).color]);
    expect(red).not.toBe(normal);
    // rgb(…) or color(srgb …): red dominates either way.
    const [r, g, b] = red.match(/[\d.]+/g)!.map(Number);
    expect(r).toBeGreaterThan(1.5 * Math.max(g!, b!));
    expect(await page.locator('[data-doc="st-mission"] .poc-home-review').textContent()).toMatch(/^Next review: Review by .*31.*2099$/);
    await page.close();
  });

  it('tells each row its status, checks, completion and last change in words, with the exact time in a tooltip', async () => {
    const page = await openHome('hoo');
    const row = page.locator('[data-doc="tm-north-wait"]');
    expect(await row.locator('.poc-home-state').textContent()).toBe('Status: In review');
    expect(await row.locator('.poc-home-checks').textContent()).toMatch(/^Checks: (No problems|\d+ (error|warning)s?.*)$/);
    expect(await row.locator('.poc-home-completion').textContent()).toMatch(/^Completion: \d+ of \d+ required parts filled$/);
    const changed = row.locator('.poc-home-changed span[title]');
    expect(await changed.textContent()).toMatch(/^(just now|\d+ min ago) by Amina Diallo$/);
    expect(await changed.getAttribute('title')).toMatch(/\d{4}/);
    await page.close();
  });

  it('filters by search as one types, by type, status, "waiting for me" and "review overdue"', async () => {
    const page = await openHome('hoo');
    await page.getByLabel('Search').pressSequentially('south');
    expect(await shownIds(page)).toEqual(['tm-south']);
    await page.getByLabel('Search').fill('ST-MISS');
    expect(await shownIds(page)).toEqual(['st-mission']);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'POC Strategy' });
    expect(await shownIds(page)).toEqual(['st-mission']);
    await page.getByLabel('Type', { exact: true }).selectOption('');
    await page.getByLabel('Status').selectOption('in-review');
    expect((await shownIds(page)).sort()).toEqual(['tm-north-stale', 'tm-north-wait', 'tm-south']);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Waiting for me').check();
    expect((await shownIds(page)).sort()).toEqual(['tm-north-stale', 'tm-north-wait']);
    await page.getByLabel('Waiting for me').uncheck();
    await page.getByLabel('Review overdue').check();
    expect(await shownIds(page)).toEqual(['tm-south']);
    expect(await page.locator('.poc-home-count').textContent()).toBe('Showing 1 of 4 documents');
    await page.getByLabel('Search').fill('nothing like this');
    expect(await page.locator('.poc-home-groups').textContent()).toContain('No document matches these filters.');
    await page.close();
  });

  it('says what to do when the person can open no document yet', async () => {
    const page = await openHome('nobody');
    expect(await page.locator('.poc-home-groups').textContent()).toBe('You cannot open any document yet. Ask the owner of a document to give you access.');
    await page.close();
  });

  it('links each title to its document: a real address, opened within the app on a plain click', async () => {
    const page = await openHome('hoo');
    const link = page.locator('[data-doc="tm-south"] a.poc-home-title');
    expect(await link.getAttribute('href')).toBe('/d/tm-south');
    await link.click();
    expect(await page.evaluate(() => (window as unknown as { navigated: string[] }).navigated)).toEqual(['/d/tm-south']);
    await page.close();
  });

  it('shows "New document" only to those who may create', async () => {
    const page = await openHome('ben');
    expect(await page.getByRole('button', { name: 'New document' }).count()).toBe(0);
    await page.close();
  });

  it('"New document" asks for a title in words, then creates the document and goes to it, by keyboard alone', async () => {
    const page = await openHome('hoo');
    await page.getByRole('button', { name: 'New document' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Type of document').locator('option[value="threat-matrix"]').textContent()).toBe('POC Threat Matrix');
    await page.getByLabel('Type of document').selectOption('threat-matrix');
    await page.getByRole('button', { name: 'Create' }).press('Enter');
    expect(await page.getByRole('alert').textContent()).toMatch(/^Give the document a title/);
    await screenshot(page, 'web-home-new-document');
    await page.getByLabel('Title').fill('Threat matrix, Sector East');
    await page.getByLabel('Title').press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { navigated: string[] }).navigated)).toEqual([expect.stringMatching(/^\/d\/.+/)]);
    const [path] = await page.evaluate(() => (window as unknown as { navigated: string[] }).navigated);
    const id = decodeURIComponent(path!.slice(3));
    expect((await server.api(`/api/docs/${id}`, { token: tokens.hoo })).body).toMatchObject({ type: 'threat-matrix', title: 'Threat matrix, Sector East' });
    await page.close();
  });

  for (const width of [1440, 390]) {
    it(`has no serious or critical axe-core violation at ${width} px, and is photographed`, async () => {
      const page = await openHome('hoo', width);
      await screenshot(page, `web-home-${width}`);
      await page.setViewportSize({ width, height: 2400 });
      await screenshot(page, `web-home-${width}-full`);
      expect(await axeProblems(page)).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('ships small: the page as built for the browser (minified ESM, without the editor) carries no ProseMirror or Yjs', async () => {
    const out = await build({
      entryPoints: [join(ROOT, 'web/home/home-page.ts')],
      bundle: true,
      format: 'esm',
      minify: true,
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'error',
    });
    const js = out.outputFiles[0]!.contents;
    console.log(`home page bundle: ${js.length} bytes, ${gzipSync(js).length} bytes gzipped`);
    expect(Object.keys(out.metafile.inputs).filter((f) => /prosemirror|node_modules\/yjs|y-websocket/.test(f))).toEqual([]);
  });
});
