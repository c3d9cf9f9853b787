// Red-team attacks on `poc export` (issue 16) found in the redteam16 session: each test is written as the attack and holds on the fixed code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportCommand } from '../../cli/commands/export.js';
import { toMarkdown } from '../../shared/markdown/index.js';
import { TemplateSet } from '../../shared/template/set.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { startTestServer, storeDocument, type TestServer } from '../support/test-server.js';
import { docxParts, wordText } from '../server/export/read-back.js';

const TODAY = '2026-11-24';
const templates = TemplateSet.builtin();
const quiet = () => undefined;
const docxTextOf = (file: string) => wordText(docxParts(new Uint8Array(readFileSync(file)))['word/document.xml']!);
let out: string;
let t: TestServer;
let hoo: string;

/** A server (or anything between it and the CLI) that rewrites the sign-offs it answers, each still called "valid". */
const lyingFetch =
  (tamper: (record: { payload: Record<string, unknown>; signature: string; keyId: string }) => void): typeof fetch =>
  async (input, init) => {
    const res = await fetch(input, init);
    if (!String(input instanceof Request ? input.url : input).endsWith('/signoffs')) return res;
    const body = (await res.json()) as { signoffs: Array<{ record: { payload: Record<string, unknown>; signature: string; keyId: string }; status: string }> };
    for (const v of body.signoffs) {
      tamper(v.record);
      v.status = 'valid';
    }
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'poc-export-attacks-'));
  t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
  hoo = await t.addUser('hoo', { name: 'Hawa Ouedraogo', offices: ['head-of-office'], grants: { '*': 'editor' } });
  await storeDocument(t, hoo, approvableMatrix('tm-lie', TODAY));
  expect((await postSignoff(t, 'tm-lie', hoo, { role: 'head-of-office' })).status).toBe(201);
});
afterAll(async () => {
  await t.stop();
  rmSync(out, { recursive: true, force: true });
});

describe('poc export of a file with --server', () => {
  const exportMirror = async (name: string, f: typeof fetch) => {
    const model = approvableMatrix('tm-lie', TODAY);
    const mirror = join(out, `${name}.md`);
    await writeFile(mirror, toMarkdown(model, templates.get('threat-matrix')));
    const file = join(out, `${name}.docx`);
    await exportCommand({ source: mirror, format: 'docx', paper: 'a4', out: file, server: t.httpUrl, token: hoo, templates, today: TODAY, progress: quiet, fetch: f }, quiet);
    const text = docxTextOf(file);
    return text.slice(text.lastIndexOf('Sign-offs'));
  };

  test('attack: a server answering a sign-off whose signature does not verify, called "valid", does not make the signature page say it is valid', async () => {
    const page = await exportMirror('forged', lyingFetch((r) => (r.payload.userName = 'Mallory Forger')));
    expect(page).toContain('Mallory Forger');
    expect(page).not.toContain('Valid: signed exactly this version.');
    expect(page).toContain('Does not verify');
  });

  test('attack: a server answering a sign-off signed with a key it does not publish does not make the signature page say it is valid', async () => {
    const page = await exportMirror('unknown-key', lyingFetch((r) => (r.keyId = 'k-not-published')));
    expect(page).not.toContain('Valid: signed exactly this version.');
    expect(page).toContain('Does not verify');
  });
});
