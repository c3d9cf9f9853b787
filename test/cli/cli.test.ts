// The `poc` CLI as a user runs it: the built bundle dist/poc.js, in a temporary folder.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMarkdown } from '../../shared/markdown/index.js';
import { TemplateSet } from '../../shared/template/set.js';
import { DOC_TYPES } from '../../shared/template/template-schema.js';
import { missionToday } from '../../shared/time/mission-day.js';
import { filledModel } from '../support/build-model.js';

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

// Each test of this block runs the CLI on its own (no file of another test), so they run at once.
describe.concurrent('poc templates', () => {
  it('lists every document type with its version', async () => {
    const r = await poc('templates');
    expect(r.code).toBe(0);
    for (const t of DOC_TYPES) expect(r.stdout).toMatch(new RegExp(`^${t}\\s+v\\d+`, 'm'));
  });

  it('prints JSON with --json', async () => {
    const r = await poc('templates', '--json');
    expect(JSON.parse(r.stdout).map((t: { type: string }) => t.type)).toEqual([...DOC_TYPES]);
  });

  it('rejects a broken tailored template with the file and line', async () => {
    const tdir = join(dir, 'tailored');
    await mkdir(tdir, { recursive: true });
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
    await mkdir(join(dir, 'vault'), { recursive: true });
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

describe("poc validate in the mission's time zone", () => {
  // Pago Pago (UTC−11) and Kiritimati (UTC+14) are always on different dates: Kiritimati is a day or two ahead.
  const behind = 'Pacific/Pago_Pago';
  const ahead = 'Pacific/Kiritimati';

  beforeAll(async () => {
    const dueDay = missionToday(behind, new Date());
    const lastReview = new Date(Date.parse(`${dueDay}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    // Reviewed weekly, last a week before today in Pago Pago: due today there, overdue where the date is already later.
    const templates = TemplateSet.builtin();
    const model = filledModel(templates.get('threat-matrix'), dueDay).meta({ id: 'tm-zones' }).field('reviewCadence', 'weekly').field('lastReview', lastReview).build();
    await mkdir(join(dir, 'zones'), { recursive: true });
    await writeFile(join(dir, 'zones', 'Zones.md'), toMarkdown(model, templates.get('threat-matrix')));
  });
  const codes = async (...args: string[]) => {
    const r = await poc('validate', join('zones', 'Zones.md'), '--json', ...args);
    return (JSON.parse(r.stdout).documents[0].diagnostics as Array<{ code: string }>).map((d) => d.code);
  };

  it('--time-zone makes today the date there: a review due today in Pago Pago is overdue in Kiritimati, not in Pago Pago', async () => {
    const [there, here] = await Promise.all([codes('--time-zone', ahead), codes('--time-zone', behind)]);
    expect(there).toContain('review-overdue');
    expect(here).not.toContain('review-overdue');
  });

  it('an unknown time zone, in --time-zone or POC_TIME_ZONE, is refused with exit code 2, naming it and saying what to give', async () => {
    const [flag, env] = await Promise.all([
      poc('validate', join('zones', 'Zones.md'), '--time-zone', 'Mars/Olympus_Mons'),
      run(process.execPath, [cli, 'new', 'threat-matrix', join('zones', 'Mars.md')], { cwd: dir, env: { ...process.env, POC_TIME_ZONE: 'Mars/Tharsis' } }).catch((e: { code: number; stderr: string }) => e),
    ]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('"Mars/Olympus_Mons" is not a time zone this system knows; give an IANA name such as "Africa/Juba"');
    expect(env).toMatchObject({ code: 2, stderr: expect.stringContaining('"Mars/Tharsis" is not a time zone this system knows') });
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

describe('poc validate of files named on their own, with the other documents of their vault', () => {
  const demo = join(__dirname, '..', '..', 'demo-vault');
  const MATRIX = 'Resources & Capabilities Matrix 2026.md';
  const OTHERS = [
    'Analysis of Threats and Perpetrators 2026.md',
    'Offensive Operations Brief — Koumbi Hills.md',
    'POC Action Plan 2026–2027.md',
    'POC Strategy 2026–2027.md',
    'POC Threat Matrix — Sector North.md',
    'POC Threat Matrix — Sector South.md',
    'Protection Matrix — Kessa Province.md',
  ];
  /** The demo vault's French documents (its "Français" folder), which a vault-wide read counts too. */
  const FRENCH = readdirSync(join(demo, 'Français')).filter((f) => f.endsWith('.md')).length;
  type Report = { documents: Array<{ file: string; diagnostics: Array<{ code: string }> }>; summary: { errors: number }; linkIndex?: unknown[] };
  const validateJson = async (...args: string[]) => JSON.parse((await poc('validate', ...args, '--json', '--today', '2026-11-24')).stdout) as Report;

  beforeAll(async () => {
    // demo: the demo vault as it is. nested: a vault whose matrix sits in a subfolder. plain: no vault, other documents in a subfolder, plus a broken one.
    await Promise.all([join(dir, 'nested', '.obsidian'), join(dir, 'nested', 'Matrices'), join(dir, 'plain', 'others')].map((d) => mkdir(d, { recursive: true })));
    await Promise.all([
      cp(demo, join(dir, 'demo'), { recursive: true }),
      copyFile(join(demo, MATRIX), join(dir, 'nested', 'Matrices', MATRIX)),
      copyFile(join(demo, MATRIX), join(dir, 'plain', MATRIX)),
      ...OTHERS.flatMap((f) => [copyFile(join(demo, f), join(dir, 'nested', f)), copyFile(join(demo, f), join(dir, 'plain', 'others', f))]),
      writeFile(join(dir, 'plain', 'others', 'broken.md'), '---\npoc-id: tm-broken\npoc-type: threat-matrix\npoc-template: threat-matrix@1\ntitle: Broken\nstatus: final\ncreated: 2026-01-01\n---\n'),
      poc('new', 'action-plan', join('plain', 'others', 'Empty plan.md'), '--id', 'ap-empty'),
    ]);
  });

  it('resolves links to the other POC documents of the Obsidian vault (no false unresolved links)', async () => {
    const report = await validateJson(join('demo', MATRIX));
    expect(report.documents[0].diagnostics.filter((d) => d.code === 'link-unresolved')).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('says in --json which vault was read for links, and how many documents it held', async () => {
    const report = await validateJson(join('demo', MATRIX));
    expect(report.linkIndex).toEqual([{ folder: join(dir, 'demo'), kind: 'vault', documents: OTHERS.length + FRENCH, unreadable: 0 }]);
  });

  it('says in the plain output which vault was read for links', async () => {
    const r = await poc('validate', join('demo', MATRIX), '--today', '2026-11-24');
    expect(r.stdout).toContain(`Links were resolved against ${OTHERS.length + FRENCH} other POC documents in the Obsidian vault demo.`);
  });

  it('finds the vault as the nearest folder above the file that holds .obsidian', async () => {
    const report = await validateJson(join('nested', 'Matrices', MATRIX));
    expect(report.linkIndex).toEqual([expect.objectContaining({ folder: join(dir, 'nested'), kind: 'vault' })]);
    expect(report.summary.errors).toBe(0);
  });

  it('without a vault, reads the file\'s own folder and its subfolders', async () => {
    const report = await validateJson(join('plain', MATRIX));
    expect(report.linkIndex).toEqual([expect.objectContaining({ folder: join(dir, 'plain'), kind: 'folder' })]);
    expect(report.documents[0].diagnostics.filter((d) => d.code === 'link-unresolved')).toEqual([]);
  });

  it('does not report the problems of the other documents it read, but counts those it could not read', async () => {
    const report = await validateJson(join('plain', MATRIX));
    expect(report.documents.map((d) => d.file)).toEqual([join('plain', MATRIX)]);
    expect(report.summary.errors).toBe(0);
    expect(report.linkIndex).toEqual([expect.objectContaining({ documents: OTHERS.length + 2, unreadable: 1 })]);
  });

  it('validating a folder reads no other folder and says nothing about a link index', async () => {
    const report = await validateJson('demo');
    expect(report.documents).toHaveLength(OTHERS.length + 1 + FRENCH);
    expect(report).not.toHaveProperty('linkIndex');
  });
});
