// `poc picture DIR`: the mission picture of a folder in plain words or JSON; the command as a user runs it (the built dist/poc.js) and its printer.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPicture, picturePaths } from '../../cli/commands/picture.js';
import type { MissionPicture } from '../../shared/picture/index.js';
import { TemplateSet } from '../../shared/template/set.js';

const run = promisify(execFile);
const cli = join(__dirname, '..', '..', 'dist', 'poc.js');
const VAULT = join(__dirname, '..', '..', 'demo-vault');
const TODAY = '2026-11-24';

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
  picture = (await picturePaths([VAULT], TemplateSet.builtin(), TODAY)).picture;
});

describe('the printed picture', () => {
  it('ranks the threats of both sector matrices in one list, most urgent first', () => {
    const text = formatPicture(picture);
    expect(text).toMatch(/^ +1\. risk 20 +T-1 FLK night raids .* — Sector North/m);
    expect(text).toMatch(/^ +5\. risk 10 +T-1 Mass violence .* — Sector South.* \(priority\)$/m);
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

  it('says that sign-offs are not in the files', () => {
    expect(formatPicture(picture)).toMatch(/Sign-offs are kept on the server/);
  });
});

describe('poc picture (the built command)', () => {
  it('prints the picture of a folder and exits 0', async () => {
    const r = await poc('picture', VAULT, '--today', TODAY);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Mission picture as of 2026-11-24: 6 documents\./);
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
