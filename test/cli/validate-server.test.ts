// `poc validate --server URL --token T` against the real sync server on 127.0.0.1: each Markdown mirror's sign-offs
// are read from the server and checked against the file's own text, so an approval is either confirmed or the real
// error, instead of "could not be verified".
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CommandError, EXIT_FAILED } from '../../cli/commands/command.js';
import { serverSignoffs } from '../../cli/commands/server-signoffs.js';
import { type DocumentReport, validatePaths } from '../../cli/commands/validate-files.js';
import { toMarkdown } from '../../shared/markdown/index.js';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { approvedOnServer } from '../support/sign-off.js';
import { bundleForNode, ROOT, startTestServer, type TestServer } from '../support/test-server.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();
const template = templates.get('threat-matrix');
let t: TestServer;
let dir: string;
let hoo: string;
/** The approved matrix as the server holds it, status "approved" set by the server when the Head of Office signed. */
let approved: DocModel;

/** Writes `model` as a Markdown mirror named `name` and validates it, reading sign-offs from the test server with `token`. */
async function validateMirror(name: string, model: DocModel, token = hoo) {
  const file = join(dir, name);
  await writeFile(file, toMarkdown(model, template));
  const report = await validatePaths([file], templates, TODAY, { server: t.httpUrl, source: await serverSignoffs({ server: t.httpUrl, token }) });
  return report.documents[0];
}
const cli = join(ROOT, 'test/output/cli-validate-server/dist/poc.js');

/** Runs the bundled `poc` as a person would, with `env` added to the environment. */
async function poc(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, POC_TOKEN: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const withCode = (doc: DocumentReport, code: string) => doc.diagnostics.filter((d) => d.code === code);

beforeAll(async () => {
  let tick = 0;
  t = await startTestServer({ now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++) });
  dir = await mkdtemp(join(tmpdir(), 'poc-validate-server-'));
  ({ hoo, approved } = await approvedOnServer(t, 'tm-approved', TODAY));
  await bundleForNode('cli/poc.ts', cli);
}, 120_000);
afterAll(async () => {
  await t.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('with the server reachable and the token accepted', () => {
  test('an approved mirror whose approval on the server is of exactly its text has no approved-not-signed error', async () => {
    const doc = await validateMirror('approved.md', approved);
    expect(withCode(doc, 'approved-not-signed')).toEqual([]);
  });

  test('without --server the same mirror is an error saying its approvals could not be verified', async () => {
    const file = join(dir, 'unverified.md');
    await writeFile(file, toMarkdown(approved, template));
    const [doc] = (await validatePaths([file], templates, TODAY)).documents;
    expect(withCode(doc, 'approved-not-signed')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/could not be verified/) })]);
  });

  test('an approved mirror edited after the approval gets the real error: the Head of Office approved an earlier version', async () => {
    const edited = structuredClone(approved);
    edited.meta.fields.preparedBy = 'Someone who edited the file afterwards';
    const doc = await validateMirror('edited.md', edited);
    expect(withCode(doc, 'approved-not-signed')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/approved an earlier version/) })]);
  });

  test('a mirror of a document the server does not hold says so for that file, and its approval stays unverified', async () => {
    const elsewhere = structuredClone(approved);
    elsewhere.meta.id = 'tm-not-on-server';
    const doc = await validateMirror('elsewhere.md', elsewhere);
    expect(withCode(doc, 'signoffs-not-on-server')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(new RegExp(`^The server at ${t.httpUrl} holds no document "tm-not-on-server" that you can read`)) }),
    ]);
    expect(withCode(doc, 'approved-not-signed')[0].message).toMatch(/could not be verified/);
  });

  test('the text report says which server the sign-offs were read from', async () => {
    const file = join(dir, 'approved.md');
    const report = await validatePaths([file], templates, TODAY, { server: t.httpUrl, source: await serverSignoffs({ server: t.httpUrl, token: hoo }) });
    expect(report.signoffsFrom).toBe(t.httpUrl);
  });
});

describe('when the server cannot be used', () => {
  /** A port on 127.0.0.1 that nothing listens on (taken, then released). */
  async function closedPort(): Promise<number> {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const { port } = s.address() as { port: number };
    await new Promise<void>((r) => s.close(() => r()));
    return port;
  }

  test('a server that cannot be reached stops the command (exit code 2) with a sentence naming the address and what to do', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const e = await serverSignoffs({ server: url, token: hoo }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CommandError);
    expect((e as CommandError).exitCode).toBe(EXIT_FAILED);
    expect((e as CommandError).message).toMatch(new RegExp(`^Could not reach the POC server at ${url}\\. Check the address and that the server is running`));
  });

  test('a token the server refuses stops the command (exit code 2), saying how to get a new one', async () => {
    const e = await serverSignoffs({ server: t.httpUrl, token: 'not-a-token' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CommandError);
    expect((e as CommandError).exitCode).toBe(EXIT_FAILED);
    expect((e as CommandError).message).toMatch(new RegExp(`^The POC server at ${t.httpUrl} refused your token\\. .*--token or the POC_TOKEN environment variable`));
  });

  test('--server without a token stops the command before calling the server, naming --token and POC_TOKEN', async () => {
    await expect(serverSignoffs({ server: t.httpUrl })).rejects.toThrow(/needs your token: give --token, or set the POC_TOKEN environment variable/);
  });
});

describe('the poc command', () => {
  test('reads the token from POC_TOKEN and exits 0 on an approved mirror whose approval the server confirms', async () => {
    await writeFile(join(dir, 'cli-approved.md'), toMarkdown(approved, template));
    const r = await poc(['validate', 'cli-approved.md', '--today', TODAY, '--server', t.httpUrl], { POC_TOKEN: hoo });
    expect(r.stdout).toContain(`Sign-offs were read from ${t.httpUrl}`);
    expect(r.code).toBe(0);
  });

  test('exits 2 with the sentence naming the address when the server refuses the token', async () => {
    await writeFile(join(dir, 'cli-refused.md'), toMarkdown(approved, template));
    const r = await poc(['validate', 'cli-refused.md', '--today', TODAY, '--server', t.httpUrl, '--token', 'not-a-token']);
    expect(r.stderr).toMatch(new RegExp(`^poc: The POC server at ${t.httpUrl} refused your token\\.`));
    expect(r.code).toBe(2);
  });
});
