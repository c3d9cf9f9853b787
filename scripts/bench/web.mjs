// The web workspace in Chromium (issue 13): how long from navigating to /d/<id> until a 500-row threat matrix is
// on screen and editable, and how many bytes of JavaScript the home page and a document page load (as shipped, and
// gzip-compressed as a poor field connection would carry them). Our server serves the built app (dist/web) on
// loopback; Debian's Chromium drives it headless with a fresh profile. There is no reference web app to run beside it:
// the figures stand against the targets (home page under 150 KB compressed).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadTs, ROOT } from './build-kit.mjs';
import { fillDocument, prepareOurs, startOurs, tempDir } from './servers.mjs';
import { median, percentile } from './stats.mjs';

const CHROMIUM = '/usr/bin/chromium';
const DOC = 'tm-bench-web';

/** Whether the section can run: Chromium installed and the web app built. */
export function webBenchAvailable() {
  if (!existsSync(CHROMIUM)) return `Chromium is not installed at ${CHROMIUM} (apt-get install chromium): the web page figures are left out.`;
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) return 'dist/web is missing: run `npm run build` first.';
  return undefined;
}

/** Bytes of the JavaScript files a page loaded, as shipped and gzip-compressed (read from dist/web by their paths). */
function jsBytes(paths) {
  let raw = 0;
  let gzip = 0;
  for (const p of new Set(paths)) {
    const body = readFileSync(join(ROOT, 'dist/web', p));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: new Set(paths).size, raw, gzip };
}

/** Timings and sizes of the web workspace with a `rows`-row matrix, over `reps` fresh page loads. */
export async function webPages(rows, reps) {
  const dataDir = tempDir('poc-bench-web-');
  const profile = mkdtempSync(join(tmpdir(), 'poc-bench-chromium-'));
  const kit = await loadTs('scripts/bench/kit.ts', 'kit');
  const [token] = await prepareOurs(dataDir, 1, [DOC]);
  await fillDocument(dataDir, DOC, kit.threatMatrixState(rows, DOC));
  const server = await startOurs(dataDir);
  const base = `http://127.0.0.1:${server.port}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
    viewport: { width: 1440, height: 900 },
  });
  try {
    // Signed in as a browser is: the session cookie from POST /api/session.
    const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    const cookie = /poc_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    if (!cookie) throw new Error(`signing in for the web benchmark failed (${res.status})`);
    await context.addCookies([{ name: 'poc_session', value: cookie, url: base, httpOnly: true, sameSite: 'Strict' }]);

    /** Opens `path` in a fresh page, waits for `ready`, and answers the milliseconds from navigation and the JS files loaded. */
    const load = async (path, ready) => {
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      const scripts = [];
      page.on('response', (r) => {
        const u = new URL(r.url());
        if (u.origin === base && u.pathname.endsWith('.js')) scripts.push(u.pathname);
      });
      const t0 = performance.now();
      await page.goto(`${base}${path}`);
      await page.waitForFunction(ready, rows);
      const ms = performance.now() - t0;
      await page.close();
      return { ms, scripts };
    };

    // Evaluated in the page (globalThis is its window).
    const homeReady = () => globalThis.document.querySelectorAll('.poc-home-doc').length > 0;
    const docReady = (n) => {
      const d = globalThis.document;
      return d.querySelectorAll('.poc-block').length >= n && d.querySelector('.ProseMirror')?.getAttribute('contenteditable') === 'true';
    };
    const home = await load('/', homeReady);
    const times = [];
    let scripts = [];
    for (let i = 0; i < reps; i++) {
      const r = await load(`/d/${DOC}`, docReady);
      times.push(r.ms);
      scripts = r.scripts;
    }
    return {
      rows,
      reps,
      interactiveMs: { median: median(times), min: Math.min(...times), p90: percentile(times, 90), max: Math.max(...times) },
      homeJs: jsBytes(home.scripts),
      documentJs: jsBytes(scripts),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.stop();
  }
}
