// `poc templates check DIR` as a tailor runs it (the built bundle dist/poc.js): plain words, exit code 1 on problems, 0 otherwise.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkTemplatesFolder } from '../../cli/commands/templates.js';

const run = promisify(execFile);
const cli = join(__dirname, '..', '..', 'dist', 'poc.js');
const templates = join(__dirname, '..', '..', 'templates');
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

/** A folder `name` holding the built-in threat matrix, changed by `edit`. */
async function tailored(name: string, edit: (text: string) => string): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'threat-matrix.yaml'), edit(await readFile(join(templates, 'threat-matrix.yaml'), 'utf8')));
  return folder;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poc-templates-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a folder of unchanged templates has no problems and exits 0', async () => {
  const folder = await tailored('same', (t) => t);
  const r = await poc('templates', 'check', folder);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/1 tailored template in ".*same": no problems/);
});

test('a renamed field a rule reads is said in plain words, and exits 1', async () => {
  const folder = await tailored('renamed', (t) => t.replace(/\blikelihood\b/g, 'probability'));
  const r = await poc('templates', 'check', folder);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('threat-matrix.yaml: The risk rules read the field `likelihood` of threat blocks; threat-matrix.yaml no longer has it: they are off.');
});

test('a colon in text gives the file, the line and how to fix it, and exits 1', async () => {
  const folder = await tailored('colon', (t) => t.replace(/^title: .*$/m, 'title: Threat matrix: Sector North'));
  const r = await poc('templates', 'check', folder);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/threat-matrix\.yaml:\d+: YAML syntax: .*put the text in quotes when it contains a colon followed by a space/i);
  expect(r.stdout).toMatch(/1 file cannot be used until fixed\./);
});

test('a folder without templates is a problem, said as such', async () => {
  const folder = join(dir, 'empty');
  await mkdir(folder, { recursive: true });
  expect(await checkTemplatesFolder(folder)).toEqual({ exitCode: 1, text: expect.stringMatching(/holds no \.yaml files/) });
});

test('a folder that does not exist is refused with its name', async () => {
  const r = await poc('templates', 'check', join(dir, 'nowhere'));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Cannot read the templates folder ".*nowhere"/);
});
