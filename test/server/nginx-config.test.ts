// The reverse-proxy setup of server/README.md: its nginx configuration is valid, as `nginx -t` checks it.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { layoutParams } from '../../shared/api/client-layout.js';
import { connectClient, ROOT, startTestServer, tempDir, waitFor } from '../support/test-server.js';

/** A port free at the time of asking (nginx needs fixed ports in its configuration). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The project's nginx configuration with this machine's paths (certificate, logs, pid) under `dir`, and optionally other ports. */
function localConfig(dir: string, cert: string, key: string, ports?: { http: number; https: number; upstream: number }): string {
  let conf = readFileSync(join(ROOT, 'server/deploy/nginx.conf'), 'utf8')
    .replaceAll('/etc/ssl/poc/fullchain.pem', cert)
    .replaceAll('/etc/ssl/poc/privkey.pem', key)
    .replaceAll('/var/log/nginx/', `${dir}/`)
    .replaceAll('/run/nginx-poc.pid', join(dir, 'nginx.pid'));
  if (ports) {
    conf = conf
      .replace('listen 80;', `listen 127.0.0.1:${ports.http};`)
      .replace('listen [::]:80;', '')
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`)
      .replace('listen [::]:443 ssl http2;', '')
      .replace('server 127.0.0.1:1234;', `server 127.0.0.1:${ports.upstream};`);
  }
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, conf);
  return file;
}

const nginx = spawnSync('nginx', ['-v']).error ? undefined : 'nginx';
// In CI nginx is installed (.ci/run) and nothing may be skipped; elsewhere the check runs when nginx is there.
const run = nginx || process.env.CI ? describe : describe.skip;

run('server/deploy/nginx.conf', () => {
  const tmp = tempDir('poc-nginx-');
  afterAll(() => tmp.remove());

  it('passes nginx -t with a certificate in place, and logs no query strings', () => {
    const cert = join(tmp.dir, 'fullchain.pem');
    const key = join(tmp.dir, 'privkey.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=poc.example.org', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    const conf = readFileSync(join(ROOT, 'server/deploy/nginx.conf'), 'utf8');
    // Only the machine-specific paths change: certificates, logs and pid go to the test's folder.
    const file = localConfig(tmp.dir, cert, key);
    const r = spawnSync('nginx', ['-t', '-p', `${tmp.dir}/`, '-e', join(tmp.dir, 'error.log'), '-c', file], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/syntax is ok/);
    expect(r.status, r.stderr).toBe(0);
    // The access log format names the path ($uri), never the request line or arguments, which carry tickets.
    const format = /log_format poc_no_query ([^;]+);/.exec(conf)?.[1] ?? '';
    expect(format).toContain('$uri');
    expect(format).not.toMatch(/\$request\b|\$request_uri|\$args|\$query_string/);
  });

  it('ends TLS in front of the server: the official client syncs over wss through it, and its access log holds no ticket', async () => {
    const dir = join(tmp.dir, 'live');
    execFileSync('mkdir', ['-p', dir]);
    const cert = join(dir, 'fullchain.pem');
    const key = join(dir, 'privkey.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    const t = await startTestServer({ urlTokens: false });
    let proxy: ChildProcess | undefined;
    try {
      const token = await t.addUser('amina', { grants: { north: 'editor' } });
      const ports = { http: await freePort(), https: await freePort(), upstream: t.server.port };
      const file = localConfig(dir, cert, key, ports);
      // Not a daemon, so the test owns the process; workers run as the test's user, who owns the folder.
      const globals = process.getuid?.() === 0 ? 'daemon off; user root;' : 'daemon off;';
      proxy = spawn('nginx', ['-p', `${dir}/`, '-e', join(dir, 'error.log'), '-c', file, '-g', globals], { stdio: 'ignore' });
      const base = `https://127.0.0.1:${ports.https}`;
      const ca = readFileSync(cert);
      const https = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          import('node:https').then(({ request }) => {
            const req = request(`${base}${path}`, { method: init.method ?? 'GET', headers: init.headers, ca }, (res) => {
              let body = '';
              res.on('data', (d: Buffer) => (body += d.toString()));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            });
            req.on('error', reject);
            req.end(init.body);
          }, reject);
        });
      await waitFor(async () => (await https('/healthz').catch(() => ({ status: 0 }))).status === 200, 'nginx to serve /healthz', 15_000);
      const { ticket } = JSON.parse((await https('/api/tickets', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' })).body) as { ticket: string };
      class TrustingWs extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { ca });
        }
      }
      const c = connectClient(`wss://127.0.0.1:${ports.https}`, 'north', undefined, { socket: TrustingWs, connect: false });
      c.provider.params = { ...layoutParams(), ticket };
      c.provider.connect();
      try {
        await c.synced();
      } finally {
        c.destroy();
      }
      await waitFor(() => readFileSync(join(dir, 'poc-access.log'), 'utf8').includes('/north'), 'the access log to record the connection');
      const log = readFileSync(join(dir, 'poc-access.log'), 'utf8');
      expect(log).toMatch(/"GET \/north HTTP\/1\.1" 101/);
      expect(log).not.toContain(ticket);
      expect(log).not.toContain(token);
    } finally {
      proxy?.kill('SIGQUIT');
      await t.stop();
    }
  });
});
