// `poc export` (issue 16): a Markdown file exported here, with the titles of the documents beside it and, with --server, the sign-offs the server holds; a document id exported by the server, a signed version included.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportCommand } from '../../cli/commands/export.js';
import { CommandError } from '../../cli/commands/command.js';
import { toMarkdown } from '../../shared/markdown/index.js';
import { TemplateSet } from '../../shared/template/set.js';
import { approvableMatrix, currentHash, postSignoff } from '../support/sign-off.js';
import { ROOT, startTestServer, storeDocument, type TestServer } from '../support/test-server.js';
import { docxParts, wordText } from '../server/export/read-back.js';

const TODAY = '2026-11-24';
const templates = TemplateSet.builtin();
const DEMO_MATRIX = join(ROOT, 'demo-vault', 'POC Threat Matrix — Sector North.md');
let out: string;
const quiet = () => undefined;
const docxTextOf = (file: string) => wordText(docxParts(new Uint8Array(readFileSync(file)))['word/document.xml']!);

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'poc-export-cli-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('poc export of a file', () => {
  test('writes a Word file whose links name the documents beside it, and a signature page saying a file carries no sign-offs', async () => {
    const file = join(out, 'north.docx');
    const done = await exportCommand({ source: DEMO_MATRIX, format: 'docx', paper: 'a4', out: file, templates, today: TODAY, mission: 'MINUSAR', progress: quiet }, quiet);
    expect(done.file).toBe(file);
    const text = docxTextOf(file);
    expect(text).toContain('MINUSAR');
    expect(text).toContain('A-1, MINUSAR POC Action Plan 2026–2027');
    expect(text).toContain('Sign-offs are kept by the server');
  });

  test('a French file (poc-lang: fr) exports in French, its links named after the French documents beside it', async () => {
    const file = join(out, 'nord.docx');
    await exportCommand({ source: join(ROOT, 'demo-vault', 'Français', 'Matrice des menaces POC — Secteur Nord.md'), format: 'docx', paper: 'a4', out: file, templates, today: TODAY, progress: quiet }, quiet);
    const text = docxTextOf(file);
    for (const words of ['PROJET — NON APPROUVÉ', 'Statut\u00a0: ', 'Approbations', 'Les approbations sont conservées par le serveur']) expect(text).toContain(words);
    for (const words of ['DRAFT — NOT ENDORSED', 'Sign-offs are kept by the server', 'Status: ']) expect(text).not.toContain(words);
  });

  test('refuses --version for a file, saying a version is kept by the server', async () => {
    await expect(exportCommand({ source: DEMO_MATRIX, format: 'docx', paper: 'a4', version: 'v1', out: join(out, 'x.docx'), templates, today: TODAY, progress: quiet }, quiet)).rejects.toThrow(/a file has only its current content/);
  });

  test('a name that is neither a file nor given a server is refused with what to give', async () => {
    const e = await exportCommand({ source: 'tm-nowhere', format: 'pdf', paper: 'a4', templates, today: TODAY, progress: quiet }, quiet).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CommandError);
    expect((e as Error).message).toContain('--server');
  });

  test('a POC document that cannot be read is refused, naming it and saying how to see why', async () => {
    const broken = join(out, 'broken.md');
    await writeFile(broken, '---\npoc-id: tm-broken\npoc-type: threat-matrix\n---\n# Shopping list\n');
    await expect(exportCommand({ source: broken, format: 'docx', paper: 'a4', templates, today: TODAY, progress: quiet }, quiet)).rejects.toThrow(/broken\.md could not be read as a POC document.*Run "poc validate/);
  });

  test("the demo vault's Welcome note is refused as an ordinary note, not a POC document, saying what to export instead", async () => {
    const e = await exportCommand({ source: join(ROOT, 'demo-vault', 'Welcome.md'), format: 'pdf', paper: 'a4', templates, today: TODAY, progress: quiet }, quiet).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CommandError);
    expect((e as Error).message).toMatch(/^Welcome\.md is an ordinary note, not a POC document: /);
    expect((e as Error).message).toContain('Give the file of a threat matrix, strategy or other POC document');
  });

  test('a note whose properties are not POC ones is an ordinary note too', async () => {
    const note = join(out, 'tagged.md');
    await writeFile(note, '---\ntags: [shopping]\n---\n# Shopping list\n');
    await expect(exportCommand({ source: note, format: 'docx', paper: 'a4', templates, today: TODAY, progress: quiet }, quiet)).rejects.toThrow(/^tagged\.md is an ordinary note, not a POC document/);
  });
});

