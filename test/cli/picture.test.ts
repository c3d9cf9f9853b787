// `poc picture DIR`: the mission picture of a folder in plain words or JSON; the command as a user runs it (the built dist/poc.js) and its printer.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPicture, picturePaths } from '../../cli/commands/picture.js';
import type { MissionPicture } from '../../shared/picture/index.js';
import { TemplateSet } from '../../shared/template/set.js';
import { formatDay } from '../../shared/time/format.js';

const run = promisify(execFile);
const cli = join(__dirname, '..', '..', 'dist', 'poc.js');
const DEMO = join(__dirname, '..', '..', 'demo-vault');
/** The demo vault, its French copies (demo-vault/Français) included: each names its English original, so the printed (English) picture counts it once. */
let VAULT = DEMO;
const TODAY = '2026-11-24';
/** The POC documents of the demo vault (notes with a `poc-id`). */
const POC_DOCS = readdirSync(DEMO).filter((n) => n.endsWith('.md') && /^poc-id: /m.test(readFileSync(join(DEMO, n), 'utf8'))).length;

async function poc(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [cli, ...args], { env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

let picture: MissionPicture;
beforeAll(async () => {
  VAULT = await mkdtemp(join(tmpdir(), 'poc-picture-vault-'));
  await cp(DEMO, VAULT, { recursive: true });
  picture = (await picturePaths([VAULT], TemplateSet.builtin(), TODAY)).picture;
});
afterAll(() => rm(VAULT, { recursive: true, force: true }));

describe('the printed picture', () => {
  it('ranks the threats of both sector matrices in one list, most urgent first, each id qualified by its matrix', () => {
    const text = formatPicture(picture);
    expect(text).toMatch(/^ +1\. risk 20 +Sector North › T-1 FLK night raids .* — Sector North/m);
    expect(text).toMatch(/^ +5\. risk 10 +Sector South › T-1 Mass violence .* — Sector South.* \(priority\)$/m);
  });

  it('draws the heat map as counts, likelihood 5 on top', () => {
    const text = formatPicture(picture);
    expect(text).toMatch(/likelihood 5 +· +· +· +· +·\n +likelihood 4 +· +· +1 +2 +1/);
  });

  it('prints each list with its count, "none" when empty', () => {
    const text = formatPicture(picture);
    expect(text).toMatch(/RED resource gaps \(2\):\n {2}- MINUSAR POC Resources & Capabilities Matrix 2026 › CAP-3: RED:/);
    expect(text).toMatch(/Actions overdue \(0\):\n {2}none/);
  });

  it('applies a filter to the threats and the heat map', () => {
    const south = picture.threats.find((t) => t.sector?.startsWith('Sector South'))!.sector!;
    const text = formatPicture(picture, { filter: { sector: [south] } });
    expect(text).toMatch(/\(3 rated threats\)/);
    expect(text).not.toMatch(/Sector North —/);
  });

  it('with the threats of one matrix shown, their ids stand alone', () => {
    const south = picture.threats.find((t) => t.sector?.startsWith('Sector South'))!.sector!;
    expect(formatPicture(picture, { filter: { sector: [south] } })).toMatch(/^ +5\. risk 10 +T-1 Mass violence/m);
  });

  it('writes every day in words, the day it is as of and those in why an item is listed alike', async () => {
    const later = (await picturePaths([VAULT], TemplateSet.builtin(), '2027-12-01')).picture;
    const text = formatPicture(later);
    expect(text).toContain(`Mission picture as of ${formatDay('2027-12-01', 'en-GB')}:`);
    expect(text).toContain(`last reviewed on ${formatDay('2026-11-20', 'en-GB')}`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says that sign-offs are not in the files', () => {
    expect(formatPicture(picture)).toMatch(/Sign-offs are kept on the server/);
  });
});

describe('the lists made by the rules across documents, end to end', () => {
  /** The picture of a copy of the demo vault after `edit` changed one of its files. */
  async function pictureAfter(file: string, edit: (text: string) => string): Promise<MissionPicture> {
    const dir = await mkdtemp(join(tmpdir(), 'poc-picture-'));
    try {
      await cp(VAULT, dir, { recursive: true });
      const path = join(dir, file);
      const before = await readFile(path, 'utf8');
      const after = edit(before);
      expect(after).not.toBe(before);
      await writeFile(path, after);
      return (await picturePaths([dir], TemplateSet.builtin(), TODAY)).picture;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('the demo has no threat without an action and no objective without a resources row', () => {
    expect(picture.lists.threatsWithoutAction).toEqual([]);
    expect(picture.lists.objectivesWithoutResources).toEqual([]);
  });

  it('an action that stops serving a catastrophic threat puts that threat on the list of threats with no action', async () => {
    const after = await pictureAfter('POC Action Plan 2026–2027.md', (t) => t.replace('> [[POC Threat Matrix — Sector South#^t-1|T-1]]\n', '> \n'));
    expect(after.lists.threatsWithoutAction.map((i) => `${i.doc.title} › ${i.block}`)).toEqual(['POC Threat Matrix — Sector South › T-1']);
  });

  it('a resources row relinked away from its objective puts that objective on the list of objectives with no resources row', async () => {
    const after = await pictureAfter('Resources & Capabilities Matrix 2026.md', (t) => t.replace('> [[POC Strategy 2026–2027#^obj-4|OBJ-4]]', '> [[POC Strategy 2026–2027#^obj-6|OBJ-6]]'));
    expect(after.lists.objectivesWithoutResources.map((i) => i.block)).toEqual(['OBJ-4']);
  });
});

describe('poc picture (the built command)', () => {
  it('prints the picture of a folder and exits 0', async () => {
    const r = await poc('picture', VAULT, '--today', TODAY);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Mission picture as of ${formatDay(TODAY, 'en-GB')}: ${POC_DOCS} documents\\.`));
  });

  it('gives the whole picture as JSON with --json', async () => {
    const r = await poc('picture', VAULT, '--today', TODAY, '--json');
    const json = JSON.parse(r.stdout) as MissionPicture;
    expect(json.threats.filter((t) => t.missionRank).length).toBe(12);
    expect(json.lists.redGaps.map((g) => g.block)).toEqual(['CAP-3', 'CAP-5']);
  });

  it('filters by imminence from the command line', async () => {
    const r = await poc('picture', VAULT, '--today', TODAY, '--imminence', 'imminent');
    expect(r.stdout).toMatch(/\(3 rated threats\)/);
  });
});
