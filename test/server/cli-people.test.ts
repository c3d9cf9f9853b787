// Administering people from the server's terminal (issue 14): poc user list | set-offices | disable | enable | invite,
// user add --email, and grant / revoke naming someone or something that does not exist (exit code 1, naming it).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandError, grant, revoke, storeFile, userAdd, userInvite, userList, userSetDisabled, userSetOffices } from '../../cli/commands/index.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { bundleForNode, connectClient, createDocsIn, ROOT, startTestServer, tempDir, waitFor } from '../support/test-server.js';

const quiet = { out: () => {} };

/** What a command printed. */
function printer(): { out: (l: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { out: (l) => lines.push(l), lines };
}

/** Reads the store of a data folder. */
async function inStore<T>(data: string, fn: (s: SqliteStorage) => Promise<T>): Promise<T> {
  const s = SqliteStorage.open({ file: storeFile(data) });
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

/** The error a command failed with. */
async function failure(p: Promise<unknown>): Promise<CommandError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof CommandError)) throw new Error(`expected a CommandError, got ${String(e)}`);
  return e;
}

describe('poc user verbs for people', () => {
  const tmp = tempDir();
  const data = tmp.dir;
  beforeAll(async () => {
    await userAdd({ data, username: 'admin', name: 'Ada Admin', admin: true, ...quiet });
    await userAdd({ data, username: 'ben', name: 'Ben Okoro', email: ' ben@example.org ', offices: ['head-of-office@Sector North'], ...quiet });
    await createDocsIn(data, ['tm-north'], 'ben');
  });
  afterAll(() => tmp.remove());

  it('user add --email stores the email, trimmed, and audits the new person', async () => {
    expect(await inStore(data, async (s) => (await s.getUser('ben'))!.email)).toBe('ben@example.org');
    const added = await inStore(data, (s) => s.queryAudit({ kind: 'user-added' }));
    expect(added.map((e) => e.detail.user)).toEqual(['admin', 'ben']);
  });

  it('user add refuses an email another person has', async () => {
    const e = await failure(userAdd({ data, username: 'benji', name: 'Benji', email: 'BEN@example.org', ...quiet }));
    expect(e.message).toMatch(/already has the email/);
  });

  it('user list prints one line per person with email, offices, administrator and last seen', async () => {
    const p = printer();
    await userList({ data, out: p.out });
    expect(p.lines).toHaveLength(2);
    expect(p.lines[0]).toMatch(/^admin\s+Ada Admin\s+-\s+offices: none\s+teams: none\s+administrator\s+last seen never$/);
    expect(p.lines[1]).toMatch(/^ben\s+Ben Okoro\s+ben@example\.org\s+offices: head-of-office@Sector North\s+teams: none\s+last seen never$/);
  });

  it('user list --json prints the people as the administration API shows them', async () => {
    const p = printer();
    await userList({ data, json: true, out: p.out });
    const users = JSON.parse(p.lines.join('\n'));
    expect(users.map((u: { username: string }) => u.username)).toEqual(['admin', 'ben']);
    expect(users[1]).toMatchObject({ email: 'ben@example.org', admin: false, disabledAt: null, liveTokens: 1, teams: [] });
  });

  it('user set-offices replaces the holdings and audits the change', async () => {
    const p = printer();
    const { offices } = await userSetOffices({ data, username: 'ben', holdings: ['srsg', 'head-of-office@Sector South'], out: p.out });
    expect(offices).toEqual([{ role: 'srsg' }, { role: 'head-of-office', area: 'Sector South' }]);
    expect(p.lines).toEqual(['ben now holds: srsg (mission-wide), head-of-office@Sector South (replacing what they held).']);
    const entry = (await inStore(data, (s) => s.queryAudit({ kind: 'offices-changed' }))).at(-1)!;
    expect(entry).toMatchObject({ actor: 'cli', detail: { user: 'ben', before: [{ role: 'head-of-office', area: 'Sector North' }] } });
  });

  it('user set-offices with no holding clears them, and says so', async () => {
    const p = printer();
    expect((await userSetOffices({ data, username: 'ben', holdings: [], out: p.out })).offices).toEqual([]);
    expect(p.lines[0]).toMatch(/now holds no office of their own \(none was given, so their offices were cleared\)/);
  });

  it('user set-offices refuses an office no template declares and changes nothing', async () => {
    await userSetOffices({ data, username: 'ben', holdings: ['srsg'], ...quiet });
    const e = await failure(userSetOffices({ data, username: 'ben', holdings: ['king'], ...quiet }));
    expect(e.message).toMatch(/Unknown office: king/);
    expect(await inStore(data, async (s) => (await s.getUser('ben'))!.offices)).toEqual([{ role: 'srsg' }]);
  });

  it('user disable and enable set and clear the disabled mark, each audited', async () => {
    const p = printer();
    expect((await userSetDisabled({ data, username: 'ben', disabled: true, out: p.out })).disabledAt).not.toBeNull();
    expect((await userSetDisabled({ data, username: 'ben', disabled: false, out: p.out })).disabledAt).toBeNull();
    expect(p.lines[0]).toMatch(/^Disabled ben: their tokens, browser sessions and open connections stop working/);
    expect(p.lines[1]).toBe('Enabled ben: their tokens work again.');
    const kinds = (await inStore(data, (s) => s.queryAudit({ actor: 'cli' }))).map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['user-disabled', 'user-enabled']);
  });

  it('user invite prints the link once, as the last line, on the public address; an invite without --public-url is refused', async () => {
    const p = printer();
    const invite = await userInvite({ data, username: 'ben', publicUrl: 'https://poc.example.org/', out: p.out });
    expect(p.lines.at(-1)).toBe(invite.url);
    expect(invite.url).toMatch(/^https:\/\/poc\.example\.org\/invite#poc_[A-Za-z0-9_-]{43}$/);
    expect((await inStore(data, (s) => s.latestInvite('ben')))!.usedAt).toBeNull();
    expect((await failure(userInvite({ data, username: 'ben', ...quiet }))).message).toMatch(/--public-url/);
  });

  it('grant on a document that does not exist fails with exit code 1, naming it, and grants nothing', async () => {
    const e = await failure(grant({ data, username: 'ben', docId: 'tm-nowhere', access: 'editor', ...quiet }));
    expect(e.exitCode).toBe(1);
    expect(e.message).toMatch(/There is no document "tm-nowhere"/);
    expect(await inStore(data, (s) => s.grantsOf('ben'))).not.toContainEqual(expect.objectContaining({ docId: 'tm-nowhere' }));
  });

  it('revoke with an unknown user or an unknown document fails with exit code 1, naming it', async () => {
    const user = await failure(revoke({ data, username: 'nobody', docId: 'tm-north', ...quiet }));
    expect([user.exitCode, user.message]).toEqual([1, expect.stringMatching(/no user named "nobody"/)]);
    const doc = await failure(revoke({ data, username: 'ben', docId: 'tm-nowhere', ...quiet }));
    expect([doc.exitCode, doc.message]).toEqual([1, expect.stringMatching(/no document "tm-nowhere"/)]);
  });

  it('every people verb naming someone who does not exist fails with exit code 1, naming them', async () => {
    const verbs: Array<[string, () => Promise<unknown>]> = [
      ['set-offices', () => userSetOffices({ data, username: 'ghost', holdings: ['srsg'], ...quiet })],
      ['disable', () => userSetDisabled({ data, username: 'ghost', disabled: true, ...quiet })],
      ['enable', () => userSetDisabled({ data, username: 'ghost', disabled: false, ...quiet })],
      ['invite', () => userInvite({ data, username: 'ghost', publicUrl: 'https://poc.example.org', ...quiet })],
      ['grant', () => grant({ data, username: 'ghost', docId: 'tm-north', access: 'viewer', ...quiet })],
    ];
    for (const [verb, run] of verbs) {
      const e = await failure(run());
      expect({ verb, exitCode: e.exitCode, names: e.message.includes('"ghost"') }).toEqual({ verb, exitCode: 1, names: true });
    }
  });
});

