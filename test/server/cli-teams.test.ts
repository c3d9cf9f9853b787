// `poc team …`: teams from the server's own machine, through the same rules and audit as the HTTP API.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, CommandError, docCreate, storeFile, teamAdd, teamGrant, teamList, teamMember, teamRemove, teamRevoke, userAdd } from '../../cli/commands/index.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { bundleForNode, ROOT, tempDir } from '../support/test-server.js';

const quiet = { out: () => {} };

describe('team commands', () => {
  const tmp = tempDir();
  const data = tmp.dir;
  let docId: string;

  beforeAll(async () => {
    await userAdd({ data, username: 'owen', name: 'Owen Owner', ...quiet });
    await userAdd({ data, username: 'amina', name: 'Amina Diallo', ...quiet });
    docId = (await docCreate({ data, type: 'threat-matrix', title: 'Sector North', owner: 'owen', id: 'tm-north', ...quiet })).id;
  });
  afterAll(() => tmp.remove());

  /** Reads the store of the data folder (the command closed it). */
  async function store<T>(read: (s: SqliteStorage) => Promise<T>): Promise<T> {
    const s = SqliteStorage.open({ file: storeFile(data) });
    try {
      return await read(s);
    } finally {
      await s.close();
    }
  }

  it('team add creates a team with its offices and claim value, and says so', async () => {
    const lines: string[] = [];
    await teamAdd({ data, id: 'north-wg', name: 'Sector North POC working group', offices: ['head-of-office@Sector North'], claim: 'poc-sector-north', out: (l) => lines.push(l) });
    expect(lines).toEqual(['Added team north-wg "Sector North POC working group"; offices: head-of-office@Sector North; claim: poc-sector-north; members: none.']);
    expect(await store((s) => s.getTeam('north-wg'))).toMatchObject({ offices: [{ role: 'head-of-office', area: 'Sector North' }], claimValue: 'poc-sector-north', createdBy: 'cli' });
  });

  it('team add refuses an office no template declares', async () => {
    await expect(teamAdd({ data, id: 'kings', name: 'Kings', offices: ['king'], ...quiet })).rejects.toThrow(/Unknown office: king\. Offices the templates ask to sign: .*head-of-office/);
  });

  it('team add refuses a team id that breaks the username rule', async () => {
    await expect(teamAdd({ data, id: 'Sector North', name: 'X', ...quiet })).rejects.toThrow(/"Sector North" is not a valid team id/);
  });

  it('team add refuses an id already taken', async () => {
    await teamAdd({ data, id: 'taken', name: 'Taken', ...quiet });
    await expect(teamAdd({ data, id: 'taken', name: 'Again', ...quiet })).rejects.toThrow(/A team "taken" already exists/);
  });

  it('team member adds a person as a manager', async () => {
    const lines: string[] = [];
    await teamAdd({ data, id: 'wg-m', name: 'WG M', ...quiet });
    await teamMember({ data, team: 'wg-m', user: 'amina', manager: true, out: (l) => lines.push(l) });
    expect(lines).toEqual(['amina is now a manager of team wg-m.']);
    expect(await store((s) => s.teamMembers('wg-m'))).toMatchObject([{ username: 'amina', manager: true, source: 'manual', addedBy: 'cli' }]);
  });

  it('team member --remove removes a person from a team', async () => {
    await teamAdd({ data, id: 'wg-r', name: 'WG R', ...quiet });
    await teamMember({ data, team: 'wg-r', user: 'amina', ...quiet });
    await teamMember({ data, team: 'wg-r', user: 'amina', remove: true, ...quiet });
    expect(await store((s) => s.teamMembers('wg-r'))).toEqual([]);
  });

  it('team member names a missing user', async () => {
    await expect(teamMember({ data, team: 'north-wg', user: 'nobody', ...quiet })).rejects.toThrow(/There is no user named "nobody"/);
  });

  it('team member names a missing team', async () => {
    await expect(teamMember({ data, team: 'no-team', user: 'amina', ...quiet })).rejects.toThrow(/There is no team "no-team"/);
  });

  it('team grant gives a team access to a document, which its members then have', async () => {
    await teamAdd({ data, id: 'wg-g', name: 'WG G', ...quiet });
    await teamMember({ data, team: 'wg-g', user: 'amina', ...quiet });
    const lines: string[] = [];
    await teamGrant({ data, team: 'wg-g', docId, access: 'editor', out: (l) => lines.push(l) });
    expect(lines).toEqual(['Team wg-g is now editor of "tm-north".']);
    expect(await store((s) => s.teamGrantsOf('wg-g'))).toMatchObject([{ docId: 'tm-north', access: 'editor', grantedBy: 'cli' }]);
  });

  it("team grant '*' gives a team access to every document", async () => {
    await teamAdd({ data, id: 'wg-all', name: 'WG All', ...quiet });
    await teamGrant({ data, team: 'wg-all', docId: '*', access: 'viewer', ...quiet });
    expect(await store((s) => s.teamGrantsOf('wg-all'))).toMatchObject([{ docId: '*', access: 'viewer' }]);
  });

  it('team grant never makes a team an owner', async () => {
    await expect(teamGrant({ data, team: 'north-wg', docId, access: 'owner', ...quiet })).rejects.toThrow(/a team is never an owner/);
  });

  it('team grant names a missing document', async () => {
    await expect(teamGrant({ data, team: 'north-wg', docId: 'tm-nowhere', access: 'viewer', ...quiet })).rejects.toThrow(/There is no document "tm-nowhere"/);
  });

  it('team grant names a missing team', async () => {
    await expect(teamGrant({ data, team: 'no-team', docId, access: 'viewer', ...quiet })).rejects.toThrow(/There is no team "no-team"/);
  });

  it("team revoke removes a team's grant", async () => {
    await teamAdd({ data, id: 'wg-v', name: 'WG V', ...quiet });
    await teamGrant({ data, team: 'wg-v', docId, access: 'viewer', ...quiet });
    await teamRevoke({ data, team: 'wg-v', docId, ...quiet });
    expect(await store((s) => s.teamGrantsOf('wg-v'))).toEqual([]);
  });

  it('team revoke says when the team had no such grant', async () => {
    await expect(teamRevoke({ data, team: 'north-wg', docId, ...quiet })).rejects.toThrow(/Team "north-wg" has no grant on "tm-north"; nothing was changed/);
  });

  it('team remove deletes a team with its memberships and grants', async () => {
    await teamAdd({ data, id: 'wg-x', name: 'WG X', ...quiet });
    await teamMember({ data, team: 'wg-x', user: 'amina', ...quiet });
    await teamGrant({ data, team: 'wg-x', docId, access: 'viewer', ...quiet });
    await teamRemove({ data, team: 'wg-x', ...quiet });
    expect(await store(async (s) => [await s.getTeam('wg-x'), await s.teamMembers('wg-x'), await s.teamGrantsOf('wg-x')])).toEqual([undefined, [], []]);
  });

  it('team remove names a missing team', async () => {
    await expect(teamRemove({ data, team: 'no-team', ...quiet })).rejects.toThrow(CommandError);
  });

  it('team list prints each team with its members, managers starred, and grants', async () => {
    await teamAdd({ data, id: 'wg-l', name: 'WG L', ...quiet });
    await teamMember({ data, team: 'wg-l', user: 'amina', manager: true, ...quiet });
    await teamMember({ data, team: 'wg-l', user: 'owen', ...quiet });
    await teamGrant({ data, team: 'wg-l', docId, access: 'commenter', ...quiet });
    const lines: string[] = [];
    await teamList({ data, out: (l) => lines.push(l) });
    expect(lines).toContain('wg-l "WG L"; members: amina*, owen; grants: tm-north=commenter');
  });

  it('team list --json prints the teams as the API shows them', async () => {
    const lines: string[] = [];
    await teamList({ data, json: true, out: (l) => lines.push(l) });
    const teams = JSON.parse(lines.join('\n')) as Array<{ id: string; members: unknown[] }>;
    expect(teams.find((t) => t.id === 'wg-l')?.members).toEqual([
      { username: 'amina', name: 'Amina Diallo', manager: true, source: 'manual' },
      { username: 'owen', name: 'Owen Owner', manager: false, source: 'manual' },
    ]);
  });

  it('every team command is audited as the CLI', async () => {
    const lines: string[] = [];
    await audit({ data, kind: 'team-grant', json: true, out: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/"actor": ?"cli"/);
    expect(lines.join('\n')).toMatch(/"team": ?"wg-g"/);
  });
});

describe('poc team, run as a program', () => {
  const tmp = tempDir();
  const data = tmp.dir;
  let poc: string;

  beforeAll(async () => {
    poc = await bundleForNode('cli/poc.ts', join(ROOT, 'test/output/poc-teams.mjs'));
    await userAdd({ data, username: 'amina', name: 'Amina Diallo', ...quiet });
    await docCreate({ data, type: 'threat-matrix', title: 'Sector North', owner: 'amina', id: 'tm-north', ...quiet });
    await teamAdd({ data, id: 'north-wg', name: 'North', ...quiet });
  }, 60_000);
  afterAll(() => tmp.remove());

  /** Runs `poc team …args --data <data>`: its exit code and what it printed on stderr. */
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [poc, 'team', ...args, '--data', data], { encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr };
  };

  it.each([
    [['member', 'no-team', 'amina'], /There is no team "no-team"/],
    [['member', 'north-wg', 'nobody'], /There is no user named "nobody"/],
    [['member', 'north-wg', 'amina', '--remove'], /amina is not a member of team "north-wg"/],
    [['grant', 'no-team', 'tm-north', 'viewer'], /There is no team "no-team"/],
    [['grant', 'north-wg', 'tm-nowhere', 'viewer'], /There is no document "tm-nowhere"/],
    [['revoke', 'no-team', 'tm-north'], /There is no team "no-team"/],
    [['remove', 'no-team'], /There is no team "no-team"/],
  ])('poc team %j exits 1 with a message naming what is missing', (args, message) => {
    const r = run(...args);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(1);
  });

  it('poc team with a malformed value (not a missing name) exits 2', () => {
    const r = run('grant', 'north-wg', 'tm-north', 'owner');
    expect(r.stderr).toMatch(/a team is never an owner/);
    expect(r.status).toBe(2);
  });
});
