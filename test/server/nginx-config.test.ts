// The reverse-proxy setup of server/README.md: its nginx configuration is valid, as `nginx -t` checks it.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/test-server.js';

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
    const local = conf
      .replaceAll('/etc/ssl/poc/fullchain.pem', cert)
      .replaceAll('/etc/ssl/poc/privkey.pem', key)
      .replaceAll('/var/log/nginx/', `${tmp.dir}/`)
      .replaceAll('/run/nginx-poc.pid', join(tmp.dir, 'nginx.pid'));
    const file = join(tmp.dir, 'nginx.conf');
    writeFileSync(file, local);
    const r = spawnSync('nginx', ['-t', '-p', `${tmp.dir}/`, '-e', join(tmp.dir, 'error.log'), '-c', file], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/syntax is ok/);
    expect(r.status, r.stderr).toBe(0);
    // The access log format names the path ($uri), never the request line or arguments, which carry tickets.
    const format = /log_format poc_no_query ([^;]+);/.exec(conf)?.[1] ?? '';
    expect(format).toContain('$uri');
    expect(format).not.toMatch(/\$request\b|\$request_uri|\$args|\$query_string/);
  });
});
