// `poc` transport flags as an operator uses them: TLS on serve, token lifetimes, listing and revoking tokens one by one.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode, ROOT, waitFor } from '../support/test-server.js';

const run = promisify(execFile);
const cli = join(ROOT, 'test/output/cli-transport/dist/poc.js');
let dir: string;
const running: ChildProcess[] = [];

async function poc(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poc-cli-transport-'));
  await bundleForNode('cli/poc.ts', cli);
});
afterAll(async () => {
  for (const p of running) p.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('poc serve with TLS', () => {
  it('serves https and says wss:// in its listening line', async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem')], { stdio: 'ignore' });
    const proc = spawn(process.execPath, [cli, 'serve', '--data', 'data', '--port', '0', '--demo-vault', 'none', '--log-level', 'silent', '--tls-cert', 'c.pem', '--tls-key', 'k.pem'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(proc);
    let output = '';
    proc.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor(() => /listening on wss:\/\/127\.0\.0\.1:\d+/.test(output), 'the listening line', 20_000);
    const port = /:(\d+)\s*$/m.exec(output)![1];
    const status = await new Promise<number>((resolve, reject) => {
      httpsRequest(`https://127.0.0.1:${port}/healthz`, { ca: execFileSync('cat', [join(dir, 'c.pem')]) }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(200);
    proc.kill('SIGTERM');
  });

  it('refuses a certificate without its key, saying to give both', async () => {
    const r = await poc(['serve', '--data', 'data2', '--port', '0', '--demo-vault', 'none', '--tls-cert', 'c.pem']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/both --tls-cert and --tls-key/);
  });
});

describe('poc user tokens and revoke --token', () => {
  it('issues a token with a lifetime, lists tokens by id, and revokes one of them', async () => {
    expect((await poc(['user', 'add', 'amina', '--name', 'Amina Diallo', '--data', 'users', '--token-ttl', '90d'])).code).toBe(0);
    expect((await poc(['user', 'token', 'amina', '--data', 'users'])).code).toBe(0);
    const listed = await poc(['user', 'tokens', 'amina', '--data', 'users']);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\s*1\s+live\s+issued \S+\s+expires \S+/);
    expect(lines[1]).toMatch(/^\s*2\s+live\s+.*never expires/);
    expect(listed.stdout).not.toMatch(/poc_/);
    const revoked = await poc(['user', 'revoke', 'amina', '--token', '1', '--data', 'users']);
    expect(revoked.stdout).toMatch(/Revoked token 1 of amina/);
    expect((await poc(['user', 'tokens', 'amina', '--data', 'users'])).stdout).toMatch(/^\s*1\s+revoked/m);
    const again = await poc(['user', 'revoke', 'amina', '--token', '1', '--data', 'users']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/no live token with id 1/);
  });

  it('refuses a lifetime it cannot read, naming the forms it takes', async () => {
    const r = await poc(['user', 'token', 'amina', '--data', 'users', '--token-ttl', '3 weeks']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/90d, 12h or 30m/);
  });
});