describe('poc user disable on a running server', () => {
  it("closes the person's open connection within seconds and refuses their token", async () => {
    const tmp = tempDir();
    const data = tmp.dir;
    const { token } = await userAdd({ data, username: 'ben', name: 'Ben', ...quiet });
    await createDocsIn(data, ['tm-north'], 'ben');
    const t = await startTestServer({ dataDir: data });
    const c = connectClient(t.url, 'tm-north', token);
    try {
      await c.synced();
      await userSetDisabled({ data, username: 'ben', disabled: true, ...quiet });
      await waitFor(() => c.closes.some((x) => x.code === CLOSE.UNAUTHORIZED), 'the live connection to be closed');
      expect(c.closes.find((x) => x.code === CLOSE.UNAUTHORIZED)?.reason).toMatch(/disabled/);
      expect((await t.api('/api/me', { token })).status).toBe(401);
    } finally {
      c.destroy();
      await t.stop(true);
      tmp.remove();
    }
  });
});

describe('the poc command line', () => {
  const run = promisify(execFile);
  const cli = join(ROOT, 'test/output/cli-people/dist/poc.js');
  const tmp = tempDir();
  const data = tmp.dir;
  const poc = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      const { stdout, stderr } = await run(process.execPath, [cli, ...args, '--data', data]);
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  beforeAll(async () => {
    await bundleForNode('cli/poc.ts', cli);
    await userAdd({ data, username: 'ben', name: 'Ben Okoro', ...quiet });
  }, 60_000);
  afterAll(() => tmp.remove());

  it('exits 1 naming the document when grant names one that does not exist', async () => {
    const r = await poc('grant', 'ben', 'tm-north', 'editor');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/There is no document "tm-north"/);
  });

  it('exits 1 naming the person when user disable names nobody', async () => {
    const r = await poc('user', 'disable', 'ghost');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no user named "ghost"/);
  });

  it('still exits 2 for a misuse, such as an office no template declares', async () => {
    const r = await poc('user', 'set-offices', 'ben', 'king');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown office: king/);
  });

  it('reads the new verbs and flags: set-offices with holdings, invite --public-url, list --json', async () => {
    expect((await poc('user', 'set-offices', 'ben', 'srsg', 'head-of-office@Sector North')).stdout).toMatch(/ben now holds: srsg \(mission-wide\), head-of-office@Sector North/);
    const invite = await poc('user', 'invite', 'ben', '--public-url', 'https://poc.example.org');
    expect(invite.code).toBe(0);
    expect(invite.stdout.trim().split('\n').at(-1)).toMatch(/^https:\/\/poc\.example\.org\/invite#poc_/);
    const list = await poc('user', 'list', '--json');
    expect(JSON.parse(list.stdout)[0]).toMatchObject({ username: 'ben', invitePending: true });
  });
});
