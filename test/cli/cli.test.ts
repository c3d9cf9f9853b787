// The `poc` CLI as a user runs it: the built bundle dist/poc.js, in a temporary folder.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = join(__dirname, '..', '..', 'dist', 'poc.js');
let dir: string;

async function poc(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poc-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('poc templates', () => {
  it('lists the five document types with their versions', async () => {
    const r = await poc('templates');
    expect(r.code).toBe(0);
    for (const t of ['strategy', 'action-plan', 'threat-matrix', 'operations-brief', 'resources-matrix']) expect(r.stdout).toMatch(new RegExp(`^${t}\\s+v\\d+`, 'm'));
  });

  it('prints JSON with --json', async () => {
    const r = await poc('templates', '--json');
    expect(JSON.parse(r.stdout).map((t: { type: string }) => t.type)).toHaveLength(5);
  });

  it('rejects a broken tailored template with the file and line', async () => {
    const tdir = join(dir, 'tailored');
    await run('mkdir', ['-p', tdir]);
    await writeFile(join(tdir, 'threat-matrix.yaml'), 'id: threat-matrix\nversion: 2\ntitle: T\nsource: S\ndescription: D\nsections:\n  - id: "1"\n    title: X\n    required: maybe\n');
    const r = await poc('templates', '--templates', tdir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/threat-matrix\.yaml:9: sections\[0\]\.required/);
  });
});

describe('poc new and poc validate', () => {
  it('creates a document that reads back as a POC document of that type', async () => {
    const r = await poc('new', 'threat-matrix', 'North.md', '--title', 'Threat Matrix — North');
    expect(r.code).toBe(0);
    const text = await readFile(join(dir, 'North.md'), 'utf8');
    expect(text).toMatch(/poc-type: threat-matrix/);
    expect(text).toMatch(/Threat Matrix — North/);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    await poc('new', 'strategy', 'S.md');
    const r = await poc('new', 'strategy', 'S.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists.*--force/);
  });

  it('refuses an unknown document type, naming the known ones', async () => {
    const r = await poc('new', 'shopping-list', 'x.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown document type "shopping-list".*threat-matrix/);
  });

  it('reports the missing required parts of a new empty document and exits 1', async () => {
    await poc('new', 'action-plan', 'AP.md');
    const r = await poc('validate', 'AP.md');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/AP\.md — /);
    expect(r.stdout).toMatch(/\d+ errors?/);
  });

  it('gives machine-readable results with --json', async () => {
    const r = await poc('validate', 'AP.md', '--json');
    const report = JSON.parse(r.stdout);
    expect(report.documents[0]).toMatchObject({ type: 'action-plan' });
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('reports a malformed file with its line and exits 1', async () => {
    await writeFile(join(dir, 'bad.md'), '---\npoc-type: threat-matrix\npoc-id: [unclosed\n---\n# x\n');
    const r = await poc('validate', 'bad.md');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.md:\d+/);
  });

  it('skips ordinary notes when validating a folder', async () => {
    await run('mkdir', ['-p', join(dir, 'vault')]);
    await writeFile(join(dir, 'vault', 'note.md'), '# Just a note\n');
    await poc('new', 'resources-matrix', 'vault/R.md');
    const r = await poc('validate', 'vault', '--json');
    const report = JSON.parse(r.stdout);
    expect(report.documents.map((d: { file: string }) => d.file)).toEqual([join('vault', 'R.md')]);
  });

  it('says so when a path does not exist', async () => {
    const r = await poc('validate', 'nowhere.md');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/nowhere\.md[\s\S]*No such file or folder/);
  });
});

describe('poc validate and links between documents', () => {
  it('reports a document-level link to a document that is not there', async () => {
    await poc('new', 'strategy', 'Strategy.md', '--id', 'str-links-test');
    const file = join(dir, 'Strategy.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^status: draft$/m, 'status: draft\naction-plan: "[[no-such-plan]]"'));
    const r = await poc('validate', 'Strategy.md', '--json');
    const diagnostics = JSON.parse(r.stdout).documents[0].diagnostics as Array<{ code: string; location: { field?: string } }>;
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'link-unresolved', location: expect.objectContaining({ field: 'actionPlan' }) }));
  });
});