describe("poc export's format", () => {
  test('is taken from the extension of -o when --format is not given', async () => {
    const file = join(out, 'inferred.DOCX');
    await exportCommand({ source: DEMO_MATRIX, paper: 'a4', out: file, templates, today: TODAY, progress: quiet }, quiet);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  test('given with --format and contradicted by -o, is refused before anything is written, saying both ways out', async () => {
    const file = join(out, 'mismatch.pdf');
    const e = await exportCommand({ source: DEMO_MATRIX, format: 'docx', paper: 'a4', out: file, templates, today: TODAY, progress: quiet }, quiet).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CommandError);
    expect((e as Error).message).toBe('--format docx writes Word (.docx), but -o mismatch.pdf names a PDF (.pdf) file. Give -o a name ending in .docx, or leave out --format to write PDF (.pdf).');
    expect(existsSync(file)).toBe(false);
  });

  test('neither given nor in the name of -o, is asked for', async () => {
    await expect(exportCommand({ source: DEMO_MATRIX, paper: 'a4', out: join(out, 'north.doc'), templates, today: TODAY, progress: quiet }, quiet)).rejects.toThrow(
      'Which format should north.doc be? Give --format docx (Word) or --format pdf, or name the file with -o ending in .docx or .pdf.',
    );
  });

  test('given with --format, lets -o have any other extension', async () => {
    const file = join(out, 'north.bin');
    await exportCommand({ source: DEMO_MATRIX, format: 'docx', paper: 'a4', out: file, templates, today: TODAY, progress: quiet }, quiet);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('poc export with a server', () => {
  let t: TestServer;
  let hoo: string;
  let signedHash: string;
  let signoffId: string;
  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
    hoo = await t.addUser('hoo', { name: 'Hawa Ouedraogo', offices: ['head-of-office'], grants: { '*': 'editor' } });
    await storeDocument(t, hoo, approvableMatrix('tm-cli', TODAY));
    signedHash = await currentHash(t, 'tm-cli', hoo);
    signoffId = (await postSignoff(t, 'tm-cli', hoo, { role: 'head-of-office' })).body.record.id;
  });
  afterAll(async () => {
    await t.stop();
  });

  test('a file of the signed content, given the server, gets the sign-off on its signature page as valid for it', async () => {
    const model = approvableMatrix('tm-cli', TODAY);
    const mirror = join(out, 'tm-cli.md');
    await writeFile(mirror, toMarkdown({ ...model, meta: { ...model.meta, status: 'approved' } }, templates.get('threat-matrix')));
    const file = join(out, 'tm-cli-file.docx');
    const done = await exportCommand({ source: mirror, format: 'docx', paper: 'a4', out: file, server: t.httpUrl, token: hoo, templates, today: TODAY, progress: quiet }, quiet);
    expect(done.contentHash).toBe(signedHash);
    const text = docxTextOf(file);
    expect(text).toContain('Hawa Ouedraogo');
    expect(text).toContain('Valid: signed exactly this version.');
  });

  test('a file changed since the sign-off gets it as stale: the reader sees their copy is not what was approved', async () => {
    const model = approvableMatrix('tm-cli', TODAY);
    const mirror = join(out, 'tm-cli-changed.md');
    await writeFile(mirror, toMarkdown({ ...model, meta: { ...model.meta, title: 'Changed after approval' } }, templates.get('threat-matrix')));
    const file = join(out, 'tm-cli-changed.docx');
    await exportCommand({ source: mirror, format: 'docx', paper: 'a4', out: file, server: t.httpUrl, token: hoo, templates, today: TODAY, progress: quiet }, quiet);
    expect(docxTextOf(file)).toContain('Stale: signed an earlier version; the document changed since.');
  });

  test('a document id is exported by the server, a signed version exactly as signed', async () => {
    const file = join(out, 'signed.docx');
    const done = await exportCommand({ source: 'tm-cli', format: 'docx', paper: 'a4', version: signoffId, out: file, server: t.httpUrl, token: hoo, templates, today: TODAY, progress: quiet }, quiet);
    expect(done.contentHash).toBe(signedHash);
    expect(docxTextOf(file)).toContain('Valid: signed exactly this version.');
  });

  test('--server without a token is refused before asking the server, saying how to give a token and how to get one', async () => {
    let asked = 0;
    const counting = (async () => (asked++, new Response('{}', { status: 500 }))) as typeof fetch;
    for (const source of ['tm-cli', DEMO_MATRIX]) {
      const e = await exportCommand({ source, format: 'docx', paper: 'a4', out: join(out, 'no-token.docx'), server: t.httpUrl, templates, today: TODAY, progress: quiet, fetch: counting }, quiet).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CommandError);
      expect((e as Error).message).toMatch(new RegExp(`^Exporting with the server at ${t.httpUrl} needs your token: give --token, or set the POC_TOKEN environment variable`));
      expect((e as Error).message).toContain('Ask your administrator for one: they make it with "poc user token <your username>"');
    }
    expect(asked).toBe(0);
  });

  test('without -o, a version from the server is written under the name the server gives it, apart from the current one', async () => {
    const here = process.cwd();
    process.chdir(out);
    try {
      const current = await exportCommand({ source: 'tm-cli', format: 'docx', paper: 'a4', server: t.httpUrl, token: hoo, templates, today: TODAY, progress: quiet }, quiet);
      const version = await exportCommand({ source: 'tm-cli', format: 'docx', paper: 'a4', version: signoffId, server: t.httpUrl, token: hoo, templates, today: TODAY, progress: quiet }, quiet);
      expect(basename(current.file)).toBe('threat-matrix-tm-cli.docx');
      expect(basename(version.file)).toBe('threat-matrix-tm-cli-version-signed-2026-11-24.docx');
    } finally {
      process.chdir(here);
    }
  });

  test("a refused token exits with the server's words", async () => {
    await expect(exportCommand({ source: 'tm-cli', format: 'docx', paper: 'a4', out: join(out, 'no.docx'), server: t.httpUrl, token: 'wrong', templates, today: TODAY, progress: quiet }, quiet)).rejects.toThrow(CommandError);
  });

  test("the built poc command exports a signed version given with --at (the program's own --version does not swallow it)", async () => {
    const cli = join(ROOT, 'dist/poc.js');
    const file = join(out, 'at.docx');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'export', 'tm-cli', '--format', 'docx', '--at', signoffId, '-o', file, '--server', t.httpUrl], { env: { ...process.env, POC_TOKEN: hoo } });
    expect(stdout).toContain(`content ${signedHash.slice(0, 19)}`);
    expect(docxTextOf(file)).toContain('Valid: signed exactly this version.');
  });

  test('help never shows the token taken from POC_TOKEN', async () => {
    const cli = join(ROOT, 'dist/poc.js');
    for (const command of ['export', 'verify', 'validate']) {
      const { stdout } = await promisify(execFile)(process.execPath, [cli, command, '--help'], { env: { ...process.env, POC_TOKEN: 'poc_secret_in_help' } });
      expect(stdout, command).not.toContain('poc_secret_in_help');
    }
  });

  test('the built poc command writes a PDF and says where, with its size', async () => {
    const cli = join(ROOT, 'dist/poc.js');
    expect(existsSync(cli), 'npm run build makes dist/poc.js').toBe(true);
    const file = join(out, 'cli.pdf');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'export', 'tm-cli', '--format', 'pdf', '-o', file, '--server', t.httpUrl], { env: { ...process.env, POC_TOKEN: hoo } });
    expect(stdout).toMatch(/^Wrote cli\.pdf \(\d+ kB\) in [\d.]+ s; content sha256:/);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
